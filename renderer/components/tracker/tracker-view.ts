// The tracker's filter and sort, pure so that they are unit-tested: by status and by a piece of the
// unit's name or code; sorted by any column, with units not yet heard from grouped sensibly.
import type { TrackerRow, TrackerStatus } from '../../../shared/api/inbox-types';
import { daysToSpare, TRACKER_STATUSES } from '../../../shared/inbox/tracker-labels';

export type SortKey = 'unit' | 'status' | 'revision' | 'signer' | 'received' | 'days';
export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}
export interface Filter {
  status: TrackerStatus | 'all';
  query: string;
}

/** Case- and accent-insensitive: "tam duong" finds "Tam Đường". */
export const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();

export function filterRows(rows: TrackerRow[], f: Filter): TrackerRow[] {
  const q = fold(f.query.trim());
  return rows.filter((r) => (f.status === 'all' || r.status === f.status) && (q === '' || fold(`${r.unitName} ${r.unitCode}`).includes(q)));
}

const collator = new Intl.Collator('vi');
type Value = string | number | null;

function valueOf(r: TrackerRow, key: SortKey): Value {
  switch (key) {
    case 'unit':
      return r.unitName;
    case 'status':
      return TRACKER_STATUSES.indexOf(r.status);
    case 'revision':
      return r.revision;
    case 'signer':
      return r.signer;
    case 'received':
      return r.receivedAt;
    case 'days':
      return daysToSpare(r);
  }
}

/** Empty values last in either direction, so that the rows that say something stay on top. */
function compare(a: Value, b: Value): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
}

export function sortRows(rows: TrackerRow[], s: Sort): TrackerRow[] {
  const sign = s.dir === 'asc' ? 1 : -1;
  return [...rows].sort((x, y) => {
    const a = valueOf(x, s.key);
    const b = valueOf(y, s.key);
    if (a === null || b === null) return compare(a, b) || collator.compare(x.unitName, y.unitName);
    return sign * compare(a, b) || collator.compare(x.unitName, y.unitName);
  });
}

export function statusCounts(rows: TrackerRow[]): Record<TrackerStatus, number> {
  const counts = Object.fromEntries(TRACKER_STATUSES.map((s) => [s, 0])) as Record<TrackerStatus, number>;
  for (const r of rows) counts[r.status] += 1;
  return counts;
}
