// Conference speakers (Plan 447 §IV.1.2): the counted units ranked by the criteria the officer picked
// (kept per campaign), and the units chosen to speak, each with the reason. A choice is kept even when
// its unit stops being counted on the basis shown (listed apart), so nothing chosen disappears.
import type { Basis } from '../../../../shared/aggregate/types';
import { AppError } from '../../../../shared/errors';
import { pickCriteria, rankUnits, speakerCriteria } from '../../../../shared/plan/rank';
import { speakersPassage } from '../../../../shared/plan/documents';
import type { QuoteResult, SpeakersView } from '../../../../shared/plan/types';
import type { ServiceContext } from '../../context';
import { loadProvinceData } from '../province-data';
import { planScope, unitName } from './plan-scope';
import { quoteIntoReport } from './quote';

function storedCriteria(ctx: ServiceContext, campaignId: string): string[] {
  const row = ctx.db.prepare<[string], { criteriaJson: string }>('SELECT criteria_json AS criteriaJson FROM speaker_criteria WHERE campaign_id = ?').get(campaignId);
  if (!row) return [];
  const v = JSON.parse(row.criteriaJson) as unknown;
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

export function speakersView(ctx: ServiceContext, basis: Basis): SpeakersView {
  const { campaign } = planScope(ctx);
  const { template } = campaign;
  const available = speakerCriteria(template);
  // A criterion the campaign's template no longer has (a new version) is dropped from the view, not fatal.
  const known = new Set(available.map((c) => c.id));
  const picked = pickCriteria(template, storedCriteria(ctx, campaign.id).filter((id) => known.has(id)));
  const chosen = new Map(
    ctx.db
      .prepare<[string], { unitCode: string; reason: string }>('SELECT unit_code AS unitCode, reason FROM speakers WHERE campaign_id = ? ORDER BY chosen_at, unit_code')
      .all(campaign.id)
      .map((r) => [r.unitCode, r.reason]),
  );
  const counted = loadProvinceData(ctx, basis).aggregate.units.filter((u) => u.counted);
  const ranked = rankUnits(
    counted.map((u) => ({ unitCode: u.unitCode, unitName: u.unitName, values: u.values })),
    picked,
  );
  const inView = new Set(ranked.map((r) => r.unitCode));
  return {
    basis,
    available,
    picked: picked.map(({ id, label, kind, unit }) => ({ id, label, kind, unit })),
    rows: ranked.map((r) => ({ ...r, chosen: chosen.has(r.unitCode), reason: chosen.get(r.unitCode) ?? '' })),
    chosenElsewhere: [...chosen.entries()].filter(([code]) => !inView.has(code)).map(([code, reason]) => ({ unitCode: code, unitName: unitName(ctx, code), reason })),
  };
}

export function setSpeakerCriteria(ctx: ServiceContext, basis: Basis, criteria: string[]): SpeakersView {
  const { campaign } = planScope(ctx);
  const ids = pickCriteria(campaign.template, criteria).map((c) => c.id);
  ctx.db
    .prepare('INSERT INTO speaker_criteria (campaign_id, criteria_json, updated_at) VALUES (?, ?, ?) ON CONFLICT (campaign_id) DO UPDATE SET criteria_json = excluded.criteria_json, updated_at = excluded.updated_at')
    .run(campaign.id, JSON.stringify(ids), ctx.clock().toISOString());
  return speakersView(ctx, basis);
}

export function chooseSpeaker(ctx: ServiceContext, basis: Basis, unitCode: string, reason: string): SpeakersView {
  const { campaign } = planScope(ctx);
  const counted = loadProvinceData(ctx, basis).aggregate.units.some((u) => u.unitCode === unitCode && u.counted);
  const already = ctx.db.prepare<[string, string], { n: number }>('SELECT 1 AS n FROM speakers WHERE campaign_id = ? AND unit_code = ?').get(campaign.id, unitCode);
  if (!counted && !already) {
    throw new AppError('E_UNIT_UNKNOWN', `${unitName(ctx, unitCode)} chưa có báo cáo được tính nên chưa thể chọn báo cáo tham luận; hãy chấp nhận báo cáo của đơn vị trước, hoặc tính theo bản mới nhận.`);
  }
  ctx.db
    .prepare('INSERT INTO speakers (campaign_id, unit_code, reason, chosen_at) VALUES (?, ?, ?, ?) ON CONFLICT (campaign_id, unit_code) DO UPDATE SET reason = excluded.reason')
    .run(campaign.id, unitCode, reason, ctx.clock().toISOString());
  return speakersView(ctx, basis);
}

export function unchooseSpeaker(ctx: ServiceContext, basis: Basis, unitCode: string): SpeakersView {
  const { campaign } = planScope(ctx);
  const r = ctx.db.prepare('DELETE FROM speakers WHERE campaign_id = ? AND unit_code = ?').run(campaign.id, unitCode);
  if (r.changes === 0) throw new AppError('E_UNIT_UNKNOWN', `${unitName(ctx, unitCode)} không có trong danh sách báo cáo tham luận.`);
  return speakersView(ctx, basis);
}

export function quoteSpeakers(ctx: ServiceContext, basis: Basis, fieldKey: string): QuoteResult {
  const view = speakersView(ctx, basis);
  if (!view.rows.some((r) => r.chosen)) throw new AppError('E_INPUT', 'Chưa chọn đơn vị nào báo cáo tham luận; hãy chọn đơn vị và ghi lý do trước khi đưa vào báo cáo.');
  return quoteIntoReport(ctx, fieldKey, speakersPassage(view.rows), 'speakers');
}
