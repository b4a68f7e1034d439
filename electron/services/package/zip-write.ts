// Writes a package ZIP: `mimetype` first, stored, with no extra field (so that `file` and other tools
// recognise the type from the first bytes, as with ODF and EPUB), then the other entries in order.
import { ZipFile } from 'yazl';

export interface ZipEntryInput {
  path: string;
  data: Buffer;
  /** Stored rather than deflated (mimetype; already-compressed DOCX/XLSX/images gain nothing). */
  store?: boolean;
}

export function writeZip(entries: ZipEntryInput[], mtime: Date): Promise<Buffer> {
  const zip = new ZipFile();
  for (const e of entries) {
    // forceDosTimestamp: no extended-timestamp extra field, so the bytes depend only on the content.
    zip.addBuffer(e.data, e.path, { mtime, mode: 0o100644, compress: !e.store, forceDosTimestamp: true });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}
