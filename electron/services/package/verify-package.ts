// Reads and verifies a package without writing anything anywhere, in the order of SPEC §6:
// limits → safe names → mimetype → signature → manifest schema → key bound to the unit → entry set →
// sizes and SHA-256 → content types and report data. Campaign, revision and storage rules belong to
// the import, which calls this first.
import canonicalize from 'canonicalize';
import type { CampaignDef } from '../../../shared/campaign/model';
import { AppError } from '../../../shared/errors';
import {
  MANIFEST_ENTRY,
  MIMETYPE_ENTRY,
  ManifestSchema,
  REPORT_ENTRY,
  SIGNATURE_ENTRY,
  NEXT_KEY_ENTRY,
  SIGNER_KEY_ENTRY,
  trustedCommentFor,
  type Manifest,
} from '../../../shared/package/manifest';
import { DraftFileSchema, type DraftFile } from '../../../shared/report/draft-file';
import { cleanText, parseFieldValue } from '../../../shared/report/values';
import { fingerprint, keyIdHex, parsePublicKeyFile, parseSignatureFile, verifyMinisign, type PublicKey } from '../signing/minisign';
import { checkFileType } from './attachments';
import { checkSourcesEntry } from './sources-entry';
import { SOURCES_ENTRY } from '../../../shared/package/sources';
import { unitHintOf } from '../../../shared/package/public-key-hint';
import { sha256Hex } from './hashing';
import { LIMITS } from './limits';
import { checkMimetype } from './mimetype';
import { parseStrictJson } from './strict-json';
import { openSafeZip, type SafeZip } from './zip-read';

export interface KnownKey {
  publicKey: PublicKey;
  unitCode: string;
  /** Revoked keys sign nothing any more: their packages are refused. */
  revoked?: boolean;
}

export interface VerifyOptions {
  /** The key registered under this key id (own or registered for a unit), if any: a hint, compared in full. */
  lookupKey: (keyIdHex: string) => KnownKey | null;
  /** `tongket verify --pub`: the package must be signed by exactly this key. */
  pinnedKey?: PublicKey;
  /** To check report values against the template; unknown campaigns are the import's concern. */
  lookupCampaign?: (campaignId: string) => CampaignDef | null;
}

/** registered: a key known for this unit; pinned: the key the user gave; unregistered: only the key the package carries. */
export type Trust = 'registered' | 'pinned' | 'unregistered';

export interface VerifiedPackage {
  manifest: Manifest;
  manifestBytes: Buffer;
  manifestSha256: string;
  packageSha256: string;
  signerKey: PublicKey;
  fingerprint: string;
  trust: Trust;
  report: DraftFile;
  files: Map<string, Buffer>;
  /** A replacement key the signer announces (`keys/next.pub`), or null. Not trusted by being here. */
  nextKey: PublicKey | null;
}

const FIXED_ENTRIES = new Set([MIMETYPE_ENTRY, MANIFEST_ENTRY, SIGNATURE_ENTRY]);

const signatureError = (detail: string) =>
  new AppError('E_SIGNATURE', `Chữ ký của gói không hợp lệ (${detail}). Nội dung có thể đã bị sửa sau khi ký; không dùng gói này, hãy đề nghị đơn vị gửi lại.`);
const manifestError = (detail: string) =>
  new AppError('E_MANIFEST', `Bản kê (manifest) của gói không hợp lệ: ${detail}. Hãy đề nghị đơn vị xuất lại gói bằng TongKet.`);

/**
 * The key a package carries is not covered by its signature yet: damaged, it is a signature problem
 * of the package (E_KEY_FORMAT is for a .pub file a person gives).
 */
function carriedKey(text: string): PublicKey {
  try {
    return parsePublicKeyFile(text);
  } catch {
    throw signatureError('khóa kèm theo gói bị hỏng');
  }
}

/**
 * The key id in a signature is only a hint (as in minisign): the key that signed is the full public
 * key. A registered key is used when the package carries no key or carries exactly that one; a
 * different key under a registered id is another, unregistered key, and the package is held for it.
 */
