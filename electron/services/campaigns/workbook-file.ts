// The campaign workbook as a file: an .xlsx read into plain rows for the pure format
// (shared/campaign/workbook) and rows written back as a workbook a clerk can read. The file is outside
// input: its size and ZIP structure are checked before exceljs inflates it, and what the format
// cannot take (formulas, merged cells, huge sheets) is reported with its place and a fix.
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { COLUMNS, MAX_ROWS_PER_SHEET, normalizeName, SHEET, SUGGESTED_TABLE, type CellValue, type SheetRows, type WorkbookProblem } from '../../../shared/campaign/workbook/layout';
import { AppError } from '../../../shared/errors';
import { formatNumber } from '../../../shared/format/vi';

/** A campaign of the size SPEC §10 benchmarks is well under 1 MB; anything far bigger is not one. */
export const MAX_WORKBOOK_BYTES = 10 * 1024 * 1024;
/** Inflated size of every part together: exceljs holds the sheets in memory. */
const MAX_INFLATED_BYTES = 100 * 1024 * 1024;
const MAX_RATIO = 200;

const ZIP_MAGIC = 0x04034b50;
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

const unreadable = (name: string, why: string): AppError =>
  new AppError('E_WORKBOOK', `Không đọc được sổ tính «${name}»: ${why}`);

/** What the bytes are before any parsing: a ZIP (xlsx), an encrypted or old-format Office file, or junk. */
function checkContainer(bytes: Buffer, name: string): void {
  if (bytes.length === 0) throw unreadable(name, 'tệp rỗng (0 byte). Hãy lưu lại sổ tính trong Excel rồi thử lại.');
  if (bytes.length > MAX_WORKBOOK_BYTES) {
    throw unreadable(name, `tệp nặng ${formatNumber(bytes.length / 1048576, 1)} MB, quá ${MAX_WORKBOOK_BYTES / 1048576} MB. Hãy xóa các trang, hình ảnh và dòng thừa.`);
  }
  if (bytes.subarray(0, 8).equals(CFB_MAGIC)) {
    if (bytes.includes(ENCRYPTED_PACKAGE)) {
      throw unreadable(name, 'sổ tính được đặt mật khẩu. Hãy mở trong Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi thử lại.');
    }
    throw unreadable(name, 'tệp theo định dạng Excel cũ (.xls). Hãy mở trong Excel và lưu lại dưới dạng «Sổ làm việc Excel (.xlsx)».');
  }
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== ZIP_MAGIC) {
    throw unreadable(name, 'tệp không phải sổ tính .xlsx. Hãy lưu sổ tính dưới dạng «Sổ làm việc Excel (.xlsx)».');
  }
}

/** Sizes from the ZIP's central directory, before anything is inflated: a damaged or bomb-like file stops here. */
function checkZip(bytes: Buffer, name: string): Promise<void> {
  const damaged = () => unreadable(name, 'tệp bị hỏng hoặc bị cắt cụt (có thể khi gửi e-mail). Hãy xin lại tệp, hoặc mở trong Excel và lưu lại.');
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(damaged());
      let total = 0;
      zip.on('entry', (e: yauzl.Entry) => {
        total += e.uncompressedSize;
        if (e.isEncrypted() || total > MAX_INFLATED_BYTES || e.uncompressedSize / Math.max(1, e.compressedSize) > MAX_RATIO) {
          zip.close();
          return reject(unreadable(name, 'cấu trúc tệp vượt giới hạn an toàn. Hãy mở trong Excel, xóa dữ liệu thừa và lưu lại.'));
        }
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', () => reject(damaged()));
      zip.readEntry();
    });
  });
}

const iso = (d: Date): string => d.toISOString().slice(0, 10);

/** A cell's value as the format reads it, or a problem sentence for what it cannot take. */
function cellValue(cell: ExcelJS.Cell): { value: CellValue } | { problem: string } {
  const v = cell.value;
  if (cell.type === ExcelJS.ValueType.Formula || (v !== null && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v))) {
    return { problem: 'Ô này chứa công thức. Sổ tính mẫu chỉ nhận giá trị: hãy chép ô rồi «Dán giá trị» (Paste Values) vào chính nó.' };
  }
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'number') return { value: v };
  if (typeof v === 'boolean') return { value: v };
  if (typeof v === 'string') return { value: v.normalize('NFC').replace(/\r\n?/g, '\n') };
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? { problem: 'Ô ngày tháng không đọc được: hãy ghi ngày theo dạng dd/mm/yyyy.' } : { value: { date: iso(v) } };
  if ('error' in v) return { problem: `Ô này đang báo lỗi ${String(v.error)}: hãy ghi lại giá trị đúng.` };
  if ('richText' in v) return { value: v.richText.map((r) => r.text).join('').normalize('NFC').replace(/\r\n?/g, '\n') };
  if ('text' in v) return { value: String(v.text).normalize('NFC') };
  return { problem: 'Không đọc được nội dung ô này: hãy ghi lại bằng chữ hoặc số thường.' };
}

/** A known sheet's name as SPEC §9 writes it, whatever case or Unicode form the file uses. */
const canonicalSheet = (name: string): string | undefined => Object.values(SHEET).find((s) => normalizeName(s) === normalizeName(name));

