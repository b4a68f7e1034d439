// The package manifest (SPEC §6): canonical JSON (RFC 8785), signed with minisign. Strict: a field we
// do not know is a reason to refuse, not to ignore, because the signature covers exactly these bytes.
import { z } from 'zod';
import { UNIT_CODE } from '../units/directory';

export const PACKAGE_FORMAT = 'tongket.package/1';
export const PACKAGE_MIMETYPE = 'application/vnd.tongket.package+zip';
export const PACKAGE_EXTENSION = '.tongket';

/** Entries every package has, outside the manifest's own list. */
export const MIMETYPE_ENTRY = 'mimetype';
export const MANIFEST_ENTRY = 'manifest.json';
export const SIGNATURE_ENTRY = 'manifest.json.minisig';

/** Entries the writer always lists in the manifest. */
export const REPORT_ENTRY = 'data/report.json';
export const DOCX_ENTRY = 'render/report.docx';
export const XLSX_ENTRY = 'render/appendix.xlsx';
/** The report as a PDF made by the app, for readers without Word (absent from packages of older versions). */
export const PDF_ENTRY = 'render/report.pdf';
/** The signer's public key travels with the package, so that an unknown key can be shown by fingerprint. */
export const SIGNER_KEY_ENTRY = 'keys/signer.pub';
/**
 * A key replacement announced by the key being replaced (SPEC §6): the unit's next public key, signed
 * with this package. The receiving unit still trusts it only after a person confirms its fingerprint.
 */
export const NEXT_KEY_ENTRY = 'keys/next.pub';

const SHA256 = z.string().regex(/^[0-9a-f]{64}$/, 'phải là SHA-256 dạng hex');

export const ManifestFileSchema = z
  .object({
    path: z.string().min(1).max(200),
    size: z.number().int().min(0),
    sha256: SHA256,
    mediaType: z.string().min(1).max(120),
  })
  .strict();

export const ManifestSchema = z
  .object({
    format: z.literal(PACKAGE_FORMAT),
    packageId: z.uuid(),
    campaignId: z.string().min(1).max(80),
    templateId: z.string().min(1).max(80),
    templateVersion: z.number().int().min(1),
    unit: z.object({ code: UNIT_CODE, name: z.string().min(1).max(200), level: z.string().min(1).max(40) }).strict(),
    revision: z.number().int().min(1),
    supersedes: SHA256.nullable(),
    reason: z.string().max(2_000).nullable(),
    createdAt: z.iso.datetime(),
    appVersion: z.string().min(1).max(40),
    keyId: z.string().regex(/^[0-9A-F]{16}$/),
    signer: z.object({ name: z.string().max(100), title: z.string().max(100) }).strict(),
    summary: z.record(z.string().max(60), z.number()),
    files: z.array(ManifestFileSchema).max(60),
  })
  .strict()
  .refine((m) => m.revision === 1 || (m.reason !== null && m.reason.trim() !== '' && m.supersedes !== null), {
    message: 'lần gửi sau lần 1 phải có lý do sửa đổi và mã băm của lần trước',
  })
  .refine((m) => m.files.every((f, i, a) => i === 0 || (a[i - 1] as { path: string }).path < f.path), {
    message: 'danh sách tệp phải sắp xếp theo đường dẫn, không trùng lặp',
  });

export type Manifest = z.infer<typeof ManifestSchema>;
export type ManifestFile = z.infer<typeof ManifestFileSchema>;

/** The one-line trusted comment, which must match the manifest it signs. */
export const trustedCommentFor = (m: Pick<Manifest, 'packageId' | 'unit' | 'campaignId' | 'revision'>): string =>
  `pkg=${m.packageId} unit=${m.unit.code} campaign=${m.campaignId} rev=${m.revision}`;

/** `<unit-code>_<campaign-id>_r<revision>.tongket` */
export const packageFileName = (unitCode: string, campaignId: string, revision: number): string =>
  `${unitCode}_${campaignId}_r${revision}${PACKAGE_EXTENSION}`;
