// Figures worth a second look before they go upward: a unit far from the others relative to its size
// (robust z-score over median and median absolute deviation, so that one odd unit cannot hide itself
// by moving the mean), and a large change of an appendix figure between consecutive points in time. Flags are for a
// person to read; they never change a total.
import { appendixKey, consecutivePeriods, lastPeriod } from '../campaign/keys';
import type { FieldKey, TemplateDef } from '../campaign/model';
import { formatNumber, formatPercent } from '../format/vi';
import { oneLine } from '../documents/text';
import type { AggregationPlan } from './plan';
import type { Flag } from './types';

export interface FlagUnit {
  unitCode: string;
  unitName: string;
  values: Record<FieldKey, number>;
  explanations: Readonly<Record<string, string>>;
}

/** Fewer units than this and "far from the others" means nothing. */
const MIN_UNITS = 5;
/** Iglewicz–Hoaglin: a modified z-score above 3,5 is a possible outlier. */
const Z_LIMIT = 3.5;
/** A difference of fewer than this (people, courses…) from what the others suggest is not worth a look. */
const MIN_DIFFERENCE = 5;
/** Changes as in the template's own warning rules: more than half, from a base of at least five. */
const CHANGE_LIMIT = 0.5;
const CHANGE_MIN_BASE = 5;

function median(sorted: Float64Array): number {
  const n = sorted.length;
  const mid = Math.floor(n / 2);
  return n % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The spread around the median that the z-score divides by; 0 when the units agree exactly. */
function robustScale(ratios: Float64Array, m: number): number {
  const dev = ratios.map((r) => Math.abs(r - m)).sort();
  const mad = median(dev);
  if (mad > 0) return mad / 0.6745;
  const mean = dev.reduce((a, b) => a + b, 0) / dev.length;
  return mean * 1.2533;
}

const warningsByField = new WeakMap<TemplateDef, Map<FieldKey, string[]>>();

/** The warning rules shown on each field, once per template: flags look them up for every unit. */
function warningsOf(template: TemplateDef): Map<FieldKey, string[]> {
  let map = warningsByField.get(template);
  if (!map) {
    map = new Map();
    for (const rule of template.rules) {
      if (rule.severity !== 'warning') continue;
      for (const f of rule.fields) map.set(f, [...(map.get(f) ?? []), rule.id]);
    }
    warningsByField.set(template, map);
  }
  return map;
}

/** The explanation a unit wrote for a warning on one of these fields, if any. */
function explanationFor(template: TemplateDef, unit: FlagUnit, keys: FieldKey[]): string | null {
  const warnings = warningsOf(template);
  for (const key of keys) {
    for (const id of warnings.get(key) ?? []) {
      const text = unit.explanations[id];
      if (typeof text === 'string' && text.trim()) return oneLine(text);
    }
  }
  return null;
}

function sizeFlags(template: TemplateDef, plan: AggregationPlan, units: FlagUnit[]): Flag[] {
  const size = plan.sizeIndicator;
  if (!size) return [];
  const sizeLabel = oneLine(template.appendix.groups.flatMap((g) => g.indicators).find((i) => i.id === size)?.label ?? size);
  const last = lastPeriod(template.appendix).id;
  const flags: Flag[] = [];
  // Typed arrays and indices rather than an object per unit and field: a province of a thousand units
  // runs this for every field on each look at the totals.
  const ratios = new Float64Array(units.length);
  const who = new Int32Array(units.length);
  for (const field of plan.sums) {
    if (field.indicatorId === size) continue;
    const baseKey = appendixKey(size, field.period ?? last);
    let n = 0;
    units.forEach((u, j) => {
      const v = u.values[field.key];
      const b = u.values[baseKey];
      if (v === undefined || b === undefined || b <= 0) return;
      ratios[n] = v / b;
      who[n] = j;
      n += 1;
    });
    if (n < MIN_UNITS) continue;
    const these = ratios.subarray(0, n);
    const m = median(these.slice().sort());
    const scale = robustScale(these, m);
    if (scale === 0) continue;
    for (let i = 0; i < n; i++) {
      const r = these[i] as number;
      const u = units[who[i] as number] as FlagUnit;
      const v = u.values[field.key] as number;
      const b = u.values[baseKey] as number;
      if (Math.abs(r - m) / scale <= Z_LIMIT || Math.abs(v - m * b) < MIN_DIFFERENCE) continue;
      flags.push({
        kind: 'size',
        unitCode: u.unitCode,
        key: field.key,
        message: `${u.unitName}: ${field.label} là ${formatNumber(v)} ${field.unit}, bằng ${formatNumber(r)} lần «${sizeLabel}» của đơn vị (${formatNumber(b)}), trong khi trung vị các đơn vị là ${formatNumber(m)} lần. Hãy xem lại số liệu này.`,
        explanation: explanationFor(template, u, [field.key]),
      });
    }
  }
  return flags;
}

function changeFlags(template: TemplateDef, plan: AggregationPlan, units: FlagUnit[]): Flag[] {
  const flags: Flag[] = [];
  for (const { from, to } of consecutivePeriods(template.appendix)) {
    const fromLabel = oneLine(from.label);
    const toLabel = oneLine(to.label);
    for (const field of plan.sums) {
      if (field.period !== to.id || !field.indicatorId) continue;
      const startKey = appendixKey(field.indicatorId, from.id);
      const ind = template.appendix.groups.flatMap((g) => g.indicators).find((i) => i.id === field.indicatorId);
      const label = oneLine(ind?.label ?? field.indicatorId);
      for (const u of units) {
        const s = u.values[startKey];
        const e = u.values[field.key];
        if (s === undefined || e === undefined || Math.max(s, e) < CHANGE_MIN_BASE) continue;
        if (Math.abs(e - s) <= CHANGE_LIMIT * Math.max(s, 1)) continue;
        const pct = s > 0 ? ` (${e > s ? '+' : ''}${formatPercent(((e - s) / s) * 100, 1)})` : '';
        flags.push({
          kind: 'change',
          unitCode: u.unitCode,
          key: field.key,
          message: `${u.unitName}: ${label} ${e > s ? 'tăng' : 'giảm'} từ ${formatNumber(s)} (${fromLabel}) ${e > s ? 'lên' : 'xuống'} ${formatNumber(e)} (${toLabel})${pct}.`,
          explanation: explanationFor(template, u, [field.key, startKey]),
        });
      }
    }
  }
  return flags;
}

export function findFlags(template: TemplateDef, plan: AggregationPlan, units: FlagUnit[]): Flag[] {
  return [...sizeFlags(template, plan, units), ...changeFlags(template, plan, units)];
}
