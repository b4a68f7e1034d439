// Opens a package ZIP from memory with every structural check done before any content is inflated:
// size, prepended junk, entry count, sizes and compression ratios from the central directory, names.
// Contents are then inflated one entry at a time, bounded again while inflating.
import { crc32 } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { AppError } from '../../../shared/errors';
import { formatNumber } from '../../../shared/format/vi';
import { LIMITS } from './limits';
import { checkLocalName, checkNameCollisions, safeEntryName } from './zip-names';

const LOCAL_HEADER = 0x04034b50;
const EOCD = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

export interface SafeZip {
  /** Entry names in central-directory order. */
  names: string[];
  entry(name: string): Entry | undefined;
  read(name: string, maxBytes?: number): Promise<Buffer>;
  close(): void;
}

const corrupt = (detail: string) =>
  new AppError('E_ZIP', `Tệp không phải gói TongKet đọc được (${detail}). Có thể tệp bị cắt cụt khi gửi e-mail; hãy đề nghị đơn vị gửi lại.`);
const limits = (detail: string) =>
  new AppError('E_ZIP_LIMITS', `Gói vượt giới hạn an toàn (${detail}). TongKet không mở gói này.`);

function checkOuter(bytes: Buffer): void {
  if (bytes.length === 0) throw new AppError('E_PKG_EMPTY', 'Tệp rỗng (0 byte). Hãy đề nghị đơn vị gửi lại gói.');
  if (bytes.length > LIMITS.packageBytes) {
    throw new AppError('E_PKG_SIZE', `Gói nặng ${formatNumber(bytes.length / 1048576, 1)} MB, vượt giới hạn ${LIMITS.packageBytes / 1048576} MB.`);
  }
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== LOCAL_HEADER) {
    // A ZIP with something glued in front (a self-extractor, a mail header) still has its end record.
    if (bytes.includes(EOCD)) throw new AppError('E_ZIP_JUNK', 'Gói có dữ liệu lạ chèn trước nội dung ZIP. TongKet không mở gói này; hãy đề nghị đơn vị gửi lại.');
    throw corrupt('không phải tệp ZIP');
  }
}

function collectEntries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (e: Entry) => {
      entries.push(e);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (err: Error) => reject(corrupt(err.message)));
    zip.readEntry();
  });
}

function checkSizes(entries: Entry[]): void {
  let total = 0;
  for (const e of entries) {
    if (e.isEncrypted()) throw corrupt('có mục bị mã hóa');
    if (e.compressionMethod !== 0 && e.compressionMethod !== 8) throw corrupt(`kiểu nén ${e.compressionMethod}`);
    if (e.uncompressedSize > LIMITS.entryBytes) throw limits(`một mục giải nén ra ${formatNumber(e.uncompressedSize)} byte`);
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (ratio > LIMITS.compressionRatio) throw limits(`tỷ lệ nén ${formatNumber(ratio, 0)} lần`);
    total += e.uncompressedSize;
  }
  if (total > LIMITS.totalBytes) throw limits(`tổng dung lượng giải nén ${formatNumber(total)} byte`);
}

function readEntry(zip: ZipFile, entry: Entry, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(corrupt(err?.message ?? 'không đọc được mục'));
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (c: Buffer) => {
        size += c.length;
        // Bounded again while inflating: the central directory's sizes are claims, not facts.
        if (size > maxBytes) {
          stream.destroy();
          reject(limits(`mục ${JSON.stringify(safeNameOf(entry))} lớn hơn khai báo`));
          return;
        }
        chunks.push(c);
      });
      stream.on('error', (e: Error) => reject(corrupt(e.message)));
      stream.on('end', () => {
        const data = Buffer.concat(chunks);
        // yauzl does not check CRC-32; we do, so that TongKet and `unzip` agree on what is damaged.
        if (crc32(data) !== entry.crc32) reject(corrupt(`mục ${JSON.stringify(safeNameOf(entry))} sai mã CRC-32`));
        else resolve(data);
      });
    });
  });
}

const safeNameOf = (e: Entry): string => e.fileNameRaw.toString('utf8').slice(0, 80);

const headerError = (e: Entry, detail: string) =>
  new AppError('E_ZIP_HEADER', `Đầu mục ${JSON.stringify(safeNameOf(e))} trong gói ghi khác mục lục ZIP (${detail}). Các chương trình giải nén khác sẽ đọc ra nội dung khác với nội dung đã ký; TongKet không mở gói này.`);

