// The first lines of an administrative document (Decree 30/2020/NĐ-CP): a borderless two-column table
// — parent and issuing unit with the number on the left, national title, motto and date line on the
// right — then the document kind and its summary line, centred.
import { Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { DocHeader } from '../../../shared/documents/model';
import { centred, mm, rule, SIZE, TEXT_WIDTH } from './docx-style';

/** The left column holds the unit names (7 cm); the right one the national title at 12 pt (9.5 cm). */
const LEFT = mm(70);
const RIGHT = TEXT_WIDTH - LEFT;
const NO_BORDERS = TableBorders.NONE;

function column(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: NO_BORDERS,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    children,
  });
}

export function headerTable(h: DocHeader): Table {
  const left: Paragraph[] = [];
  if (h.parentUnit) left.push(centred(h.parentUnit, { size: SIZE.header }));
  left.push(centred(h.issuingUnit, { size: SIZE.header, bold: true }));
  // Decree 30 asks for a rule of a third to a half of the unit name's length.
  left.push(rule(LEFT, mm(22)));
  left.push(centred(h.number, { size: SIZE.header }, { spacing: { before: 120, after: 0 } }));

  const right: Paragraph[] = [
    centred(h.nationalTitle, { size: SIZE.nationalTitle, bold: true }),
    centred(h.motto, { size: SIZE.header, bold: true }),
    // As long as the motto itself.
    rule(RIGHT, mm(55)),
    centred(h.dateLine, { size: SIZE.body, italic: true }, { spacing: { before: 120, after: 0 } }),
  ];
  // Without a parent unit the left column starts one line lower, level with the motto, as printed forms do.
  if (!h.parentUnit) left.unshift(centred('', { size: SIZE.header }));

  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT, RIGHT],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [column(LEFT, left), column(RIGHT, right)] })],
  });
}

/** "BÁO CÁO", the summary line in bold, and a short rule under it. */
export function titleBlock(kind: string, summary: string): Paragraph[] {
  return [
    centred(kind, { bold: true }, { spacing: { before: 360, after: 0 } }),
    centred(summary, { bold: true }, { spacing: { before: 0, after: 60 } }),
    rule(TEXT_WIDTH, mm(40)),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
  ];
}
