// The campaign workbook's public layout (SPEC §9): sheet names, column headers, setting rows and the
// words of kind cells, exactly as clerks and other tools read them. Additions for what the model holds
// and SPEC's table has no place for are marked `added` (listed in the README's workbook reference).
import type { SettingName } from '../check';

/** A cell as the Node reader hands it over: text (NFC), a number, a yes/no, a date (ISO day), or empty. */
export type CellValue = string | number | boolean | { date: string } | null;

/** One sheet's rows as in Excel: rows[0] is row 1 (the header), rows[i] is row i + 1. */
export interface SheetRows {
  name: string;
  rows: CellValue[][];
}

export interface WorkbookProblem {
  sheet: string;
  /** Excel row number (the header is row 1); null for a problem of the whole sheet or workbook. */
  row: number | null;
  /** The column's header; null for a problem of a whole row or sheet. */
  column: string | null;
  message: string;
}

/** More rows than this in one sheet is not a campaign but a mistake (or an attack on memory). */
export const MAX_ROWS_PER_SHEET = 5_000;

export const SHEET = {
  settings: 'Đợt báo cáo',
  documents: 'Văn bản căn cứ',
  deadlines: 'Thời hạn',
  sections: 'Mục',
  fields: 'Trường',
  columns: 'Cột bảng',
  suggested: 'Dòng gợi ý',
  periods: 'Thời điểm',
  indicators: 'Chỉ tiêu',
  rules: 'Quy tắc',
  units: 'Đơn vị',
} as const;

export type SheetKey = keyof typeof SHEET;

export interface ColumnSpec {
  header: string;
  /** A column this app adds to SPEC's table; optional in a workbook, always written. */
  added?: true;
  /** Width in characters when written. */
  width: number;
}

const col = (header: string, width: number, added?: true): ColumnSpec => (added ? { header, width, added } : { header, width });

export const COLUMNS = {
  settings: [col('Mục', 24), col('Giá trị', 100)],
  documents: [col('Số, ký hiệu', 18), col('Ngày', 12), col('Cơ quan ban hành', 45), col('Trích yếu', 80)],
  deadlines: [col('Cấp', 14), col('Hoàn thành', 12), col('Gửi cấp trên', 12), col('Bộ phận nhận', 16), col('Mở đầu riêng', 60), col('Nơi nhận', 40), col('Nhãn riêng', 50, true)],
  sections: [col('Số', 6), col('Tiêu đề', 50), col('Hướng dẫn', 100)],
  fields: [
    col('Mục', 6),
    col('Mã', 18),
    col('Loại', 11),
    col('Nhãn', 45),
    col('Đơn vị tính', 11),
    col('Tối đa', 12),
    col('Không bắt buộc', 9),
    col('Gợi ý', 40),
    col('Câu trong báo cáo', 45),
    col('Các lựa chọn', 30),
    col('Tên một dòng', 14),
    col('Cách tổng hợp', 10),
    col('Chữ mờ trong ô', 30, true),
  ],
  columns: [col('Trường', 16), col('Mã', 14), col('Nhãn', 30), col('Loại', 12), col('Tối đa', 9), col('Bắt buộc', 9), col('Tử số', 12), col('Mẫu số', 12), col('Đơn vị tính', 11, true)],
  periods: [col('Mã', 12), col('Nhãn', 24), col('Tháng', 10)],
  indicators: [col('Nhóm', 36), col('Mã', 18), col('Tên', 50), col('Đơn vị tính', 11), col('Bậc', 6), col('Cách tổng hợp', 10), col('Tử số', 14), col('Mẫu số', 14), col('Mã nhóm', 14, true)],
  rules: [col('Mã', 26), col('Vế trái', 40), col('So sánh', 8), col('Vế phải', 40), col('Mức', 10), col('Thông báo', 80), col('Ô hiển thị', 22), col('Điều kiện', 30)],
  units: [col('Mã', 18), col('Tên', 45), col('Tên ngắn', 30), col('Cấp', 14), col('Đơn vị cấp trên', 18), col('Địa danh', 16)],
} as const satisfies Record<Exclude<SheetKey, 'suggested'>, ColumnSpec[]>;

/** `Dòng gợi ý` starts with this column; the headers after it are column ids of the tables. */
export const SUGGESTED_TABLE = 'Trường';

/** The rows of `Đợt báo cáo`, in the order they are written. */
export const SETTINGS: { name: SettingName; label: string; required: boolean; added?: true }[] = [
  { name: 'id', label: 'Mã đợt', required: true },
  { name: 'title', label: 'Tên đợt', required: true },
  { name: 'summaryLine', label: 'Dòng trích yếu', required: true },
  { name: 'opening', label: 'Mở đầu', required: true },
  { name: 'closing', label: 'Kết thúc', required: false },
  { name: 'from', label: 'Từ tháng', required: true },
  { name: 'to', label: 'Đến tháng', required: true },
  { name: 'templateId', label: 'Mã mẫu', required: true },
  { name: 'templateVersion', label: 'Phiên bản mẫu', required: true },
  { name: 'templateTitle', label: 'Tên mẫu', required: true },
  { name: 'issue', label: 'Lần ban hành', required: false },
  { name: 'appendixTitle', label: 'Tiêu đề phụ lục', required: true, added: true },
  { name: 'appendixGuidance', label: 'Hướng dẫn phụ lục', required: false, added: true },
];

export const FIELD_KINDS = {
  narrative: 'đoạn văn',
  text: 'dòng chữ',
  integer: 'số nguyên',
  money: 'tiền',
  choices: 'lựa chọn',
  table: 'bảng',
} as const;

export const COLUMN_KINDS = {
  text: 'chữ',
  number: 'số',
  integer: 'số nguyên',
  date: 'ngày',
  rate: 'tỷ lệ',
  status: 'đạt/không đạt',
} as const;

export const SEVERITY = { error: 'lỗi', warning: 'cảnh báo' } as const;
export const SUM_WORD = 'cộng';
export const RATIO_WORD = 'tỷ lệ';
export const YES = 'có';
export const NO = 'không';

/** Limits used when `Tối đa` is left empty. */
export const DEFAULT_MAX = {
  narrative: 30_000,
  text: 500,
  number: 1_000_000_000_000,
  tableRows: 100,
  textColumn: 500,
} as const;

/** How headers, sheet names, setting names and kind words are compared: NFC, case and outer spaces ignored. */
export const normalizeName = (s: string): string => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
