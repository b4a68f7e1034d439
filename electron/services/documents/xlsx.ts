// renderXlsx: the workbook of a report model — one sheet per table with a title block naming the unit
// and the campaign, real numbers with number formats (Excel shows them with the reader's separators,
// 1.234 on a Vietnamese system), formulas for changes, rates and totals, frozen headers and an A4
// landscape print setup that repeats the header row on every page.
import ExcelJS from 'exceljs';
import type { DocCell, DocRow, DocSheet, NumberFormat, ReportDocument } from '../../../shared/documents/model';
import { chartImages } from './chart-image';
import { scaleWidths } from './docx-table';
import { columnLetter, excelFormula, type Placement } from './xlsx-formula';
import { safeText } from './safe-text';

const FONT = 'Times New Roman';
const THIN = { style: 'thin' } as const;
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Sum of the column widths, in characters (about 1,85 mm each), that fits A4 landscape at 100 %. */
const SHEET_CHARS = 125;
/** Below this many characters a number column cannot show a province total with its separators. */
const MIN_COLUMN_CHARS = 11;
/** Print is never scaled below this (12 pt × 84 % ≈ 10 pt): a wider sheet continues on further pages. */
const MIN_PRINT_SCALE = 84;
/**
 * Excel shows "#,##0" with the computer's separators: "1.456" on a Vietnamese Windows, "1,456" on an
 * English one, which a Vietnamese reader takes for a decimal. No number format is unambiguous in both,
 * so the first sheet says how to fix it.
 */
export const LOCALE_NOTE =
  'Lưu ý: Excel hiển thị dấu phân cách số theo cài đặt vùng (Region) của máy tính. Nếu thấy 1,456 thay cho 1.456, hãy chọn định dạng «Tiếng Việt (Việt Nam)» trong cài đặt vùng của Windows.';
/** Points per line of 12 pt text in a wrapped row. */
const HEADER_LINE = 15;
/** The sheet of explanations, and its one column: a portrait A4 line of 12 pt text (wider is cut off in print). */
const NOTES_SHEET = 'Giải trình số liệu';
const NOTES_CHARS = 60;

function numFmt(format: NumberFormat, value: number | null): string {
  switch (format) {
    case 'integer':
      return '#,##0';
    case 'decimal':
      return value !== null && Number.isInteger(value) ? '#,##0' : '#,##0.0#';
    case 'percent':
      return '0.00%';
    case 'change':
      return '+#,##0;-#,##0;0';
    case 'changePercent':
      // A change of a rate is in points: the cell holds points (× 100), the text says "điểm %".
      return '+0.00" điểm %";-0.00" điểm %";0.00" điểm %"';
  }
}

/** Rates are stored as fractions so that the percent format and further formulas work on them. */
const toSheetNumber = (v: number, format: NumberFormat): number => (format === 'percent' ? v / 100 : v);

