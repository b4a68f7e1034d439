// Reads and verifies a package without writing anything anywhere, in the order of SPEC §6:
// limits → safe names → mimetype → signature → manifest schema → key bound to the unit → entry set →
// sizes and SHA-256 (the verifier shared with receipts and campaign files, signed-zip.ts) → content
// types and report data. Campaign, revision and storage rules belong to
// the import, which calls this first.
import type { CampaignDef } from '../../../shared/campaign/model';
import { AppError } from '../../../shared/errors';
import { ManifestSchema, NEXT_KEY_ENTRY, PACKAGE_MIMETYPE, REPORT_ENTRY, SIGNER_KEY_ENTRY, trustedCommentFor, type Manifest } from '../../../shared/package/manifest';
import { SOURCES_ENTRY } from '../../../shared/package/sources';
import { unitHintOf } from '../../../shared/package/public-key-hint';
import { DraftFileSchema, type DraftFile } from '../../../shared/report/draft-file';
import { cleanText, parseFieldValue } from '../../../shared/report/values';
import { keyIdHex, parsePublicKeyFile, type PublicKey } from '../signing/minisign';
import { checkFileType } from './attachments';
import { LIMITS } from './limits';
import { openSignedZip, type KeyChoice, type Trust } from './signed-zip';
import { checkSourcesEntry } from './sources-entry';
import { parseStrictJson } from './strict-json';

export type { Trust };

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

const signatureError = (detail: string) =>
  new AppError('E_SIGNATURE', `Chữ ký của gói không hợp lệ (${detail}). Nội dung có thể đã bị sửa sau khi ký; không dùng gói này, hãy đề nghị đơn vị gửi lại.`);
const manifestError = (detail: string) =>
  new AppError('E_MANIFEST', `Bản kê (manifest) của gói không hợp lệ: ${detail}. Hãy đề nghị đơn vị xuất lại gói bằng TongKet.`);

/**
 * The key id in a signature is only a hint (as in minisign): the key that signed is the full public
 * key. A registered key is used when the package carries no key or carries exactly that one; a
 * different key under a registered id is another, unregistered key, and the package is held for it.
 */
function chooseKey(sigKeyId: Buffer, carried: PublicKey | null, options: VerifyOptions): KeyChoice {
  const id = keyIdHex(sigKeyId);
  if (options.pinnedKey) {
    if (!options.pinnedKey.keyId.equals(sigKeyId)) throw signatureError(`gói được ký bằng khóa ${id}, không phải khóa đã cho`);
    return { key: options.pinnedKey, trust: 'pinned', unitCode: null };
  }
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

/** Revision range and the key bound to the unit: the package's own checks of its signed manifest. */
function checkManifest(manifest: Manifest, choice: KeyChoice): void {
  if (manifest.revision > LIMITS.revision) {
    throw new AppError('E_REVISION_RANGE', `Gói ghi là lần gửi ${manifest.revision}, vượt xa mọi lần gửi thật (tối đa ${LIMITS.revision}). Không dùng gói này: nhận nó sẽ chặn mọi lần gửi đúng sau đó.`);
  }
  if (choice.trust === 'registered' && choice.unitCode !== manifest.unit.code) {
    throw new AppError('E_KEY_UNIT', `Gói ghi là của ${manifest.unit.code} nhưng được ký bằng khóa đã đăng ký cho ${choice.unitCode}. Không dùng gói này.`);
  }
}

export async function verifyPackage(bytes: Buffer, options: VerifyOptions): Promise<VerifiedPackage> {
  // Container, signature, manifest, entry set and hashes: the verifier packages share with receipts and campaign files.
  const z = await openSignedZip(bytes, {
    mimetype: PACKAGE_MIMETYPE,
    manifest: ManifestSchema,
    trustedComment: trustedCommentFor,
    keyIdOf: (m) => m.keyId,
    filesOf: (m) => m.files,
    noun: 'Gói',
    sender: 'đơn vị',
    chooseKey: (sigKeyId, carried) => chooseKey(sigKeyId, carried, options),
    checkManifest,
  });
  const { manifest, files } = z;
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
    manifestBytes: z.manifestBytes,
    manifestSha256: z.manifestSha256,
    packageSha256: z.fileSha256,
    signerKey: z.signerKey,
    fingerprint: z.fingerprint,
    trust: z.trust,
    report,
    files,
    nextKey: nextBytes ? parseNextKey(nextBytes, manifest, z.signerKey) : null,
  };
}
