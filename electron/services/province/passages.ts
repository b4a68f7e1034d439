// The compilation: every unit's texts side by side, and taking one unit's passage into the province's
// own report. The passage is read from the exact package the drafter saw (by manifest hash) and the
// audit row of the change names that package, so the source of every sentence can be traced.
import { feedingCampaigns } from '../campaigns/derived-store';
import type { InsertResult } from '../../../shared/api/province-types';
import { compileSections, type CompiledSection } from '../../../shared/aggregate/compile';
import type { Basis } from '../../../shared/aggregate/types';
import { fieldIndex } from '../../../shared/campaign/fields';
import { AppError } from '../../../shared/errors';
import { parseFieldValue, type TableRow } from '../../../shared/report/values';
import type { ServiceContext } from '../context';
import { currentDraft, draftView, editableDraft } from '../draft/draft-state';
import { compileSource, draftAudit } from './draft-audit';
import { loadProvinceData, readUnitReport } from './province-data';

export function compilation(ctx: ServiceContext, basis: Basis): CompiledSection[] {
  const data = loadProvinceData(ctx, basis);
  const { report } = currentDraft(ctx);
  const audit = draftAudit(ctx, report.campaignId, report.unitCode);
  return compileSections(data.campaign.template, data.aggregate.units, data.reportOf, ctx.reports.values(report.id), audit.sources);
}

export interface InsertRequest {
  fieldKey: string;
  unitCode: string;
  manifestSha256: string;
}

const isRows = (v: unknown): v is TableRow[] => Array.isArray(v) && v.every((r) => typeof r === 'object' && r !== null && !Array.isArray(r));

export function insertPassage(ctx: ServiceContext, req: InsertRequest): InsertResult {
  const state = editableDraft(ctx);
  const { template } = state.campaign;
  const entry = fieldIndex(template).get(req.fieldKey);
  if (!entry || !('def' in entry) || (entry.def.kind !== 'narrative' && entry.def.kind !== 'table')) {
    throw new AppError('E_INPUT', `Ô «${req.fieldKey}» không nhận đoạn trích: chỉ chèn được vào phần viết (nội dung) hoặc bảng của các mục.`);
  }
  const row = ctx.inbox.byManifest(req.manifestSha256);
  if (!row || row.unitCode !== req.unitCode || !feedingCampaigns(ctx, state.campaign.id).includes(row.campaignId) || row.state === 'held' || row.state === 'refused') {
    throw new AppError('E_SOURCE_UNKNOWN', `Không có gói báo cáo đã nhận của ${req.unitCode} với mã băm ${req.manifestSha256.slice(0, 12)}… để trích. Hãy mở lại trang tổng hợp.`);
  }
  const passage = readUnitReport(ctx, row.id)?.values[req.fieldKey];
  const own = ctx.reports.values(state.report.id)[req.fieldKey];
  let next: unknown;
  if (entry.def.kind === 'narrative') {
    if (typeof passage !== 'string' || passage.trim() === '') throw new AppError('E_INPUT', `Báo cáo của ${req.unitCode} không có nội dung ở ô «${entry.label}».`);
    next = typeof own === 'string' && own.trim() ? `${own.trimEnd()}\n${passage.trim()}` : passage.trim();
  } else {
    if (!isRows(passage) || passage.length === 0) throw new AppError('E_INPUT', `Báo cáo của ${req.unitCode} không có dòng nào ở bảng «${entry.label}».`);
    next = [...(isRows(own) ? own : []), ...passage];
  }
  const value = parseFieldValue(template, req.fieldKey, next);
  ctx.reports.applyChanges(
    state.report.id,
    [{ target: 'field', key: req.fieldKey, next: value === null ? null : JSON.stringify(value) }],
    compileSource(row.unitCode, row.revision, row.manifestSha256),
    ctx.clock().toISOString(),
  );
  return { key: req.fieldKey, unitCode: row.unitCode, revision: row.revision, manifestSha256: row.manifestSha256, draft: draftView(ctx, state) };
}
