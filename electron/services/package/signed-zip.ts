// The one verifier of every signed TongKet ZIP — packages, receipts and campaign files (SPEC §6, §9) —
// so that every hostile class is refused the same way for all three: limits and safe names
// (openSafeZip) → mimetype → signature over the signed JSON entry by the chosen FULL key → strict
// canonical JSON and its schema → trusted comment and key id → the format's own manifest checks → the
// entry set (equal to the manifest's list, or a fixed set) → every size and SHA-256. Each format names
// its mimetype, schema, trusted comment and how the signing key is chosen; who may sign is answered
// by the full public key, never by the key id.
import canonicalize from 'canonicalize';
import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { MANIFEST_ENTRY, MIMETYPE_ENTRY, SIGNATURE_ENTRY, SIGNER_KEY_ENTRY, type ManifestFile } from '../../../shared/package/manifest';
import { fingerprint, keyIdHex, parsePublicKeyFile, parseSignatureFile, verifyMinisign, type PublicKey } from '../signing/minisign';
import { sha256Hex } from './hashing';
import { LIMITS } from './limits';
import { checkMimetype } from './mimetype';
import { parseStrictJson } from './strict-json';
import { openSafeZip } from './zip-read';

/** registered: a key known here for the signer; pinned: the key the user gave; unregistered: only the key the file carries. */
export type Trust = 'registered' | 'pinned' | 'unregistered';

export interface KeyChoice {
  key: PublicKey;
  trust: Trust;
  /** The unit the key is registered for, when it is. */
  unitCode: string | null;
}

export interface SignedZipFormat<M> {
  mimetype: string;
  manifest: z.ZodType<M>;
  /** The signed JSON entry (default manifest.json; receipts sign receipt.json); its signature is `<entry>.minisig`. */
  signedEntry?: string;
  trustedComment: (m: M) => string;
  keyIdOf: (m: M) => string;
  /** The entries listed with size and SHA-256 (none for a receipt, whose entry set is fixed). */
  filesOf: (m: M) => ManifestFile[];
  /** Every entry, in order, of a format with a fixed set (receipts); otherwise the manifest's list decides. */
  fixedEntries?: readonly string[];
  /** The signing key must be carried as keys/signer.pub and listed in the manifest (campaign files). */
  listedSignerKey?: boolean;
  /** "Gói", "Tệp đợt báo cáo", "Biên nhận": for the messages. */
  noun: string;
  /** Who sends it again, for the messages: "đơn vị", "cấp trên". */
  sender: string;
  /** Chooses the full key that verifies; by default the key the file carries, which must be there. */
  chooseKey?: (sigKeyId: Buffer, carried: PublicKey | null) => KeyChoice;
  /** The format's own checks of the signed manifest, before any other entry is read. */
  checkManifest?: (m: M, choice: KeyChoice) => void;
}

export interface SignedZip<M> {
  manifest: M;
  manifestBytes: Buffer;
  manifestSha256: string;
  fileSha256: string;
  /** The full key that made the signature. */
  signerKey: PublicKey;
  fingerprint: string;
  trust: Trust;
  unitCode: string | null;
  files: Map<string, Buffer>;
}