/**
 * Every local header must say exactly what the central directory says (flags, method, CRC-32, sizes,
 * name, extra field), and the entries must follow one another with no gap and no overlap up to the
 * central directory. We read by the central directory; `unzip`, Python and streaming readers use the
 * local headers: only a container where both agree has one content, the one that was signed.
 */
function checkLocalHeaders(bytes: Buffer, entries: Entry[], centralOffset: number): void {
  let expected = 0;
  for (const e of [...entries].sort((a, b) => a.relativeOffsetOfLocalHeader - b.relativeOffsetOfLocalHeader)) {
    const at = e.relativeOffsetOfLocalHeader;
    if (at !== expected) throw headerError(e, at < expected ? 'dữ liệu chồng lên mục trước' : 'có dữ liệu lạ giữa các mục');
    if (at + 30 > centralOffset || bytes.readUInt32LE(at) !== LOCAL_HEADER) throw corrupt(`đầu mục ${JSON.stringify(safeNameOf(e))} hỏng`);
    const nameEnd = at + 30 + bytes.readUInt16LE(at + 26);
    const extraEnd = nameEnd + bytes.readUInt16LE(at + 28);
    if (extraEnd > centralOffset) throw corrupt(`đầu mục ${JSON.stringify(safeNameOf(e))} hỏng`);
    checkLocalName(e, bytes.subarray(at + 30, nameEnd));
    const flags = bytes.readUInt16LE(at + 6);
    // Bit 3 (sizes in a data descriptor after the data) leaves the local sizes at zero: TongKet never writes it.
    if (flags & 0x8) throw headerError(e, 'kích thước ghi sau dữ liệu');
    if (flags !== e.generalPurposeBitFlag) throw headerError(e, 'cờ');
    if (bytes.readUInt16LE(at + 8) !== e.compressionMethod) throw headerError(e, 'kiểu nén');
    if (bytes.readUInt32LE(at + 14) !== e.crc32) throw headerError(e, 'mã CRC-32');
    if (bytes.readUInt32LE(at + 18) !== e.compressedSize || bytes.readUInt32LE(at + 22) !== e.uncompressedSize) throw headerError(e, 'kích thước');
    if (!bytes.subarray(nameEnd, extraEnd).equals(centralExtraOf(e))) throw headerError(e, 'trường phụ');
    expected = extraEnd + e.compressedSize;
  }
  if (expected !== centralOffset) {
    throw new AppError('E_ZIP_HEADER', 'Gói có dữ liệu không thuộc mục nào ngay trước mục lục ZIP: chương trình giải nén khác có thể đọc ra tệp không được ký. TongKet không mở gói này.');
  }
}

/** Where the central directory starts, from the end record yauzl used (the last one in the file). */
function centralOffsetOf(bytes: Buffer): number {
  const eocd = bytes.lastIndexOf(EOCD, bytes.length - 22);
  const offset = eocd < 0 ? -1 : bytes.readUInt32LE(eocd + 16);
  // ZIP64 (offset 0xFFFFFFFF) is never needed under the package-size limit.
  if (offset < 0 || offset === 0xffffffff) throw corrupt('không tìm thấy mục lục ZIP');
  return offset;
}

/** The central directory's extra field as raw bytes (yauzl hands it over parsed). */
const centralExtraOf = (e: Entry): Buffer =>
  Buffer.concat(
    e.extraFields.map((f) => {
      const head = Buffer.alloc(4);
      head.writeUInt16LE(f.id, 0);
      head.writeUInt16LE(f.data.length, 2);
      return Buffer.concat([head, f.data]);
    }),
  );

export async function openSafeZip(bytes: Buffer): Promise<SafeZip> {
  checkOuter(bytes);
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true });
  } catch (e) {
    throw corrupt((e as Error).message);
  }
  if (zip.entryCount > LIMITS.entries) throw limits(`${zip.entryCount} mục, tối đa ${LIMITS.entries}`);
  const entries = await collectEntries(zip);
  checkSizes(entries);
  const names = entries.map(safeEntryName);
  checkNameCollisions(names);
  checkLocalHeaders(bytes, entries, centralOffsetOf(bytes));
  const byName = new Map(names.map((n, i) => [n, entries[i] as Entry]));
  return {
    names,
    entry: (name) => byName.get(name),
    read: async (name, maxBytes = LIMITS.entryBytes) => {
      const e = byName.get(name);
      if (!e) throw corrupt(`thiếu mục ${name}`);
      if (e.uncompressedSize > maxBytes) throw limits(`mục ${name} nặng ${formatNumber(e.uncompressedSize)} byte`);
      return readEntry(zip, e, maxBytes);
    },
    close: () => zip.close(),
  };
}
