// Pre-fills the province's own report from the totals: one transaction, each written field with an
// audit row whose source is "aggregate", so that a later pre-fill knows which numbers it may update
// and which a person typed.
import type { FillResult, KeptValue } from '../../../shared/api/province-types';
import { planPrefill } from '../../../shared/aggregate/prefill';
import type { Basis } from '../../../shared/aggregate/types';
import { fieldLabel } from '../../../shared/campaign/fields';
import { AppError } from '../../../shared/errors';
import { parseFieldValue } from '../../../shared/report/values';
import type { ServiceContext } from '../context';
import { draftView, editableDraft } from '../draft/draft-state';
import type { Change } from '../repos/report-repo';
import { draftAudit } from './draft-audit';
import { loadProvinceData, type ProvinceData } from './province-data';

export function fillProvinceDraft(ctx: ServiceContext, basis: Basis, overwrite: boolean, data: ProvinceData = loadProvinceData(ctx, basis)): FillResult {
  const state = editableDraft(ctx);
  const { template } = state.campaign;
  const { report } = state;
  const plan = planPrefill(data.aggregate.totals, ctx.reports.values(report.id), draftAudit(ctx, report.campaignId, report.unitCode).originOf, overwrite);
  const changes: Change[] = [];
  const refused: FillResult['refused'] = [];
  for (const c of plan.changes) {
    try {
      const v = c.next === null ? null : parseFieldValue(template, c.key, c.next);
      changes.push({ target: 'field', key: c.key, next: v === null ? null : JSON.stringify(v) });
    } catch (e) {
      refused.push({ key: c.key, message: e instanceof AppError ? e.message : String(e) });
    }
  }
  const changed = ctx.reports.applyChanges(report.id, changes, 'aggregate', ctx.clock().toISOString());
  const kept: KeptValue[] = plan.kept.map((k) => ({ ...k, label: fieldLabel(template, k.key) }));
  return { basis, changed, unchanged: plan.unchanged, kept, refused, draft: draftView(ctx, state) };
}
