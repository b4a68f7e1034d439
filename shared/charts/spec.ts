// The province's charts as data: what to draw, with every number the text alternative needs. One spec
// feeds the synthesis page (drawn by ECharts in the window) and the province's documents (the same
// ECharts option rendered to SVG under Node, then to PNG). Pure: no chart library here.
import type { Aggregate, UnitStatus } from '../aggregate/types';
import { UNIT_STATUS_LABEL } from '../aggregate/labels';
import { appendixKey } from '../campaign/keys';
import type { IndicatorDef, PeriodDef, TemplateDef } from '../campaign/model';
import { ratePercent } from '../format/vi';
import { oneLine } from '../documents/text';

/** How the chart's numbers read: counts, or rates (× 100, two decimals, changes in "điểm %"). */
export type ChartValueKind = 'count' | 'rate';

export interface ChartSeries {
  /** The legend entry: a point in time, or the measured thing when there is one series. */
  name: string;
  /** One value per category; null where there is no number (drawn as nothing, said in the table). */
  values: (number | null)[];
}

export interface ChartSpec {
  id: 'status' | 'unit' | 'change';
  title: string;
  /** What the category axis lists: "Đơn vị", "Tình trạng". */
  categoryLabel: string;
  categories: string[];
  series: ChartSeries[];
  valueKind: ChartValueKind;
  /** The unit of measure printed after the title ("người", "đơn vị"); empty for rates. */
  unit: string;
}

const STATUS_ORDER: UnitStatus[] = ['counted', 'not-accepted', 'held', 'conflict', 'invalid', 'template', 'missing', 'unexpected'];

/** How many units are in each status (only the statuses that occur, in a fixed reading order). */
/** `label` names a status: the documents' Vietnamese words by default, the interface's language on screen. */
export function statusChart(agg: Aggregate, title: string, label: (s: UnitStatus) => string = (s) => UNIT_STATUS_LABEL[s]): ChartSpec {
  const counts = new Map<UnitStatus, number>();
  for (const u of agg.units) counts.set(u.status, (counts.get(u.status) ?? 0) + 1);
  const present = STATUS_ORDER.filter((s) => (counts.get(s) ?? 0) > 0);
  return {
    id: 'status',
    title,
    categoryLabel: 'Tình trạng',
    categories: present.map(label),
    series: [{ name: 'Số đơn vị', values: present.map((s) => counts.get(s) ?? 0) }],
    valueKind: 'count',
    unit: 'đơn vị',
  };
}

export const indicatorsOf = (template: TemplateDef): IndicatorDef[] => template.appendix.groups.flatMap((g) => g.indicators);

/** An indicator named with its group when it is an "of whom" row: "Đội ngũ chủ tịch CĐCS – Tỷ lệ nữ". */
export function indicatorTitle(template: TemplateDef, indicator: IndicatorDef): string {
  const group = template.appendix.groups.find((g) => g.indicators.includes(indicator));
  return indicator.level === 1 && group ? `${oneLine(group.title)} – ${oneLine(indicator.label)}` : oneLine(indicator.label);
}

/** A unit's figure for an indicator at a point in time: its own number, or its rate recomputed from its parts. */
export function unitFigure(values: Readonly<Record<string, number>>, indicator: IndicatorDef, period: PeriodDef): number | null {
  const agg = indicator.aggregate;
  if (agg.kind === 'ratio') return ratePercent(values[appendixKey(agg.numerator, period.id)], values[appendixKey(agg.denominator, period.id)]);
  return values[appendixKey(indicator.id, period.id)] ?? null;
}

function unitRows(agg: Aggregate, indicator: IndicatorDef, periods: PeriodDef[]) {
  return agg.units.filter((u) => u.counted).map((u) => ({ name: oneLine(u.unitName), values: periods.map((p) => unitFigure(u.values, indicator, p)) }));
}

/**
 * One indicator at one point in time, one bar per counted unit, largest first (a ranking reads at a
 * glance); units without a number come last.
 */
export function unitChart(agg: Aggregate, template: TemplateDef, indicator: IndicatorDef, period: PeriodDef): ChartSpec {
  const rows = unitRows(agg, indicator, [period]).sort((a, b) => (b.values[0] ?? -Infinity) - (a.values[0] ?? -Infinity));
  return {
    id: 'unit',
    title: `${indicatorTitle(template, indicator)} theo đơn vị (${oneLine(period.label)})`,
    categoryLabel: 'Đơn vị',
    categories: rows.map((r) => r.name),
    series: [{ name: oneLine(period.label), values: rows.map((r) => r.values[0] ?? null) }],
    valueKind: indicator.aggregate.kind === 'ratio' ? 'rate' : 'count',
    unit: indicator.aggregate.kind === 'ratio' ? '' : indicator.unit,
  };
}

/**
 * One indicator at every point in time of the campaign, a group of bars per counted unit (units in
 * directory order, so that the eye compares the bars of one unit). Null with a single point in time:
 * there is no change to show.
 */
export function changeChart(agg: Aggregate, template: TemplateDef, indicator: IndicatorDef, periods: readonly PeriodDef[]): ChartSpec | null {
  if (periods.length < 2) return null;
  const rows = unitRows(agg, indicator, [...periods]);
  return {
    id: 'change',
    title: `${indicatorTitle(template, indicator)}: thay đổi ${periods.map((p) => oneLine(p.label)).join(' – ')}`,
    categoryLabel: 'Đơn vị',
    categories: rows.map((r) => r.name),
    series: periods.map((p, i) => ({ name: oneLine(p.label), values: rows.map((r) => r.values[i] ?? null) })),
    valueKind: indicator.aggregate.kind === 'ratio' ? 'rate' : 'count',
    unit: indicator.aggregate.kind === 'ratio' ? '' : indicator.unit,
  };
}

/** Changes between consecutive series for each category (the change table of the text alternative). */
export function seriesChanges(spec: ChartSpec): (number | null)[][] {
  return spec.categories.map((_, c) =>
    spec.series.slice(1).map((s, i) => {
      const from = spec.series[i]?.values[c] ?? null;
      const to = s.values[c] ?? null;
      return from === null || to === null ? null : to - from;
    }),
  );
}

export interface ChartHighlights {
  highest: { name: string; value: number } | null;
  lowest: { name: string; value: number } | null;
  /** Categories without a number in the last series. */
  missing: number;
}

/** The facts a one-sentence summary of the chart states (for its last series). */
export function chartHighlights(spec: ChartSpec): ChartHighlights {
  const last = spec.series[spec.series.length - 1];
  const points = spec.categories.flatMap((name, i) => {
    const v = last?.values[i];
    return v === null || v === undefined ? [] : [{ name, value: v }];
  });
  const sorted = [...points].sort((a, b) => b.value - a.value);
  return { highest: sorted[0] ?? null, lowest: sorted.length > 1 ? (sorted[sorted.length - 1] ?? null) : null, missing: spec.categories.length - points.length };
}

/** The indicator a chart starts on: the first rate of the template (what the programme measures), else its size. */
export function defaultIndicator(template: TemplateDef, sizeIndicator: string | null): IndicatorDef | null {
  const all = indicatorsOf(template);
  return all.find((i) => i.aggregate.kind === 'ratio') ?? all.find((i) => i.id === sizeIndicator) ?? all[0] ?? null;
}
