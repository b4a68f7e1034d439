// The shape of a campaign that arrives as JSON (a campaign file's campaign.json, a stored definition):
// parsed strictly before anything reads it, then judged by the semantic checks (check.ts). The shape
// says what each property is; the checks say whether the whole makes sense.
import { z } from 'zod';
import { UnitSchema } from '../units/directory';
import type { CampaignBook } from './book';
import type { CampaignDef, ColumnDef, ComputedColumnDef, Condition, Expr, FieldDef, IndicatorDef, RuleDef } from './model';

const text = z.string().max(100_000);
const short = z.string().max(1_000);
const count = z.number().int().min(0).max(1e15);
const finite = z.number().finite();

/** Nesting deeper than this is no rule anyone wrote, and would exhaust the stack of a recursive reader. */
const MAX_DEPTH = 32;

const ExprSchema: z.ZodType<Expr> = z.lazy(() =>
  z.union([
    z.object({ ref: short }).strict(),
    z.object({ num: finite }).strict(),
    z.object({ add: z.array(ExprSchema).max(500) }).strict(),
    z.object({ sub: z.tuple([ExprSchema, ExprSchema]) }).strict(),
    z.object({ mul: z.tuple([ExprSchema, ExprSchema]) }).strict(),
    z.object({ abs: ExprSchema }).strict(),
  ]),
);

function depth(e: Expr): number {
  if ('add' in e) return 1 + Math.max(0, ...e.add.map(depth));
  if ('sub' in e) return 1 + Math.max(...e.sub.map(depth));
  if ('mul' in e) return 1 + Math.max(...e.mul.map(depth));
  if ('abs' in e) return 1 + depth(e.abs);
  return 1;
}

const Operator = z.enum(['==', '!=', '<', '<=', '>', '>=']);
const ConditionSchema: z.ZodType<Condition> = z.object({ left: ExprSchema, op: Operator, right: ExprSchema }).strict();

const ColumnSchema: z.ZodType<ColumnDef> = z.union([
  z.object({ id: short, label: short, kind: z.literal('text'), maxLength: count, required: z.boolean().optional() }).strict(),
  z.object({ id: short, label: short, kind: z.literal('number'), unit: short.optional(), integer: z.boolean() }).strict(),
  z.object({ id: short, label: short, kind: z.literal('date') }).strict(),
]);

const ComputedSchema: z.ZodType<ComputedColumnDef> = z.object({ id: short, label: short, kind: z.enum(['rate', 'status']), numerator: short, denominator: short }).strict();

const SumOnly = z.object({ kind: z.literal('sum') }).strict();
const Aggregation = z.union([SumOnly, z.object({ kind: z.literal('ratio'), numerator: short, denominator: short }).strict(), z.object({ kind: z.literal('compile') }).strict()]);

const base = { key: short, label: text, help: text.optional(), optional: z.boolean().optional(), sentence: text.optional() };

const FieldSchema: z.ZodType<FieldDef> = z.union([
  z.object({ ...base, kind: z.literal('narrative'), maxLength: count, placeholder: text.optional() }).strict(),
  z.object({ ...base, kind: z.literal('text'), maxLength: count }).strict(),
  z.object({ ...base, kind: z.literal('integer'), unit: short, max: finite, aggregate: Aggregation }).strict(),
  z.object({ ...base, kind: z.literal('money'), unit: short, max: finite, aggregate: Aggregation }).strict(),
  z.object({ ...base, kind: z.literal('choices'), options: z.array(z.object({ id: short, label: short }).strict()).max(200) }).strict(),
  z
    .object({
      ...base,
      kind: z.literal('table'),
      itemLabel: short,
      columns: z.array(ColumnSchema).max(50),
      computed: z.array(ComputedSchema).max(50).optional(),
      maxRows: count,
      suggestedRows: z.array(z.record(short, z.union([text, finite, z.null()]))).max(1_000).optional(),
    })
    .strict(),
]);

const IndicatorSchema: z.ZodType<IndicatorDef> = z
  .object({
    id: short,
    label: text,
    unit: short,
    aggregate: z.union([SumOnly, z.object({ kind: z.literal('ratio'), numerator: short, denominator: short }).strict()]),
    level: z.union([z.literal(0), z.literal(1)]),
  })
  .strict();

const RuleSchema: z.ZodType<RuleDef> = z
  .object({
    id: short,
    severity: z.enum(['error', 'warning']),
    left: ExprSchema,
    op: Operator,
    right: ExprSchema,
    fields: z.array(short).max(100),
    message: text,
    when: ConditionSchema.optional(),
  })
  .strict()
  .refine((r) => [r.left, r.right, r.when?.left, r.when?.right].every((e) => e === undefined || depth(e) <= MAX_DEPTH), {
    message: `Biểu thức của quy tắc lồng nhau quá ${MAX_DEPTH} tầng.`,
  });

const PeriodSchema = z.object({ id: short, label: short, month: short }).strict();

export const CampaignSchema: z.ZodType<CampaignDef> = z
  .object({
    id: short,
    title: text,
    summaryLine: text,
    opening: text,
    closing: text.optional(),
    documents: z.array(z.object({ ref: short, date: short, issuer: short, title: text }).strict()).max(100),
    period: z.object({ from: short, to: short }).strict(),
    deadlines: z
      .array(
        z
          .object({ levelId: short, finish: short, send: short.optional(), sendTo: short.optional(), opening: text.optional(), recipients: z.array(short).max(50).optional(), labels: z.record(short, short).optional() })
          .strict(),
      )
      .max(20),
    template: z
      .object({
        id: short,
        version: count,
        title: text,
        sections: z
          .array(z.object({ id: short, number: count, title: text, guidance: z.array(text).max(100), fields: z.array(FieldSchema).max(1_000) }).strict())
          .max(100),
        appendix: z
          .object({
            title: text,
            guidance: z.array(text).max(100),
            periods: z.tuple([PeriodSchema], PeriodSchema).refine((p) => p.length <= 24, { message: 'Tối đa 24 thời điểm.' }),
            groups: z.array(z.object({ id: short, title: text, indicators: z.array(IndicatorSchema).max(1_000) }).strict()).max(200),
          })
          .strict(),
        rules: z.array(RuleSchema).max(5_000),
      })
      .strict(),
  })
  .strict();

export const CampaignBookSchema: z.ZodType<CampaignBook> = z
  .object({ campaign: CampaignSchema, issue: count, units: z.array(UnitSchema).max(5_000) })
  .strict();
