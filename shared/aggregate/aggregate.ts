// The province's totals from its units' packages. Pure: the data layer hands over the inbox's package
// list and a way to read one package's data; everything decided here is said in a sentence on the unit
// or on the totals, so that nothing is dropped or counted twice without a trace.
import type { FieldKey, RuleDef, TemplateDef } from '../campaign/model';
import { appendixKey, consecutivePeriods, lastPeriod } from '../campaign/keys';
import { formatNumber, ratePercent } from '../format/vi';
import { oneLine } from '../documents/text';
import type { ReportValues } from '../report/values';
import { checkRule, renderMessage } from '../validation/engine';
import { findFlags, type FlagUnit } from './outliers';
import { aggregationPlan, type AggregationPlan } from './plan';
import { selectRevisions, type Selection } from './select';
import type { Aggregate, Basis, Candidate, ExpectedUnit, IndicatorLine, PackageRef, RateCell, TotalCell, UnitReport, UnitResult, UnitStatus } from './types';

export interface AggregateInput {
  template: TemplateDef;
  basis: Basis;
  /** The units below this one, in directory order. */
  expected: ExpectedUnit[];
  /** Every package of the campaign the inbox holds. */
  candidates: Candidate[];
  /** The data of one package; null when it cannot be read. */
  reportOf: (inboxId: number) => UnitReport | null;
}

const ref = (c: Candidate): PackageRef => ({ revision: c.revision, manifestSha256: c.manifestSha256, packageSha256: c.packageSha256, receivedAt: c.receivedAt, review: c.review });

/** Counts and amounts are whole, non-negative numbers; anything else in a package is not a figure. */
const isFigure = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function figures(plan: AggregationPlan, report: UnitReport | null): Record<FieldKey, number> {
  const out: Record<FieldKey, number> = {};
  if (!report) return out;
  for (const f of plan.sums) {
    const v = report.values[f.key];
    if (isFigure(v)) out[f.key] = v;
  }
  return out;
}

/** "Số CĐCS … 45; Số đoàn viên … 2.103; Tổng số chủ tịch CĐCS (T) 43 (Tháng 5/2023)": the unit's main totals at the last point in time. */
function effectSentence(template: TemplateDef, values: Record<FieldKey, number>): string | null {
  const last = lastPeriod(template.appendix);
  const parts = template.appendix.groups
    .flatMap((g) => g.indicators)
    .filter((i) => i.level === 0 && i.aggregate.kind === 'sum')
    .map((i) => {
      const v = values[appendixKey(i.id, last.id)];
      return v === undefined ? null : `${oneLine(i.label)} ${formatNumber(v)}`;
    })
    .filter((s): s is string => s !== null);
  return parts.length ? `Nếu được tính, đơn vị sẽ thêm vào tổng: ${parts.join('; ')} (${oneLine(last.label)}).` : null;
}

const errorRules = new WeakMap<TemplateDef, RuleDef[]>();

/** The messages of the error rules the values break. Warnings do not decide counting, so they are not evaluated. */
function errorsOf(template: TemplateDef, values: ReportValues): string[] {
  let rules = errorRules.get(template);
  if (!rules) {
    rules = template.rules.filter((r) => r.severity === 'error');
    errorRules.set(template, rules);
  }
  const out: string[] = [];
  for (const rule of rules) {
    const failed = checkRule(rule, values);
    if (failed) out.push(renderMessage(rule.message, failed.left, failed.right));
  }
  return out;
}

interface Judged {
  result: UnitResult;
  explanations: Readonly<Record<string, string>>;
}

const STATUS_OF: Record<Exclude<Selection['status'], 'selected'>, UnitStatus> = {
  missing: 'missing',
  held: 'held',
  'not-accepted': 'not-accepted',
  conflict: 'conflict',
  unexpected: 'unexpected',
};

function judge(input: AggregateInput, plan: AggregationPlan, s: Selection): Judged {
  const { template } = input;
  const report = s.chosen ? input.reportOf(s.chosen.inboxId) : null;
  const values = figures(plan, report);
  const result: UnitResult = {
    unitCode: s.unitCode,
    unitName: s.unitName,
    status: s.status === 'selected' ? 'counted' : STATUS_OF[s.status],
    counted: false,
    source: s.chosen ? ref(s.chosen) : null,
    others: s.others.map(ref),
    notes: [...s.notes],
    errors: [],
    values,
    blank: [],
  };
  const explanations = report?.explanations ?? {};
  if (s.status !== 'selected') {
    const effect = effectSentence(template, values);
    if (effect) result.notes.push(effect);
    return { result, explanations };
  }
  if (!report) {
    result.status = 'invalid';
    result.notes.push('Không đọc được dữ liệu báo cáo trong gói đã lưu nên chưa tính. Hãy nhập lại gói.');
    return { result, explanations };
  }
  if (report.templateId !== template.id || report.templateVersion > template.version) {
    result.status = 'template';
    result.notes.push(`Báo cáo viết theo mẫu «${report.templateId}» phiên bản ${report.templateVersion}, không đọc được theo mẫu «${template.id}» phiên bản ${template.version} đang dùng nên chưa tính.`);
    return { result, explanations };
  }
  const errors = errorsOf(template, report.values as ReportValues);
  if (errors.length) {
    result.status = 'invalid';
    result.errors = errors;
    result.notes.push(`Số liệu có ${errors.length} lỗi theo quy tắc của mẫu nên chưa tính cả đơn vị (tính một phần thì các tổng sẽ không khớp nhau). Hãy trả lại để đơn vị sửa.`);
    const effect = effectSentence(template, values);
    if (effect) result.notes.push(effect);
    return { result, explanations };
  }
  const older = report.templateVersion < template.version;
  result.counted = true;
  result.blank = plan.sums.filter((f) => values[f.key] === undefined).map((f) => ({ key: f.key, reason: older ? 'older-template' : 'empty' }));
  if (result.blank.length) {
    result.notes.push(
      older
        ? `Báo cáo theo mẫu phiên bản ${report.templateVersion} (cũ hơn phiên bản ${template.version}): ${result.blank.length} ô không có số liệu, các tổng của những ô đó chưa gồm đơn vị này.`
        : `${result.blank.length} ô để trống; các tổng của những ô đó chưa gồm đơn vị này.`,
    );
  }
  return { result, explanations };
}

