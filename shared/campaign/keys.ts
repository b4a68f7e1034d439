import type { FieldKey, PeriodId } from './model';

/** The key of one appendix cell: `pl.<indicator>.<period>`. */
export const appendixKey = (indicatorId: string, period: PeriodId): FieldKey => `pl.${indicatorId}.${period}`;

const APPENDIX_KEY = /^pl\.([a-z0-9_]+)\.(start|end)$/;

export function parseAppendixKey(key: FieldKey): { indicatorId: string; period: PeriodId } | null {
  const m = APPENDIX_KEY.exec(key);
  return m?.[1] && m[2] ? { indicatorId: m[1], period: m[2] as PeriodId } : null;
}
