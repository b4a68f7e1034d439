// Reading one workbook cell as what its column expects: text, lines, a number in Vietnamese or plain
// style, a month, a day, yes/no. Each reader returns the value or a sentence saying how to fix the cell.
import { parseVietnameseNumber } from '../../format/vi';
import { isIsoDate } from '../check';
import { NO, normalizeName, YES, type CellValue } from './layout';

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = (message: string): Read<never> => ({ ok: false, message });

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** dd/mm/yyyy for a date written back as text. */
export const dayText = (iso: string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
};

/** mm/yyyy for a month written back as text. */
export const monthText = (iso: string): string => {
  const m = /^(\d{4})-(\d{2})$/.exec(iso);
  return m ? `${m[2]}/${m[1]}` : iso;
};

export const isEmpty = (v: CellValue): boolean => v === null || (typeof v === 'string' && v.trim() === '');

/** A cell as text: numbers as typed, dates as dd/mm/yyyy; outer spaces of the whole cell dropped. */
export function text(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? YES : NO;
  return dayText(v.date);
}

/** One entry per non-empty line, each without outer spaces. */
export const lines = (v: CellValue): string[] =>
  text(v)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** A number typed as a number, or as text in Vietnamese ("1.234,5") or plain ("1234.5") style. */
export function number(v: CellValue): Read<number> {
  if (typeof v === 'number') return Number.isFinite(v) ? ok(v) : bad('Ô này cần một số.');
  if (typeof v !== 'string') return bad('Ô này cần một số, ví dụ 1.000 hoặc 1000.');
  const t = v.trim();
  const vi = parseVietnameseNumber(t);
  if (vi !== null && !Number.isNaN(vi)) return ok(vi);
  if (/^-?\d+(\.\d+)?$/.test(t)) return ok(Number(t));
  return bad(`«${t}» không phải là một số: hãy ghi chỉ chữ số, ví dụ 1.000 hoặc 1000 (dấu phẩy hoặc dấu chấm thập phân).`);
}

export function integer(v: CellValue, min: number): Read<number> {
  const n = number(v);
  if (!n.ok) return n;
  if (!Number.isInteger(n.value) || n.value < min) return bad(`Ô này cần một số nguyên từ ${min} trở lên.`);
  return n;
}

/** A month from `mm/yyyy` text or a date cell (Excel turns a typed 06/2027 into a date); ISO "2027-06". */
export function month(v: CellValue): Read<string> {
  if (v !== null && typeof v === 'object') return ok(v.date.slice(0, 7));
  const t = text(v);
  const m = /^(\d{1,2})\s*\/\s*(\d{4})$/.exec(t);
  if (!m || Number(m[1]) < 1 || Number(m[1]) > 12) return bad(`«${t}» không phải là một tháng: hãy ghi theo dạng mm/yyyy, ví dụ 06/2027.`);
  return ok(`${m[2]}-${pad2(Number(m[1]))}`);
}

/** A day from a date cell or `dd/mm/yyyy` text; a day that does not exist (30/02) is refused. ISO "2027-06-30". */
export function day(v: CellValue): Read<string> {
  if (v !== null && typeof v === 'object') return ok(v.date);
  const t = text(v);
  const m = /^(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})$/.exec(t);
  if (!m) return bad(`«${t}» không phải là một ngày: hãy ghi theo dạng dd/mm/yyyy, ví dụ 30/06/2027.`);
  const iso = `${m[3]}-${pad2(Number(m[2]))}-${pad2(Number(m[1]))}`;
  if (!isIsoDate(iso)) return bad(`Ngày ${t} không có thật (tháng ${Number(m[2])}/${m[3]} không có ngày ${Number(m[1])}): hãy sửa lại.`);
  return ok(iso);
}

/** `có` / `không`, empty = không. */
export function yesNo(v: CellValue): Read<boolean> {
  if (typeof v === 'boolean') return ok(v);
  const t = normalizeName(text(v));
  if (t === '' || t === NO) return ok(false);
  if (t === YES) return ok(true);
  return bad(`Ô này chỉ nhận «${YES}» hoặc «${NO}» (để trống là «${NO}»).`);
}
