// The submission status beside the totals: every expected unit, whether it is counted, which package
// was used (revision, time received, manifest hash) and, for a unit not counted, why.
import type { Aggregate, UnitResult } from '../../aggregate/types';
import { UNIT_STATUS_LABEL } from '../../aggregate/labels';
import { shortHash } from '../../aggregate/select';
import { formatDateTime } from '../../format/vi';
import type { DocColumn, DocRow, DocTable } from '../model';
import { oneLine } from '../text';
import { KEEP_TOGETHER_ROWS } from './unit-tables';

/** The sentences worth printing: for a counted unit its first note only repeats the columns. */
export function statusNote(u: UnitResult): string {
  const notes = u.counted ? u.notes.slice(1) : u.notes;
  return oneLine([...notes, ...u.errors.map((e) => `Lỗi: ${e}`)].join(' '));
}

/** `fullHash`: the workbook shows the whole SHA-256 (to compare with a package); the report a short prefix. */
export function statusTable(agg: Aggregate, fullHash: boolean, title?: string): DocTable {
  const columns: DocColumn[] = [
    { id: 'stt', label: 'STT', width: 5, align: 'center' },
    { id: 'unit', label: 'Đơn vị', width: 22, align: 'left' },
    { id: 'status', label: 'Tình trạng', width: fullHash ? 16 : 11, align: 'center' },
    { id: 'revision', label: 'Lần gửi', width: 7, align: 'center' },
    { id: 'received', label: 'Thời điểm nhận', width: fullHash ? 17 : 12, align: 'center' },
    // The whole hash in the workbook, on two lines, to compare with a package; a prefix in the report.
    { id: 'hash', label: 'Mã băm bản kê (SHA-256)', width: fullHash ? 34 : 13, align: 'left' },
    { id: 'note', label: 'Ghi chú', width: fullHash ? 64 : 34, align: 'left' },
  ];
  const rows: DocRow[] = agg.units.map((u, i) => ({
    kind: 'data',
    id: `s.${u.unitCode}`,
    cells: [
      { kind: 'text', text: String(i + 1) },
      { kind: 'text', text: oneLine(u.unitName) },
      { kind: 'text', text: UNIT_STATUS_LABEL[u.status] },
      { kind: 'number', value: u.source?.revision ?? null, format: 'integer' },
      { kind: 'text', text: u.source ? formatDateTime(new Date(u.source.receivedAt)) : '' },
      { kind: 'text', text: u.source ? (fullHash ? u.source.manifestSha256 : shortHash(u.source.manifestSha256)) : '' },
      { kind: 'text', text: statusNote(u) },
    ],
  }));
  // Status rows take two lines (the time received wraps): about half as many fit a page.
  return { id: 'status', ...(title ? { title } : {}), columns, rows, keepTogether: rows.length <= KEEP_TOGETHER_ROWS / 2 };
}
