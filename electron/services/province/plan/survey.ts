// Survey visits (Plan 447 §IV.1: "Tổ chức khảo sát, đánh giá việc thực hiện Chương trình tại một số
// Công đoàn cấp trên trực tiếp cơ sở"): the visits planned (unit, dates, team), the findings written per
// unit — linked to a report field where they speak to one — and the findings quoted into the province's
// report with their source (visit, finding) in the audit trail.
import type { z } from 'zod';
import type { SurveyFindingInput, SurveyVisitInput } from '../../../../shared/api/plan-contract';
import { fieldIndex } from '../../../../shared/campaign/fields';
import { AppError } from '../../../../shared/errors';
import type { QuoteResult, SurveyFinding, SurveyVisit } from '../../../../shared/plan/types';
import type { ServiceContext } from '../../context';
import { planScope, unitName } from './plan-scope';
import { quotedFields, quoteIntoReport } from './quote';

interface VisitRow {
  id: number;
  unitCode: string;
  dateFrom: string;
  dateTo: string;
  teamJson: string;
  note: string;
  updatedAt: string;
}

interface FindingRow {
  id: number;
  visitId: number;
  fieldKey: string | null;
  text: string;
  updatedAt: string;
}

const VISIT_COLUMNS = 'id, unit_code AS unitCode, date_from AS dateFrom, date_to AS dateTo, team_json AS teamJson, note, updated_at AS updatedAt';
const FINDING_COLUMNS = 'f.id, f.visit_id AS visitId, f.field_key AS fieldKey, f.text, f.updated_at AS updatedAt';

const team = (json: string): string[] => {
  const v = JSON.parse(json) as unknown;
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
};

const surveySource = (visitId: number, findingId: number): `survey:${number}:${number}` => `survey:${visitId}:${findingId}`;

function checkField(ctx: ServiceContext, campaignId: string, key: string | null): void {
  if (key === null) return;
  if (!fieldIndex(ctx.campaigns.get(campaignId).template).has(key)) {
    throw new AppError('E_FIELD_UNKNOWN', `Mẫu báo cáo không có ô «${key}» để gắn kết quả khảo sát; hãy chọn một ô của báo cáo hoặc để trống.`, { field: key });
  }
}

function readVisits(ctx: ServiceContext, campaignId: string, only?: number): SurveyVisit[] {
  const { template } = ctx.campaigns.get(campaignId);
  const fields = fieldIndex(template);
  const visits = only === undefined
    ? ctx.db.prepare<[string], VisitRow>(`SELECT ${VISIT_COLUMNS} FROM survey_visits WHERE campaign_id = ? ORDER BY date_from, id`).all(campaignId)
    : ctx.db.prepare<[string, number], VisitRow>(`SELECT ${VISIT_COLUMNS} FROM survey_visits WHERE campaign_id = ? AND id = ?`).all(campaignId, only);
  const findings = ctx.db
    .prepare<[string], FindingRow>(`SELECT ${FINDING_COLUMNS} FROM survey_findings f JOIN survey_visits v ON v.id = f.visit_id WHERE v.campaign_id = ? ORDER BY f.id`)
    .all(campaignId);
  // The province's own report is written under its own unit code (read only: a listing creates nothing).
  const own = planScope(ctx).profile.unit.code;
  const quoted = quotedFields(ctx, campaignId, own, 'survey:');
  return visits.map((v) => ({
    id: v.id,
    unitCode: v.unitCode,
    unitName: unitName(ctx, v.unitCode),
    dateFrom: v.dateFrom,
    dateTo: v.dateTo,
    team: team(v.teamJson),
    note: v.note,
    updatedAt: v.updatedAt,
    findings: findings
      .filter((f) => f.visitId === v.id)
      .map(
        (f): SurveyFinding => ({
          id: f.id,
          visitId: f.visitId,
          fieldKey: f.fieldKey,
          fieldLabel: f.fieldKey ? (fields.get(f.fieldKey)?.label ?? f.fieldKey) : null,
          text: f.text,
          quotedInto: quoted.get(surveySource(v.id, f.id)) ?? [],
          updatedAt: f.updatedAt,
        }),
      ),
  }));
}

function oneVisit(ctx: ServiceContext, campaignId: string, id: number): SurveyVisit {
  const v = readVisits(ctx, campaignId, id)[0];
  if (!v) throw new AppError('E_SURVEY_UNKNOWN', `Không có chuyến khảo sát số ${id} trong đợt tổng kết này. Hãy mở lại danh sách khảo sát.`);
  return v;
}

