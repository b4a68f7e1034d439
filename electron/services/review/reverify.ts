// A received package is read again from the bytes the inbox stored, and verified again before anything
// of it is shown: by the very key it was placed under (named by its full public key, revoked since or
// not — what it signed then stays readable), and it must be the same manifest the inbox recorded.
import { basename } from 'node:path';
import type { PackageFile, RevisionState, RevisionSummary } from '../../../shared/api/review-types';
import { AppError } from '../../../shared/errors';
import { MANIFEST_ENTRY, REPORT_ENTRY } from '../../../shared/package/manifest';
import type { ServiceContext } from '../context';
import type { InboxRow } from '../inbox/inbox-repo';
import { requireReceiving } from '../inbox/receiving';
import { verifyPackage, type VerifiedPackage } from '../package/verify-package';
import { fingerprint } from '../signing/minisign';

const PLACED: readonly string[] = ['current', 'superseded', 'conflict'];

export interface Reopened {
  row: InboxRow & { state: RevisionState };
  verified: VerifiedPackage;
}

const notHeld = (id: number) =>
  new AppError('E_SOURCE_UNKNOWN', `Không có báo cáo đã nhận số ${id} để mở: gói chưa được nhận, đang tạm giữ chờ xác nhận khóa, hoặc đã bị từ chối. Hãy mở từ trang Theo dõi.`);

/** A placed row of the inbox (never a held or refused one), or a refusal a person can act on. */
export function placedRow(ctx: ServiceContext, inboxId: number): InboxRow & { state: RevisionState } {
  requireReceiving(ctx);
  const row = ctx.inbox.byId(inboxId);
  if (!row || !PLACED.includes(row.state)) throw notHeld(inboxId);
  return row as InboxRow & { state: RevisionState };
}

export async function reopen(ctx: ServiceContext, inboxId: number): Promise<Reopened> {
  const row = placedRow(ctx, inboxId);
  const stored = ctx.inbox.contents(row.id);
  const key = ctx.keys.get(row.keyId);
  if (!stored || stored.package.length === 0) throw notHeld(inboxId);
  if (!key || key.unitCode !== row.unitCode || fingerprint(key.publicKey) !== row.fingerprint) {
    throw new AppError('E_SIGNATURE', `Không còn khóa ${row.fingerprint} đã đăng ký cho ${row.unitCode} để kiểm tra lại gói lần ${row.revision}. Không hiển thị gói chưa kiểm tra; hãy đăng ký lại khóa của đơn vị sau khi đối chiếu dấu vân tay.`);
  }
  const verified = await verifyPackage(stored.package, {
    lookupKey: () => null,
    pinnedKey: key.publicKey,
    lookupCampaign: (id) => ctx.campaigns.find(id),
  });
  if (verified.manifestSha256 !== row.manifestSha256 || verified.manifest.unit.code !== row.unitCode) {
    throw new AppError('E_HASH', `Gói lần ${row.revision} của ${row.unitCode} lưu trên máy không còn khớp bản đã nhận. Không dùng gói này; hãy đề nghị đơn vị gửi lại.`);
  }
  return { row, verified };
}

/** Entries shown as documents: what the unit rendered and signed. */
const isDocument = (path: string): boolean => path.startsWith('render/');
/** Entries that are the package's own machinery, never offered as files. */
const isInternal = (path: string): boolean => path === REPORT_ENTRY || path.startsWith('keys/') || path === 'data/sources.json' || path === MANIFEST_ENTRY;

export const fileNameFor = (row: Pick<InboxRow, 'unitCode' | 'revision'>, path: string): string =>
  `${row.unitCode}_r${row.revision}_${basename(path).replace(/[^\p{L}\p{N}._-]/gu, '_')}`;

export function packageFiles(v: VerifiedPackage, row: InboxRow): { documents: PackageFile[]; attachments: PackageFile[] } {
  const files = v.manifest.files.filter((f) => !isInternal(f.path)).map((f) => ({ path: f.path, fileName: fileNameFor(row, f.path), size: f.size, mediaType: f.mediaType }));
  return { documents: files.filter((f) => isDocument(f.path)), attachments: files.filter((f) => !isDocument(f.path)) };
}

/** The reason the stored manifest gives (verified when the row was placed), without loading the package. */
function reasonOf(ctx: ServiceContext, id: number): string | null {
  const r = ctx.db
    .prepare<[number], { reason: unknown }>("SELECT json_extract(manifest_json, '$.reason') AS reason FROM inbox WHERE id = ? AND json_valid(manifest_json)")
    .get(id);
  return typeof r?.reason === 'string' ? r.reason : null;
}

/** Every placed revision of a unit in a campaign, oldest first, with the province's decision on each. */
export function revisionsOf(ctx: ServiceContext, campaignId: string, unitCode: string): RevisionSummary[] {
  return ctx.inbox.placed(campaignId, unitCode).map((r) => ({
    inboxId: r.id,
    revision: r.revision,
    state: r.state as RevisionState,
    receivedAt: r.receivedAt,
    receivedBasis: r.receivedBasis,
    reason: reasonOf(ctx, r.id),
    decision: ctx.inbox.lastReview(r.id)?.decision ?? null,
  }));
}
