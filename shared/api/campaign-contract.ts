// Campaigns over the contract (SPEC §9): merged into `contract` (contract.ts), kept apart as one domain.
import { z } from 'zod';
import type { Profile } from './contract';
import type { MethodDef } from './contract';
import type { CampaignFilePreview, CampaignSummary } from './campaign-types';
import { UPLOAD_MAX_BASE64 } from './limits';
import { UNIT_CODE } from '../units/directory';

// The same helper as contract.ts; importing it from there would make the two modules load each other.
const method =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodDef<I, O> => ({ input });

const CAMPAIGN_ID = z.string().regex(/^[A-Z0-9][A-Z0-9-]{0,79}$/, 'Mã đợt chỉ gồm chữ in hoa không dấu, chữ số và dấu gạch ngang.');
const CampaignUpload = z.object({ name: z.string().min(1).max(255), dataBase64: z.string().max(UPLOAD_MAX_BASE64, 'Tệp quá lớn (tối đa 50 MB).') }).strict();
const FINGERPRINT = z.string().trim().min(1).max(80);

export const campaignMethods = {
  listCampaigns: method<CampaignSummary[]>()(z.object({}).strict()),
  useCampaign: method<CampaignSummary[]>()(z.object({ id: CAMPAIGN_ID }).strict()),
  /** First run: what a received campaign file holds, verified by its own signature only. */
  previewCampaignFile: method<CampaignFilePreview>()(z.object({ file: CampaignUpload }).strict()),
  /** First run: this install becomes `unitCode`, one of the file's expected units, under the issuer. */
  setupFromCampaign: method<Profile>()(z.object({ file: CampaignUpload, unitCode: UNIT_CODE, fingerprint: FINGERPRINT.optional() }).strict()),
};
