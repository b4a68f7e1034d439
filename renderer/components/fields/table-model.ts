// The state of a table being edited, as pure functions: the valid values of its rows, the texts typed
// in cells that are not (yet) values, and the message of each cell that cannot be read. Every valid
// cell is saved at once; an unreadable cell is saved as typed beside the table (SPEC §4: nothing typed
// is lost), so one wrong cell never holds back the rest.
import type { ColumnDef } from '../../../shared/campaign/model';
import { readDayMonthYear } from '../../../shared/format/day-month-year';
import { parseVietnameseNumber } from '../../../shared/format/vi';
import type { RawCells } from '../../../shared/report/raw-inputs';
import { columnRefusal, type TableRow } from '../../../shared/report/values';
import type { Translate } from '../../i18n/i18n';
import { without } from '../../store/records';
import { readNumber } from './number-text';

export interface TableState {
  rows: TableRow[];
  /** Texts typed in number and date cells, by cell key, while they differ from the shown value. */
  texts: Record<string, string>;
  /** Cells whose text cannot be read: their message, by cell key. */
  errors: Record<string, string>;
}

export const cellKey = (row: number, col: string): string => `${row}:${col}`;

export const emptyRow = (columns: ColumnDef[]): TableRow =>
  Object.fromEntries(columns.map((c) => [c.id, c.kind === 'text' && c.required ? '' : null]));

function toRows(value: unknown, columns: ColumnDef[]): TableRow[] {
  if (!Array.isArray(value)) return [];
  return value.map((r: unknown) => {
    const row = emptyRow(columns);
    if (typeof r === 'object' && r !== null) {
      for (const c of columns) {
        const v = (r as Record<string, unknown>)[c.id];
        if (typeof v === 'string' || typeof v === 'number') row[c.id] = v;
      }
    }
    return row;
  });
}

/** A number pasted from another program: Vietnamese style first ("1.234,5"), else plain ("1234.5", "1,234"). */
function plainNumber(text: string): number | null {
  const t = text.replace(/[\s\u00a0]/g, '');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''));
  if (/^\d+\.\d+$/.test(t)) return Number(t);
  return null;
}

/** Reads one cell's text for its column: the value, or the message that keeps it as typed. */
export function readCell(col: ColumnDef, text: string, t: Translate, pasted = false): { value: string | number | null; error: string | null } {
  if (col.kind === 'number') {
    let reading = readNumber(text, col.integer, t);
    if (!reading.ok && pasted && Number.isNaN(parseVietnameseNumber(text))) {
      const plain = plainNumber(text);
      if (plain !== null) reading = readNumber(String(plain).replace('.', ','), col.integer, t);
    }
    if (!reading.ok) return { value: null, error: reading.message };
    // A number the services would refuse (over the column's limit) is kept as typed, like an unreadable one.
    const refusal = columnRefusal(col, reading.value);
    return refusal === null ? { value: reading.value, error: null } : { value: null, error: refusal };
  }
  if (col.kind === 'date') {
    const reading = readDayMonthYear(text);
    return reading.ok ? { value: reading.iso, error: null } : { value: null, error: t('date.invalid', { text: text.trim() }) };
  }
  return { value: col.required ? text : text.trim() === '' ? null : text, error: null };
}

export function initialState(value: unknown, raw: RawCells | undefined, columns: ColumnDef[], t: Translate): TableState {
  const state: TableState = { rows: toRows(value, columns), texts: {}, errors: {} };
  for (const [k, text] of Object.entries(raw ?? {})) {
    const [r = '', c = ''] = k.split(':');
    const col = columns.find((x) => x.id === c);
    const row = state.rows[Number(r)];
    if (!col || !row) continue;
    state.texts[k] = text;
    state.errors[k] = readCell(col, text, t).error ?? t('number.invalid', { text });
  }
  return state;
}

