// Attachments over the contract (issue 17): merged into `contract` (contract.ts), kept apart as one domain.
import { z } from 'zod';
import type { MethodDef } from './contract';
import type { AttachmentContent, AttachmentInfo, SavedAttachment } from './attachment-types';
import { ATTACHMENT_LIMITS } from './attachment-types';
import { UNIT_CODE } from '../units/directory';

// The same helper as contract.ts; importing it from there would make the two modules load each other.
const method =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodDef<I, O> => ({ input });

/** One attachment in base64: four characters for every three bytes. */
export const ATTACHMENT_MAX_BASE64 = Math.ceil((ATTACHMENT_LIMITS.fileBytes * 4) / 3) + 4;

const NAME = z.string().min(1, 'Thiếu tên tệp.').max(255, 'Tên tệp tối đa 255 ký tự.');
const Received = z.object({ unitCode: UNIT_CODE, revision: z.number().int().min(1).max(1000) }).strict();

export const attachmentMethods = {
  /** This unit's attachments to the revision being written (or the frozen one). */
  listAttachments: method<AttachmentInfo[]>()(z.object({}).strict()),
  /** A file chosen or dropped on the export page; checked (type by content, size) and stored at once. */
  addAttachment: method<AttachmentInfo[]>()(
    z.object({ name: NAME, dataBase64: z.string().max(ATTACHMENT_MAX_BASE64, 'Tệp quá lớn (tối đa 20 MB).') }).strict(),
  ),
  removeAttachment: method<AttachmentInfo[]>()(z.object({ name: NAME }).strict()),
  /** The attachments of a received package (a unit's revision), as its signed manifest lists them. */
  listReceivedAttachments: method<AttachmentInfo[]>()(Received),
  /** One received attachment's bytes, checked again against the signed manifest's hash. */
  readReceivedAttachment: method<AttachmentContent>()(Received.extend({ name: NAME }).strict()),
  /** One received attachment written to a folder the host chooses. */
  saveReceivedAttachment: method<SavedAttachment>()(Received.extend({ name: NAME }).strict()),
};
