// The receiving unit's reading desk over the contract: merged into `contract` (contract.ts), kept apart
// as one domain (read a received revision, compare two, decide from the report view, home at a glance).
import { z } from 'zod';
import type { MethodDef } from './contract';
import type { IssuedReceipt } from './inbox-types';
import type { ReceivedRevision, ReceivingHome, RevisionComparison, SavedPackageFile } from './review-types';

// The same helper as contract.ts; importing it from there would make the two modules load each other.
const method =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodDef<I, O> => ({ input });

const INBOX_ID = z.number({ error: 'Mã gói nhận phải là một số.' }).int().min(1).max(Number.MAX_SAFE_INTEGER);
const SHA256 = z.string().regex(/^[0-9a-f]{64}$/, 'Mã băm bản kê gồm 64 chữ số hệ mười sáu (chữ thường).');

export const reviewMethods = {
  openReceived: method<ReceivedRevision>()(z.object({ inboxId: INBOX_ID }).strict()),
  compareRevisions: method<RevisionComparison>()(z.object({ fromId: INBOX_ID, toId: INBOX_ID }).strict()),
  /** One signed file of a received package, written to the folder the host chooses. */
  savePackageFile: method<SavedPackageFile>()(z.object({ inboxId: INBOX_ID, path: z.string().min(1).max(200) }).strict()),
  /**
   * Accept or return the revision being read. Named by its manifest hash, so that a decision taken on
   * a page left open never lands on a newer revision that arrived meanwhile.
   */
  decideReceived: method<IssuedReceipt>()(
    z
      .object({
        inboxId: INBOX_ID,
        manifestSha256: SHA256,
        decision: z.enum(['accepted', 'returned']),
        comment: z.string().max(5_000, 'Tối đa 5.000 ký tự.'),
        fields: z.array(z.object({ key: z.string().min(1).max(120), comment: z.string().max(2_000, 'Mỗi góp ý tối đa 2.000 ký tự.') }).strict()).max(200),
      })
      .strict(),
  ),
  getReceivingHome: method<ReceivingHome>()(z.object({}).strict()),
};
