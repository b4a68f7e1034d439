// Pre-filling the province's own report from the totals. A number the drafter typed is theirs: it is
// kept unless they ask to overwrite it, and reported so that they can see where it differs. A number
// the pre-fill wrote before follows the totals (a unit arriving later changes it, a unit leaving clears it).
import type { FieldKey } from '../campaign/model';
import type { TotalCell } from './types';

/** Where the last change of a field came from, as the audit trail records it. */
export type FieldOrigin = 'aggregate' | 'typed' | null;

export interface PrefillChange {
  key: FieldKey;
  previous: number | null;
  next: number | null;
}

export interface PrefillPlan {
  changes: PrefillChange[];
  /** Typed values left alone that differ from the total. */
  kept: { key: FieldKey; typed: unknown; total: number | null }[];
  unchanged: number;
}

export function planPrefill(
  totals: Readonly<Record<FieldKey, TotalCell>>,
  current: Readonly<Record<FieldKey, unknown>>,
  originOf: (key: FieldKey) => FieldOrigin,
  overwrite: boolean,
): PrefillPlan {
  const plan: PrefillPlan = { changes: [], kept: [], unchanged: 0 };
  for (const cell of Object.values(totals)) {
    const cur = current[cell.key];
    const has = cur !== undefined && cur !== null;
    if (has && cur === cell.value) {
      plan.unchanged += 1;
      continue;
    }
    // A value with no audit trail (loaded before the trail existed) counts as typed: never guess it away.
    const typed = has && originOf(cell.key) !== 'aggregate';
    if (typed && !overwrite) {
      plan.kept.push({ key: cell.key, typed: cur, total: cell.value });
      continue;
    }
    if (!has && cell.value === null) {
      plan.unchanged += 1;
      continue;
    }
    plan.changes.push({ key: cell.key, previous: typeof cur === 'number' ? cur : null, next: cell.value });
  }
  return plan;
}
