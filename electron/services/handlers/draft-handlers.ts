import type { SaveResult } from '../../../shared/api/contract';
import { AppError } from '../../../shared/errors';
import { reportProgress } from '../../../shared/report/progress';
import { cleanText, parseFieldValue } from '../../../shared/report/values';
import { validateReport } from '../../../shared/validation/engine';
import type { ServiceContext } from '../context';
import { changesFromDraftFile, toDraftFile } from '../draft/draft-file-io';
import { currentDraft, draftView, editableDraft, type DraftState } from '../draft/draft-state';
import type { Change } from '../repos/report-repo';
import { requireProfile } from './profile-handlers';
import type { HandlerPart } from './types';

type DraftMethods = 'getCampaign' | 'getDraft' | 'saveField' | 'saveExplanation' | 'exportDraftFile' | 'loadDraft' | 'checkDraft';

export function draftHandlers(ctx: ServiceContext): HandlerPart<DraftMethods> {
  /** One autosave: a single transaction, then the new validation state for the editor. */
  function save({ campaign, report }: DraftState, change: Change, value: SaveResult['value']): SaveResult {
    const now = ctx.clock().toISOString();
    ctx.reports.applyChanges(report.id, [change], 'editor', now);
    const values = ctx.reports.values(report.id);
    const explanations = ctx.reports.explanations(report.id);
    return {
      key: change.key,
      value,
      savedAt: ctx.reports.lastSavedAt(report.id) ?? now,
      validation: validateReport(campaign.template, values, explanations),
      progress: reportProgress(campaign.template, values),
    };
  }

  return {
    getCampaign: () => ctx.campaigns.get(requireProfile(ctx).campaignId),
    getDraft: () => draftView(ctx, currentDraft(ctx)),
    saveField: ({ key, value: raw }) => {
      const state = editableDraft(ctx);
      const value = parseFieldValue(state.campaign.template, key, raw);
      return save(state, { target: 'field', key, next: value === null ? null : JSON.stringify(value) }, value);
    },
    saveExplanation: ({ ruleId, text }) => {
      const state = editableDraft(ctx);
      const rule = state.campaign.template.rules.find((r) => r.id === ruleId);
      if (!rule || rule.severity !== 'warning') {
        throw new AppError('E_RULE_UNKNOWN', `Không có cảnh báo «${ruleId}» trong mẫu báo cáo để giải trình.`);
      }
      const clean = cleanText(text).trim();
      return save(state, { target: 'explanation', key: ruleId, next: clean || null }, clean || null);
    },
    exportDraftFile: () => {
      const { campaign, report } = currentDraft(ctx);
      return toDraftFile(campaign, report, ctx.reports.values(report.id), ctx.reports.explanations(report.id));
    },
    loadDraft: ({ draft }) => {
      const state = editableDraft(ctx);
      const changes = changesFromDraftFile(state.campaign, state.report.unitCode, draft);
      const changed = ctx.reports.applyChanges(state.report.id, changes, 'load', ctx.clock().toISOString());
      return { draft: draftView(ctx, state), changed };
    },
    checkDraft: () => draftView(ctx, currentDraft(ctx)).validation,
  };
}
