import type { ServiceContext } from '../context';
import { confirmCampaignKey, hasHeldCampaignSignedBy } from '../campaigns/campaign-setup';
import { importFiles } from '../inbox/import-files';
import { filesFromEml } from '../inbox/collect-files';
import type { IncomingFile } from '../inbox/import-types';
import { listAnnouncements } from '../inbox/announced-keys';
import { confirmAnnouncedKey, confirmHeldKey, refuseHeldKey, registerPublicKey } from '../inbox/key-decisions';
import { isReceiving, requireReceiving } from '../inbox/receiving';
import { trackerRows } from '../inbox/tracker';
import { exportTrackerXlsx } from '../inbox/tracker-xlsx';
import { issueReceipt } from '../receipts/issue-receipt';
import { chooseFolder } from './choose-folder';
import { requireProfile } from './profile-handlers';
import type { HandlerPart } from './types';

type InboxMethods =
  | 'getMode'
  | 'getTracker'
  | 'listHeld'
  | 'importUploads'
  | 'listKeys'
  | 'registerKey'
  | 'confirmKey'
  | 'refuseKey'
  | 'listAnnouncedKeys'
  | 'confirmAnnouncedKey'
  | 'revokeKey'
  | 'issueReceipt'
  | 'getReceiptStatus'
  | 'exportTracker';

export const inboxHandlers = (ctx: ServiceContext): HandlerPart<InboxMethods> => ({
  getMode: () => ({ receiving: isReceiving(ctx) }),
  getTracker: () => {
    requireReceiving(ctx);
    return trackerRows(ctx);
  },
  listHeld: () =>
    ctx.inbox.held().map((r) => ({ source: r.source, unitCode: r.unitCode, revision: r.revision, keyId: r.keyId, fingerprint: r.fingerprint, receivedAt: r.receivedAt })),
  // Files chosen or dropped in the window arrive as bytes: the renderer never hands the services a path.
  importUploads: async ({ files }) => {
    const now = ctx.clock();
    const incoming: IncomingFile[] = [];
    const skipped = [];
    for (const f of files) {
      const bytes = Buffer.from(f.dataBase64, 'base64');
      if (f.name.toLowerCase().endsWith('.eml')) {
        const r = await filesFromEml(f.name, bytes, now);
        incoming.push(...r.files);
        skipped.push(...r.skipped);
      } else {
        incoming.push({ source: f.name, bytes, receivedAt: now, receivedBasis: 'import' });
      }
    }
    return [...(await importFiles(ctx, incoming)), ...skipped];
  },
  listKeys: () => ctx.keys.list(),
  registerKey: ({ publicKeyText, fingerprint, unitCode }) => registerPublicKey(ctx, publicKeyText, fingerprint, unitCode),
  // The fingerprint of the key chosen in the list names it; the key id alone may be shared by a forgery.
  // A campaign from the parent held for its key is confirmed the same way, by the fingerprint read.
  confirmKey: async ({ keyId, keyFingerprint, fingerprint, unitCode }) =>
    hasHeldCampaignSignedBy(ctx, fingerprint) ? { key: null, released: await confirmCampaignKey(ctx, fingerprint) } : confirmHeldKey(ctx, keyFingerprint ?? keyId, fingerprint, unitCode),
  listAnnouncedKeys: () => listAnnouncements(ctx),
  confirmAnnouncedKey: ({ keyId, fingerprint }) => confirmAnnouncedKey(ctx, keyId, fingerprint),
  refuseKey: ({ keyId, keyFingerprint }) => refuseHeldKey(ctx, keyFingerprint ?? keyId),
  revokeKey: ({ keyId }) => ctx.keys.revoke(keyId, ctx.clock().toISOString()),
  issueReceipt: async (req) => {
    return issueReceipt(ctx, req, await chooseFolder(ctx, 'biên nhận'));
  },
  getReceiptStatus: () => {
    const r = ctx.receipts.latest(requireProfile(ctx).campaignId);
    return r
      ? { decision: r.decision, revision: r.revision, comment: r.comment, fields: JSON.parse(r.fieldsJson) as { key: string; comment: string }[], issuerName: r.issuerName, decidedAt: r.decidedAt }
      : null;
  },
  exportTracker: async () => {
    requireReceiving(ctx);
    return exportTrackerXlsx(ctx, await chooseFolder(ctx, 'bảng theo dõi'));
  },
});
