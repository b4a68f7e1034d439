// Accept or return the revision the province is reading, from the report view. The receipt is the
// tracker's (issueReceipt): same file, same field-comment format ({key, comment}), which the unit's
// editor links to its fields. Only the unit's current revision can be decided, and only the one read.
import type { IssuedReceipt } from '../../../shared/api/inbox-types';
import { fieldIndex } from '../../../shared/campaign/fields';
import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';
import { chooseFolder } from '../handlers/choose-folder';
import { requireProfile } from '../handlers/profile-handlers';
import { issueReceipt } from '../receipts/issue-receipt';
import { placedRow } from './reverify';

export interface DecideRequest {
  inboxId: number;
  manifestSha256: string;
  decision: 'accepted' | 'returned';
  comment: string;
  fields: { key: string; comment: string }[];
}

export async function decideReceived(ctx: ServiceContext, req: DecideRequest): Promise<IssuedReceipt> {
  const row = placedRow(ctx, req.inboxId);
  const profile = requireProfile(ctx);
  if (row.manifestSha256 !== req.manifestSha256) {
    throw new AppError('E_INPUT', 'Báo cáo đang xem không khớp gói đã nhận. Hãy mở lại báo cáo từ trang Theo dõi rồi quyết định.');
  }
  if (row.campaignId !== profile.campaignId || row.state !== 'current') {
    const now = ctx.inbox.current(profile.campaignId).find((r) => r.unitCode === row.unitCode);
    throw new AppError(
      'E_INPUT',
      now
        ? `Lần gửi ${row.revision} của ${row.unitCode} không còn là bản đang dùng (đã có lần ${now.revision}). Hãy mở lần ${now.revision} để chấp nhận hoặc trả lại.`
        : `Lần gửi ${row.revision} của ${row.unitCode} không phải bản đang dùng của đợt hiện tại, nên không chấp nhận hay trả lại được.`,
    );
  }
  const index = fieldIndex(ctx.campaigns.get(row.campaignId).template);
  const unknown = req.fields.find((f) => !index.has(f.key));
  if (unknown) throw new AppError('E_FIELD_UNKNOWN', `Góp ý gắn với ô «${unknown.key}» không có trong mẫu báo cáo. Hãy bấm vào đúng nội dung trong báo cáo để gắn góp ý.`);
  // One comment per field: the unit's editor shows them at the field; several on one are joined.
  const merged = new Map<string, string[]>();
  for (const f of req.fields) {
    const text = f.comment.trim();
    if (text) merged.set(f.key, [...(merged.get(f.key) ?? []), text]);
  }
  const fields = [...merged.entries()].map(([key, texts]) => ({ key, comment: texts.join('\n') }));
  return issueReceipt(ctx, { unitCode: row.unitCode, decision: req.decision, comment: req.comment, fields }, await chooseFolder(ctx, 'biên nhận'));
}
