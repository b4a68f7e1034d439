// renderPdf: the report model as a PDF, for the offices without Word or LibreOffice. The same layout
// rules as the DOCX (Decree 30/2020/NĐ-CP): A4 portrait, margins 20/15/20/30 mm, Times-metric 14 pt
// body, the header table, the page number centred at the top from page 2, the signature block kept
// whole, then the appendix in a landscape section numbered on its own. Liberation Serif (metric-
// compatible with Times New Roman, full Vietnamese coverage, SIL OFL) is shipped in ./fonts and
// embedded (subset) in every file, so the PDF prints the same on any computer.
import PDFDocument from 'pdfkit';
import type { Block, DocAppendix, DocChart, DocHeader, DocRow, DocSignature, DocTable, ReportDocument, Run } from '../../../shared/documents/model';
import { displayCell } from '../../../shared/documents/table';
import { chartImages, type ChartImage } from './chart-image';
import { parsedFonts } from './pdf-fonts';
import { safeText } from './safe-text';

const MM = 72 / 25.4;
const A4 = { width: 595.28, height: 841.89 };
const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
/** The page number sits 10 mm from the top edge, as the DOCX header does. */
const NUMBER_TOP = 10 * MM;
const SIZE = { body: 14, header: 13, nationalTitle: 12, table: 12, recipients: 11, recipientsLabel: 12 } as const;
/**
 * Body paragraphs: line spacing "multiple 1.15" of the font's own line (ascent, descent and gap), and
 * 6 pt after each, as the DOCX asks (w:line 276, lineRule auto) and as Word and LibreOffice set it.
 * Everything else is single spaced.
 */
const BODY_SPACING = 1.15;
const SPACE_AFTER = 6;
const INDENT = 10 * MM;
const CELL_PAD = { x: 4, y: 2 };
/** A heading needs this many body lines under it on the same page, or it moves to the next page. */
const LINES_AFTER_HEADING = 2;

type Font = 'regular' | 'bold' | 'italic' | 'boldItalic';
const fontOf = (r: { bold?: boolean | undefined; italic?: boolean | undefined }): Font =>
  r.bold ? (r.italic ? 'boldItalic' : 'bold') : r.italic ? 'italic' : 'regular';

interface Layout {
  landscape: boolean;
  width: number;
  height: number;
}
const PORTRAIT: Layout = { landscape: false, width: A4.width, height: A4.height };
const LANDSCAPE: Layout = { landscape: true, width: A4.height, height: A4.width };

/** Which part a page belongs to, for numbering each part on its own. */
interface PageInfo {
  part: 'body' | 'appendix';
  number: number;
}

class Writer {
  readonly pdf: PDFKit.PDFDocument;
  readonly pages: PageInfo[] = [];
  private layout: Layout = PORTRAIT;
  private part: PageInfo['part'] = 'body';

  constructor(info: ReportDocument['info']) {
    const fonts = parsedFonts();
    this.pdf = new PDFDocument({
      size: 'A4',
      margins: MARGINS,
      bufferPages: true,
      autoFirstPage: false,
      // No default font: pdfkit would read Helvetica's metrics from its own folder, absent in a bundle.
      font: null as unknown as string,
      lang: 'vi-VN',
      displayTitle: true,
      info: { Title: safeText(info.title), Author: safeText(info.author), Subject: safeText(info.subject), CreationDate: issued(info.issuedOn) },
    });
    // pdfkit accepts a parsed fontkit font where its types only list files and buffers.
    for (const [name, font] of Object.entries(fonts)) this.pdf.registerFont(name, font as unknown as Buffer);
    this.pdf.font('regular');
    // A page added by pdfkit itself (a paragraph running over) is counted too.
    this.pdf.on('pageAdded', () => {
      const prev = this.pages.at(-1);
      this.pages.push({ part: this.part, number: prev && prev.part === this.part ? prev.number + 1 : 1 });
    });
  }

  get left(): number {
    return MARGINS.left;
  }
  get width(): number {
    return this.layout.width - MARGINS.left - MARGINS.right;
  }
  get bottom(): number {
    return this.layout.height - MARGINS.bottom;
  }

