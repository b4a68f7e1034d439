// Turns what the user handed over (files, folders, saved e-mails) into the files to import, each with
// the time the office received it. Nothing is written here.
import { readdirSync, statSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import PostalMime from 'postal-mime';
import { formatNumber } from '../../../shared/format/vi';
import { LIMITS } from '../package/limits';
import type { ImportLine, IncomingFile, ReceivedBasis } from './import-types';

export const PACKAGE_EXTENSIONS = ['.tongket', '.tongket-receipt', '.tongket-campaign'];
const EML_MAX_BYTES = Math.ceil(LIMITS.packageBytes * 1.4) + 1024 * 1024;

export interface Collected {
  files: IncomingFile[];
  skipped: ImportLine[];
}

const skip = (source: string, message: string): ImportLine => ({ source, outcome: 'skipped', message });

/**
 * When the office received an e-mail. The Date header is written by the sender's mail program, so it
 * is never used; the topmost Received header is added last, by the office's own mail server, and its
 * time follows the last ";". Without one (or with one later than now), the import time.
 */
export function receivedTime(headers: { key: string; value: string }[], now: Date): { receivedAt: Date; receivedBasis: ReceivedBasis } {
  const top = headers.find((h) => h.key.toLowerCase() === 'received');
  const at = top ? Date.parse(top.value.slice(top.value.lastIndexOf(';') + 1).trim()) : Number.NaN;
  if (Number.isNaN(at) || at > now.getTime()) return { receivedAt: now, receivedBasis: 'import' };
  return { receivedAt: new Date(at), receivedBasis: 'mail-server' };
}

/** Attachments of a saved e-mail that are TongKet files, received when the office's mail server says. */
export async function filesFromEml(source: string, bytes: Buffer, now: Date): Promise<Collected> {
  let email;
  try {
    email = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' });
  } catch {
    return { files: [], skipped: [skip(source, 'Bỏ qua: không đọc được thư điện tử này (.eml hỏng).')] };
  }
  const received = receivedTime(email.headers, now);
  const files: IncomingFile[] = [];
  for (const a of email.attachments) {
    const name = a.filename ?? '';
    if (!PACKAGE_EXTENSIONS.includes(extname(name).toLowerCase())) continue;
    const content = a.content;
    const data = typeof content === 'string' ? Buffer.from(content, 'base64') : Buffer.from(content instanceof ArrayBuffer ? new Uint8Array(content) : content);
    files.push({ source: `${source} › ${name}`, bytes: data, ...received });
  }
  return files.length
    ? { files, skipped: [] }
    : { files: [], skipped: [skip(source, 'Bỏ qua: thư không có tệp .tongket đính kèm.')] };
}

async function collectFile(path: string, now: Date, out: Collected): Promise<void> {
  const source = basename(path);
  const ext = extname(path).toLowerCase();
  const size = statSync(path).size;
  if (ext === '.eml') {
    if (size > EML_MAX_BYTES) return void out.skipped.push(skip(source, `Bỏ qua: thư nặng ${formatNumber(size)} byte, quá giới hạn.`));
    const r = await filesFromEml(source, readFileSync(path), now);
    out.files.push(...r.files);
    out.skipped.push(...r.skipped);
    return;
  }
  if (!PACKAGE_EXTENSIONS.includes(ext)) {
    return void out.skipped.push(skip(source, 'Bỏ qua: không phải gói TongKet (.tongket), biên nhận hay thư (.eml).'));
  }
  if (size > LIMITS.packageBytes) {
    // Not even read into memory.
    return void out.skipped.push({
      source,
      outcome: 'rejected',
      code: 'E_PKG_SIZE',
      message: `Từ chối: tệp nặng ${formatNumber(size)} byte, vượt giới hạn ${formatNumber(LIMITS.packageBytes / 1048576)} MB của một gói.`,
    });
  }
  out.files.push({ source, bytes: readFileSync(path), receivedAt: now, receivedBasis: 'import' });
}

/** One file of a folder or of the command line: a file that cannot be read is its own line, not the batch's end. */
async function collectOne(path: string, now: Date, out: Collected): Promise<void> {
  try {
    if (statSync(path).isFile()) await collectFile(path, now, out);
  } catch (e) {
    const why = e instanceof Error && 'code' in e ? String(e.code) : 'lỗi không rõ';
    out.skipped.push({ source: basename(path), outcome: 'rejected', code: 'E_FILE_READ', message: `Từ chối [E_FILE_READ]: không đọc được tệp (${why}); các tệp khác vẫn được nhập.` });
  }
}

/** Files, folders (their files, one level) and .eml e-mails, in the order given, folders sorted. */
export async function collectPaths(paths: string[], now: Date): Promise<Collected> {
  const out: Collected = { files: [], skipped: [] };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      out.skipped.push(skip(basename(p), `Bỏ qua: không tìm thấy ${p}.`));
      continue;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) await collectOne(join(p, name), now, out);
    } else {
      await collectOne(p, now, out);
    }
  }
  return out;
}
