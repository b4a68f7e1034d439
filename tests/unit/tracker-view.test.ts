// The tracker's filter, sort and counts, and the days against the deadline shared with the XLSX.
import { describe, expect, it } from 'vitest';
import type { TrackerRow } from '../../shared/api/inbox-types';
import { daysToSpare } from '../../shared/inbox/tracker-labels';
import { filterRows, fold, sortRows, statusCounts } from '../../renderer/components/tracker/tracker-view';

const row = (over: Partial<TrackerRow>): TrackerRow => ({
  unitCode: 'X',
  unitName: 'X',
  status: 'missing',
  revision: null,
  signer: null,
  receivedAt: null,
  receivedBasis: null,
  createdAfterReceived: false,
  deadline: '2023-05-22',
  daysLeft: 7,
  held: 0,
  conflict: false,
  comment: null,
  keyId: null,
  ...over,
});

const rows: TrackerRow[] = [
  row({ unitCode: 'LDLD-TAMDUONG', unitName: 'LĐLĐ huyện Tam Đường', status: 'on-time', revision: 1, receivedAt: '2023-05-15T02:00:00.000Z', daysLeft: null }),
  row({ unitCode: 'LDLD-SINHO', unitName: 'LĐLĐ huyện Sìn Hồ' }),
  row({ unitCode: 'LDLD-PHONGTHO', unitName: 'LĐLĐ huyện Phong Thổ', status: 'late', revision: 2, receivedAt: '2023-05-24T18:00:00.000Z', daysLeft: null }),
  row({ unitCode: 'CDVC-LAICHAU', unitName: 'Công đoàn Viên chức tỉnh', status: 'returned', revision: 1, receivedAt: '2023-05-20T01:00:00.000Z', daysLeft: null }),
];

describe('tracker view', () => {
  it('finds units without accents or case', () => {
    expect(fold('LĐLĐ huyện Sìn Hồ')).toBe('ldld huyen sin ho');
    expect(filterRows(rows, { status: 'all', query: 'sin ho' }).map((r) => r.unitCode)).toEqual(['LDLD-SINHO']);
    expect(filterRows(rows, { status: 'all', query: 'cdvc' }).map((r) => r.unitCode)).toEqual(['CDVC-LAICHAU']);
    expect(filterRows(rows, { status: 'late', query: '' }).map((r) => r.unitCode)).toEqual(['LDLD-PHONGTHO']);
    expect(filterRows(rows, { status: 'late', query: 'tam' })).toEqual([]);
  });

  it('sorts by name in Vietnamese order, both ways', () => {
    const asc = sortRows(rows, { key: 'unit', dir: 'asc' }).map((r) => r.unitName);
    expect(asc).toEqual(['Công đoàn Viên chức tỉnh', 'LĐLĐ huyện Phong Thổ', 'LĐLĐ huyện Sìn Hồ', 'LĐLĐ huyện Tam Đường']);
    expect(sortRows(rows, { key: 'unit', dir: 'desc' }).map((r) => r.unitName)).toEqual([...asc].reverse());
  });

  it('keeps empty values last in either direction', () => {
    for (const dir of ['asc', 'desc'] as const) {
      const byRevision = sortRows(rows, { key: 'revision', dir }).map((r) => r.unitCode);
      expect(byRevision.at(-1), dir).toBe('LDLD-SINHO');
    }
    expect(sortRows(rows, { key: 'revision', dir: 'desc' })[0]?.unitCode).toBe('LDLD-PHONGTHO');
  });

  it('sorts by status from what needs chasing to what is done', () => {
    expect(sortRows(rows, { key: 'status', dir: 'asc' }).map((r) => r.status)).toEqual(['missing', 'late', 'on-time', 'returned']);
  });

  it('counts every status, zero included', () => {
    expect(statusCounts(rows)).toEqual({ missing: 1, late: 1, 'on-time': 1, returned: 1, accepted: 0 });
  });

  it('counts days against the deadline in Vietnam: left for the missing, early or late for the received', () => {
    expect(daysToSpare(rows[1] as TrackerRow)).toBe(7);
    expect(daysToSpare(rows[0] as TrackerRow)).toBe(7);
    // 24/5 18:00 UTC is 25/5 01:00 in Vietnam: three days after the 22nd.
    expect(daysToSpare(rows[2] as TrackerRow)).toBe(-3);
    expect(daysToSpare(row({ deadline: null }))).toBeNull();
  });
});
