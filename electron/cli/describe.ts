// Plain-text rendering of a draft for the terminal, in Vietnamese number style.
import type { DraftView } from '../../shared/api/contract';
import { fieldIndex } from '../../shared/campaign/fields';
import type { CampaignDef } from '../../shared/campaign/model';
import { formatNumber } from '../../shared/format/vi';
import type { FieldValue } from '../../shared/report/values';
import type { ValidationResult } from '../../shared/validation/engine';

const PREVIEW = 70;

function preview(value: FieldValue | undefined): string {
  if (value === undefined) return '(trống)';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') {
    const flat = value.replace(/\s+/g, ' ');
    return flat.length > PREVIEW ? `${flat.slice(0, PREVIEW)}… (${formatNumber(value.length)} ký tự)` : flat;
  }
  if (value.length === 0) return '(trống)';
  return typeof value[0] === 'string' ? (value as string[]).join(', ') : `${formatNumber(value.length)} dòng`;
}

export function describeDraft(campaign: CampaignDef, draft: DraftView): string[] {
  const lines: string[] = [];
  const { template } = campaign;
  lines.push(`${campaign.title} — đơn vị ${draft.unitCode}, lần gửi ${draft.revision} (${draft.status === 'draft' ? 'đang soạn' : 'đã khóa'})`);
  const progress = new Map(draft.progress.map((p) => [p.partId, p]));
  const index = [...fieldIndex(template).values()];
  const parts = [...template.sections.map((s) => ({ id: s.id, title: `${s.number}. ${s.title}` })), { id: 'appendix', title: template.appendix.title }];
  for (const part of parts) {
    const p = progress.get(part.id);
    lines.push('', `${part.title}  [${p?.filled ?? 0}/${p?.total ?? 0}]`);
    for (const entry of index.filter((e) => e.sectionId === part.id)) {
      lines.push(`  ${entry.label}: ${preview(draft.values[entry.key])}`);
    }
  }
  lines.push('', ...describeValidation(draft.validation));
  return lines;
}

export function describeValidation(v: ValidationResult): string[] {
  const lines = [`Kiểm tra: ${v.errorCount} lỗi, ${v.warningCount} cảnh báo (${v.unexplainedCount} chưa giải trình).`];
  for (const issue of v.issues) {
    const tag = issue.severity === 'error' ? 'LỖI' : issue.explanation ? 'CẢNH BÁO (đã giải trình)' : 'CẢNH BÁO';
    lines.push(`- ${tag} [${issue.ruleId}] ${issue.message}`);
    if (issue.explanation) lines.push(`    Giải trình: ${issue.explanation}`);
  }
  return lines;
}
