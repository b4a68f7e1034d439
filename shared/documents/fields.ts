// One template field as it reads in a report: a number becomes a sentence, a table field a small table
// (or a numbered list when it has a single text column). Values may come from a file nobody checked, so
// every reader here accepts `unknown` and prints only what it understands.
import type { ColumnDef, ComputedColumnDef, FieldDef } from '../campaign/model';
import { formatNumber, formatShortDate } from '../format/vi';
import type { DocCell, DocColumn, DocRow, DocTable } from './model';
import { resolveFormulas } from './table';
import { fill, lowerFirst, oneLine } from './text';

export type TableFieldDef = FieldDef & { kind: 'table' };
type Row = Record<string, unknown>;

const isRow = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);
const finite = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function cellText(v: unknown): string {
  if (typeof v === 'string') return oneLine(v);
  if (typeof v === 'number' && Number.isFinite(v)) return formatNumber(v);
  return '';
}

const rowHasContent = (row: Row, columns: ColumnDef[]): boolean =>
  columns.some((c) => (c.kind === 'number' ? finite(row[c.id]) !== null : cellText(row[c.id]) !== ''));

/** The rows of a table value that hold something; anything that is not a row is ignored. */
export function tableRows(def: TableFieldDef, value: unknown): Row[] {
  return Array.isArray(value) ? value.filter(isRow).filter((r) => rowHasContent(r, def.columns)) : [];
}

function choiceLabels(def: FieldDef & { kind: 'choices' }, value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return def.options.filter((o) => value.includes(o.id)).map((o) => lowerFirst(oneLine(o.label)));
}

/** Whether the field would print anything. */
export function hasContent(def: FieldDef, value: unknown): boolean {
  switch (def.kind) {
    case 'narrative':
    case 'text':
      return typeof value === 'string' && oneLine(value) !== '';
    case 'integer':
    case 'money':
      return finite(value) !== null;
    case 'choices':
      return choiceLabels(def, value).length > 0;
    case 'table':
      return tableRows(def, value).length > 0;
  }
}

/** The sentence of a scalar field (number, money, text, choices), or null when it is empty. */
export function fieldSentence(def: FieldDef, value: unknown): string | null {
  if (!hasContent(def, value)) return null;
  let formatted: string;
  switch (def.kind) {
    case 'integer':
    case 'money':
      formatted = formatNumber(finite(value) ?? 0, 0);
      break;
    case 'text':
      formatted = oneLine(String(value));
      break;
    case 'choices':
      formatted = choiceLabels(def, value).join('; ');
      break;
    default:
      return null;
  }
  if (def.sentence) return oneLine(fill(def.sentence, { value: formatted }));
  const unit = def.kind === 'integer' || def.kind === 'money' ? ` ${def.unit}` : '';
  return `${oneLine(def.label)}: ${formatted}${unit}.`;
}

/** The line that introduces a table, e.g. "Đã ban hành 5 văn bản …:". */
export function tableIntro(def: TableFieldDef, rowCount: number): string {
  return oneLine(def.sentence ? fill(def.sentence, { value: formatNumber(rowCount, 0) }) : `${def.label}:`);
}

/** A single free-text column (a list of lessons) reads better as a numbered list than as a table. */
export const isListTable = (def: TableFieldDef): boolean => def.columns.length === 1 && def.columns[0]?.kind === 'text';

export const listItems = (def: TableFieldDef, value: unknown): string[] => {
  const col = def.columns[0];
  return col ? tableRows(def, value).map((r) => cellText(r[col.id])).filter((t) => t !== '') : [];
};

// Widths follow how much a column usually holds: a summary needs room, a date does not.
function columnWidth(col: ColumnDef): number {
  if (col.kind === 'number') return 10;
  if (col.kind === 'date') return 11;
  return col.maxLength >= 1000 ? 38 : col.maxLength >= 300 ? 28 : col.maxLength >= 100 ? 18 : col.maxLength <= 30 ? 9 : 13;
}

function inputCell(col: ColumnDef, v: unknown): DocCell {
  switch (col.kind) {
    case 'number':
      return { kind: 'number', value: finite(v), format: col.integer ? 'integer' : 'decimal' };
    case 'date':
      return { kind: 'text', text: typeof v === 'string' && ISO_DATE.test(v) ? formatShortDate(v) : cellText(v) };
    case 'text':
      return { kind: 'text', text: cellText(v) };
  }
}

function computedCell(c: ComputedColumnDef, rowId: string): DocCell {
  const numerator = { row: rowId, col: c.numerator };
  const denominator = { row: rowId, col: c.denominator };
  return c.kind === 'rate'
    ? { kind: 'formula', formula: { op: 'rate', numerator, denominator }, value: null, format: 'percent' }
    : { kind: 'formula', formula: { op: 'status', value: numerator, target: denominator, met: 'Đạt', notMet: 'Không đạt' }, value: null, format: 'integer' };
}

/** A table field as a document table: "STT", the input columns, then the computed ones as formulas. */
export function fieldTable(def: TableFieldDef, value: unknown): DocTable {
  const computed = def.computed ?? [];
  const columns: DocColumn[] = [
    { id: 'stt', label: 'STT', width: 8, align: 'center' },
    ...def.columns.map((c): DocColumn => ({
      id: c.id,
      label: oneLine(c.label),
      width: columnWidth(c),
      align: c.kind === 'number' ? 'right' : c.kind === 'date' || (c.kind === 'text' && c.maxLength <= 30) ? 'center' : 'left',
    })),
    ...computed.map((c): DocColumn => ({ id: c.id, label: oneLine(c.label), width: c.kind === 'rate' ? 10 : 11, align: c.kind === 'rate' ? 'right' : 'center' })),
  ];
  const rows: DocRow[] = tableRows(def, value).map((r, i) => {
    const id = `r${i + 1}`;
    return {
      kind: 'data',
      id,
      cells: [
        { kind: 'text', text: String(i + 1) },
        ...def.columns.map((c) => inputCell(c, r[c.id])),
        ...computed.map((c) => computedCell(c, id)),
      ],
    };
  });
  return resolveFormulas({ id: def.key, columns, rows });
}
