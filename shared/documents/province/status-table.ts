// The submission status beside the totals: every expected unit, whether it is counted, which package
// was used (revision, time received) and, for a unit not counted, why. The packages' hashes are not
// printed: a reader of the report cannot use them, and the upward package's sources.json carries them.
import type { Aggregate, UnitResult } from '../../aggregate/types';
import { UNIT_STATUS_LABEL } from '../../aggregate/labels';
import { formatDateTime } from '../../format/vi';
import type { DocColumn, DocRow, DocTable } from '../model';
import { oneLine } from '../text';
import { KEEP_TOGETHER_ROWS } from './unit-tables';

/** The sentences worth printing: for a counted unit its first note only repeats the columns. */
export function statusNote(u: UnitResult): string {
  const notes = u.counted ? u.notes.slice(1) : u.notes;
  return oneLine([...notes, ...u.errors.map((e) => `Lỗi: ${e}`)].join(' '));
}

/** `wide`: the workbook's sheet, with room for the notes; the report's appendix table is narrower. */
export function statusTable(agg: Aggregate, wide: boolean, title?: string): DocTable {
  const columns: DocColumn[] = [
    { id: 'stt', label: 'STT', width: 5, align: 'center' },
    { id: 'unit', label: 'Đơn vị', width: 22, align: 'left' },
    { id: 'status', label: 'Tình trạng', width: wide ? 16 : 11, align: 'center' },
    { id: 'revision', label: 'Lần gửi', width: 7, align: 'center' },
    { id: 'received', label: 'Thời điểm nhận', width: wide ? 17 : 12, align: 'center' },
    { id: 'note', label: 'Ghi chú', width: wide ? 64 : 34, align: 'left' },
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
      { kind: 'text', text: statusNote(u) },
    ],
  }));
  // Status rows take two lines (the time received wraps): about half as many fit a page.
  return { id: 'status', ...(title ? { title } : {}), columns, rows, keepTogether: rows.length <= KEEP_TOGETHER_ROWS / 2 };
}
