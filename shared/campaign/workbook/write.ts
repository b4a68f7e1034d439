// Campaign → rows: the authoring workbook of a campaign, sheet by sheet as SPEC §9 lays it out, so that
// building these rows again gives the same campaign. Days and months are written as dd/mm/yyyy and
// mm/yyyy text (never a spreadsheet date that a locale could re-read), counts and limits as numbers.
import type { CampaignBook } from '../book';
import { OPERATOR_TEXT, printCondition, printExpression } from '../expression';
import { sectionId } from '../ids';
import type { ColumnDef, ComputedColumnDef, FieldDef, TemplateDef } from '../model';
import { dayText, monthText } from './cells';
import { COLUMN_KINDS, COLUMNS, FIELD_KINDS, RATIO_WORD, SETTINGS, SEVERITY, SHEET, SUGGESTED_TABLE, SUM_WORD, YES, type CellValue, type SheetKey, type SheetRows } from './layout';

const headers = (key: Exclude<SheetKey, 'suggested'>): string[] => COLUMNS[key].map((c) => c.header);
const joinLines = (list: readonly string[] | undefined): string | null => (list && list.length ? list.join('\n') : null);
const orNull = (s: string | undefined): string | null => (s === undefined || s === '' ? null : s);

function fieldRow(def: FieldDef, sectionNumber: number): CellValue[] {
  const id = def.key.slice(sectionId(sectionNumber).length + 1);
  const number = def.kind === 'integer' || def.kind === 'money';
  const max = def.kind === 'narrative' || def.kind === 'text' ? def.maxLength : number ? def.max : def.kind === 'table' ? def.maxRows : null;
  return [
    sectionNumber,
    id,
    FIELD_KINDS[def.kind],
    def.label,
    number ? orNull(def.unit) : null,
    max,
    def.optional ? YES : null,
    orNull(def.help),
    orNull(def.sentence),
    def.kind === 'choices' ? joinLines(def.options.map((o) => `${o.id} = ${o.label}`)) : null,
    def.kind === 'table' ? def.itemLabel : null,
    number ? SUM_WORD : null,
    def.kind === 'narrative' ? orNull(def.placeholder) : null,
  ];
}

function columnRow(key: string, c: ColumnDef | ComputedColumnDef): CellValue[] {
  switch (c.kind) {
    case 'text':
      return [key, c.id, c.label, COLUMN_KINDS.text, c.maxLength, c.required ? YES : null, null, null, null];
    case 'number':
      return [key, c.id, c.label, c.integer ? COLUMN_KINDS.integer : COLUMN_KINDS.number, null, null, null, null, orNull(c.unit)];
    case 'date':
      return [key, c.id, c.label, COLUMN_KINDS.date, null, null, null, null, null];
    case 'rate':
    case 'status':
      return [key, c.id, c.label, COLUMN_KINDS[c.kind], null, null, c.numerator, c.denominator, null];
  }
}

type TableDef = Extract<FieldDef, { kind: 'table' }>;

function suggestedSheet(template: TemplateDef): CellValue[][] {
  const tables = template.sections.flatMap((s) => s.fields).filter((f): f is TableDef => f.kind === 'table');
  // The union of the tables' input columns, in order of first appearance.
  const ids: string[] = [];
  for (const t of tables) for (const c of t.columns) if (!ids.includes(c.id)) ids.push(c.id);
  const rows: CellValue[][] = [[SUGGESTED_TABLE, ...ids]];
  for (const t of tables) {
    const kinds = new Map(t.columns.map((c) => [c.id, c.kind]));
    for (const r of t.suggestedRows ?? []) {
      rows.push([
        t.key,
        ...ids.map((id): CellValue => {
          const v = r[id];
          if (v === undefined || v === null) return null;
          return kinds.get(id) === 'date' && typeof v === 'string' ? dayText(v) : v;
        }),
      ]);
    }
  }
  return rows;
}

export function campaignToRows(book: CampaignBook): SheetRows[] {
  const { campaign: c } = book;
  const t = c.template;
  const setting: Record<(typeof SETTINGS)[number]['name'], CellValue> = {
    id: c.id,
    title: c.title,
    summaryLine: c.summaryLine,
    opening: c.opening,
    closing: orNull(c.closing),
    from: monthText(c.period.from),
    to: monthText(c.period.to),
    templateId: t.id,
    templateVersion: t.version,
    templateTitle: t.title,
    issue: book.issue,
    appendixTitle: t.appendix.title,
    appendixGuidance: joinLines(t.appendix.guidance),
  };
  const sheets: Record<SheetKey, CellValue[][]> = {
    settings: [headers('settings'), ...SETTINGS.map((s) => [s.label, setting[s.name]])],
    documents: [headers('documents'), ...c.documents.map((d) => [d.ref, dayText(d.date), d.issuer, d.title])],
    deadlines: [
      headers('deadlines'),
      ...c.deadlines.map((d) => [d.levelId, dayText(d.finish), d.send ? dayText(d.send) : null, orNull(d.sendTo), orNull(d.opening), joinLines(d.recipients), joinLines(d.labels && Object.entries(d.labels).map(([k, v]) => `${k}: ${v}`))]),
    ],
    sections: [headers('sections'), ...t.sections.map((s) => [s.number, s.title, joinLines(s.guidance)])],
    fields: [headers('fields'), ...t.sections.flatMap((s) => s.fields.map((f) => fieldRow(f, s.number)))],
    columns: [
      headers('columns'),
      ...t.sections
        .flatMap((s) => s.fields)
        .filter((f): f is TableDef => f.kind === 'table')
        .flatMap((f) => [...f.columns, ...(f.computed ?? [])].map((col) => columnRow(f.key, col))),
    ],
    suggested: suggestedSheet(t),
    periods: [headers('periods'), ...t.appendix.periods.map((p) => [p.id, p.label, monthText(p.month)])],
    indicators: [
      headers('indicators'),
      ...t.appendix.groups.flatMap((g) =>
        g.indicators.map((i) => {
          const ratio = i.aggregate.kind === 'ratio' ? i.aggregate : null;
          return [g.title, i.id, i.label, orNull(i.unit), i.level, ratio ? RATIO_WORD : SUM_WORD, ratio?.numerator ?? null, ratio?.denominator ?? null, g.id];
        }),
      ),
    ],
    rules: [
      headers('rules'),
      ...t.rules.map((r) => [
        r.id,
        printExpression(r.left),
        OPERATOR_TEXT[r.op],
        printExpression(r.right),
        SEVERITY[r.severity],
        r.message,
        joinLines(r.fields),
        r.when ? printCondition(r.when) : null,
      ]),
    ],
    units: [headers('units'), ...book.units.map((u) => [u.code, u.name, u.shortName, u.levelId, u.parentCode, u.place])],
  };
  return (Object.keys(SHEET) as SheetKey[]).map((key) => ({ name: SHEET[key], rows: sheets[key] }));
}
