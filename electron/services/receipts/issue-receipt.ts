// The province accepts or returns a unit's current package: a signed receipt file to send back, and a
// review row for the tracker. The receipt is written before the review is recorded, so a recorded
// decision always has its file.
import { feedingCampaigns } from '../campaigns/derived-store';
import { join } from 'node:path';
import type { IssuedReceipt } from '../../../shared/api/inbox-types';
import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';
import { writeFileAtomic } from '../fs/atomic-write';
import { requireProfile } from '../handlers/profile-handlers';
import { sha256Hex } from '../package/hashing';
import { unlockOwnKey } from '../signing/unlock';
import { buildReceipt } from './receipt-format';

export interface ReceiptRequest {
  unitCode: string;
  decision: 'accepted' | 'returned';
  comment: string;
  fields: { key: string; comment: string }[];
}


export async function issueReceipt(ctx: ServiceContext, req: ReceiptRequest, folder: string): Promise<IssuedReceipt> {
  const profile = requireProfile(ctx);
  // From the campaign worked on, or one derived from it here (SPEC §9): the receipt names the package's own campaign.
  const row = feedingCampaigns(ctx, profile.campaignId)
    .flatMap((id) => ctx.inbox.current(id))
    .find((r) => r.unitCode === req.unitCode);
  if (!row) {
    throw new AppError('E_UNIT_UNKNOWN', `Chưa nhận báo cáo nào của ${req.unitCode} để chấp nhận hoặc trả lại. Xem "tongket status".`);
  }
  if (req.decision === 'returned' && req.comment.trim() === '' && req.fields.length === 0) {
    throw new AppError('E_INPUT', 'Trả lại báo cáo thì cần ghi ý kiến để đơn vị biết phải sửa gì.');
  }
  const unit = ctx.units.require(req.unitCode);
  const secret = await unlockOwnKey(ctx, profile.unit.code);
  const now = ctx.clock().toISOString();
  const { bytes, fileName } = await buildReceipt(
    {
      campaignId: row.campaignId,
      unit: { code: unit.code, name: unit.name },
      revision: row.revision,
      packageManifestSha256: row.manifestSha256,
      decision: req.decision,
      comment: req.comment.trim(),
      fields: req.fields,
      issuer: { code: profile.unit.code, name: profile.unit.name },
      decidedAt: now,
    },
    secret,
  );
  const path = join(folder, fileName);
  writeFileAtomic(path, bytes);
  ctx.inbox.addReview({
    inboxId: row.id,
    decision: req.decision,
    comment: req.comment.trim(),
    fieldsJson: JSON.stringify(req.fields),
    receiptName: fileName,
    receiptSha256: sha256Hex(bytes),
    decidedAt: now,
  });
  return { fileName, path, unitCode: unit.code, revision: row.revision, decision: req.decision };
}
