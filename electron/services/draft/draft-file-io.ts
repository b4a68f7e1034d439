// Turning the stored draft into the draft file and back. Loading checks everything before writing
// anything, and lists every problem at once so that a user can fix a file in one pass.
import type { CampaignDef } from '../../../shared/campaign/model';
import { fieldIndex } from '../../../shared/campaign/fields';
import { AppError } from '../../../shared/errors';
import { DRAFT_FORMAT, DraftFileSchema, type DraftFile } from '../../../shared/report/draft-file';
import { cleanText, parseFieldValue } from '../../../shared/report/values';
import type { ReportValues } from '../../../shared/report/values';
import type { Change, ReportRow } from '../repos/report-repo';

export function toDraftFile(
  campaign: CampaignDef,
  report: ReportRow,
  values: ReportValues,
  explanations: Record<string, string>,
): DraftFile {
  const orderedValues: Record<string, unknown> = {};
  for (const key of fieldIndex(campaign.template).keys()) if (key in values) orderedValues[key] = values[key];
  const orderedExplanations: Record<string, string> = {};
  for (const rule of campaign.template.rules) {
    const text = explanations[rule.id];
    if (text !== undefined) orderedExplanations[rule.id] = text;
  }
  return {
    format: DRAFT_FORMAT,
    campaignId: campaign.id,
    templateId: campaign.template.id,
    templateVersion: campaign.template.version,
    unitCode: report.unitCode,
    revision: report.revision,
    values: orderedValues,
    explanations: orderedExplanations,
  };
}

/** The changes that make the stored draft equal to the file. Throws before anything is written. */
export function changesFromDraftFile(campaign: CampaignDef, unitCode: string, raw: unknown): Change[] {
  const parsed = DraftFileSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => {
      const path = i.path.join('.') || '(gốc)';
      const msg = i.code === 'unrecognized_keys' ? `khóa không được phép: ${i.keys.join(', ')}` : i.message;
      return `${path}: ${msg}`;
    });
    throw new AppError('E_DRAFT_FORMAT', `Tệp báo cáo không đúng định dạng: ${problems.join('; ')}.`, { problems });
  }
  const file = parsed.data;
  const { template } = campaign;
  if (file.campaignId !== campaign.id) {
    throw new AppError('E_CAMPAIGN_MISMATCH', `Tệp thuộc đợt tổng kết «${file.campaignId}», không phải đợt đang làm «${campaign.id}».`);
  }
  if (file.templateId !== template.id || file.templateVersion !== template.version) {
    throw new AppError(
      'E_TEMPLATE_MISMATCH',
      `Tệp theo mẫu «${file.templateId}» phiên bản ${file.templateVersion}, còn dữ liệu đang dùng mẫu «${template.id}» phiên bản ${template.version}.`,
    );
  }
  if (file.unitCode !== unitCode) {
    throw new AppError('E_UNIT_MISMATCH', `Tệp là báo cáo của đơn vị «${file.unitCode}», không phải của đơn vị đang dùng «${unitCode}».`);
  }

  const problems: string[] = [];
  const changes: Change[] = [];
  const index = fieldIndex(template);
  for (const key of Object.keys(file.values)) {
    if (!index.has(key)) problems.push(`values.${key}: không có ô này trong mẫu báo cáo`);
  }
  for (const key of index.keys()) {
    if (!(key in file.values)) {
      changes.push({ target: 'field', key, next: null });
      continue;
    }
    try {
      const v = parseFieldValue(template, key, file.values[key]);
      changes.push({ target: 'field', key, next: v === null ? null : JSON.stringify(v) });
    } catch (e) {
      problems.push(`values.${key}: ${(e as AppError).message}`);
    }
  }
  const warnings = new Set(template.rules.filter((r) => r.severity === 'warning').map((r) => r.id));
  for (const ruleId of Object.keys(file.explanations)) {
    if (!warnings.has(ruleId)) problems.push(`explanations.${ruleId}: không có cảnh báo này trong mẫu báo cáo`);
  }
  for (const ruleId of warnings) {
    // Cleaned as the editor cleans it (saveExplanation): the file's raw text is never stored.
    const text = cleanText(file.explanations[ruleId] ?? '').trim();
    changes.push({ target: 'explanation', key: ruleId, next: text ? text : null });
  }
  if (problems.length > 0) {
    throw new AppError('E_FIELD_VALUE', `Tệp báo cáo có ${problems.length} chỗ sai, chưa nạp gì: ${problems.join('; ')}.`, { problems });
  }
  return changes;
}
