// Numbers as Vietnamese users type them ("1.234", "12,5") and as they are shown back.
import { formatNumber, parseVietnameseNumber } from '../../../shared/format/vi';
import type { Translate } from '../../i18n/i18n';

export type NumberReading = { ok: true; value: number | null } | { ok: false; message: string };

export function readNumber(text: string, integer: boolean, t: Translate): NumberReading {
  const value = parseVietnameseNumber(text);
  if (value === null) return { ok: true, value: null };
  if (Number.isNaN(value)) return { ok: false, message: t('number.invalid', { text: text.trim() }) };
  if (value < 0) return { ok: false, message: t('number.negative') };
  if (integer && !Number.isInteger(value)) return { ok: false, message: t('number.notInteger') };
  return { ok: true, value };
}

export const showNumber = (value: unknown, integer: boolean): string =>
  typeof value === 'number' && Number.isFinite(value) ? formatNumber(value, integer ? 0 : 2) : '';
