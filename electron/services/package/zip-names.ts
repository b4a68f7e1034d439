// Entry names are the first thing an attacker controls. A name is accepted only if it is a plain
// relative path in UTF-8 (or ASCII), with no traversal, no drive or absolute prefix, no backslash,
// no directory entry, and not equal to another name after case folding and Unicode normalisation.
import type { Entry } from 'yauzl';
import { AppError } from '../../../shared/errors';
import { LIMITS } from './limits';

const UTF8_FLAG = 0x800;
const UNICODE_PATH_EXTRA = 0x7075;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFDIR = 0o040000;
const utf8 = new TextDecoder('utf-8', { fatal: true });

const nameError = (detail: string) =>
  new AppError('E_ZIP_NAME', `Gói có tên tệp không an toàn (${detail}). TongKet không mở gói này; hãy đề nghị đơn vị xuất lại gói.`);

function decodeName(entry: Entry): string {
  const raw = entry.fileNameRaw;
  if ((entry.generalPurposeBitFlag & UTF8_FLAG) === 0 && raw.some((b) => b > 0x7e)) {
    throw nameError('tên không mã hóa UTF-8');
  }
  try {
    return utf8.decode(raw);
  } catch {
    throw nameError('tên không phải UTF-8 hợp lệ');
  }
}

export function safeEntryName(entry: Entry): string {
  const name = decodeName(entry);
  const shown = JSON.stringify(name.slice(0, 80));
  if (name.length === 0 || name.length > LIMITS.nameLength) throw nameError(`độ dài tên ${name.length}`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) throw nameError(`ký tự điều khiển trong ${shown}`);
  if (name.includes('\\')) throw nameError(`dấu gạch ngược trong ${shown}`);
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) throw nameError(`đường dẫn tuyệt đối ${shown}`);
  if (name.endsWith('/')) throw nameError(`mục thư mục ${shown}`);
  if (name.split('/').some((seg) => seg === '' || seg === '.' || seg === '..')) throw nameError(`đường dẫn vượt thư mục ${shown}`);
  checkPortableName(name, shown);
  const type = (entry.externalFileAttributes >>> 16) & S_IFMT;
  if (type === S_IFLNK) throw nameError(`liên kết tượng trưng ${shown}`);
  if (type === S_IFDIR) throw nameError(`mục thư mục ${shown}`);
  for (const extra of entry.extraFields) {
    // Info-ZIP Unicode Path: version (1), CRC-32 of the raw name (4), then the UTF-8 name. Some tools
    // show this name instead of the real one, so it must not say anything different.
    if (extra.id === UNICODE_PATH_EXTRA && extra.data.subarray(5).toString('utf8') !== name) {
      throw nameError(`tên Unicode phụ khác tên chính ${shown}`);
    }
  }
  return name;
}

/** Windows device names: "CON", "con.pdf", "COM1.txt" open a device, not a file, on every Windows. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$/i;
/** Invisible marks that reorder or hide text: "báo-cáo\u202Efdp.exe" shows as "báo-cáoexe.pdf". */
const BIDI_OR_INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;
/** Letters of scripts that look like Latin ones: a name mixing them imitates another name. */
const LOOKALIKE_SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u, /\p{Script=Armenian}/u, /\p{Script=Cherokee}/u];

/**
 * A name must be a file name on Windows too (the office saves attachments there) and must read as
 * what it is: no reserved device name, no character Windows forbids, no trailing dot or space (which
 * Windows drops, so that two names become one), no bidi or invisible marks, no mixed look-alike scripts.
 */
export function checkPortableName(name: string, shown: string): void {
  for (const seg of name.split('/')) {
    if (RESERVED.test(seg)) throw nameError(`tên thiết bị dành riêng của Windows ${shown}`);
    if (/[<>:"|?*]/.test(seg)) throw nameError(`ký tự Windows không cho phép trong ${shown}`);
    if (/[. ]$/.test(seg)) throw nameError(`tên kết thúc bằng dấu chấm hoặc dấu cách ${shown}`);
    if (BIDI_OR_INVISIBLE.test(seg)) throw nameError(`ký tự đảo chiều hoặc ký tự ẩn trong ${shown}`);
    const letters = seg.normalize('NFD');
    if (LOOKALIKE_SCRIPTS.filter((script) => script.test(letters)).length > 1) throw nameError(`chữ của nhiều bảng chữ cái trông giống nhau trong ${shown}`);
  }
}

/**
 * The local header must carry the same name as the central directory. We read by the central
 * directory, but streaming unzippers read the local headers (and Python's zipfile refuses a mismatch):
 * a package whose local header says "../../x" for "data/report.json" would verify here and be written
 * elsewhere there.
 */
export function checkLocalName(entry: Entry, localName: Buffer): void {
  if (!localName.equals(entry.fileNameRaw)) {
    throw nameError(`tên trong đầu mục ${JSON.stringify(localName.toString('utf8').slice(0, 80))} khác tên trong mục lục ${JSON.stringify(entry.fileNameRaw.toString('utf8').slice(0, 80))}`);
  }
}

/** Refuses names equal to another after Unicode normalisation and case folding (Windows, macOS). */
export function checkNameCollisions(names: string[]): void {
  const seen = new Map<string, string>();
  for (const n of names) {
    const folded = n.normalize('NFKC').toLowerCase().normalize('NFC');
    const other = seen.get(folded);
    if (other !== undefined) {
      throw nameError(other === n ? `tên trùng lặp ${JSON.stringify(n)}` : `${JSON.stringify(other)} và ${JSON.stringify(n)} trùng nhau khi bỏ phân biệt hoa thường`);
    }
    seen.set(folded, n);
  }
}
