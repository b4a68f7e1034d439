import { addDraftAttachment, listDraftAttachments, removeDraftAttachment } from '../attachments/draft-attachments';
import { listReceivedAttachments, readReceivedAttachment, saveReceivedAttachment } from '../attachments/received-attachments';
import type { ServiceContext } from '../context';
import { chooseFolder } from './choose-folder';
import type { HandlerPart } from './types';

type AttachmentMethods = 'listAttachments' | 'addAttachment' | 'removeAttachment' | 'listReceivedAttachments' | 'readReceivedAttachment' | 'saveReceivedAttachment';

export const attachmentHandlers = (ctx: ServiceContext): HandlerPart<AttachmentMethods> => ({
  listAttachments: () => listDraftAttachments(ctx),
  // A file chosen or dropped in the window arrives as bytes: the page never hands the services a path.
  addAttachment: ({ name, dataBase64 }) => addDraftAttachment(ctx, name, Buffer.from(dataBase64, 'base64')),
  removeAttachment: ({ name }) => removeDraftAttachment(ctx, name),
  listReceivedAttachments: ({ unitCode, revision }) => listReceivedAttachments(ctx, unitCode, revision),
  readReceivedAttachment: ({ unitCode, revision, name }) => readReceivedAttachment(ctx, unitCode, revision, name),
  saveReceivedAttachment: async ({ unitCode, revision, name }) =>
    saveReceivedAttachment(ctx, await chooseFolder(ctx, 'tệp đính kèm'), unitCode, revision, name),
});