  startPart(part: PageInfo['part'], layout: Layout): void {
    this.part = part;
    this.layout = layout;
    const options = { size: 'A4', layout: layout.landscape ? 'landscape' : 'portrait', margins: MARGINS } as const;
    // pdfkit continues a long paragraph with the document's own options: make them this part's.
    Object.assign(this.pdf.options, options);
    this.pdf.addPage(options);
  }

  newPage(): void {
    this.pdf.addPage({ size: 'A4', layout: this.layout.landscape ? 'landscape' : 'portrait', margins: MARGINS });
  }

  /** Moves to a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.pdf.y + height > this.bottom && this.pdf.y > MARGINS.top + 1) this.newPage();
  }

  font(f: Font, size: number): this {
    this.pdf.font(f).fontSize(size);
    return this;
  }

  lineHeight(size: number, f: Font = 'regular', spacing = 1): number {
    return this.font(f, size).pdf.currentLineHeight(true) * spacing;
  }

  /** The space pdfkit adds under each line for a line spacing `spacing` times single (in the current font). */
  private gapFor(spacing: number): number {
    return this.pdf.currentLineHeight(true) * (spacing - 1);
  }

  /** Height of runs set as one paragraph (measured in the first run's font, which is close enough). */
  measure(runs: Run[], size: number, width: number, indent = 0, spacing = 1): number {
    const text = runs.map((r) => safeText(r.text)).join('');
    if (text === '') return this.lineHeight(size, 'regular', spacing);
    this.font(fontOf(runs[0] ?? {}), size);
    return this.pdf.heightOfString(text, { width, indent, lineGap: this.gapFor(spacing) });
  }

  /** Runs as one paragraph at (x, current y), flowing onto further pages when long. */
  runs(runs: Run[], size: number, options: { x?: number; width?: number; align?: 'left' | 'center' | 'right' | 'justify'; indent?: number; spacing?: number }): void {
    const x = options.x ?? this.left;
    const width = options.width ?? this.width;
    const parts = runs.map((r) => ({ ...r, text: safeText(r.text) })).filter((r) => r.text !== '');
    const spacing = options.spacing ?? 1;
    if (parts.length === 0) {
      this.pdf.y += this.lineHeight(size, 'regular', spacing);
      return;
    }
    parts.forEach((r, i) => {
      this.font(fontOf(r), size);
      const common = { width, align: options.align ?? 'left', lineGap: this.gapFor(spacing), continued: i < parts.length - 1 };
      if (i === 0) this.pdf.text(r.text, x, this.pdf.y, { ...common, indent: options.indent ?? 0 });
      else this.pdf.text(r.text, common);
    });
  }

  centred(text: string, size: number, f: Font, x = this.left, width = this.width): void {
    this.runs([{ text, bold: f === 'bold' || f === 'boldItalic', italic: f === 'italic' || f === 'boldItalic' }], size, { x, width, align: 'center' });
  }

  /** A short rule centred in the column, under the line above. */
  rule(x: number, columnWidth: number, length: number): void {
    const y = this.pdf.y + 1;
    const start = x + (columnWidth - length) / 2;
    this.pdf.moveTo(start, y).lineTo(start + length, y).lineWidth(0.5).stroke();
    this.pdf.y = y + 2;
  }
}

const issued = (iso: string): Date => {
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? new Date(0) : d;
};

// ——— The header and the title block ———

function header(w: Writer, h: DocHeader): void {
  const leftWidth = 70 * MM;
  const rightX = w.left + leftWidth;
  const rightWidth = w.width - leftWidth;
  const top = w.pdf.y;
  // Without a parent unit the left column starts one line lower, level with the motto.
  if (!h.parentUnit) w.pdf.y += w.lineHeight(SIZE.header);
  else w.centred(h.parentUnit, SIZE.header, 'regular', w.left, leftWidth);
  w.centred(h.issuingUnit, SIZE.header, 'bold', w.left, leftWidth);
  w.rule(w.left, leftWidth, 22 * MM);
  w.pdf.y += 6;
  w.centred(h.number, SIZE.header, 'regular', w.left, leftWidth);
  const leftEnd = w.pdf.y;

  w.pdf.y = top;
  w.centred(h.nationalTitle, SIZE.nationalTitle, 'bold', rightX, rightWidth);
  w.centred(h.motto, SIZE.header, 'bold', rightX, rightWidth);
  w.rule(rightX, rightWidth, 55 * MM);
  w.pdf.y += 6;
  w.centred(h.dateLine, SIZE.body, 'italic', rightX, rightWidth);
  w.pdf.y = Math.max(leftEnd, w.pdf.y);
}

