// The campaigns an install knows, for home and `tongket campaign list`: each with its deadlines, its
// state and this unit's own status in it. "The current campaign" is the profile's choice, nothing more.
import type { CampaignState, CampaignSummary } from '../../../shared/api/campaign-types';
import { isoDateInZone } from '../../../shared/format/vi';
import { AppError } from '../../../shared/errors';
import type { Unit } from '../../../shared/units/directory';
import type { ServiceContext } from '../context';
import { readProfile } from '../handlers/profile-handlers';

/**
 * The units expected to report in a campaign: as issued, or this unit's children in service for a
 * built-in one (a retired child that still sends a package shows as not expected, its history kept).
 * Names come from the directory, so a renamed unit shows its new name everywhere.
 */
export function expectedUnits(ctx: ServiceContext, campaignId: string): Unit[] {
  const meta = ctx.campaigns.meta(campaignId);
  if (meta?.units) return meta.units.map((u) => ctx.units.get(u.code) ?? u);
  const code = readProfile(ctx)?.unit.code;
  const retired = ctx.units.retired();
  // A retired unit that reported in this campaign keeps its place: its history is not rewritten.
  const reported = new Set(retired.size ? ctx.inbox.all(campaignId).filter((r) => r.state !== 'refused').map((r) => r.unitCode) : []);
  return code ? ctx.units.list().filter((u) => u.parentCode === code && (!retired.has(u.code) || reported.has(u.code))) : [];
}

export function listCampaigns(ctx: ServiceContext): CampaignSummary[] {
  const profile = readProfile(ctx);
  const today = isoDateInZone(ctx.clock());
  const reportStatus = ctx.db.prepare<[string, string], { revision: number; sent: number }>(
    `SELECT MAX(r.revision) AS revision, COUNT(e.id) AS sent FROM reports r LEFT JOIN exports e ON e.report_id = r.id
     WHERE r.campaign_id = ? AND r.unit_code = ? HAVING COUNT(r.id) > 0`,
  );
  return ctx.campaigns.list().map((meta): CampaignSummary => {
    const def = ctx.campaigns.get(meta.id);
    const own = profile ? def.deadlines.find((d) => d.levelId === profile.unit.levelId) : undefined;
    const deadline = own ? (own.send ?? own.finish) : null;
    const last = [...def.deadlines.map((d) => d.send ?? d.finish)].sort().at(-1) ?? null;
    const ends = deadline ?? last;
    const state: CampaignState = meta.held ? 'held' : ends !== null && ends < today ? 'past' : 'active';
    const mine = profile ? reportStatus.get(meta.id, profile.unit.code) : undefined;
    return {
      id: meta.id,
      title: def.title,
      templateVersion: meta.templateVersion,
      issue: meta.issue,
      issuer: meta.issuerCode,
      deadlines: def.deadlines,
      deadline,
      state,
      current: profile?.campaignId === meta.id,
      unit: { revision: mine?.revision ?? null, sent: mine?.sent ?? 0, decision: ctx.receipts.latest(meta.id)?.decision ?? null },
    };
  });
}

/** Chooses the campaign the editor and `draft` commands work on. A held campaign cannot be chosen yet. */
export function useCampaign(ctx: ServiceContext, id: string): CampaignSummary[] {
  const meta = ctx.campaigns.meta(id);
  if (!meta) throw new AppError('E_CAMPAIGN_UNKNOWN', `Không có đợt báo cáo «${id}» trong dữ liệu này. Xem danh sách bằng "tongket campaign list".`);
  if (meta.held) {
    throw new AppError('E_CAMPAIGN_ISSUER', `Đợt «${id}» đang tạm giữ: chưa xác nhận khóa của đơn vị ban hành. Hãy gọi điện cho cấp trên, đọc dấu vân tay và xác nhận khóa trước.`);
  }
  if (!readProfile(ctx)) throw new AppError('E_NOT_SETUP', 'Chưa thiết lập đơn vị báo cáo. Hãy chạy "tongket setup --unit MÃ_ĐƠN_VỊ" trước.');
  ctx.profiles.useCampaign(id, ctx.clock().toISOString());
  return listCampaigns(ctx);
}