export function listSurveyVisits(ctx: ServiceContext): SurveyVisit[] {
  return readVisits(ctx, planScope(ctx).campaign.id);
}

export function saveSurveyVisit(ctx: ServiceContext, input: z.output<typeof SurveyVisitInput>): SurveyVisit {
  const { campaign } = planScope(ctx);
  if (!ctx.units.get(input.unitCode)) throw new AppError('E_UNIT_UNKNOWN', `Không có đơn vị ${input.unitCode} trong danh mục; hãy chọn một đơn vị trực thuộc.`);
  const now = ctx.clock().toISOString();
  const teamJson = JSON.stringify(input.team);
  if (input.id === undefined) {
    const r = ctx.db
      .prepare('INSERT INTO survey_visits (campaign_id, unit_code, date_from, date_to, team_json, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(campaign.id, input.unitCode, input.dateFrom, input.dateTo, teamJson, input.note, now, now);
    return oneVisit(ctx, campaign.id, Number(r.lastInsertRowid));
  }
  ctx.db
    .prepare('UPDATE survey_visits SET unit_code = ?, date_from = ?, date_to = ?, team_json = ?, note = ?, updated_at = ? WHERE id = ? AND campaign_id = ?')
    .run(input.unitCode, input.dateFrom, input.dateTo, teamJson, input.note, now, input.id, campaign.id);
  // A visit of another campaign, or deleted meanwhile, is refused here by name.
  return oneVisit(ctx, campaign.id, input.id);
}

export function deleteSurveyVisit(ctx: ServiceContext, id: number): { deleted: number } {
  const { campaign } = planScope(ctx);
  oneVisit(ctx, campaign.id, id);
  ctx.db.prepare('DELETE FROM survey_visits WHERE id = ? AND campaign_id = ?').run(id, campaign.id);
  return { deleted: id };
}

export function saveSurveyFinding(ctx: ServiceContext, input: z.output<typeof SurveyFindingInput>): SurveyVisit {
  const { campaign } = planScope(ctx);
  oneVisit(ctx, campaign.id, input.visitId);
  checkField(ctx, campaign.id, input.fieldKey);
  const now = ctx.clock().toISOString();
  if (input.id === undefined) {
    ctx.db.prepare('INSERT INTO survey_findings (visit_id, field_key, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(input.visitId, input.fieldKey, input.text, now, now);
  } else {
    const r = ctx.db.prepare('UPDATE survey_findings SET field_key = ?, text = ?, updated_at = ? WHERE id = ? AND visit_id = ?').run(input.fieldKey, input.text, now, input.id, input.visitId);
    if (r.changes === 0) throw new AppError('E_SURVEY_UNKNOWN', `Chuyến khảo sát số ${input.visitId} không có kết quả số ${input.id}. Hãy mở lại danh sách khảo sát.`);
  }
  return oneVisit(ctx, campaign.id, input.visitId);
}

function findingOf(ctx: ServiceContext, campaignId: string, id: number): FindingRow {
  const f = ctx.db
    .prepare<[number, string], FindingRow>(`SELECT ${FINDING_COLUMNS} FROM survey_findings f JOIN survey_visits v ON v.id = f.visit_id WHERE f.id = ? AND v.campaign_id = ?`)
    .get(id, campaignId);
  if (!f) throw new AppError('E_SURVEY_UNKNOWN', `Không có kết quả khảo sát số ${id} trong đợt tổng kết này. Hãy mở lại danh sách khảo sát.`);
  return f;
}

export function deleteSurveyFinding(ctx: ServiceContext, id: number): SurveyVisit {
  const { campaign } = planScope(ctx);
  const f = findingOf(ctx, campaign.id, id);
  ctx.db.prepare('DELETE FROM survey_findings WHERE id = ?').run(id);
  return oneVisit(ctx, campaign.id, f.visitId);
}

/** The finding, introduced by the unit it was found at, appended to a narrative of the province's report. */
export function quoteSurveyFinding(ctx: ServiceContext, findingId: number, fieldKey: string): QuoteResult {
  const { campaign } = planScope(ctx);
  const f = findingOf(ctx, campaign.id, findingId);
  const visit = oneVisit(ctx, campaign.id, f.visitId);
  const passage = `Qua khảo sát tại ${visit.unitName}: ${f.text.trim()}`;
  return quoteIntoReport(ctx, fieldKey, passage, surveySource(visit.id, f.id));
}
