// A brand-new unit starts from the campaign file it received (SPEC §9): it picks its own unit among the
// campaign's expected units, the issuer becomes its parent, and with the fingerprint read over the phone
// the issuer's key is registered (for this campaign and its receipts); otherwise the campaign is held.
import type { CampaignFilePreview } from '../../../shared/api/campaign-types';
import type { Profile } from '../../../shared/api/contract';
import type { ImportLine } from '../../../shared/api/inbox-types';
import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';
import { readProfile, sealKeyFor, storeProfile } from '../handlers/profile-handlers';
import type { PublicKey } from '../signing/minisign';
import { useCampaign } from './campaign-list';
import { importVerifiedCampaign, releaseHeldCampaigns } from './campaign-import';
import { verifyCampaignFile, type VerifiedCampaignFile } from './campaign-file';
import { campaignFiles } from './campaign-store';

const normalise = (fp: string): string => fp.toUpperCase().replace(/[^0-9A-F]/g, '');

const mismatch = (typed: string) =>
  // The right fingerprint is not repeated: typing it must be a comparison, not a copy.
  new AppError('E_FINGERPRINT', `Dấu vân tay ${typed} không khớp khóa của đơn vị ban hành. Chưa xác nhận; hãy gọi lại cấp trên và đọc chậm từng nhóm bốn ký tự.`);

export async function previewCampaignFile(bytes: Buffer): Promise<CampaignFilePreview> {
  const v = await verifyCampaignFile(bytes);
  return {
    campaignId: v.manifest.campaignId,
    title: v.book.campaign.title,
    templateVersion: v.manifest.templateVersion,
    issue: v.manifest.issue,
    issuer: { code: v.manifest.issuer.code, name: v.manifest.issuer.name },
    fingerprint: v.fingerprint,
    units: v.book.units.map((u) => ({ code: u.code, name: u.name, shortName: u.shortName })),
  };
}

/** Registers the parent's key once a person confirmed it, and applies what it held. In one transaction. */
function trustParent(ctx: ServiceContext, parentCode: string, key: PublicKey): ImportLine[] {
  return ctx.db.transaction(() => {
    ctx.keys.registerForeign(parentCode, key, ctx.clock().toISOString());
    return releaseHeldCampaigns(ctx, parentCode, key);
  })();
}

function checkChoice(ctx: ServiceContext, v: VerifiedCampaignFile, unitCode: string): void {
  const unit = v.book.units.find((u) => u.code === unitCode);
  if (!unit) {
    throw new AppError('E_UNIT_UNKNOWN', `Đơn vị ${unitCode} không có trong danh sách đơn vị của đợt «${v.manifest.campaignId}» (${v.book.units.map((u) => u.code).join(', ')}). Hãy chọn đơn vị của mình trong danh sách đó.`);
  }
  const profile = readProfile(ctx);
  if (profile && profile.unit.code !== unitCode) {
    throw new AppError('E_UNIT_MISMATCH', `Máy này đã thiết lập cho ${profile.unit.code}; không đổi sang ${unitCode} bằng tệp đợt. Hãy nhập tệp đợt bằng "tongket import".`);
  }
}

export interface SetupFromCampaignResult {
  profile: Profile;
  line: ImportLine;
}

export async function setupFromCampaign(ctx: ServiceContext, bytes: Buffer, unitCode: string, typedFingerprint?: string, signer: { name?: string; title?: string } = {}): Promise<SetupFromCampaignResult> {
  const v = await verifyCampaignFile(bytes);
  checkChoice(ctx, v, unitCode);
  if (typedFingerprint !== undefined && normalise(typedFingerprint) !== normalise(v.fingerprint)) throw mismatch(typedFingerprint);
  const issuer = v.manifest.issuer;
  const unit = v.book.units.find((u) => u.code === unitCode) as (typeof v.book.units)[number];
  const now = ctx.clock().toISOString();
  const previous = readProfile(ctx);
  // Only the key's protection is asynchronous: done first, so that everything else is one transaction
  // and a failure anywhere leaves nothing half set up (no unit, profile, key or campaign).
  const key = await sealKeyFor(ctx, unitCode);
  const line = ctx.db.transaction((): ImportLine => {
    // The issuer becomes the parent: known from the directory, or from the file when it is not there.
    if (!ctx.units.get(issuer.code)) ctx.units.add({ code: issuer.code, name: issuer.name, shortName: issuer.name, levelId: issuer.level, parentCode: null, place: unit.place }, now);
    if (!ctx.units.get(unit.code)) ctx.units.add(unit, now);
    storeProfile(
      ctx,
      {
        unitCode,
        signerName: signer.name ?? previous?.signerName ?? '',
        signerTitle: signer.title ?? previous?.signerTitle ?? 'CHỦ TỊCH',
        authorityLine: previous?.authorityLine ?? 'TM. BAN THƯỜNG VỤ',
        documentNumber: previous?.documentNumber ?? '',
        documentSymbol: previous?.documentSymbol ?? 'BC-CĐ',
        place: previous?.place ?? unit.place,
      },
      key,
    );
    let result = importVerifiedCampaign(ctx, v, { source: `${v.manifest.campaignId}`, bytes, receivedAt: ctx.clock(), receivedBasis: 'import' });
    if (typedFingerprint !== undefined && result.outcome === 'held') result = trustParent(ctx, issuer.code, v.signerKey)[0] ?? result;
    if (ctx.campaigns.meta(v.manifest.campaignId)?.held === false) useCampaign(ctx, v.manifest.campaignId);
    return result;
  })();
  return { profile: readProfile(ctx) as Profile, line };
}

/**
 * Confirms the key of held campaign files by the fingerprint read over the phone: it must be the key
 * of this unit's parent that signed them. Registers it for the parent (its receipts too) and applies them.
 */
export async function confirmCampaignKey(ctx: ServiceContext, typedFingerprint: string): Promise<ImportLine[]> {
  const files = campaignFiles(ctx.db);
  const held = files.held();
  if (held.length === 0) throw new AppError('E_INPUT', 'Không có đợt báo cáo nào đang tạm giữ chờ xác nhận khóa.');
  const row = held.find((r) => normalise(r.fingerprint) === normalise(typedFingerprint));
  if (!row) throw mismatch(typedFingerprint);
  const parent = readProfile(ctx)?.parent?.code;
  if (!parent || parent !== row.issuerCode) throw new AppError('E_CAMPAIGN_ISSUER', `Đợt ${row.campaignId} do ${row.issuerCode} ban hành, không phải cấp trên của đơn vị.`);
  // The full key (with its id) as the kept file carries it, verified again.
  const v = await verifyCampaignFile(files.file(row.id) as Buffer);
  return trustParent(ctx, parent, v.signerKey);
}

/** True when a campaign file held here was signed by the key with this fingerprint. */
export const hasHeldCampaignSignedBy = (ctx: ServiceContext, typedFingerprint: string): boolean =>
  campaignFiles(ctx.db).held().some((r) => normalise(r.fingerprint) === normalise(typedFingerprint));