function titleBlock(w: Writer, kind: string, summary: string): void {
  w.pdf.y += 18;
  w.centred(kind, SIZE.body, 'bold');
  w.centred(summary, SIZE.body, 'bold');
  w.pdf.y += 3;
  w.rule(w.left, w.width, 40 * MM);
  w.pdf.y += 6;
}

// ——— Body blocks ———

function paragraph(w: Writer, runs: Run[], prefix = '', keepWithNext = 0): void {
  const all: Run[] = prefix ? [{ text: prefix }, ...runs] : runs;
  const first = w.lineHeight(SIZE.body, 'regular', BODY_SPACING);
  // A paragraph that must stay with what follows moves whole (headings); others need one line here.
  w.ensure(keepWithNext > 0 ? w.measure(all, SIZE.body, w.width, INDENT, BODY_SPACING) + keepWithNext : first);
  w.runs(all, SIZE.body, { align: 'justify', indent: INDENT, spacing: BODY_SPACING });
  w.pdf.y += SPACE_AFTER;
}

function block(w: Writer, b: Block): void {
  const keep = LINES_AFTER_HEADING * w.lineHeight(SIZE.body, 'regular', BODY_SPACING);
  switch (b.kind) {
    case 'heading':
      paragraph(w, [{ text: b.text, bold: true }], '', keep);
      return;
    case 'subheading':
      paragraph(w, [{ text: b.text, bold: true, italic: true }], '', keep);
      return;
    case 'paragraph':
      paragraph(w, b.runs, '', b.keepWithNext ? keep : 0);
      return;
    case 'bullet':
      paragraph(w, b.runs, '- ');
      return;
    case 'numbered':
      b.items.forEach((item, i) => paragraph(w, [{ text: item }], `${i + 1}. `));
      return;
    case 'table':
      table(w, b.table);
      return;
  }
}

// ——— Tables ———

