// The province's campaign desk and the directory after 2025 over the contract (SPEC §9): merged into
// `contract` (contract.ts), kept apart as one domain.
import { z } from 'zod';
import type { MethodDef } from './contract';
import type { CampaignDiff, DeskDraft, DeskOverview, DeskWorkbookFile, DeskWorkbookResult, DirectoryChangeLine, DirectoryEntry, IssuedDeskCampaign } from './desk-types';
import { CALL_MAX_BYTES } from './limits';
import { UNIT_CODE } from '../units/directory';

// The same helper as contract.ts; importing it from there would make the two modules load each other.
const method =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodDef<I, O> => ({ input });

const Empty = z.object({}).strict();
const DRAFT_ID = z.number().int().positive();
const CAMPAIGN_ID = z.string().regex(/^[A-Z0-9][A-Z0-9-]{0,79}$/, 'Mã đợt chỉ gồm chữ in hoa không dấu, chữ số và dấu gạch ngang.');
const ISO_DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày ghi theo dạng ngày/tháng/năm, ví dụ 15/11/2027.');
const ISO_MONTH = z.string().regex(/^\d{4}-\d{2}$/, 'Tháng ghi theo dạng tháng/năm, ví dụ 06/2027.');
const line = (max: number) => z.string().trim().max(max, `Tối đa ${max} ký tự.`);
const required = (max: number) => line(max).min(1, 'Không được để trống.');
/** A workbook fits in one ordinary call: a campaign's is a few hundred kilobytes. */
const WorkbookUpload = z
  .object({ name: z.string().min(1).max(255), dataBase64: z.string().max(CALL_MAX_BYTES - 64 * 1024, 'Sổ tính quá lớn (tối đa khoảng 3 MB).') })
  .strict();

/** What changes every time, edited in the app; the template's structure changes in the workbook. */
export const DeskSettingsSchema = z
  .object({
    campaignId: CAMPAIGN_ID,
    title: required(500),
    summaryLine: required(1_000),
    opening: required(5_000),
    closing: line(2_000),
    issue: z.number().int().min(1).max(999),
    period: z.object({ from: ISO_MONTH, to: ISO_MONTH }).strict(),
    documents: z.array(z.object({ ref: required(120), date: ISO_DATE, issuer: required(300), title: required(1_000) }).strict()).max(100),
    deadlines: z.array(z.object({ levelId: required(40), finish: ISO_DATE, send: ISO_DATE.nullable() }).strict()).max(20),
    unitCodes: z.array(UNIT_CODE).max(5_000),
    sections: z
      .array(z.object({ number: z.number().int().min(1).max(100), title: required(500), guidance: z.array(line(5_000)).max(100) }).strict())
      .max(100),
  })
  .strict();
export type DeskSettings = z.output<typeof DeskSettingsSchema>;

const NAME = required(200);

export const deskMethods = {
  /** The directory with each unit's service state (retired units keep their history). */
  listDirectory: method<DirectoryEntry[]>()(Empty),
  renameUnit: method<DirectoryEntry>()(z.object({ code: UNIT_CODE, name: NAME, shortName: required(120).optional(), place: required(60).optional() }).strict()),
  retireUnit: method<DirectoryEntry>()(z.object({ code: UNIT_CODE }).strict()),
  exportDirectory: method<DeskWorkbookFile>()(Empty),
  importDirectory: method<DirectoryChangeLine[]>()(z.object({ file: WorkbookUpload }).strict()),
  deskOverview: method<DeskOverview>()(Empty),
  startDeskDraft: method<DeskWorkbookResult>()(z.union([z.object({ fromCampaign: CAMPAIGN_ID }).strict(), z.object({ deriveFrom: CAMPAIGN_ID }).strict(), z.object({ fromWorkbook: WorkbookUpload }).strict()])),
  getDeskDraft: method<DeskDraft>()(z.object({ id: DRAFT_ID }).strict()),
  saveDeskDraft: method<DeskDraft>()(z.object({ id: DRAFT_ID, settings: DeskSettingsSchema }).strict()),
  deleteDeskDraft: method<DeskOverview>()(z.object({ id: DRAFT_ID }).strict()),
  downloadDeskWorkbook: method<DeskWorkbookFile>()(z.object({ id: DRAFT_ID }).strict()),
  uploadDeskWorkbook: method<DeskWorkbookResult>()(z.object({ id: DRAFT_ID, file: WorkbookUpload }).strict()),
  compareDeskDraft: method<CampaignDiff>()(z.object({ id: DRAFT_ID }).strict()),
  issueDeskDraft: method<IssuedDeskCampaign>()(z.object({ id: DRAFT_ID }).strict()),
};