function totalsOf(plan: AggregationPlan, units: UnitResult[]): Record<FieldKey, TotalCell> {
  const totals: Record<FieldKey, TotalCell> = {};
  for (const f of plan.sums) {
    const cell: TotalCell = { key: f.key, value: null, units: 0, lacking: [], notCounted: 0 };
    for (const u of units) {
      const v = u.values[f.key];
      if (!u.counted) {
        if (v !== undefined) cell.notCounted += v;
      } else if (v === undefined) {
        cell.lacking.push(u.unitCode);
      } else {
        cell.value = (cell.value ?? 0) + v;
        cell.units += 1;
      }
    }
    totals[f.key] = cell;
  }
  return totals;
}

const sameSet = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));

function ratesOf(plan: AggregationPlan, totals: Record<FieldKey, TotalCell>, notes: string[]): RateCell[] {
  return plan.ratios.map((r) => {
    const n = totals[r.numerator];
    const d = totals[r.denominator];
    if (n && d && !sameSet(n.lacking, d.lacking)) {
      notes.push(`${r.label}: tử số và mẫu số không cùng các đơn vị (thiếu ở tử số: ${n.lacking.join(', ') || 'không'}; ở mẫu số: ${d.lacking.join(', ') || 'không'}); tỷ lệ tính trên các tổng hiện có.`);
    }
    return { id: r.id, period: r.period, label: r.label, numerator: r.numerator, denominator: r.denominator, value: ratePercent(n?.value, d?.value) };
  });
}

function indicatorsOf(template: TemplateDef, totals: Record<FieldKey, TotalCell>, rates: RateCell[], notes: string[]): IndicatorLine[] {
  const { periods } = template.appendix;
  const pairs = consecutivePeriods(template.appendix);
  const lines: IndicatorLine[] = [];
  for (const g of template.appendix.groups) {
    for (const ind of g.indicators) {
      const values = periods.map((p) =>
        ind.aggregate.kind === 'ratio'
          ? (rates.find((r) => r.id === ind.id && r.period === p.id)?.value ?? null)
          : (totals[appendixKey(ind.id, p.id)]?.value ?? null),
      );
      if (ind.aggregate.kind === 'sum') {
        for (const { from, to } of pairs) {
          const a = totals[appendixKey(ind.id, from.id)];
          const b = totals[appendixKey(ind.id, to.id)];
          if (a && b && !sameSet(a.lacking, b.lacking)) {
            notes.push(`${oneLine(ind.label)}: số liệu ${oneLine(from.label)} gồm ${a.units} đơn vị, ${oneLine(to.label)} gồm ${b.units} đơn vị; mức tăng, giảm so sánh hai nhóm đơn vị khác nhau.`);
          }
        }
      }
      const changes = pairs.map((_, i) => {
        const before = values[i] ?? null;
        const after = values[i + 1] ?? null;
        return before === null || after === null ? null : after - before;
      });
      lines.push({ indicatorId: ind.id, groupId: g.id, label: oneLine(ind.label), unit: ind.unit, kind: ind.aggregate.kind, values, changes });
    }
  }
  return lines;
}

export function aggregate(input: AggregateInput): Aggregate {
  const { template, basis } = input;
  const plan = aggregationPlan(template);
  const judged = selectRevisions(input.expected, input.candidates, basis).map((s) => judge(input, plan, s));
  const units = judged.map((j) => j.result);
  const notes: string[] = [];
  const totals = totalsOf(plan, units);
  const rates = ratesOf(plan, totals, notes);
  const indicators = indicatorsOf(template, totals, rates, notes);
  const flagUnits: FlagUnit[] = judged.filter((j) => j.result.counted).map((j) => ({ ...j.result, explanations: j.explanations }));
  const expectedCount = units.filter((u) => u.status !== 'unexpected').length;
  const counted = units.filter((u) => u.counted).length;
  return {
    basis,
    templateId: template.id,
    templateVersion: template.version,
    units,
    totals,
    rates,
    indicators,
    flags: findFlags(template, plan, flagUnits),
    counts: { expected: expectedCount, counted, notCounted: expectedCount - counted, missing: units.filter((u) => u.status === 'missing').length },
    notes,
  };
}
