// Turns what the user handed over (files, folders, saved e-mails) into the files to import, each with
// the time the office received it. Nothing is written here.
import { readdirSync, statSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import PostalMime from 'postal-mime';
import { formatNumber } from '../../../shared/format/vi';
import { LIMITS } from '../package/limits';
import type { ImportLine, IncomingFile } from './import-types';

export const PACKAGE_EXTENSIONS = ['.tongket', '.tongket-receipt'];
const EML_MAX_BYTES = Math.ceil(LIMITS.packageBytes * 1.4) + 1024 * 1024;

export interface Collected {
  files: IncomingFile[];
  skipped: ImportLine[];
}

const skip = (source: string, message: string): ImportLine => ({ source, outcome: 'skipped', message });

/** Attachments of a saved e-mail that are TongKet files, received at the e-mail's Date. */
export async function filesFromEml(source: string, bytes: Buffer, fallback: Date): Promise<Collected> {
  let email;
  try {
    email = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' });
  } catch {
    return { files: [], skipped: [skip(source, 'Bỏ qua: không đọc được thư điện tử này (.eml hỏng).')] };
  }
  const date = email.date ? new Date(email.date) : null;
  const receivedAt = date && !Number.isNaN(date.getTime()) ? date : fallback;
  const files: IncomingFile[] = [];
  for (const a of email.attachments) {
    const name = a.filename ?? '';
    if (!PACKAGE_EXTENSIONS.includes(extname(name).toLowerCase())) continue;
    const content = a.content;
    const data = typeof content === 'string' ? Buffer.from(content, 'base64') : Buffer.from(content instanceof ArrayBuffer ? new Uint8Array(content) : content);
    files.push({ source: `${source} › ${name}`, bytes: data, receivedAt });
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
  out.files.push({ source, bytes: readFileSync(path), receivedAt: now });
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
      for (const name of readdirSync(p).sort()) {
        const child = join(p, name);
        if (statSync(child).isFile()) await collectFile(child, now, out);
      }
    } else {
      await collectFile(p, now, out);
    }
  }
  return out;
}
