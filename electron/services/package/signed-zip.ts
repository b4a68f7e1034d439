// The steps every signed TongKet ZIP shares (SPEC §6): limits and safe names (openSafeZip) → mimetype →
// signature over manifest.json by the key the file carries → strict canonical manifest → the entry set
// equals the manifest's list → every size and SHA-256. Each format adds its own mimetype, manifest
// schema, trusted comment and payload checks. Who may sign is the caller's question, answered by the
// FULL public key returned here, never by the key id.
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

export interface SignedZipFormat<M> {
  mimetype: string;
  manifest: z.ZodType<M>;
  trustedComment: (m: M) => string;
  keyIdOf: (m: M) => string;
  filesOf: (m: M) => ManifestFile[];
  /** "Tệp đợt báo cáo", for the messages. */
  noun: string;
}

export interface SignedZip<M> {
  manifest: M;
  manifestBytes: Buffer;
  manifestSha256: string;
  fileSha256: string;
  /** The full key that made the signature (carried as keys/signer.pub, which the manifest lists). */
  signerKey: PublicKey;
  fingerprint: string;
  files: Map<string, Buffer>;
}

const FIXED = new Set([MIMETYPE_ENTRY, MANIFEST_ENTRY, SIGNATURE_ENTRY]);

export async function openSignedZip<M>(bytes: Buffer, format: SignedZipFormat<M>): Promise<SignedZip<M>> {
  const sigError = (detail: string) =>
    new AppError('E_SIGNATURE', `Chữ ký của ${format.noun.toLowerCase()} không hợp lệ (${detail}). Nội dung có thể đã bị sửa sau khi ký; không dùng tệp này, hãy đề nghị nơi gửi gửi lại.`);
  const manifestError = (detail: string) => new AppError('E_MANIFEST', `Bản kê (manifest) của ${format.noun.toLowerCase()} không hợp lệ: ${detail}.`);
  const zip = await openSafeZip(bytes);
  try {
    checkMimetype(bytes, zip.names, zip.entry(MIMETYPE_ENTRY), format.mimetype);
    for (const name of [MANIFEST_ENTRY, SIGNATURE_ENTRY, SIGNER_KEY_ENTRY]) {
      if (!zip.entry(name)) throw new AppError('E_ENTRY_SET', `${format.noun} thiếu ${name}. Hãy đề nghị nơi gửi xuất lại bằng TongKet.`);
    }
    if ((zip.entry(MANIFEST_ENTRY)?.uncompressedSize ?? 0) > LIMITS.manifestBytes) throw manifestError(`lớn hơn ${LIMITS.manifestBytes / 1024} KB`);
    const manifestBytes = await zip.read(MANIFEST_ENTRY, LIMITS.manifestBytes);
    const signature = parseSignatureFile((await zip.read(SIGNATURE_ENTRY, LIMITS.signatureBytes)).toString('utf8'));
    let key: PublicKey;
    try {
      key = parsePublicKeyFile((await zip.read(SIGNER_KEY_ENTRY, LIMITS.signatureBytes)).toString('utf8'));
    } catch {
      throw sigError('khóa kèm theo bị hỏng');
    }
    if (!key.keyId.equals(signature.keyId)) throw sigError('khóa kèm theo không khớp chữ ký');
    if (!verifyMinisign(manifestBytes, signature, key)) throw sigError('không khớp nội dung bản kê');

    // Strict: UTF-8, no key twice in an object, no lone surrogate (what JSON.parse silently tolerates).
    const strict = parseStrictJson(manifestBytes);
    if (!strict.ok) throw manifestError(strict.why);
    const json = strict.value;
    const parsed = format.manifest.safeParse(json);
    if (!parsed.success) throw manifestError(parsed.error.issues.map((i) => `${i.path.join('.') || '(gốc)'}: ${i.message}`).join('; '));
    // The signature covers these exact bytes; one manifest has one canonical form, so one hash.
    if (canonicalize(json) !== manifestBytes.toString('utf8')) throw manifestError('không ở dạng JSON chuẩn tắc (RFC 8785)');
    const manifest = parsed.data;
    if (signature.trustedComment !== format.trustedComment(manifest)) {
      throw new AppError('E_TRUSTED_COMMENT', `Dòng chú thích đã ký của ${format.noun.toLowerCase()} không khớp bản kê. Không dùng tệp này.`);
    }
    if (format.keyIdOf(manifest) !== keyIdHex(signature.keyId)) throw manifestError('mã khóa khác với chữ ký');

    const listed = format.filesOf(manifest);
    const names = new Set(listed.map((f) => f.path));
    const extra = zip.names.filter((n) => !FIXED.has(n) && !names.has(n));
    const missing = [...names].filter((p) => !zip.entry(p));
    if (extra.length || missing.length || !names.has(SIGNER_KEY_ENTRY)) {
      const parts = [extra.length ? `thừa ${extra.join(', ')}` : '', missing.length ? `thiếu ${missing.join(', ')}` : ''].filter(Boolean);
      throw new AppError('E_ENTRY_SET', `Các tệp trong ${format.noun.toLowerCase()} không khớp bản kê đã ký (${parts.join('; ') || `bản kê không có ${SIGNER_KEY_ENTRY}`}). Không dùng tệp này.`);
    }
    const files = new Map<string, Buffer>();
    for (const f of listed) {
      const changed = () => new AppError('E_HASH', `Tệp ${f.path} trong ${format.noun.toLowerCase()} đã bị thay đổi sau khi ký. Không dùng tệp này; hãy đề nghị nơi gửi gửi lại.`);
      const data = await zip.read(f.path).catch((e: unknown) => {
        throw e instanceof AppError && e.code === 'E_ZIP' ? changed() : e;
      });
      if (data.length !== f.size || sha256Hex(data) !== f.sha256) throw changed();
      files.set(f.path, data);
    }
    return { manifest, manifestBytes, manifestSha256: sha256Hex(manifestBytes), fileSha256: sha256Hex(bytes), signerKey: key, fingerprint: fingerprint(key), files };
  } finally {
    zip.close();
  }
}
