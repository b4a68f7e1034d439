// Vietnamese number and date conventions: "1.234,5", "38,05%", and the administrative date line of
// Decree 30/2020/NĐ-CP ("Tam Đường, ngày 05 tháng 02 năm 2024").

// Grouping is forced on so that 4-digit numbers read "1.234" as in Vietnamese offices (ICU's vi locale
// leaves them ungrouped by default).
const integerFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0, useGrouping: 'always' });

const decimalFormats = new Map<number, Intl.NumberFormat>();
function decimalFormat(maxFractionDigits: number): Intl.NumberFormat {
  let f = decimalFormats.get(maxFractionDigits);
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: maxFractionDigits, useGrouping: 'always' });
    decimalFormats.set(maxFractionDigits, f);
  }
  return f;
}

/** 1234.5 → "1.234,5". Up to `maxFractionDigits` decimals, trailing zeros dropped. */
export function formatNumber(value: number, maxFractionDigits = 2): string {
  if (!Number.isFinite(value)) return '';
  return maxFractionDigits === 0 ? integerFormat.format(value) : decimalFormat(maxFractionDigits).format(value);
}

/** 38.05 (already ×100) → "38,05%". */
export function formatPercent(percent: number, maxFractionDigits = 2): string {
  if (!Number.isFinite(percent)) return '';
  return `${formatNumber(percent, maxFractionDigits)}%`;
}

/** A rate as a percentage of two counts, or null when the denominator is 0 or missing. */
export function ratePercent(numerator: number | null | undefined, denominator: number | null | undefined): number | null {
  if (numerator == null || denominator == null || denominator === 0) return null;
  return (numerator / denominator) * 100;
}

/**
 * Parses what a Vietnamese user types: "1.234" is one thousand two hundred and thirty-four, "12,5" is
 * twelve and a half. Spaces are ignored. Returns null for empty input and NaN for anything unreadable.
 */
export function parseVietnameseNumber(text: string): number | null {
  const t = text.replace(/[\s\u00a0]/g, '');
  if (t === '') return null;
  if (!/^-?[\d.]*(,\d+)?$/.test(t) || !/\d/.test(t)) return Number.NaN;
  const [intPart = '', frac] = t.split(',');
  // A dot is a thousands separator only in groups of three: "1.234.567". "1.5" is refused as ambiguous.
  if (intPart.includes('.') && !/^-?\d{1,3}(\.\d{3})+$/.test(intPart)) return Number.NaN;
  return Number(`${intPart.replace(/\./g, '')}${frac !== undefined ? `.${frac}` : ''}`);
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * Day and month as written in the date line: leading zero for days 1–9 and for months 1 and 2 only
 * (so that "tháng 01, 02" cannot be misread, while "tháng 3" … "tháng 12" are written plainly).
 */
export function dateLineParts(isoDate: string): { day: string; month: string; year: string } {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) throw new RangeError(`Ngày không hợp lệ: ${isoDate}`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return { day: pad2(day), month: month <= 2 ? pad2(month) : String(month), year: String(year) };
}

/** "Tam Đường, ngày 05 tháng 02 năm 2024" */
export function formatDateLine(place: string, isoDate: string): string {
  const { day, month, year } = dateLineParts(isoDate);
  return `${place}, ngày ${day} tháng ${month} năm ${year}`;
}

/** "2023-05-09" → "09/5/2023", the short form used in running text for document dates. */
export function formatShortDate(isoDate: string): string {
  const { day, month, year } = dateLineParts(isoDate);
  return `${day}/${month}/${year}`;
}

// Building an Intl.DateTimeFormat costs about a tenth of a millisecond: a province lists hundreds of
// received times, so the formatters are made once per time zone.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
function cachedFormat(cache: Map<string, Intl.DateTimeFormat>, timeZone: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let f = cache.get(timeZone);
  if (!f) {
    f = make();
    cache.set(timeZone, f);
  }
  return f;
}

/** Local calendar date of an instant as ISO "YYYY-MM-DD", in the given IANA time zone. */
export function isoDateInZone(instant: Date, timeZone = 'Asia/Ho_Chi_Minh'): string {
  return cachedFormat(dateFormats, timeZone, () => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })).format(instant);
}

/** "23/11/2026 14:05" in Vietnam's time zone, for "last saved" and "received" times. */
export function formatDateTime(instant: Date, timeZone = 'Asia/Ho_Chi_Minh'): string {
  const parts = cachedFormat(
    dateTimeFormats,
    timeZone,
    () => new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  ).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}:${get('minute')}`;
}
