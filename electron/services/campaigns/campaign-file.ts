// The signed campaign file (SPEC §9): written by the issuer, read by a unit below. It shares the
// container, signature and manifest steps with packages (package/signed-zip.ts) and adds its own entry
// set and payload: campaign.json, parsed strictly and judged by the same semantic checks as a workbook.
import canonicalize from 'canonicalize';
import type { CampaignBook } from '../../../shared/campaign/book';
import { checkCampaign } from '../../../shared/campaign/check';
import {
  CAMPAIGN_ENTRY,
  CAMPAIGN_FORMAT,
  CAMPAIGN_MIMETYPE,
  CampaignManifestSchema,
  campaignFileName,
  campaignTrustedComment,
  type CampaignManifest,
} from '../../../shared/campaign/file-manifest';
import { CampaignBookSchema } from '../../../shared/campaign/schema';
import { AppError } from '../../../shared/errors';
import { MANIFEST_ENTRY, MIMETYPE_ENTRY, SIGNATURE_ENTRY, SIGNER_KEY_ENTRY } from '../../../shared/package/manifest';
import { formatPublicKeyFile, keyIdHex, signMinisign, type PublicKey, type SecretKey } from '../signing/minisign';
import { sha256Hex } from '../package/hashing';
import { openSignedZip } from '../package/signed-zip';
import { parseStrictJson } from '../package/strict-json';
import { writeZip } from '../package/zip-write';

export interface BuildCampaignFileInput {
  book: CampaignBook;
  issuer: CampaignManifest['issuer'];
  signer: CampaignManifest['signer'];
  derivedFrom: string | null;
  createdAt: Date;
  appVersion: string;
  secret: SecretKey;
}

export interface CampaignFile {
  bytes: Buffer;
  fileName: string;
  manifest: CampaignManifest;
  manifestSha256: string;
}

/** campaign.json: canonical, so that the same campaign gives the same bytes and the same hash. */
const bookBytes = (book: CampaignBook): Buffer => Buffer.from(canonicalize(book) as string, 'utf8');

export async function buildCampaignFile(input: BuildCampaignFileInput): Promise<CampaignFile> {
  const c = input.book.campaign;
  const payload = [
    { path: CAMPAIGN_ENTRY, data: bookBytes(input.book), mediaType: 'application/json' },
    { path: SIGNER_KEY_ENTRY, data: Buffer.from(formatPublicKeyFile(input.secret, input.issuer.code)), mediaType: 'text/plain' },
  ].sort((a, b) => (a.path < b.path ? -1 : 1));
  const manifest: CampaignManifest = {
    format: CAMPAIGN_FORMAT,
    campaignId: c.id,
    templateId: c.template.id,
    templateVersion: c.template.version,
    issue: input.book.issue,
    issuer: input.issuer,
    derivedFrom: input.derivedFrom,
    createdAt: input.createdAt.toISOString(),
    appVersion: input.appVersion,
    keyId: keyIdHex(input.secret.keyId),
    signer: input.signer,
    files: payload.map((f) => ({ path: f.path, size: f.data.length, sha256: sha256Hex(f.data), mediaType: f.mediaType })),
  };
  const manifestBytes = Buffer.from(canonicalize(manifest) as string, 'utf8');
  const signature = signMinisign(manifestBytes, input.secret, campaignTrustedComment(manifest), `TongKet đợt ${c.id} phiên bản ${c.template.version}`);
  const bytes = await writeZip(
    [
      { path: MIMETYPE_ENTRY, data: Buffer.from(CAMPAIGN_MIMETYPE, 'latin1'), store: true },
      { path: MANIFEST_ENTRY, data: manifestBytes },
      { path: SIGNATURE_ENTRY, data: Buffer.from(signature, 'utf8') },
      ...payload.map((f) => ({ path: f.path, data: f.data })),
    ],
    input.createdAt,
  );
  return { bytes, fileName: campaignFileName(c.id, c.template.version, input.book.issue), manifest, manifestSha256: sha256Hex(manifestBytes) };
}

export interface VerifiedCampaignFile {
  manifest: CampaignManifest;
  manifestSha256: string;
  book: CampaignBook;
  /** The full key that signed; whether it is trusted is the importer's question. */
  signerKey: PublicKey;
  fingerprint: string;
}

const fileError = (detail: string) => new AppError('E_CAMPAIGN_FILE', `Nội dung đợt báo cáo trong tệp không hợp lệ: ${detail}. Hãy đề nghị cấp trên ban hành lại bằng TongKet.`);

export const isCampaignFile = (bytes: Buffer): boolean =>
  bytes.length > 38 + CAMPAIGN_MIMETYPE.length && bytes.subarray(30, 38).toString('latin1') === MIMETYPE_ENTRY && bytes.subarray(38, 38 + CAMPAIGN_MIMETYPE.length).toString('latin1') === CAMPAIGN_MIMETYPE;

/** Every check that needs nothing but the file: container, signature, manifest, entries, campaign. */
export async function verifyCampaignFile(bytes: Buffer): Promise<VerifiedCampaignFile> {
  const z = await openSignedZip(bytes, {
    mimetype: CAMPAIGN_MIMETYPE,
    manifest: CampaignManifestSchema,
    trustedComment: campaignTrustedComment,
    keyIdOf: (m) => m.keyId,
    filesOf: (m) => m.files,
    listedSignerKey: true,
    noun: 'Tệp đợt báo cáo',
    sender: 'cấp trên',
  });
  const m = z.manifest;
  const allowed = new Set([CAMPAIGN_ENTRY, SIGNER_KEY_ENTRY]);
  const stray = m.files.find((f) => !allowed.has(f.path) && !f.path.startsWith('documents/'));
  if (stray) throw new AppError('E_ENTRY_SET', `Tệp đợt báo cáo có mục lạ ${stray.path}. Không dùng tệp này.`);
  const data = z.files.get(CAMPAIGN_ENTRY);
  if (!data) throw new AppError('E_ENTRY_SET', `Tệp đợt báo cáo thiếu ${CAMPAIGN_ENTRY}.`);
  const strict = parseStrictJson(data);
  if (!strict.ok) throw fileError(`${CAMPAIGN_ENTRY} ${strict.why}`);
  const parsed = CampaignBookSchema.safeParse(strict.value);
  if (!parsed.success) throw fileError(parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(gốc)'}: ${i.message}`).join('; '));
  const book = parsed.data;
  const problems = checkCampaign(book);
  if (problems.length > 0) throw fileError(problems.slice(0, 5).map((p) => p.message).join('; '));
  const c = book.campaign;
  if (c.id !== m.campaignId || c.template.id !== m.templateId || c.template.version !== m.templateVersion || book.issue !== m.issue) {
    throw fileError('mã đợt, mẫu, phiên bản hoặc lần ban hành khác với bản kê');
  }
  // Units of a campaign sit under its issuer: it may add units below itself, never elsewhere.
  const outside = book.units.find((u) => u.parentCode !== m.issuer.code);
  if (outside) throw fileError(`đơn vị ${outside.code} không trực thuộc đơn vị ban hành ${m.issuer.code}`);
  return { manifest: m, manifestSha256: z.manifestSha256, book, signerKey: z.signerKey, fingerprint: z.fingerprint };
}