/** Sheet names: at most 31 characters, none of []:*?/\, unique in the workbook. */
export function sheetName(name: string, taken: Set<string>): string {
  const base = safeText(name).replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').replace(/\s+/g, ' ').trim().slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 31 - String(i).length - 3)} (${i})`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

function writeCell(target: ExcelJS.Cell, cell: DocCell, placement: Placement): void {
  if (cell.kind === 'text') {
    target.value = safeText(cell.text);
    return;
  }
  const v = cell.value;
  if (cell.kind === 'number') {
    target.value = v === null || typeof v !== 'number' || !Number.isFinite(v) ? null : v;
    target.numFmt = numFmt(cell.format, typeof v === 'number' ? v : null);
    return;
  }
  const inner = excelFormula(placement, cell.formula);
  // The difference of two fractions, shown in points; an empty difference ("") stays empty.
  const formula = inner && cell.format === 'changePercent' ? `IFERROR((${inner})*100,"")` : inner;
  const result = typeof v === 'number' ? toSheetNumber(v, cell.format) : typeof v === 'string' ? safeText(v) : '';
  target.value = formula ? { formula, result } : result;
  target.numFmt = numFmt(cell.format, typeof v === 'number' ? v : null);
}

/**
 * Lines a wrapped text takes in a column of `width` characters (widths count the default font's digits;
 * Times New Roman text runs about a tenth narrower), keeping a character's margin.
 */
const linesFor = (text: string, width: number): number => Math.max(1, Math.ceil(safeText(text).length / Math.max(1, (width - 1) * 1.1)));

function writeRow(ws: ExcelJS.Worksheet, row: DocRow, rowNumber: number, sheet: DocSheet, placement: Placement, widths: number[]): void {
  const cols = sheet.table.columns;
  const r = ws.getRow(rowNumber);
  if (row.kind === 'group') {
    r.getCell(1).value = safeText(row.label);
    r.getCell(2).value = safeText(row.text);
    if (cols.length > 2) ws.mergeCells(rowNumber, 2, rowNumber, cols.length);
    for (let c = 1; c <= cols.length; c++) {
      const x = r.getCell(c);
      x.font = { name: FONT, size: 12, bold: true };
      x.border = BORDER;
      x.alignment = { vertical: 'middle', horizontal: c === 1 ? 'center' : 'left', wrapText: c > 1 };
    }
    return;
  }
  cols.forEach((col, i) => {
    const x = r.getCell(i + 1);
    const cell = row.cells[i];
    if (cell) writeCell(x, cell, placement);
    x.font = { name: FONT, size: 12, bold: row.bold === true };
    x.border = BORDER;
    x.alignment = { vertical: 'middle', horizontal: col.align, wrapText: col.align === 'left', indent: i === 1 && row.indent ? 1 : 0 };
  });
  // Wrapped cells do not grow their row when the file is opened (LibreOffice keeps the default height):
  // give the row the lines its longest wrapped text needs.
  const lines = Math.max(1, ...cols.map((col, i) => {
    const cell = row.cells[i];
    return col.align === 'left' && cell?.kind === 'text' ? linesFor(cell.text, widths[i] ?? 6) : 1;
  }));
  if (lines > 1) r.height = HEADER_LINE * lines;
}

function titleLine(ws: ExcelJS.Worksheet, rowNumber: number, width: number, text: string, font: Partial<ExcelJS.Font>, align: 'left' | 'center'): void {
  const c = ws.getCell(rowNumber, 1);
  c.value = safeText(text);
  c.font = { name: FONT, size: 12, ...font };
  c.alignment = { horizontal: align, vertical: 'middle', wrapText: true };
  if (width > 1) ws.mergeCells(rowNumber, 1, rowNumber, width);
}

/** How many columns, from the left, fit the first page at the smallest print scale. */
function columnsOnFirstPage(widths: number[]): number {
  const room = (SHEET_CHARS * 100) / MIN_PRINT_SCALE;
  let used = 0;
  let n = 0;
  for (const w of widths) {
    if (used + w > room) break;
    used += w;
    n += 1;
  }
  return Math.max(1, n);
}

function addSheet(wb: ExcelJS.Workbook, sheet: DocSheet, taken: Set<string>, first: boolean): ExcelJS.Worksheet {
  const cols = sheet.table.columns;
  const width = Math.max(1, cols.length);
  const lines = [sheet.title, ...sheet.subtitles];
  const headerRow = 2 + lines.length + 1;
  // Freeze the header; with many columns (the province's one row per unit) also the first two.
  const xSplit = cols.length > 6 ? 2 : 0;
  // A sheet wider than a page (the province's one row per unit) keeps readable columns. It is shrunk to
  // the page's width only while its text stays at 10 pt or more; a wider one prints at that scale and
  // continues on further pages, the unit's number and name repeated at the left of each.
  const weights = cols.reduce((a, c) => a + c.width, 0);
  const widths = scaleWidths(cols, Math.max(SHEET_CHARS, cols.length * MIN_COLUMN_CHARS, Math.round(weights))).map((w) => Math.max(6, w));
  const fits = (SHEET_CHARS / widths.reduce((a, b) => a + b, 0)) * 100 >= MIN_PRINT_SCALE;
  const ws = wb.addWorksheet(sheetName(sheet.name, taken), {
    views: [{ state: 'frozen', xSplit, ySplit: headerRow }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      ...(fits ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false, scale: MIN_PRINT_SCALE }),
      horizontalCentered: true,
      // Inches: 30 mm binding edge on the left, 15 mm right, 20 mm top and bottom, as for the report.
      margins: { left: 1.18, right: 0.59, top: 0.79, bottom: 0.79, header: 0.39, footer: 0.39 },
      printTitlesRow: `${headerRow}:${headerRow}`,
      ...(!fits && xSplit > 0 ? { printTitlesColumn: 'A:B' } : {}),
    },
    // The page number in the font of the sheet, not the spreadsheet's default.
    headerFooter: { oddHeader: '&C&"Times New Roman,Regular"&12&P' },
  });
  ws.columns = widths.map((width) => ({ width }));
  // Title and notes span the columns of the first printed page, so that they are not cut in two.
  const span = fits ? width : columnsOnFirstPage(widths);

  titleLine(ws, 1, span, sheet.unit.toLocaleUpperCase('vi'), { bold: true }, 'left');
  lines.forEach((t, i) => titleLine(ws, 3 + i, span, t, i === 0 ? { bold: true, size: 14 } : { italic: true }, 'center'));

  const head = ws.getRow(headerRow);
  // Wrapped headings do not grow their row when the file is opened: give it the lines the longest needs.
  head.height = HEADER_LINE * Math.max(1, ...cols.map((c, i) => linesFor(c.label, widths[i] ?? 6)));
  cols.forEach((col, i) => {
    const c = head.getCell(i + 1);
    c.value = safeText(col.label);
    c.font = { name: FONT, size: 12, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = BORDER;
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
  });

  const placement: Placement = { table: sheet.table, firstRow: headerRow + 1 };
  sheet.table.rows.forEach((row, i) => writeRow(ws, row, headerRow + 1 + i, sheet, placement, widths));

  if (first) {
    const r = ws.rowCount + 2;
    titleLine(ws, r, span, LOCALE_NOTE, { italic: true, size: 10 }, 'left');
    ws.getRow(r).height = Math.min(409, 14 * Math.ceil(LOCALE_NOTE.length / (SHEET_CHARS * 1.2) + 0.5));
  }
  // exceljs prefixes each corner with "$" itself; giving "A$1" makes the range fully absolute ($A$1),
  // as Excel writes print areas.
  ws.pageSetup.printArea = `A$1:${columnLetter(width - 1)}$${Math.max(ws.rowCount, headerRow)}`;
  return ws;
}

/** Default row height in pixels (15 pt), to know how many rows a picture covers. */
const ROW_PX = 20;

/**
 * A sheet per chart: its numbers as a table (what a spreadsheet is for), the chart in words under the
 * title, and the picture below the table, inside the print area.
 */
async function addChartSheets(wb: ExcelJS.Workbook, doc: ReportDocument, taken: Set<string>): Promise<void> {
  const charts = doc.appendix?.charts ?? [];
  const images = await chartImages(charts);
  charts.forEach((chart, i) => {
    const sheet: DocSheet = { name: `Biểu đồ ${i + 1}`, unit: doc.header.issuingUnit, title: chart.caption, subtitles: [chart.description], table: chart.table, notes: [] };
    const ws = addSheet(wb, sheet, taken, false);
    const image = images[i];
    if (!image) return;
    const top = ws.rowCount + 1;
    ws.addImage(wb.addImage({ buffer: image.png as unknown as ExcelJS.Buffer, extension: 'png' }), { tl: { col: 0, row: top }, ext: { width: image.width, height: image.height } });
    const last = top + Math.ceil(image.height / ROW_PX) + 1;
    ws.pageSetup.printArea = `A$1:${columnLetter(Math.max(1, chart.table.columns.length) - 1)}$${last}`;
  });
}

/**
 * The explanations of a sheet's numbers on a sheet of their own. Below the table they were printed
 * under the table's repeated column header whenever they reached a page of their own: a header over no
 * rows. Here they print portrait, at full size, with the page number in the sheet's font.
 */
function addNotesSheet(wb: ExcelJS.Workbook, sheet: DocSheet, taken: Set<string>): void {
  const ws = wb.addWorksheet(sheetName(NOTES_SHEET, taken), {
    pageSetup: {
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 1.18, right: 0.59, top: 0.79, bottom: 0.79, header: 0.39, footer: 0.39 },
    },
    headerFooter: { oddHeader: '&C&"Times New Roman,Regular"&12&P' },
  });
  ws.columns = [{ width: NOTES_CHARS }];
  titleLine(ws, 1, 1, sheet.unit.toLocaleUpperCase('vi'), { bold: true }, 'left');
  titleLine(ws, 3, 1, 'Giải trình số liệu:', { bold: true, italic: true }, 'left');
  sheet.notes.forEach((note, i) => {
    const r = 4 + i;
    titleLine(ws, r, 1, `- ${note}`, {}, 'left');
    // Wrapped text does not grow its row when the file is opened: give long notes room by their length.
    ws.getRow(r).height = Math.min(409, 16 * Math.ceil(safeText(note).length / NOTES_CHARS + 0.5));
  });
  ws.pageSetup.printArea = `A$1:A$${ws.rowCount}`;
}

/** The .xlsx file of a report model. Knows spreadsheets, nothing about any campaign. */
export async function renderXlsx(doc: ReportDocument): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = safeText(doc.info.author);
  wb.title = safeText(doc.info.title);
  wb.subject = safeText(doc.info.subject);
  // The issue date, not the clock: rendering the same report twice gives the same properties.
  const issued = new Date(`${doc.info.issuedOn}T00:00:00Z`);
  wb.created = Number.isNaN(issued.getTime()) ? new Date(0) : issued;
  wb.modified = wb.created;
  // Excel and LibreOffice recompute every formula on opening, whatever results were cached here.
  wb.calcProperties.fullCalcOnLoad = true;
  const taken = new Set<string>();
  doc.workbook.forEach((sheet, i) => addSheet(wb, sheet, taken, i === 0));
  for (const sheet of doc.workbook) if (sheet.notes.length) addNotesSheet(wb, sheet, taken);
  await addChartSheets(wb, doc, taken);
  if (doc.workbook.length === 0) wb.addWorksheet('Sheet');
  const data = await wb.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