/** The column's header as SPEC §9 writes it when it is one of the sheet's columns, else as the file has it. */
function headerOf(ws: ExcelJS.Worksheet, sheet: string, col: number): string | null {
  const v = ws.getRow(1).getCell(col).value;
  if (typeof v !== 'string' || v.trim() === '') return null;
  const key = Object.entries(SHEET).find(([, name]) => name === sheet)?.[0];
  const known = key && key !== 'suggested' ? COLUMNS[key as Exclude<keyof typeof SHEET, 'suggested'>].find((c) => normalizeName(c.header) === normalizeName(v)) : undefined;
  return known?.header ?? v.normalize('NFC').trim();
}

export interface ReadWorkbook {
  sheets: SheetRows[];
  /** What the file holds that the format cannot take, each with its place. */
  problems: WorkbookProblem[];
}

/** Reads an .xlsx into plain rows (texts NFC, lines kept, dates as ISO days). Throws E_WORKBOOK for a file that is no readable workbook. */
export async function readWorkbookRows(bytes: Buffer, name: string): Promise<ReadWorkbook> {
  checkContainer(bytes, name);
  await checkZip(bytes, name);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw unreadable(name, 'tệp bị hỏng hoặc không phải sổ tính Excel. Hãy mở trong Excel và lưu lại dưới dạng .xlsx.');
  }
  const sheets: SheetRows[] = [];
  const problems: WorkbookProblem[] = [];
  for (const ws of wb.worksheets) {
    const sheet = canonicalSheet(ws.name);
    if (!sheet) continue;
    if (ws.actualRowCount > MAX_ROWS_PER_SHEET + 1) {
      problems.push({
        sheet,
        row: null,
        column: null,
        message: `Trang «${sheet}» có ${formatNumber(ws.actualRowCount)} dòng có dữ liệu, quá ${formatNumber(MAX_ROWS_PER_SHEET)} dòng cho phép. Hãy xóa các dòng thừa; một đợt báo cáo không cần nhiều dòng như vậy.`,
      });
      // The header alone, so that the sheet still counts as present with its columns.
      sheets.push({ name: ws.name, rows: [rowValues(ws, sheet, 1, problems)] });
      continue;
    }
    for (const range of ws.model.merges ?? []) {
      const [first] = range.split(':');
      const cell = ws.getCell(first ?? range);
      problems.push({
        sheet,
        row: Number(cell.row),
        column: headerOf(ws, sheet, Number(cell.col)),
        message: `Các ô ${range} đang được gộp. Sổ tính mẫu cần mỗi giá trị trong một ô riêng: hãy bỏ gộp ô (Merge & Center → Unmerge Cells) và ghi giá trị vào từng ô.`,
      });
    }
    // Only rows that hold something are visited: a sheet formatted down to row 1 048 576 costs nothing.
    const rows: CellValue[][] = [];
    ws.eachRow({ includeEmpty: false }, (_row, n) => {
      rows[n - 1] = rowValues(ws, sheet, n, problems);
    });
    if (rows.length > MAX_ROWS_PER_SHEET + 1) {
      problems.push({
        sheet,
        row: rows.length,
        column: null,
        message: `Trang «${sheet}» có dữ liệu ở dòng ${formatNumber(rows.length)}, quá ${formatNumber(MAX_ROWS_PER_SHEET)} dòng cho phép. Hãy xóa các dòng thừa ở cuối trang.`,
      });
      sheets.push({ name: ws.name, rows: [rows[0] ?? []] });
      continue;
    }
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    sheets.push({ name: ws.name, rows });
  }
  return { sheets, problems };
}

function rowValues(ws: ExcelJS.Worksheet, sheet: string, n: number, problems: WorkbookProblem[]): CellValue[] {
  const out: CellValue[] = [];
  ws.getRow(n).eachCell({ includeEmpty: false }, (cell, col) => {
    // The parts of a merged range other than its first cell repeat it: they are reported once above.
    if (cell.isMerged && cell.master !== cell) return;
    const r = cellValue(cell);
    if ('problem' in r) {
      problems.push({ sheet, row: n, column: n === 1 ? null : headerOf(ws, sheet, col), message: r.problem });
      return;
    }
    out[col - 1] = r.value;
  });
  for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
  return out;
}

const SUGGESTED_WIDTH = 22;

function widthsOf(sheet: SheetRows): number[] {
  const spec = Object.entries(SHEET).find(([, name]) => name === sheet.name)?.[0];
  if (spec && spec !== 'suggested') return COLUMNS[spec as Exclude<keyof typeof SHEET, 'suggested'>].map((c) => c.width);
  return (sheet.rows[0] ?? []).map((h) => (h === SUGGESTED_TABLE ? 16 : SUGGESTED_WIDTH));
}

/** Rows as a workbook a clerk can read: bold frozen header, column widths, wrapped text aligned to the top. */
export async function writeWorkbookRows(sheets: SheetRows[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'TongKet';
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = widthsOf(sheet).map((width) => ({ width }));
    sheet.rows.forEach((cells, i) => {
      const row = ws.getRow(i + 1);
      cells.forEach((v, j) => {
        if (v === null) return;
        const cell = row.getCell(j + 1);
        // Texts stay texts: a value such as "=A1" or "06/2027" is never re-read as a formula or a date.
        cell.value = typeof v === 'object' ? v.date : v;
        if (typeof v === 'string' && (v.startsWith('=') || /^[\d/.,\s-]+$/.test(v))) cell.numFmt = '@';
        cell.alignment = { wrapText: true, vertical: 'top' };
      });
      if (i === 0) row.font = { bold: true };
    });
  }
  const data = await wb.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
