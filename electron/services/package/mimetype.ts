// The first entry must be `mimetype`, stored, with no extra field, at offset 0: then the type can be
// read from fixed bytes 30–38 and 38+ of the file, the way ODF and EPUB do it.
import type { Entry } from 'yauzl';
import { AppError } from '../../../shared/errors';
import { MIMETYPE_ENTRY, PACKAGE_MIMETYPE } from '../../../shared/package/manifest';

const bad = (detail: string) =>
  new AppError('E_MIMETYPE', `Tệp không phải gói TongKet (${detail}). Hãy kiểm tra lại tệp đính kèm.`);

/** `expected`: the package's type by default; receipts and campaign files name their own. */
export function checkMimetype(bytes: Buffer, names: string[], first: Entry | undefined, expected: string = PACKAGE_MIMETYPE): void {
  if (names[0] !== MIMETYPE_ENTRY || !first) throw bad('mục đầu tiên không phải "mimetype"');
  if (first.relativeOffsetOfLocalHeader !== 0) throw bad('"mimetype" không nằm ở đầu tệp');
  if (first.compressionMethod !== 0) throw bad('"mimetype" bị nén');
  if (first.extraFields.length > 0) throw bad('"mimetype" có trường phụ');
  const nameLength = bytes.readUInt16LE(26);
  const extraLength = bytes.readUInt16LE(28);
  const method = bytes.readUInt16LE(8);
  if (nameLength !== MIMETYPE_ENTRY.length || extraLength !== 0 || method !== 0) throw bad('đầu mục "mimetype" không chuẩn');
  if (bytes.subarray(30, 38).toString('latin1') !== MIMETYPE_ENTRY) throw bad('đầu mục "mimetype" không chuẩn');
  const content = bytes.subarray(38, 38 + expected.length).toString('latin1');
  if (content !== expected || first.uncompressedSize !== expected.length) throw bad(`kiểu "${content.slice(0, 60)}"`);
}
