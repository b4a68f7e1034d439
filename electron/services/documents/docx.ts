// renderDocx: the report model as a .docx — an A4 portrait body with the page number centred at the
// top from page 2, then the appendix in a landscape section of its own.
import { AlignmentType, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionOptions, type Table } from 'docx';
import type { DocAppendix, ReportDocument } from '../../../shared/documents/model';
import type { ChartImage } from './chart-image';
import { chartImages } from './chart-image';
import { blocksToDocx, tableBlock } from './docx-body';
import { chartBlock } from './docx-chart';
import { headerTable, titleBlock } from './docx-header';
import { signatureTable } from './docx-signature';
import { centred, FONT, PAGE, SIZE, TEXT_WIDTH, TEXT_WIDTH_LANDSCAPE } from './docx-style';
import { safeText } from './safe-text';

const pageNumberHeader = (): Header =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE.header })],
      }),
    ],
  });

function bodySection(doc: ReportDocument): ISectionOptions {
  const children: (Paragraph | Table)[] = [
    headerTable(doc.header),
    ...titleBlock(doc.kind, doc.summary),
    ...blocksToDocx(doc.opening, TEXT_WIDTH),
  ];
  for (const section of doc.sections) {
    children.push(...blocksToDocx([{ kind: 'heading', text: section.heading }, ...section.blocks], TEXT_WIDTH));
  }
  // The closing sentence stays on the page of the signature, so a signature never stands alone.
  children.push(...blocksToDocx(doc.closing, TEXT_WIDTH, true));
  children.push(centred('', {}, { spacing: { before: 0, after: 120 }, keepNext: true }), signatureTable(doc.signature));
  return {
    properties: {
      // The first page carries the national title and no number; numbering shows from page 2.
      titlePage: true,
      page: { size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT }, margin: PAGE.margin },
    },
    // An empty paragraph, not an empty header: a header part must hold at least one block.
    headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({ children: [] })] }) },
    children,
  };
}

function appendixSection(a: DocAppendix, images: ChartImage[]): ISectionOptions {
  const children: (Paragraph | Table)[] = [
    centred(a.heading, { bold: true }),
    centred(a.title, { bold: true }),
    centred(a.reference, { italic: true }, { spacing: { before: 0, after: 240 } }),
  ];
  for (const table of a.tables) children.push(...tableBlock({ kind: 'table', table }, TEXT_WIDTH_LANDSCAPE));
  (a.charts ?? []).forEach((chart, i) => {
    const image = images[i];
    if (image) children.push(...chartBlock(chart, image, TEXT_WIDTH_LANDSCAPE, i));
  });
  children.push(...blocksToDocx(a.notes, TEXT_WIDTH_LANDSCAPE));
  return {
    properties: {
      // Decree 30 numbers an appendix on its own: its pages count again from 1, shown from page 2.
      titlePage: true,
      page: {
        size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
        margin: PAGE.margin,
        pageNumbers: { start: 1 },
      },
    },
    headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({ children: [] })] }) },
    children,
  };
}

/** The .docx file of a report model. Knows the administrative layout, nothing about any campaign. */
export async function renderDocx(doc: ReportDocument): Promise<Buffer> {
  const sections = [bodySection(doc)];
  if (doc.appendix) sections.push(appendixSection(doc.appendix, await chartImages(doc.appendix.charts)));
  const file = new Document({
    creator: safeText(doc.info.author),
    title: safeText(doc.info.title),
    subject: safeText(doc.info.subject),
    styles: { default: { document: { run: { font: FONT, size: SIZE.body, language: { value: 'vi-VN' } } } } },
    sections,
  });
  return Packer.toBuffer(file);
}

