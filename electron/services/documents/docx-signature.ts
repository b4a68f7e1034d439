// The signature block: a borderless two-column table, "Nơi nhận" with the recipients on the left, the
// authority line, title, room to sign and stamp, and the signer's name on the right.
import { AlignmentType, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { DocSignature } from '../../../shared/documents/model';
import { centred, mm, run, SIZE, TEXT_WIDTH } from './docx-style';

const LEFT = mm(75);
const RIGHT = TEXT_WIDTH - LEFT;
/** Blank lines for the signature and seal (about 3 cm). */
const SIGN_SPACE_LINES = 5;

const column = (width: number, children: Paragraph[]): TableCell =>
  new TableCell({ width: { size: width, type: WidthType.DXA }, borders: TableBorders.NONE, margins: { left: 0, right: 0, top: 0, bottom: 0 }, children });

export function signatureTable(s: DocSignature): Table {
  const left = [
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [run(s.recipientsLabel, { bold: true, italic: true, size: SIZE.recipientsLabel })] }),
    ...s.recipients.map(
      (r) => new Paragraph({ alignment: AlignmentType.LEFT, spacing: { before: 0, after: 0 }, children: [run(r, { size: SIZE.recipients })] }),
    ),
  ];
  const right: Paragraph[] = [];
  if (s.authority) right.push(centred(s.authority, { bold: true }));
  if (s.title) right.push(centred(s.title, { bold: true }));
  for (let i = 0; i < SIGN_SPACE_LINES; i++) right.push(centred(''));
  // A missing name keeps its (empty) line, so the block has the same height and can be filled by hand.
  right.push(centred(s.signerName, { bold: true }));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT, RIGHT],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit: true, children: [column(LEFT, left), column(RIGHT, right)] })],
  });
}
