// Attachments are checked by what they are, not by what they are called: the first bytes must match an
// allowed type, and Office files must be the macro-free kind.
import yauzl from 'yauzl';
import { AppError } from '../../../shared/errors';

export type AllowedType = 'pdf' | 'jpeg' | 'png' | 'docx' | 'xlsx';

export const MEDIA_TYPES: Record<AllowedType, string> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const EXTENSIONS: Record<string, AllowedType> = { pdf: 'pdf', jpg: 'jpeg', jpeg: 'jpeg', png: 'png', docx: 'docx', xlsx: 'xlsx' };

const refuse = (name: string, why: string) =>
  new AppError('E_ATTACHMENT_TYPE', `Tệp đính kèm «${name}» bị từ chối: ${why}. Chỉ nhận PDF, JPEG, PNG, DOCX, XLSX (không có macro).`);

function sniff(data: Buffer): 'pdf' | 'jpeg' | 'png' | 'zip' | null {
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpeg';
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (data.readUInt32LE(0) === 0x04034b50) return 'zip';
  return null;
}

/** Parts that hold macros whatever the content types say: VBA projects, Word VBA data, Excel 4 macro sheets. */
const MACRO_PART = /(^|\/)(vbaProject\.bin|vbaProjectSignature\.bin|vbaData\.xml)$|(^|\/)macrosheets\//i;
/** Content types of macro-enabled documents and of macro parts. */
const MACRO_TYPE = /macroEnabled|vbaProject|vbaData|ms-excel\.(intl)?macrosheet|ms-office\.activeX/i;

/**
 * Reads an Office file's part names and its [Content_Types].xml, to tell DOCX from DOCM and XLSX from
 * XLSM. A macro part under any name, or two [Content_Types].xml (one for each reader), is refused.
 */
async function officeContentTypes(data: Buffer, name: string): Promise<string | null> {
  const zip = await yauzl.fromBufferPromise(data, { lazyEntries: true });
  try {
    const entries = await new Promise<yauzl.Entry[]>((resolve, reject) => {
      const all: yauzl.Entry[] = [];
      zip.on('entry', (e: yauzl.Entry) => {
        all.push(e);
        zip.readEntry();
      });
      zip.on('end', () => resolve(all));
      zip.on('error', reject);
      zip.readEntry();
    });
    if (entries.some((e) => MACRO_PART.test(e.fileName))) throw refuse(name, 'tệp có macro');
    const types = entries.filter((e) => e.fileName.toLowerCase() === '[content_types].xml');
    if (types.length > 1) throw refuse(name, 'tệp Office có hai [Content_Types].xml');
    const entry = types[0];
    if (!entry || entry.uncompressedSize > 1_000_000) return null;
    const chunks: Buffer[] = [];
    for await (const c of await zip.openReadStreamPromise(entry)) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    zip.close();
  }
}

/** Checks one file against its extension; returns its media type. */
export async function checkFileType(name: string, data: Buffer): Promise<string> {
  const ext = name.split('.').pop()?.toLowerCase() ?? '';
  const expected = EXTENSIONS[ext];
  if (!expected) throw refuse(name, `đuôi tệp ".${ext}" không được phép`);
  const found = data.length >= 8 ? sniff(data) : null;
  if (expected === 'docx' || expected === 'xlsx') {
    if (found !== 'zip') throw refuse(name, 'nội dung không phải tệp Office');
    let types: string | null;
    try {
      types = await officeContentTypes(data, name);
    } catch (e) {
      throw e instanceof AppError ? e : refuse(name, 'tệp Office bị hỏng');
    }
    if (!types) throw refuse(name, 'tệp Office thiếu [Content_Types].xml');
    if (MACRO_TYPE.test(types)) throw refuse(name, 'tệp có macro');
    const main = expected === 'docx' ? 'wordprocessingml.document.main+xml' : 'spreadsheetml.sheet.main+xml';
    if (!types.includes(main)) throw refuse(name, `nội dung không phải ${expected.toUpperCase()}`);
  } else if (found !== expected) {
    throw refuse(name, `nội dung không khớp đuôi ".${ext}"`);
  }
  return MEDIA_TYPES[expected];
}