export async function openSignedZip<M>(bytes: Buffer, format: SignedZipFormat<M>): Promise<SignedZip<M>> {
  const noun = format.noun.toLowerCase();
  const signedEntry = format.signedEntry ?? MANIFEST_ENTRY;
  const signatureEntry = signedEntry === MANIFEST_ENTRY ? SIGNATURE_ENTRY : `${signedEntry}.minisig`;
  const sigError = (detail: string) =>
    new AppError('E_SIGNATURE', `Chữ ký của ${noun} không hợp lệ (${detail}). Nội dung có thể đã bị sửa sau khi ký; không dùng tệp này, hãy đề nghị ${format.sender} gửi lại.`);
  const manifestError = (detail: string) => new AppError('E_MANIFEST', `Bản kê (${signedEntry}) của ${noun} không hợp lệ: ${detail}. Hãy đề nghị ${format.sender} xuất lại bằng TongKet.`);
  const zip = await openSafeZip(bytes);
  try {
    checkMimetype(bytes, zip.names, zip.entry(MIMETYPE_ENTRY), format.mimetype);
    const fixed = new Set([MIMETYPE_ENTRY, signedEntry, signatureEntry]);
    if (format.fixedEntries && (zip.names.length !== format.fixedEntries.length || format.fixedEntries.some((n, i) => zip.names[i] !== n))) {
      throw new AppError('E_ENTRY_SET', `Các mục trong ${noun} không đúng (cần đúng ${format.fixedEntries.join(', ')}). Không dùng tệp này.`);
    }
    const needed = format.chooseKey ? [signedEntry, signatureEntry] : [signedEntry, signatureEntry, SIGNER_KEY_ENTRY];
    for (const name of needed) {
      if (!zip.entry(name)) throw new AppError('E_ENTRY_SET', `${format.noun} thiếu ${name}. Hãy đề nghị ${format.sender} xuất lại bằng TongKet.`);
    }
    if ((zip.entry(signedEntry)?.uncompressedSize ?? 0) > LIMITS.manifestBytes) throw manifestError(`lớn hơn ${LIMITS.manifestBytes / 1024} KB`);
    const manifestBytes = await zip.read(signedEntry, LIMITS.manifestBytes);
    const signature = parseSignatureFile((await zip.read(signatureEntry, LIMITS.signatureBytes)).toString('utf8'));
    let carried: PublicKey | null = null;
    if (zip.entry(SIGNER_KEY_ENTRY)) {
      // Not covered by the signature yet: a damaged carried key is a signature problem of the file.
      try {
        carried = parsePublicKeyFile((await zip.read(SIGNER_KEY_ENTRY, LIMITS.signatureBytes)).toString('utf8'));
      } catch {
        throw sigError('khóa kèm theo bị hỏng');
      }
    }
    let choice: KeyChoice;
    if (format.chooseKey) {
      choice = format.chooseKey(signature.keyId, carried);
    } else {
      if (!carried?.keyId.equals(signature.keyId)) throw sigError('khóa kèm theo không khớp chữ ký');
      choice = { key: carried, trust: 'unregistered', unitCode: null };
    }
    if (!verifyMinisign(manifestBytes, signature, choice.key)) throw sigError('không khớp nội dung bản kê');

    // Strict: UTF-8, no key twice in an object, no lone surrogate (what JSON.parse silently tolerates).
    const strict = parseStrictJson(manifestBytes);
    if (!strict.ok) throw manifestError(strict.why);
    const json = strict.value;
    const parsed = format.manifest.safeParse(json);
    if (!parsed.success) {
      throw manifestError(parsed.error.issues.map((i) => `${i.path.join('.') || '(gốc)'}: ${i.code === 'unrecognized_keys' ? `trường lạ ${i.keys.join(', ')}` : i.message}`).join('; '));
    }
    // The signature covers these exact bytes; one manifest has one canonical form, so one hash.
    if (canonicalize(json) !== manifestBytes.toString('utf8')) throw manifestError('không ở dạng JSON chuẩn tắc (RFC 8785)');
    const manifest = parsed.data;
    if (signature.trustedComment !== format.trustedComment(manifest)) {
      throw new AppError('E_TRUSTED_COMMENT', `Dòng chú thích đã ký của ${noun} không khớp nội dung đã ký. Không dùng tệp này; hãy đề nghị ${format.sender} gửi lại.`);
    }
    if (format.keyIdOf(manifest) !== keyIdHex(signature.keyId)) throw manifestError('mã khóa khác với chữ ký');
    format.checkManifest?.(manifest, choice);

    const listed = format.filesOf(manifest);
    if (!format.fixedEntries) {
      const names = new Set(listed.map((f) => f.path));
      const extra = zip.names.filter((n) => !fixed.has(n) && !names.has(n));
      const missing = [...names].filter((p) => !zip.entry(p));
      const unlistedKey = format.listedSignerKey === true && !names.has(SIGNER_KEY_ENTRY);
      if (extra.length || missing.length || unlistedKey) {
        const parts = [extra.length ? `thừa ${extra.join(', ')}` : '', missing.length ? `thiếu ${missing.join(', ')}` : ''].filter(Boolean);
        throw new AppError('E_ENTRY_SET', `Các tệp trong ${noun} không khớp bản kê đã ký (${parts.join('; ') || `bản kê không có ${SIGNER_KEY_ENTRY}`}). Tệp đã bị thêm hoặc bớt mục sau khi ký; không dùng tệp này.`);
      }
    }
    const files = new Map<string, Buffer>();
    for (const f of listed) {
      const changed = () => new AppError('E_HASH', `Tệp ${f.path} trong ${noun} đã bị thay đổi sau khi ký (kích thước hoặc mã băm SHA-256 không khớp). Không dùng tệp này; hãy đề nghị ${format.sender} gửi lại.`);
      // A signed entry that no longer inflates or fails its CRC was changed after signing, like a hash mismatch.
      const data = await zip.read(f.path).catch((e: unknown) => {
        throw e instanceof AppError && e.code === 'E_ZIP' ? changed() : e;
      });
      if (data.length !== f.size || sha256Hex(data) !== f.sha256) throw changed();
      files.set(f.path, data);
    }
    return {
      manifest,
      manifestBytes,
      manifestSha256: sha256Hex(manifestBytes),
      fileSha256: sha256Hex(bytes),
      signerKey: choice.key,
      fingerprint: fingerprint(choice.key),
      trust: choice.trust,
      unitCode: choice.unitCode,
      files,
    };
  } finally {
    zip.close();
  }
}
