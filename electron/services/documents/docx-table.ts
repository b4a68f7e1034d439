// A model table as a Word table: fixed layout with widths scaled to the page, a header row repeated on
// every page, rows that do not break across pages unless taller than half a page, numbers already in
// Vietnamese format.
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type ITableBordersOptions,
} from 'docx';
import { displayCell } from '../../../shared/documents/table';
import type { DocColumn, DocRow, DocTable } from '../../../shared/documents/model';
import { mm, run, SIZE, type RunStyle } from './docx-style';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS: ITableBordersOptions = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** Integer widths in twips that add up to exactly `total`, in proportion to the model's weights. */
export function scaleWidths(columns: DocColumn[], total: number): number[] {
  const weights = columns.map((c) => (Number.isFinite(c.width) && c.width > 0 ? c.width : 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  // Rounded running edges, not floored widths with the remainder on the last column: with many narrow
  // columns (a spreadsheet's characters) the remainder would make the last one visibly wider.
  let acc = 0;
  let edge = 0;
  return weights.map((w) => {
    acc += w;
    const next = Math.round((acc / sum) * total);
    const width = next - edge;
    edge = next;
    return width;
  });
}

interface CellOptions {
  indent?: number;
  span?: number;
  /** Keeps the row on the page of the next one (a group heading with its first indicator). */
  keepNext?: boolean;
}

function cell(text: string, width: number, align: DocColumn['align'], style: RunStyle, opts: CellOptions = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    columnSpan: opts.span,
    children: [
      new Paragraph({
        alignment: ALIGN[align],
        spacing: { before: 0, after: 0 },
        indent: opts.indent ? { left: opts.indent } : undefined,
        keepNext: opts.keepNext,
        children: [run(text, { size: SIZE.table, ...style })],
      }),
    ],
  });
}

/** Twips a 12 pt Times New Roman character takes on average, for guessing a row's height. */
const CHAR_TWIPS = 110;
/** Rows up to this many lines stay on one page; a taller row may split (Word would cut it off). */
const MAX_UNSPLIT_LINES = 20;

function tallRow(row: DocRow & { kind: 'data' }, widths: number[]): boolean {
  return row.cells.some((c, i) => {
    const perLine = Math.max(1, Math.floor(((widths[i] ?? 0) - 160) / CHAR_TWIPS));
    return Math.ceil(displayCell(c).length / perLine) > MAX_UNSPLIT_LINES;
  });
}

function bodyRow(row: DocRow, columns: DocColumn[], widths: number[], keepNext = false): TableRow {
  if (row.kind === 'group') {
    const rest = widths.slice(1).reduce((a, b) => a + b, 0);
    const children = [cell(row.label, widths[0] ?? 0, 'center', { bold: true }, { keepNext: true })];
    if (columns.length > 1) children.push(cell(row.text, rest, 'left', { bold: true }, { span: columns.length - 1, keepNext: true }));
    return new TableRow({ cantSplit: true, children });
  }
  return new TableRow({
    cantSplit: !tallRow(row, widths),
    children: columns.map((col, i) => {
      const c = row.cells[i];
      const text = c ? displayCell(c) : '';
      // The "of whom" rows sit a little to the right of their total, as in printed statistics.
      const indent = i === 1 && row.indent ? mm(4) : undefined;
      return cell(text, widths[i] ?? 0, col.align, { bold: row.bold }, { indent, keepNext });
    }),
  });
}

export function docxTable(table: DocTable, totalWidth: number): Table {
  const widths = scaleWidths(table.columns, totalWidth);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((col, i) => cell(col.label, widths[i] ?? 0, 'center', { bold: true }, { keepNext: table.keepTogether })),
  });
  // "Keep with next" on every row but the last holds a short table on one page, as Word users do by hand.
  const last = table.rows.length - 1;
  return new Table({
    width: { size: totalWidth, type: WidthType.DXA },
    // Borders and cell margins once for the table, not on each of a province's ten thousand cells.
    borders: BORDERS,
    margins: MARGINS,
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [header, ...table.rows.map((r, i) => bodyRow(r, table.columns, widths, table.keepTogether === true && i < last))],
  });
}
