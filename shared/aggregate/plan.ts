// What the template says to add up and how: every appendix "sum" indicator at every point in time and every
// section number with a sum rule; ratio indicators are recomputed from their summed parts. Derived from
// the template alone, so a province running next year's template needs no new code.
import { fieldIndex } from '../campaign/fields';
import { appendixKey } from '../campaign/keys';
import type { FieldKey, PeriodId, TemplateDef } from '../campaign/model';
import { oneLine } from '../documents/text';

export interface SumField {
  key: FieldKey;
  label: string;
  unit: string;
  /** "appendix" or the section id. */
  part: string;
  indicatorId: string | null;
  period: PeriodId | null;
}

export interface RatioField {
  id: string;
  label: string;
  period: PeriodId | null;
  numerator: FieldKey;
  denominator: FieldKey;
}

export interface AggregationPlan {
  sums: SumField[];
  sumKeys: Set<FieldKey>;
  ratios: RatioField[];
  /**
   * The indicator that measures a unit's size (the chairs, T, for Programme 1563): the one most ratio
   * indicators divide by, else the first total row. Outliers are judged relative to it.
   */
  sizeIndicator: string | null;
}

const cache = new WeakMap<TemplateDef, AggregationPlan>();

function sizeIndicatorOf(template: TemplateDef): string | null {
  const uses = new Map<string, number>();
  for (const g of template.appendix.groups) {
    for (const ind of g.indicators) {
      if (ind.aggregate.kind === 'ratio') uses.set(ind.aggregate.denominator, (uses.get(ind.aggregate.denominator) ?? 0) + 1);
    }
  }
  const best = [...uses.entries()].sort((a, b) => b[1] - a[1])[0];
  if (best) return best[0];
  const first = template.appendix.groups.flatMap((g) => g.indicators).find((i) => i.level === 0 && i.aggregate.kind === 'sum');
  return first?.id ?? null;
}

export function aggregationPlan(template: TemplateDef): AggregationPlan {
  const cached = cache.get(template);
  if (cached) return cached;
  const sums: SumField[] = [];
  for (const entry of fieldIndex(template).values()) {
    if ('indicator' in entry) {
      sums.push({ key: entry.key, label: oneLine(entry.label), unit: entry.indicator.unit, part: 'appendix', indicatorId: entry.indicator.id, period: entry.period.id });
    } else if ((entry.def.kind === 'integer' || entry.def.kind === 'money') && entry.def.aggregate.kind === 'sum') {
      sums.push({ key: entry.key, label: oneLine(entry.label), unit: entry.def.unit, part: entry.sectionId, indicatorId: null, period: null });
    }
  }
  const ratios: RatioField[] = [];
  for (const g of template.appendix.groups) {
    for (const ind of g.indicators) {
      if (ind.aggregate.kind !== 'ratio') continue;
      for (const p of template.appendix.periods) {
        ratios.push({
          id: ind.id,
          label: `${oneLine(ind.label)} (${oneLine(p.label)})`,
          period: p.id,
          numerator: appendixKey(ind.aggregate.numerator, p.id),
          denominator: appendixKey(ind.aggregate.denominator, p.id),
        });
      }
    }
  }
  for (const s of template.sections) {
    for (const f of s.fields) {
      if ((f.kind === 'integer' || f.kind === 'money') && f.aggregate.kind === 'ratio') {
        ratios.push({ id: f.key, label: oneLine(f.label), period: null, numerator: f.aggregate.numerator, denominator: f.aggregate.denominator });
      }
    }
  }
  const plan = { sums, sumKeys: new Set(sums.map((s) => s.key)), ratios, sizeIndicator: sizeIndicatorOf(template) };
  cache.set(template, plan);
  return plan;
}
