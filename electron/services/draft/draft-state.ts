// The current draft of this installation's unit, read in one place for every handler.
import type { DraftView } from '../../../shared/api/contract';
import type { CampaignDef } from '../../../shared/campaign/model';
import { AppError } from '../../../shared/errors';
import { reportProgress } from '../../../shared/report/progress';
import { validateReport } from '../../../shared/validation/engine';
import type { ServiceContext } from '../context';
import { requireProfile } from '../handlers/profile-handlers';
import type { ReportRow } from '../repos/report-repo';

export interface DraftState {
  campaign: CampaignDef;
  report: ReportRow;
}

export function currentDraft(ctx: ServiceContext): DraftState {
  const profile = requireProfile(ctx);
  const campaign = ctx.campaigns.get(profile.campaignId);
  const report = ctx.reports.latest(campaign.id, profile.unit.code, ctx.clock().toISOString());
  return { campaign, report };
}

export function editableDraft(ctx: ServiceContext): DraftState {
  const state = currentDraft(ctx);
  if (state.report.status === 'frozen') {
    throw new AppError(
      'E_REVISION_FROZEN',
      `Lần gửi ${state.report.revision} đã được xuất và khóa lại. Hãy mở lần sửa đổi mới (ghi lý do sửa) trước khi chỉnh sửa.`,
    );
  }
  return state;
}

export function draftView(ctx: ServiceContext, { campaign, report }: DraftState): DraftView {
  const values = ctx.reports.values(report.id);
  const explanations = ctx.reports.explanations(report.id);
  const rawInputs = ctx.reports.rawInputs(report.id);
  return {
    campaignId: campaign.id,
    unitCode: report.unitCode,
    revision: report.revision,
    status: report.status,
    values,
    explanations,
    rawInputs,
    validation: validateReport(campaign.template, values, explanations, rawInputs),
    progress: reportProgress(campaign.template, values),
    lastSavedAt: ctx.reports.lastSavedAt(report.id),
  };
}
