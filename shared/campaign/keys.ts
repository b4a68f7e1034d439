import type { AppendixDef, FieldKey, PeriodDef, PeriodId } from './model';

/** The key of one appendix cell: `pl.<indicator>.<point in time>`. */
export const appendixKey = (indicatorId: string, period: PeriodId): FieldKey => `pl.${indicatorId}.${period}`;

const APPENDIX_KEY = /^pl\.([a-z][a-z0-9_]*)\.([a-z][a-z0-9_]*)$/;

export function parseAppendixKey(key: FieldKey): { indicatorId: string; period: PeriodId } | null {
  const m = APPENDIX_KEY.exec(key);
  return m?.[1] && m[2] ? { indicatorId: m[1], period: m[2] } : null;
}

/** The last point in time: where a unit's current size and its headline totals are read. */
export const lastPeriod = (appendix: AppendixDef): PeriodDef => appendix.periods[appendix.periods.length - 1] ?? appendix.periods[0];

/** Each point in time with the one before it: the changes an appendix shows and warns about. */
export function consecutivePeriods(appendix: AppendixDef): { from: PeriodDef; to: PeriodDef }[] {
  const pairs: { from: PeriodDef; to: PeriodDef }[] = [];
  appendix.periods.forEach((to, i) => {
    const from = appendix.periods[i - 1];
    if (from) pairs.push({ from, to });
  });
  return pairs;
}