/** The state after `text` is typed (or pasted) in one cell. */
export function setCell(state: TableState, ri: number, col: ColumnDef, text: string, t: Translate, pasted = false): TableState {
  const row = state.rows[ri];
  if (!row) return state;
  const k = cellKey(ri, col.id);
  const { value, error } = readCell(col, text, t, pasted);
  const rows = state.rows.map((r, i) => (i === ri ? { ...r, [col.id]: value } : r));
  const texts = col.kind === 'text' ? without(state.texts, k) : { ...state.texts, [k]: text };
  const errors = error === null ? without(state.errors, k) : { ...state.errors, [k]: error };
  return { rows, texts, errors };
}

/** After leaving a cell: a readable number or date is shown in its usual form again. */
export function settleCell(state: TableState, k: string): TableState {
  if (state.errors[k] !== undefined || state.texts[k] === undefined) return state;
  return { ...state, texts: without(state.texts, k) };
}

function shiftKeys(record: Record<string, string>, from: number, by: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(record)) {
    const [r = '0', c = ''] = k.split(':');
    const n = Number(r);
    out[cellKey(n >= from ? n + by : n, c)] = v;
  }
  return out;
}

const rowPart = (record: Record<string, string>, ri: number): Record<string, string> =>
  Object.fromEntries(Object.entries(record).filter(([k]) => k.startsWith(`${ri}:`)));

const withoutRow = (record: Record<string, string>, ri: number): Record<string, string> =>
  Object.fromEntries(Object.entries(record).filter(([k]) => !k.startsWith(`${ri}:`)));

/** A removed row with what was typed in it, so that "Hoàn tác" puts it back exactly. */
export interface RemovedRow {
  index: number;
  row: TableRow;
  texts: Record<string, string>;
  errors: Record<string, string>;
}

export function removeRow(state: TableState, ri: number): { state: TableState; removed: RemovedRow | null } {
  const row = state.rows[ri];
  if (!row) return { state, removed: null };
  const removed: RemovedRow = { index: ri, row, texts: rowPart(state.texts, ri), errors: rowPart(state.errors, ri) };
  return {
    removed,
    state: {
      rows: state.rows.filter((_, i) => i !== ri),
      texts: shiftKeys(withoutRow(state.texts, ri), ri + 1, -1),
      errors: shiftKeys(withoutRow(state.errors, ri), ri + 1, -1),
    },
  };
}

export function restoreRow(state: TableState, removed: RemovedRow): TableState {
  const at = Math.min(removed.index, state.rows.length);
  const move = (record: Record<string, string>, part: Record<string, string>) => ({
    ...shiftKeys(record, at, 1),
    ...Object.fromEntries(Object.entries(part).map(([k, v]) => [cellKey(at, k.split(':')[1] ?? ''), v])),
  });
  return {
    rows: [...state.rows.slice(0, at), removed.row, ...state.rows.slice(at)],
    texts: move(state.texts, removed.texts),
    errors: move(state.errors, removed.errors),
  };
}

export function addRows(state: TableState, rows: TableRow[]): TableState {
  return { ...state, rows: [...state.rows, ...rows] };
}

/** Pastes a block at a cell, adding rows as needed (up to `maxRows`); returns how many rows did not fit. */
export function pasteBlock(
  state: TableState,
  block: string[][],
  at: { row: number; col: number },
  columns: ColumnDef[],
  maxRows: number,
  t: Translate,
): { state: TableState; dropped: number } {
  let next = state;
  let dropped = 0;
  block.forEach((cells, r) => {
    const ri = at.row + r;
    if (ri >= maxRows) {
      dropped += 1;
      return;
    }
    while (next.rows.length <= ri) next = addRows(next, [emptyRow(columns)]);
    cells.forEach((text, c) => {
      const col = columns[at.col + c];
      if (col) next = setCell(next, ri, col, text.trim(), t, true);
    });
    for (const col of columns) next = settleCell(next, cellKey(ri, col.id));
  });
  return { state: next, dropped };
}

/** What is saved: the valid values, and the texts of the cells that cannot be read, as typed. */
export function toSave(state: TableState): { value: TableRow[] | null; raw: RawCells } {
  const raw: RawCells = {};
  for (const k of Object.keys(state.errors)) raw[k] = state.texts[k] ?? '';
  return { value: state.rows.length ? state.rows : null, raw };
}