async function chooseKey(zip: SafeZip, sigKeyId: Buffer, options: VerifyOptions): Promise<{ key: PublicKey; trust: Trust; unitCode: string | null }> {
  const id = keyIdHex(sigKeyId);
  if (options.pinnedKey) {
    if (!options.pinnedKey.keyId.equals(sigKeyId)) throw signatureError(`gói được ký bằng khóa ${id}, không phải khóa đã cho`);
    return { key: options.pinnedKey, trust: 'pinned', unitCode: null };
  }
  const carried = zip.entry(SIGNER_KEY_ENTRY) ? carriedKey((await zip.read(SIGNER_KEY_ENTRY, LIMITS.signatureBytes)).toString('utf8')) : null;
  // A carried key under another id did not make this signature: it neither helps nor hides a registered one.
  const candidate = carried?.keyId.equals(sigKeyId) ? carried : null;
  const known = options.lookupKey(id);
  if (known && (!candidate || candidate.key.equals(known.publicKey.key))) {
    if (known.revoked) {
      throw new AppError('E_KEY_REVOKED', `Gói được ký bằng khóa ${id} của ${known.unitCode}, khóa này đã bị thu hồi. Đề nghị đơn vị dùng khóa mới và xuất lại gói.`);
    }
    return { key: known.publicKey, trust: 'registered', unitCode: known.unitCode };
  }
  if (!carried) throw signatureError(`không có khóa ${id} để kiểm tra`);
  if (!candidate) throw signatureError('khóa kèm theo gói không khớp chữ ký');
  return { key: candidate, trust: 'unregistered', unitCode: null };
}

/** The announced next key: a sound public key of the same unit, other than the one signing. */
function parseNextKey(data: Buffer, manifest: Manifest, signer: PublicKey): PublicKey {
  const text = data.toString('utf8');
  let key: PublicKey;
  try {
    key = parsePublicKeyFile(text);
  } catch {
    throw manifestError(`khóa mới báo trong ${NEXT_KEY_ENTRY} bị hỏng`);
  }
  if (unitHintOf(text) !== manifest.unit.code) throw manifestError(`khóa mới báo trong ${NEXT_KEY_ENTRY} không ghi là của ${manifest.unit.code}`);
  if (key.keyId.equals(signer.keyId) || key.key.equals(signer.key)) throw manifestError('khóa mới báo trong gói trùng khóa đang ký');
  return key;
}

function parseManifest(bytes: Buffer): Manifest {
  const strict = parseStrictJson(bytes);
  if (!strict.ok) throw manifestError(strict.why);
  const json = strict.value;
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) {
    throw manifestError(parsed.error.issues.map((i) => `${i.path.join('.') || '(gốc)'}: ${i.code === 'unrecognized_keys' ? `trường lạ ${i.keys.join(', ')}` : i.message}`).join('; '));
  }
  // The signature covers these exact bytes; only the canonical form is accepted, so that one manifest
  // has one hash (the province uses it to recognise a package it already has).
  if (canonicalize(json) !== bytes.toString('utf8')) throw manifestError('không ở dạng JSON chuẩn tắc (RFC 8785)');
  if (parsed.data.revision > LIMITS.revision) {
    throw new AppError('E_REVISION_RANGE', `Gói ghi là lần gửi ${parsed.data.revision}, vượt xa mọi lần gửi thật (tối đa ${LIMITS.revision}). Không dùng gói này: nhận nó sẽ chặn mọi lần gửi đúng sau đó.`);
  }
  return parsed.data;
}

function checkEntrySet(zip: SafeZip, manifest: Manifest): void {
  const listed = new Set(manifest.files.map((f) => f.path));
  const present = zip.names.filter((n) => !FIXED_ENTRIES.has(n));
  const extra = present.filter((n) => !listed.has(n));
  const missing = [...listed].filter((p) => !zip.entry(p));
  if (extra.length || missing.length) {
    const parts = [extra.length ? `thừa ${extra.join(', ')}` : '', missing.length ? `thiếu ${missing.join(', ')}` : ''].filter(Boolean);
    throw new AppError('E_ENTRY_SET', `Các tệp trong gói không khớp bản kê đã ký (${parts.join('; ')}). Gói đã bị thêm hoặc bớt tệp sau khi ký; không dùng gói này.`);
  }
}

