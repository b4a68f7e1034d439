import type { SaveResult } from '../../../shared/api/contract';
import { campaignForLevel } from '../../../shared/campaign/level-labels';
import { AppError } from '../../../shared/errors';
import { reportProgress } from '../../../shared/report/progress';
import type { RawCells } from '../../../shared/report/raw-inputs';
import { cleanText, parseFieldValue } from '../../../shared/report/values';
import { validateReport } from '../../../shared/validation/engine';
import type { ServiceContext } from '../context';
import { changesFromDraftFile, toDraftFile } from '../draft/draft-file-io';
import { currentDraft, draftView, editableDraft, type DraftState } from '../draft/draft-state';
import type { Change } from '../repos/report-repo';
import { requireProfile } from './profile-handlers';
import type { HandlerPart } from './types';

const cleanRaw = (raw: RawCells): RawCells => Object.fromEntries(Object.entries(raw).map(([cell, text]) => [cell, cleanText(text)]));

type DraftMethods = 'getCampaign' | 'getDraft' | 'saveField' | 'saveExplanation' | 'exportDraftFile' | 'loadDraft' | 'checkDraft';

export function draftHandlers(ctx: ServiceContext): HandlerPart<DraftMethods> {
  /** One autosave: a single transaction, then the new validation state for the editor. */
  function save({ campaign, report }: DraftState, changes: Change[], value: SaveResult['value']): SaveResult {
    const [change] = changes;
    if (!change) throw new AppError('E_INTERNAL', 'Không có thay đổi nào để lưu.');
    const now = ctx.clock().toISOString();
    ctx.reports.applyChanges(report.id, changes, 'editor', now);
    const values = ctx.reports.values(report.id);
    const explanations = ctx.reports.explanations(report.id);
    const rawInputs = ctx.reports.rawInputs(report.id);
    return {
      key: change.key,
      value,
      raw: change.target === 'field' ? (rawInputs[change.key] ?? null) : null,
      savedAt: ctx.reports.lastSavedAt(report.id) ?? now,
      validation: validateReport(campaign.template, values, explanations, rawInputs),
      progress: reportProgress(campaign.template, values),
    };
  }

  return {
    // As this unit's level reads it: the labels the campaign sets for the level (issue 16).
    getCampaign: () => {
      const profile = requireProfile(ctx);
      return campaignForLevel(ctx.campaigns.get(profile.campaignId), profile.unit.levelId);
    },
    getDraft: () => draftView(ctx, currentDraft(ctx)),
    saveField: ({ key, value: input, raw }) => {
      const state = editableDraft(ctx);
      const value = parseFieldValue(state.campaign.template, key, input);
      // The valid cells and the texts kept as typed are stored together, in one transaction. A save
      // without `raw` (the CLI, older callers) leaves the kept texts alone.
      const kept = raw === undefined ? [] : [{ target: 'raw' as const, key, next: Object.keys(raw).length ? JSON.stringify(cleanRaw(raw)) : null }];
      return save(state, [{ target: 'field', key, next: value === null ? null : JSON.stringify(value) }, ...kept], value);
    },
    saveExplanation: ({ ruleId, text }) => {
      const state = editableDraft(ctx);
      const rule = state.campaign.template.rules.find((r) => r.id === ruleId);
      if (!rule || rule.severity !== 'warning') {
        throw new AppError('E_RULE_UNKNOWN', `Không có cảnh báo «${ruleId}» trong mẫu báo cáo để giải trình.`);
      }
      const clean = cleanText(text).trim();
      return save(state, [{ target: 'explanation', key: ruleId, next: clean || null }], clean || null);
    },
    exportDraftFile: () => {
      const { campaign, report } = currentDraft(ctx);
      return toDraftFile(campaign, report, ctx.reports.values(report.id), ctx.reports.explanations(report.id));
    },
    loadDraft: ({ draft }) => {
      const state = editableDraft(ctx);
      const changes = changesFromDraftFile(state.campaign, state.report.unitCode, draft);
      // A field given a value by the file no longer keeps the text typed in it before.
      const kept = changes.filter((c) => c.target === 'field').map((c) => ({ target: 'raw' as const, key: c.key, next: null }));
      const changed = ctx.reports.applyChanges(state.report.id, [...changes, ...kept], 'load', ctx.clock().toISOString());
      return { draft: draftView(ctx, state), changed };
    },
    checkDraft: () => draftView(ctx, currentDraft(ctx)).validation,
  };
}
