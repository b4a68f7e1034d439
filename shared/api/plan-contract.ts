// The rest of the province's plan over the contract (Plan 447 §IV.1): survey visits, conference
// speakers, commendations. Merged into `contract` (contract.ts); kept apart as one domain.
import { z } from 'zod';
import { isIsoDate } from '../campaign/check';
import type { CommendationsView, PlanDocResult, QuoteResult, SpeakersView, SurveyVisit } from '../plan/types';
import { UNIT_CODE } from '../units/directory';
import type { MethodDef } from './contract';

// The same helper as contract.ts; importing it from there would make the two modules load each other.
const method =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodDef<I, O> => ({ input });

const BASIS = z.enum(['accepted', 'received'], { error: 'Chọn "accepted" (bản đã chấp nhận) hoặc "received" (bản mới nhận).' }).default('accepted');
const ID = z.number().int().positive('Số thứ tự phải là số nguyên dương.');
const text = (max: number, what: string) => z.string().trim().max(max, `${what} tối đa ${max.toLocaleString('vi-VN')} ký tự.`);
const FIELD_KEY = z.string().trim().min(1).max(120);

/** A day as ISO (YYYY-MM-DD) or as people write it (dd/mm/yyyy); always ISO after parsing. */
export const PlanDate = z
  .string()
  .trim()
  .transform((s) => {
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
    return m ? `${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}` : s;
  })
  .refine(isIsoDate, 'Ngày chưa đúng: hãy ghi một ngày có thật theo dạng dd/mm/yyyy, ví dụ 05/06/2023.');

export const SurveyVisitInput = z
  .object({
    /** Absent: a new visit. */
    id: ID.optional(),
    unitCode: UNIT_CODE,
    dateFrom: PlanDate,
    dateTo: PlanDate,
    team: z.array(text(200, 'Mỗi thành viên đoàn').min(1, 'Tên thành viên đoàn không được để trống.')).min(1, 'Đoàn khảo sát cần ít nhất một thành viên.').max(30, 'Đoàn khảo sát tối đa 30 người.'),
    note: text(2_000, 'Ghi chú').default(''),
  })
  .strict()
  .refine((v) => v.dateFrom <= v.dateTo, { message: 'Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.', path: ['dateTo'] });

export const SurveyFindingInput = z
  .object({
    visitId: ID,
    /** Absent: a new finding of that visit. */
    id: ID.optional(),
    fieldKey: FIELD_KEY.nullable().default(null),
    text: text(10_000, 'Nội dung phát hiện').min(1, 'Hãy ghi nội dung phát hiện.'),
  })
  .strict();

export const CommendationInput = z
  .object({
    name: text(100, 'Họ và tên').min(1, 'Hãy ghi họ và tên người được đề nghị.'),
    position: text(200, 'Chức vụ').default(''),
    unit: text(300, 'Đơn vị').default(''),
    achievement: text(2_000, 'Thành tích').default(''),
  })
  .strict();

const CRITERIA = z.array(z.string().min(1).max(160)).max(8, 'Chọn tối đa 8 tiêu chí.');

export const planMethods = {
  listSurveyVisits: method<SurveyVisit[]>()(z.object({}).strict()),
  saveSurveyVisit: method<SurveyVisit>()(SurveyVisitInput),
  deleteSurveyVisit: method<{ deleted: number }>()(z.object({ id: ID }).strict()),
  saveSurveyFinding: method<SurveyVisit>()(SurveyFindingInput),
  deleteSurveyFinding: method<SurveyVisit>()(z.object({ id: ID }).strict()),
  /** Appends the finding to a narrative of the province's report, its source (visit, finding) recorded. */
  quoteSurveyFinding: method<QuoteResult>()(z.object({ findingId: ID, fieldKey: FIELD_KEY }).strict()),
  exportSurveyReport: method<PlanDocResult>()(z.object({}).strict()),

  getSpeakers: method<SpeakersView>()(z.object({ basis: BASIS }).strict()),
  setSpeakerCriteria: method<SpeakersView>()(z.object({ basis: BASIS, criteria: CRITERIA }).strict()),
  chooseSpeaker: method<SpeakersView>()(
    z.object({ basis: BASIS, unitCode: UNIT_CODE, reason: text(2_000, 'Lý do').min(5, 'Hãy ghi lý do lựa chọn (ít nhất 5 ký tự).') }).strict(),
  ),
  unchooseSpeaker: method<SpeakersView>()(z.object({ basis: BASIS, unitCode: UNIT_CODE }).strict()),
  /** The chosen units as a passage of a narrative of the province's report. */
  quoteSpeakers: method<QuoteResult>()(z.object({ basis: BASIS, fieldKey: FIELD_KEY }).strict()),
  exportSpeakers: method<PlanDocResult>()(z.object({ basis: BASIS }).strict()),

  getCommendations: method<CommendationsView>()(z.object({ basis: BASIS }).strict()),
  editCommendation: method<CommendationsView>()(
    z.object({ basis: BASIS, key: z.string().min(1).max(100), row: CommendationInput, excluded: z.boolean().default(false) }).strict(),
  ),
  addCommendation: method<CommendationsView>()(z.object({ basis: BASIS, row: CommendationInput }).strict()),
  /** Back to what the unit wrote (an added row is removed). */
  resetCommendation: method<CommendationsView>()(z.object({ basis: BASIS, key: z.string().min(1).max(100) }).strict()),
  exportCommendations: method<PlanDocResult>()(z.object({ basis: BASIS }).strict()),
};
