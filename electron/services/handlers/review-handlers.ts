import type { ServiceContext } from '../context';
import { decideReceived } from '../review/decide';
import { compareRevisions, openReceived, savePackageFile } from '../review/open-received';
import { receivingHome } from '../review/receiving-home';
import type { HandlerPart } from './types';

type ReviewMethods = 'openReceived' | 'compareRevisions' | 'savePackageFile' | 'decideReceived' | 'getReceivingHome';

export const reviewHandlers = (ctx: ServiceContext): HandlerPart<ReviewMethods> => ({
  openReceived: ({ inboxId }) => openReceived(ctx, inboxId),
  compareRevisions: ({ fromId, toId }) => compareRevisions(ctx, fromId, toId),
  savePackageFile: ({ inboxId, path }) => savePackageFile(ctx, inboxId, path),
  decideReceived: (req) => decideReceived(ctx, req),
  getReceivingHome: () => receivingHome(ctx),
});
