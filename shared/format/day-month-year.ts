// Dates as Vietnamese offices type them, whatever the browser's language: 15/11/2019, 15-11-2019,
// 15.11.2019 or 15112019 in, 15/11/2019 out; stored as 2019-11-15.

export type DateReading = { ok: true; iso: string | null } | { ok: false };

const pad2 = (n: number): string => String(n).padStart(2, '0');

function isoOf(day: number, month: number, year: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** Reads a typed date: empty is "no date"; anything else must be a real day written day first. */
export function readDayMonthYear(text: string): DateReading {
  const t = text.trim();
  if (t === '') return { ok: true, iso: null };
  // Already stored form (pasted from a spreadsheet that writes ISO dates).
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const packed = /^(\d{2})(\d{2})(\d{4})$/.exec(t);
  const m = dmy ?? packed;
  const out = iso ? isoOf(Number(iso[3]), Number(iso[2]), Number(iso[1])) : m ? isoOf(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  return out ? { ok: true, iso: out } : { ok: false };
}

/** "2019-11-15" → "15/11/2019"; anything else is shown as it is. */
export function showDayMonthYear(iso: unknown): string {
  if (typeof iso !== 'string') return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