function widthsOf(t: DocTable, total: number): number[] {
  const weights = t.columns.map((c) => (Number.isFinite(c.width) && c.width > 0 ? c.width : 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((x) => (x / sum) * total);
}

interface CellText {
  text: string;
  x: number;
  width: number;
  align: 'left' | 'center' | 'right';
  bold: boolean;
}

function rowCells(t: DocTable, row: DocRow | 'header', widths: number[], x0: number): CellText[] {
  const edges = widths.map((_, i) => x0 + widths.slice(0, i).reduce((a, b) => a + b, 0));
  if (row === 'header') return t.columns.map((c, i) => ({ text: safeText(c.label), x: edges[i] ?? x0, width: widths[i] ?? 0, align: 'center', bold: true }));
  if (row.kind === 'group') {
    const rest = widths.slice(1).reduce((a, b) => a + b, 0);
    const cells: CellText[] = [{ text: safeText(row.label), x: x0, width: widths[0] ?? 0, align: 'center', bold: true }];
    if (t.columns.length > 1) cells.push({ text: safeText(row.text), x: edges[1] ?? x0, width: rest, align: 'left', bold: true });
    return cells;
  }
  return t.columns.map((c, i) => {
    const cell = row.cells[i];
    return { text: safeText(cell ? displayCell(cell) : ''), x: edges[i] ?? x0, width: widths[i] ?? 0, align: c.align, bold: row.bold === true };
  });
}

function cellHeight(w: Writer, c: CellText, text = c.text): number {
  if (text === '') return w.lineHeight(SIZE.table) + 2 * CELL_PAD.y;
  w.font(c.bold ? 'bold' : 'regular', SIZE.table);
  return w.pdf.heightOfString(text, { width: c.width - 2 * CELL_PAD.x, lineGap: 0 }) + 2 * CELL_PAD.y;
}

/** The longest start of `text`, cut at a space, that fits `height` in the cell. */
function fitting(w: Writer, c: CellText, text: string, height: number): number {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (cellHeight(w, c, text.slice(0, mid)) <= height) lo = mid;
    else hi = mid - 1;
  }
  const space = text.lastIndexOf(' ', lo);
  return lo === text.length || space <= 0 ? Math.max(1, lo) : space + 1;
}

function drawRow(w: Writer, cells: CellText[], height: number, fill: boolean): void {
  const y = w.pdf.y;
  for (const c of cells) {
    if (fill) w.pdf.rect(c.x, y, c.width, height).fillAndStroke('#e7e6e6', '#000000').fillColor('#000000');
    else w.pdf.rect(c.x, y, c.width, height).lineWidth(0.5).stroke();
    w.font(c.bold ? 'bold' : 'regular', SIZE.table);
    const h = cellHeight(w, c) - 2 * CELL_PAD.y;
    // Vertically centred, as in the DOCX.
    const top = y + CELL_PAD.y + Math.max(0, (height - 2 * CELL_PAD.y - h) / 2);
    w.pdf.text(c.text, c.x + CELL_PAD.x, top, { width: c.width - 2 * CELL_PAD.x, align: c.align, lineGap: 0, height: height - 2 * CELL_PAD.y });
  }
  w.pdf.x = w.left;
  w.pdf.y = y + height;
}

function table(w: Writer, t: DocTable): void {
  const widths = widthsOf(t, w.width);
  const head = rowCells(t, 'header', widths, w.left);
  const headHeight = Math.max(...head.map((c) => cellHeight(w, c)));
  const rows = t.rows.map((r) => rowCells(t, r, widths, w.left));
  const heights = rows.map((cells) => Math.max(...cells.map((c) => cellHeight(w, c))));
  const titleHeight = t.title ? w.lineHeight(SIZE.header) + 12 : 0;
  const whole = titleHeight + headHeight + heights.reduce((a, b) => a + b, 0);
  // A short table stays on one page; otherwise its title and header keep at least one row.
  w.ensure(t.keepTogether && whole < w.bottom - MARGINS.top ? whole : titleHeight + headHeight + Math.min(heights[0] ?? 0, 120));
  if (t.title) {
    w.pdf.y += 6;
    w.centred(t.title, SIZE.header, 'bold');
    w.pdf.y += 6;
  }
  drawRow(w, head, headHeight, true);
  rows.forEach((cells, i) => {
    const height = heights[i] ?? 0;
    const next = rows[i + 1];
    // A group heading keeps its first row with it.
    const needed = rows[i] && t.rows[i]?.kind === 'group' && next ? height + (heights[i + 1] ?? 0) : height;
    if (w.pdf.y + needed > w.bottom && needed <= w.bottom - MARGINS.top - headHeight) {
      w.newPage();
      drawRow(w, head, headHeight, true);
    }
    if (w.pdf.y + height <= w.bottom) {
      drawRow(w, cells, height, false);
      return;
    }
    // A row taller than a page continues on the next, its text cut at a space.
    let rest = cells;
    while (rest.some((c) => c.text !== '')) {
      const room = w.bottom - w.pdf.y;
      const now = rest.map((c) => ({ ...c, text: c.text.slice(0, fitting(w, c, c.text, room)) }));
      drawRow(w, now, room, false);
      rest = rest.map((c, k) => ({ ...c, text: c.text.slice((now[k]?.text ?? '').length) }));
      if (rest.some((c) => c.text !== '')) {
        w.newPage();
        drawRow(w, head, headHeight, true);
        const h = Math.max(...rest.map((c) => cellHeight(w, c)));
        if (w.pdf.y + h <= w.bottom) {
          drawRow(w, rest, h, false);
          break;
        }
      }
    }
  });
  w.pdf.y += 4;
}

// ——— The signature block ———

function signature(w: Writer, s: DocSignature, closing: Block[]): void {
  const leftWidth = 75 * MM;
  const rightX = w.left + leftWidth;
  const rightWidth = w.width - leftWidth;
  const line = w.lineHeight(SIZE.body);
  const leftHeight = w.lineHeight(SIZE.recipientsLabel) + s.recipients.reduce((a, r) => a + w.measure([{ text: r }], SIZE.recipients, leftWidth), 0);
  const rightHeight = line * (2 + 5 + 1);
  // The closing sentence stays on the page of the signature, so a signature never stands alone.
  const closingHeight = closing.reduce((a, b) => a + (b.kind === 'paragraph' ? w.measure(b.runs, SIZE.body, w.width, INDENT, BODY_SPACING) + SPACE_AFTER : 0), 0);
  w.ensure(closingHeight + 6 + Math.max(leftHeight, rightHeight));
  for (const b of closing) block(w, b);
  w.pdf.y += 6;
  const top = w.pdf.y;
  w.runs([{ text: s.recipientsLabel, bold: true, italic: true }], SIZE.recipientsLabel, { x: w.left, width: leftWidth });
  for (const r of s.recipients) w.runs([{ text: r }], SIZE.recipients, { x: w.left, width: leftWidth });
  const leftEnd = w.pdf.y;
  w.pdf.y = top;
  if (s.authority) w.centred(s.authority, SIZE.body, 'bold', rightX, rightWidth);
  if (s.title) w.centred(s.title, SIZE.body, 'bold', rightX, rightWidth);
  w.pdf.y += 5 * line;
  w.centred(s.signerName, SIZE.body, 'bold', rightX, rightWidth);
  w.pdf.y = Math.max(leftEnd, w.pdf.y);
}

// ——— The appendix ———

/** A chart: its caption, the picture at most as wide as drawn, its numbers under it. */
function chart(w: Writer, c: DocChart, image: ChartImage): void {
  const pt = 0.75; // points per CSS pixel
  const width = Math.min(w.width, image.width * pt);
  const height = (image.height * pt * width) / (image.width * pt);
  const caption = w.lineHeight(SIZE.header, 'bold') + 12;
  w.ensure(caption + height);
  w.pdf.y += 6;
  w.centred(c.caption, SIZE.header, 'bold');
  w.pdf.y += 6;
  w.pdf.image(image.png, w.left + (w.width - width) / 2, w.pdf.y, { width, height });
  w.pdf.x = w.left;
  w.pdf.y += height + 6;
  table(w, c.table);
}

function appendix(w: Writer, a: DocAppendix, images: ChartImage[]): void {
  w.startPart('appendix', LANDSCAPE);
  w.centred(a.heading, SIZE.body, 'bold');
  w.centred(a.title, SIZE.body, 'bold');
  w.centred(a.reference, SIZE.body, 'italic');
  w.pdf.y += 12;
  for (const t of a.tables) table(w, t);
  (a.charts ?? []).forEach((c, i) => {
    const image = images[i];
    if (image) chart(w, c, image);
  });
  w.pdf.y += 6;
  for (const b of a.notes) block(w, b);
}

/** Page numbers, centred at the top, from the second page of each part. */
function numberPages(w: Writer): void {
  const range = w.pdf.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    const info = w.pages[i];
    if (!info || info.number < 2) continue;
    w.pdf.switchToPage(range.start + i);
    const page = w.pdf.page;
    w.font('regular', SIZE.header);
    // Writing inside the top margin must not start a new page.
    const margins = page.margins;
    page.margins = { ...margins, top: 0, bottom: 0 };
    w.pdf.text(String(info.number), 0, NUMBER_TOP, { width: page.width, align: 'center', lineBreak: false });
    page.margins = margins;
  }
}

/** The PDF of a report model: the same document as the DOCX, for printing without Word. */
export async function renderPdf(doc: ReportDocument): Promise<Buffer> {
  const images = await chartImages(doc.appendix?.charts);
  const w = new Writer(doc.info);
  const chunks: Buffer[] = [];
  w.pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    w.pdf.on('end', () => resolve(Buffer.concat(chunks)));
    w.pdf.on('error', reject);
  });
  w.startPart('body', PORTRAIT);
  header(w, doc.header);
  titleBlock(w, doc.kind, doc.summary);
  for (const b of doc.opening) block(w, b);
  for (const section of doc.sections) for (const b of [{ kind: 'heading', text: section.heading } as const, ...section.blocks]) block(w, b);
  signature(w, doc.signature, doc.closing);
  if (doc.appendix) appendix(w, doc.appendix, images);
  numberPages(w);
  w.pdf.end();
  return done;
}
