// Ranking units for the conference (Plan 447 §IV.1.2: "lựa chọn một số đơn vị thực hiện tốt Chương
// trình để báo cáo tham luận"). The criteria are the template's own numbers: every summed field and every
// rate, a rate computed for each unit from its own numerator and denominator (never an average of
// anything). Units are ordered by the first criterion, ties broken by the next, and so on; a unit
// without a number on a criterion comes after those with one.
import { aggregationPlan } from '../aggregate/plan';
import type { TemplateDef } from '../campaign/model';
import { AppError } from '../errors';
import { ratePercent } from '../format/vi';
import type { SpeakerCriterion } from './types';

interface Resolved extends SpeakerCriterion {
  valueOf(values: Readonly<Record<string, number>>): number | null;
}

const rateId = (id: string, period: string | null): string => (period ? `rate:${id}:${period}` : `rate:${id}`);

function resolvedCriteria(template: TemplateDef): Resolved[] {
  const plan = aggregationPlan(template);
  const rates: Resolved[] = plan.ratios.map((r) => ({
    id: rateId(r.id, r.period),
    label: r.label,
    kind: 'rate',
    unit: '%',
    valueOf: (v) => ratePercent(v[r.numerator], v[r.denominator]),
  }));
  const sums: Resolved[] = plan.sums.map((s) => ({
    id: s.key,
    label: s.label,
    kind: 'sum',
    unit: s.unit,
    valueOf: (v) => (typeof v[s.key] === 'number' ? (v[s.key] as number) : null),
  }));
  return [...rates, ...sums];
}

/** Every criterion the template offers: its rates first (they compare units of different sizes), then its numbers. */
export function speakerCriteria(template: TemplateDef): SpeakerCriterion[] {
  return resolvedCriteria(template).map(({ id, label, kind, unit }) => ({ id, label, kind, unit }));
}

/** The picked criteria, checked: an id the template does not offer is refused with its name. */
export function pickCriteria(template: TemplateDef, ids: readonly string[]): Resolved[] {
  const all = new Map(resolvedCriteria(template).map((c) => [c.id, c]));
  const unknown = ids.filter((id) => !all.has(id));
  if (unknown.length) {
    throw new AppError('E_CRITERION_UNKNOWN', `Mẫu báo cáo không có tiêu chí «${unknown.join('», «')}». Xem danh sách tiêu chí bằng "tongket province speakers criteria".`);
  }
  return [...new Set(ids)].map((id) => all.get(id) as Resolved);
}

export interface RankInput {
  unitCode: string;
  unitName: string;
  values: Readonly<Record<string, number>>;
}

export interface Ranked {
  unitCode: string;
  unitName: string;
  rank: number;
  values: (number | null)[];
}

function compare(a: (number | null)[], b: (number | null)[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    if (x !== y) return y - x;
  }
  return 0;
}

/** Best first; equal on every criterion → same rank (1, 2, 2, 4), then by name for a stable list. */
export function rankUnits(units: readonly RankInput[], criteria: readonly Resolved[]): Ranked[] {
  const rows = units.map((u) => ({ unitCode: u.unitCode, unitName: u.unitName, values: criteria.map((c) => c.valueOf(u.values)) }));
  rows.sort((a, b) => compare(a.values, b.values) || a.unitName.localeCompare(b.unitName, 'vi'));
  return rows.map((r, i) => {
    let rank = i + 1;
    for (let j = i - 1; j >= 0 && compare(rows[j]?.values ?? [], r.values) === 0; j -= 1) rank = j + 1;
    return { ...r, rank };
  });
}
