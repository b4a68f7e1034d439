// The name an attachment gets inside the package. A scan saved as "Báo cáo: đã ký?.PDF" must not be
// refused by the verifier at the province for a character Windows forbids, so the name is made safe
// here, once, and the user sees the name that will travel.
import { AppError } from '../../../shared/errors';
import { checkPortableName } from '../package/zip-names';

const MAX_LENGTH = 120;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$/i;

const refuse = (name: string, why: string) =>
  new AppError('E_ATTACHMENT_NAME', `Tên tệp «${name.slice(0, 80)}» không dùng được (${why}). Hãy đổi tên tệp rồi đính kèm lại.`);

/** A safe, portable name for `raw` (the name the user's file had), keeping its extension. */
export function attachmentName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  let name = base
    .normalize('NFC')
    // Control, bidi and invisible characters: they hide or reorder what the name says.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu, '')
    .replace(/[<>:"|?*]/g, '-')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[. ]+$/u, '');
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot).toLowerCase() : '';
  let stem = dot > 0 ? name.slice(0, dot).trim() : name;
  if (stem === '' || stem === '.') throw refuse(raw, 'tên trống');
  if (stem.length + ext.length > MAX_LENGTH) stem = stem.slice(0, MAX_LENGTH - ext.length).trim();
  if (RESERVED.test(stem)) stem = `tep-${stem}`;
  name = `${stem}${ext}`;
  try {
    checkPortableName(name, JSON.stringify(name));
  } catch {
    throw refuse(raw, 'tên trộn chữ của nhiều bảng chữ cái trông giống nhau');
  }
  return name;
}

/** Two names that Windows or macOS would take for one file. */
export const sameFileName = (a: string, b: string): boolean =>
  a.normalize('NFKC').toLowerCase().normalize('NFC') === b.normalize('NFKC').toLowerCase().normalize('NFC');
