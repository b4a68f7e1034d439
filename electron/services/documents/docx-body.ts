// Body blocks as Word paragraphs: justified 14 pt text with a first-line indent and 6 pt after each
// paragraph. Bullets and numbers are written as text ("- ", "1. ") under the same indent, which is how
// Vietnamese administrative documents set lists, rather than as Word list levels with hanging indents.
import { AlignmentType, LineRuleType, Paragraph, type Table } from 'docx';
import type { Block, Run } from '../../../shared/documents/model';
import { docxTable } from './docx-table';
import { BODY_INDENT, centred, LINE, run, SIZE, SPACE_AFTER } from './docx-style';

const bodyParagraph = (runs: Run[], prefix = '', keepNext = false): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: BODY_INDENT },
    // lineRule said outright: without it LibreOffice takes 276 as an exact 13,8 pt (lines overlap) where
    // Word reads 1.15 lines, and the two print different pages.
    spacing: { before: 0, after: SPACE_AFTER, line: LINE, lineRule: LineRuleType.AUTO },
    keepNext,
    children: [...(prefix ? [run(prefix)] : []), ...runs.map((r) => run(r.text, { bold: r.bold, italic: r.italic }))],
  });

/** A small gap after a table, so that the next paragraph does not touch its bottom border. */
const gap = (): Paragraph => new Paragraph({ spacing: { before: 0, after: 0 }, children: [run('', { size: 12 })] });

export function tableBlock(table: Block & { kind: 'table' }, width: number): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  if (table.table.title) out.push(centred(table.table.title, { bold: true, size: SIZE.header }, { spacing: { before: 120, after: 120 }, keepNext: true }));
  out.push(docxTable(table.table, width), gap());
  return out;
}

/** `keepNext` holds text on the page of what follows it (the closing sentence with the signature). */
export function blockToDocx(block: Block, width: number, keepNext = false): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [bodyParagraph([{ text: block.text, bold: true }], '', true)];
    case 'subheading':
      return [bodyParagraph([{ text: block.text, bold: true, italic: true }], '', true)];
    case 'paragraph':
      return [bodyParagraph(block.runs, '', keepNext || block.keepWithNext === true)];
    case 'bullet':
      return [bodyParagraph(block.runs, '- ', keepNext)];
    case 'numbered':
      return block.items.map((item, i) => bodyParagraph([{ text: item }], `${i + 1}. `, keepNext));
    case 'table':
      return tableBlock(block, width);
  }
}

export const blocksToDocx = (blocks: Block[], width: number, keepNext = false): (Paragraph | Table)[] =>
  blocks.flatMap((b) => blockToDocx(b, width, keepNext));
