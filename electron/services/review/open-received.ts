// Open, compare and save what a unit sent: every read goes through reopen(), the package verified
// again from the stored bytes, so the province never reads an unverified file.
import { join } from 'node:path';
import type { ReceivedRevision, RevisionComparison, SavedPackageFile } from '../../../shared/api/review-types';
import { AppError } from '../../../shared/errors';
import { createdAfterReceived } from '../../../shared/inbox/tracker-labels';
import { compareReports } from '../../../shared/review/compare';
import type { ServiceContext } from '../context';
import { writeFileAtomic } from '../fs/atomic-write';
import { chooseFolder } from '../handlers/choose-folder';
import { fileNameFor, packageFiles, reopen, revisionsOf } from './reverify';

function lastReview(ctx: ServiceContext, inboxId: number): ReceivedRevision['review'] {
  const r = ctx.inbox.lastReview(inboxId);
  if (!r) return null;
  let fields: { key: string; comment: string }[] = [];
  try {
    const parsed = JSON.parse(r.fieldsJson) as unknown;
    if (Array.isArray(parsed)) {
      fields = parsed.filter((f): f is { key: string; comment: string } => typeof f === 'object' && f !== null && typeof (f as { key?: unknown }).key === 'string' && typeof (f as { comment?: unknown }).comment === 'string');
    }
  } catch {
    fields = [];
  }
  return { decision: r.decision, comment: r.comment, fields, decidedAt: r.decidedAt };
}

export async function openReceived(ctx: ServiceContext, inboxId: number): Promise<ReceivedRevision> {
  const { row, verified } = await reopen(ctx, inboxId);
  const m = verified.manifest;
  const unit = ctx.units.get(row.unitCode) ?? { code: m.unit.code, name: m.unit.name, shortName: m.unit.name, levelId: m.unit.level, parentCode: null, place: '' };
  const parent = unit.parentCode ? ctx.units.get(unit.parentCode) : null;
  return {
    inboxId: row.id,
    unitCode: row.unitCode,
    unit,
    parent,
    revision: row.revision,
    state: row.state,
    manifestSha256: row.manifestSha256,
    packageSha256: row.packageSha256,
    keyId: row.keyId,
    fingerprint: verified.fingerprint,
    signer: { name: m.signer.name, title: m.signer.title },
    createdAt: m.createdAt,
    receivedAt: row.receivedAt,
    receivedBasis: row.receivedBasis,
    createdAfterReceived: createdAfterReceived(m.createdAt, row.receivedAt),
    reason: m.reason,
    templateVersion: m.templateVersion,
    values: verified.report.values,
    explanations: verified.report.explanations,
    ...packageFiles(verified, row),
    review: lastReview(ctx, row.id),
    revisions: revisionsOf(ctx, row.campaignId, row.unitCode),
  };
}

export async function compareRevisions(ctx: ServiceContext, fromId: number, toId: number): Promise<RevisionComparison> {
  const a = await reopen(ctx, fromId);
  const b = await reopen(ctx, toId);
  if (a.row.unitCode !== b.row.unitCode || a.row.campaignId !== b.row.campaignId) {
    throw new AppError('E_INPUT', `Chỉ so sánh được hai lần gửi của cùng một đơn vị trong cùng đợt (${a.row.unitCode} lần ${a.row.revision}, ${b.row.unitCode} lần ${b.row.revision}).`);
  }
  // Older first, whichever order the page named them in.
  const [from, to] = a.row.revision <= b.row.revision ? [a, b] : [b, a];
  const campaign = ctx.campaigns.get(from.row.campaignId);
  const revisions = revisionsOf(ctx, from.row.campaignId, from.row.unitCode);
  const summary = (id: number) => revisions.find((r) => r.inboxId === id) as (typeof revisions)[number];
  return {
    unitCode: from.row.unitCode,
    unitName: ctx.units.get(from.row.unitCode)?.shortName ?? from.verified.manifest.unit.name,
    from: summary(from.row.id),
    to: summary(to.row.id),
    reasons: revisions
      .filter((r) => r.revision > from.row.revision && r.revision <= to.row.revision && r.reason)
      .map((r) => ({ revision: r.revision, reason: r.reason ?? '' })),
    changes: compareReports(campaign.template, from.verified.report, to.verified.report),
    revisions,
  };
}

/** One signed file of the package (a document or an attachment), written where the host chooses. */
export async function savePackageFile(ctx: ServiceContext, inboxId: number, path: string): Promise<SavedPackageFile> {
  const { row, verified } = await reopen(ctx, inboxId);
  const { documents, attachments } = packageFiles(verified, row);
  const bytes = verified.files.get(path);
  if (!bytes || ![...documents, ...attachments].some((f) => f.path === path)) {
    throw new AppError('E_INPUT', `Gói lần ${row.revision} của ${row.unitCode} không có tệp «${path.slice(0, 200)}». Hãy chọn một tệp trong danh sách của báo cáo.`);
  }
  const fileName = fileNameFor(row, path);
  const target = join(await chooseFolder(ctx, 'tệp của báo cáo đã nhận'), fileName);
  writeFileAtomic(target, bytes);
  return { fileName, path: target, size: bytes.length };
}