function parseReport(data: Buffer, manifest: Manifest, options: VerifyOptions): DraftFile {
  const bad = (detail: string) =>
    new AppError('E_REPORT_DATA', `Dữ liệu báo cáo trong gói không hợp lệ: ${detail}. Hãy đề nghị đơn vị xuất lại gói.`);
  const strict = parseStrictJson(data);
  if (!strict.ok) throw bad(strict.why);
  const parsed = DraftFileSchema.safeParse(strict.value);
  if (!parsed.success) throw bad(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const report = parsed.data;
  if (report.unitCode !== manifest.unit.code || report.campaignId !== manifest.campaignId || report.revision !== manifest.revision) {
    throw bad('đơn vị, đợt hoặc lần gửi khác với bản kê');
  }
  if (report.templateId !== manifest.templateId || report.templateVersion !== manifest.templateVersion) throw bad('mẫu báo cáo khác với bản kê');
  const campaign = options.lookupCampaign?.(manifest.campaignId);
  if (campaign && campaign.template.id === report.templateId && campaign.template.version === report.templateVersion) {
    // Kept as parsed (text cleaned: NFC, no control characters), as the unit's own editor stores it.
    const values: typeof report.values = {};
    for (const [key, value] of Object.entries(report.values)) {
      try {
        values[key] = parseFieldValue(campaign.template, key, value);
      } catch (e) {
        throw bad((e as AppError).message);
      }
    }
    const explanations = Object.fromEntries(Object.entries(report.explanations).map(([rule, text]) => [rule, cleanText(text).trim()]));
    return { ...report, values, explanations };
  }
  return report;
}

export async function verifyPackage(bytes: Buffer, options: VerifyOptions): Promise<VerifiedPackage> {
  const zip = await openSafeZip(bytes);
  try {
    checkMimetype(bytes, zip.names, zip.entry(MIMETYPE_ENTRY));

    for (const name of [MANIFEST_ENTRY, SIGNATURE_ENTRY]) {
      if (!zip.entry(name)) throw new AppError('E_ENTRY_SET', `Gói thiếu ${name}. Hãy đề nghị đơn vị xuất lại gói bằng TongKet.`);
    }
    if ((zip.entry(MANIFEST_ENTRY)?.uncompressedSize ?? 0) > LIMITS.manifestBytes) {
      throw manifestError(`lớn hơn ${LIMITS.manifestBytes / 1024} KB`);
    }
    const manifestBytes = await zip.read(MANIFEST_ENTRY, LIMITS.manifestBytes);
    const sigText = (await zip.read(SIGNATURE_ENTRY, LIMITS.signatureBytes)).toString('utf8');
    const signature = parseSignatureFile(sigText);
    const { key, trust, unitCode } = await chooseKey(zip, signature.keyId, options);
    if (!verifyMinisign(manifestBytes, signature, key)) throw signatureError('không khớp nội dung bản kê');

    const manifest = parseManifest(manifestBytes);
    if (signature.trustedComment !== trustedCommentFor(manifest)) {
      throw new AppError('E_TRUSTED_COMMENT', 'Dòng chú thích đã ký của gói không khớp bản kê (mã gói, đơn vị, đợt hoặc lần gửi). Không dùng gói này; hãy đề nghị đơn vị gửi lại.');
    }
    if (manifest.keyId !== keyIdHex(signature.keyId)) throw manifestError('mã khóa khác với chữ ký');
    if (trust === 'registered' && unitCode !== manifest.unit.code) {
      throw new AppError('E_KEY_UNIT', `Gói ghi là của ${manifest.unit.code} nhưng được ký bằng khóa đã đăng ký cho ${unitCode}. Không dùng gói này.`);
    }

    checkEntrySet(zip, manifest);
    const files = new Map<string, Buffer>();
    for (const f of manifest.files) {
      const changed = () =>
        new AppError('E_HASH', `Tệp ${f.path} trong gói đã bị thay đổi sau khi ký (kích thước hoặc mã băm SHA-256 không khớp). Không dùng gói này; hãy đề nghị đơn vị gửi lại.`);
      // A signed entry that no longer inflates or fails its CRC was changed after signing, like a hash mismatch.
      const data = await zip.read(f.path).catch((e: unknown) => {
        throw e instanceof AppError && e.code === 'E_ZIP' ? changed() : e;
      });
      if (data.length !== f.size || sha256Hex(data) !== f.sha256) throw changed();
      files.set(f.path, data);
    }
    for (const f of manifest.files) {
      if (f.path === REPORT_ENTRY || f.path === SIGNER_KEY_ENTRY || f.path === NEXT_KEY_ENTRY) continue;
      if (f.path === SOURCES_ENTRY) {
        checkSourcesEntry(files.get(f.path) as Buffer, manifest);
        continue;
      }
      const mediaType = await checkFileType(f.path, files.get(f.path) as Buffer);
      if (mediaType !== f.mediaType) throw manifestError(`kiểu tệp của ${f.path} khai là ${f.mediaType}`);
    }
    const reportBytes = files.get(REPORT_ENTRY);
    if (!reportBytes) throw new AppError('E_ENTRY_SET', `Gói thiếu ${REPORT_ENTRY}.`);
    const report = parseReport(reportBytes, manifest, options);
    const nextBytes = files.get(NEXT_KEY_ENTRY);
    return {
      manifest,
      manifestBytes,
      manifestSha256: sha256Hex(manifestBytes),
      packageSha256: sha256Hex(bytes),
      signerKey: key,
      fingerprint: fingerprint(key),
      trust,
      report,
      files,
      nextKey: nextBytes ? parseNextKey(nextBytes, manifest, key) : null,
    };
  } finally {
    zip.close();
  }
}
