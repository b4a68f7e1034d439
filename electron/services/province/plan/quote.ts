// Taking a passage of the plan's work (a survey finding, the speakers' list) into a narrative of the
// province's own report, as compiled passages are: appended to what is there, never replacing it, and
// the audit row of the change names where it came from.
import type { QuoteResult } from '../../../../shared/plan/types';
import { fieldIndex } from '../../../../shared/campaign/fields';
import { AppError } from '../../../../shared/errors';
import { parseFieldValue } from '../../../../shared/report/values';
import type { ServiceContext } from '../../context';
import { draftView, editableDraft } from '../../draft/draft-state';

export type PlanSource = `survey:${number}:${number}` | 'speakers';

export function quoteIntoReport(ctx: ServiceContext, fieldKey: string, passage: string, source: PlanSource): QuoteResult {
  const state = editableDraft(ctx);
  const { template } = state.campaign;
  const entry = fieldIndex(template).get(fieldKey);
  if (!entry || !('def' in entry) || entry.def.kind !== 'narrative') {
    throw new AppError('E_INPUT', `Ô «${fieldKey}» không nhận đoạn trích: chỉ chèn được vào phần viết (nội dung) của các mục.`);
  }
  const own = ctx.reports.values(state.report.id)[fieldKey];
  const next = typeof own === 'string' && own.trim() ? `${own.trimEnd()}\n${passage.trim()}` : passage.trim();
  const value = parseFieldValue(template, fieldKey, next);
  ctx.reports.applyChanges(state.report.id, [{ target: 'field', key: fieldKey, next: value === null ? null : JSON.stringify(value) }], source, ctx.clock().toISOString());
  return { key: fieldKey, source, draft: draftView(ctx, state) };
}

/** Which fields each source was quoted into, from the audit trail of the province's report (all revisions). */
export function quotedFields(ctx: ServiceContext, campaignId: string, unitCode: string, prefix: string): Map<string, string[]> {
  const rows = ctx.db
    .prepare<[string, string, string], { key: string; source: string }>(
      `SELECT a.key, a.source FROM audit_log a JOIN reports r ON r.id = a.report_id
       WHERE r.campaign_id = ? AND r.unit_code = ? AND a.target = 'field' AND a.source LIKE ? || '%' ORDER BY r.revision, a.id`,
    )
    .all(campaignId, unitCode, prefix);
  const out = new Map<string, string[]>();
  for (const r of rows) {
    const list = out.get(r.source) ?? [];
    if (!list.includes(r.key)) list.push(r.key);
    out.set(r.source, list);
  }
  return out;
}
