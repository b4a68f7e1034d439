// The province's synthesis over the contract: merged into `contract` (contract.ts) so that the router,
// the preload and the renderer see one map. Kept apart because it is one domain with its own types.
import { z } from 'zod';
import type { CompiledSection } from '../aggregate/compile';
import type { Aggregate } from '../aggregate/types';
import { UNIT_CODE } from '../units/directory';
import type { MethodDef } from './contract';
import type { FillResult, InsertResult, ProvinceExportResult, ProvincePreviewResult } from './province-types';

// The same helper as contract.ts; importing it from there would make the two modules load each other.
const method =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodDef<I, O> => ({ input });

/** Latest accepted revision of each unit by default; the latest received when the province chooses. */
const BASIS = z.enum(['accepted', 'received'], { error: 'Chọn "accepted" (bản đã chấp nhận) hoặc "received" (bản mới nhận).' }).default('accepted');
const SHA256 = z.string().regex(/^[0-9a-f]{64}$/, 'Mã băm bản kê gồm 64 chữ số hệ mười sáu (chữ thường).');
const ByBasis = z.object({ basis: BASIS }).strict();

export const provinceMethods = {
  getAggregate: method<Aggregate>()(ByBasis),
  getCompilation: method<CompiledSection[]>()(ByBasis),
  fillProvinceDraft: method<FillResult>()(z.object({ basis: BASIS, overwrite: z.boolean().default(false) }).strict()),
  insertPassage: method<InsertResult>()(z.object({ fieldKey: z.string().min(1).max(120), unitCode: UNIT_CODE, manifestSha256: SHA256 }).strict()),
  previewProvinceReport: method<ProvincePreviewResult>()(ByBasis),
  exportProvinceReport: method<ProvinceExportResult>()(ByBasis),
};
