// Table helpers shared by the builder and both renderers: formula evaluation (so that the DOCX shows
// exactly what the spreadsheet will compute) and the Vietnamese display of a cell.
import { formatNumber } from '../format/vi';
import type { CellRef, DocCell, DocTable, Formula, NumberFormat } from './model';

/** Row index and column index of a reference, or null when it names nothing in the table. */
export function locate(table: DocTable, ref: CellRef): { row: number; col: number } | null {
  const row = table.rows.findIndex((r) => r.id === ref.row);
  const col = table.columns.findIndex((c) => c.id === ref.col);
  return row < 0 || col < 0 ? null : { row, col };
}

function cellAt(table: DocTable, ref: CellRef): DocCell | null {
  const at = locate(table, ref);
  if (!at) return null;
  const row = table.rows[at.row];
  return row?.kind === 'data' ? (row.cells[at.col] ?? null) : null;
}

function numberAt(table: DocTable, ref: CellRef, seen: Set<DocCell>): number | null {
  const cell = cellAt(table, ref);
  if (!cell || cell.kind === 'text') return null;
  if (cell.kind === 'number') return Number.isFinite(cell.value) ? cell.value : null;
  const v = evaluateCell(table, cell, seen);
  return typeof v === 'number' ? v : null;
}

function evaluate(table: DocTable, f: Formula, seen: Set<DocCell>): number | string | null {
  const num = (ref: CellRef) => numberAt(table, ref, seen);
  switch (f.op) {
    case 'sub': {
      const a = num(f.left);
      const b = num(f.right);
      return a === null || b === null ? null : a - b;
    }
    case 'rate': {
      const n = num(f.numerator);
      const d = num(f.denominator);
      return n === null || d === null || d === 0 ? null : (n / d) * 100;
    }
    case 'sum': {
      const parts = f.cells.map(num).filter((v): v is number => v !== null);
      return parts.length === 0 ? null : parts.reduce((a, b) => a + b, 0);
    }
    case 'status': {
      const v = num(f.value);
      const t = num(f.target);
      return v === null || t === null ? null : v >= t ? f.met : f.notMet;
    }
  }
}

function evaluateCell(table: DocTable, cell: DocCell & { kind: 'formula' }, seen: Set<DocCell>): number | string | null {
  // A formula that reaches itself has no value; refuse quietly rather than loop.
  if (seen.has(cell)) return null;
  seen.add(cell);
  const v = evaluate(table, cell.formula, seen);
  seen.delete(cell);
  return v;
}

/** Fills every formula cell's `value` from the table's numbers. Returns the same table. */
export function resolveFormulas(table: DocTable): DocTable {
  for (const row of table.rows) {
    if (row.kind !== 'data') continue;
    for (const cell of row.cells) {
      if (cell.kind === 'formula') cell.value = evaluateCell(table, cell, new Set());
    }
  }
  return table;
}

// Rates always carry two decimals ("23,10%" beside "25,93%"), so that a column of rates lines up and
// reads alike; a change of a rate is a difference of two rates, printed in points ("+2,50 điểm %").
const twoDecimals = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: 'always' });

/** 25.925 → "25,93%". */
export const formatRate = (value: number): string => `${twoDecimals.format(value)}%`;

/** 2.5 → "+2,50 điểm %". */
export const formatRateChange = (value: number): string => `${value > 0 ? '+' : ''}${twoDecimals.format(value)} điểm %`;

export function formatValue(value: number, format: NumberFormat): string {
  switch (format) {
    case 'integer':
      return formatNumber(value, 0);
    case 'decimal':
      return formatNumber(value, 2);
    case 'percent':
      return formatRate(value);
    case 'change':
      return `${value > 0 ? '+' : ''}${formatNumber(value, 2)}`;
    case 'changePercent':
      return formatRateChange(value);
  }
}

/** The cell as printed: Vietnamese separators, empty for a missing value. */
export function displayCell(cell: DocCell): string {
  if (cell.kind === 'text') return cell.text;
  const v = cell.value;
  if (v === null) return '';
  return typeof v === 'string' ? v : formatValue(v, cell.format);
}
