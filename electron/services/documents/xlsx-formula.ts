// Model formulas as spreadsheet formulas. Every formula returns "" when an operand is empty, as the
// model does, so that a missing number never shows up as a misleading 0 or a #DIV/0!.
import type { CellRef, DocTable, Formula } from '../../../shared/documents/model';
import { locate } from '../../../shared/documents/table';
import { safeText } from './safe-text';

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Where the table sits in the sheet: the sheet row of its first body row. */
export interface Placement {
  table: DocTable;
  firstRow: number;
}

function address(p: Placement, ref: CellRef): string | null {
  const at = locate(p.table, ref);
  return at ? `${columnLetter(at.col)}${p.firstRow + at.row}` : null;
}

/** Runs of consecutive rows in one column become ranges ("D7:D14"), so province totals stay readable. */
function compress(p: Placement, refs: CellRef[]): string[] | null {
  const cells = refs.map((r) => locate(p.table, r));
  if (cells.some((c) => c === null)) return null;
  const parts: string[] = [];
  let start: { row: number; col: number } | null = null;
  let prev: { row: number; col: number } | null = null;
  const close = () => {
    if (!start || !prev) return;
    const a = `${columnLetter(start.col)}${p.firstRow + start.row}`;
    const b = `${columnLetter(prev.col)}${p.firstRow + prev.row}`;
    parts.push(a === b ? a : `${a}:${b}`);
  };
  for (const c of cells as { row: number; col: number }[]) {
    if (start && prev && c.col === prev.col && c.row === prev.row + 1) {
      prev = c;
      continue;
    }
    close();
    start = c;
    prev = c;
  }
  close();
  return parts;
}

const quote = (s: string): string => `"${safeText(s).replace(/"/g, '""')}"`;

/** The spreadsheet formula (without "="), or null when a reference names nothing in the table. */
export function excelFormula(p: Placement, f: Formula): string | null {
  switch (f.op) {
    case 'sub': {
      const l = address(p, f.left);
      const r = address(p, f.right);
      return l && r ? `IF(COUNT(${l},${r})<2,"",${l}-${r})` : null;
    }
    case 'rate': {
      // The result is a fraction shown with a percent format; IF is lazy, so 0 never divides.
      const n = address(p, f.numerator);
      const d = address(p, f.denominator);
      return n && d ? `IF(COUNT(${n},${d})<2,"",IF(${d}=0,"",${n}/${d}))` : null;
    }
    case 'sum': {
      const parts = compress(p, f.cells);
      if (!parts || parts.length === 0) return null;
      const list = parts.join(',');
      return `IF(COUNT(${list})=0,"",SUM(${list}))`;
    }
    case 'status': {
      const v = address(p, f.value);
      const t = address(p, f.target);
      return v && t ? `IF(COUNT(${v},${t})<2,"",IF(${v}>=${t},${quote(f.met)},${quote(f.notMet)}))` : null;
    }
  }
}
