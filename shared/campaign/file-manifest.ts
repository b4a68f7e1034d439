// The campaign file (SPEC §9): signed like a package (§6), its own mimetype, manifest format and
// trusted comment. Strict: a field we do not know is a reason to refuse, since the signature covers it.
import { z } from 'zod';
import { ManifestFileSchema } from '../package/manifest';
import { UNIT_CODE } from '../units/directory';

export const CAMPAIGN_FORMAT = 'tongket.campaign/1';
export const CAMPAIGN_MIMETYPE = 'application/vnd.tongket.campaign+zip';
export const CAMPAIGN_EXTENSION = '.tongket-campaign';
/** The campaign and its expected units: a CampaignBook as JSON. */
export const CAMPAIGN_ENTRY = 'campaign.json';

const SHA256 = z.string().regex(/^[0-9a-f]{64}$/, 'phải là SHA-256 dạng hex');

export const CampaignManifestSchema = z
  .object({
    format: z.literal(CAMPAIGN_FORMAT),
    campaignId: z.string().regex(/^[A-Z0-9][A-Z0-9-]{0,79}$/),
    templateId: z.string().min(1).max(80),
    templateVersion: z.number().int().min(1),
    issue: z.number().int().min(1).max(1000),
    issuer: z.object({ code: UNIT_CODE, name: z.string().min(1).max(200), level: z.string().min(1).max(40) }).strict(),
    derivedFrom: SHA256.nullable(),
    createdAt: z.iso.datetime(),
    appVersion: z.string().min(1).max(40),
    keyId: z.string().regex(/^[0-9A-F]{16}$/),
    signer: z.object({ name: z.string().max(100), title: z.string().max(100) }).strict(),
    files: z.array(ManifestFileSchema).max(60),
  })
  .strict()
  .refine((m) => m.files.every((f, i, a) => i === 0 || (a[i - 1] as { path: string }).path < f.path), {
    message: 'danh sách tệp phải sắp xếp theo đường dẫn, không trùng lặp',
  });

export type CampaignManifest = z.infer<typeof CampaignManifestSchema>;

export const campaignTrustedComment = (m: Pick<CampaignManifest, 'campaignId' | 'templateVersion' | 'issuer'>): string =>
  `campaign=${m.campaignId} version=${m.templateVersion} issuer=${m.issuer.code}`;

/** `<id>_v<version>.tongket-campaign` for the first issue, `<id>_v<version>_l<n>.tongket-campaign` after. */
export const campaignFileName = (campaignId: string, templateVersion: number, issue: number): string =>
  `${campaignId}_v${templateVersion}${issue > 1 ? `_l${issue}` : ''}${CAMPAIGN_EXTENSION}`;
