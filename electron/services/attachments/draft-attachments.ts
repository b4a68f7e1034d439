// A unit's attachments to the revision it is writing (issue 17): checked by content and size when
// chosen, stored at once (a reload or a crash keeps them), removable until the export freezes the
// revision, and signed into the package as `attachments/<name>`.
import type { AttachmentInfo } from '../../../shared/api/attachment-types';
import { ATTACHMENT_LIMITS } from '../../../shared/api/attachment-types';
import { AppError } from '../../../shared/errors';
import { formatNumber } from '../../../shared/format/vi';
import type { ServiceContext } from '../context';
import { currentDraft, editableDraft } from '../draft/draft-state';
import { checkFileType } from '../package/attachments';
import { sha256Hex } from '../package/hashing';
import { attachmentName, sameFileName } from './attachment-name';

const mb = (bytes: number): string => `${formatNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`;

export function listDraftAttachments(ctx: ServiceContext): AttachmentInfo[] {
  return ctx.attachments.list(currentDraft(ctx).report.id);
}

/**
 * Checks one file and stores it with the current revision. The same file under the same name again is
 * no change (a repeated `tongket export --attach`); another file under a name already used is refused,
 * never silently put in its place.
 */
export async function addDraftAttachment(ctx: ServiceContext, rawName: string, data: Buffer): Promise<AttachmentInfo[]> {
  const name = attachmentName(rawName);
  const current = currentDraft(ctx).report;
  // Exporting a sent revision again with the same --attach is no change; anything else waits for n+1.
  const signed = current.status === 'frozen' ? ctx.attachments.list(current.id).find((a) => a.name === name && a.sha256 === sha256Hex(data)) : undefined;
  if (signed) return ctx.attachments.list(current.id);
  const { report } = editableDraft(ctx);
  if (data.length > ATTACHMENT_LIMITS.fileBytes) {
    throw new AppError('E_ATTACHMENT_SIZE', `Tệp «${name}» nặng ${mb(data.length)}, quá giới hạn ${mb(ATTACHMENT_LIMITS.fileBytes)} cho một tệp. Hãy quét lại với độ phân giải thấp hơn (200–300 dpi) hoặc chia nhỏ tệp.`);
  }
  const mediaType = await checkFileType(name, data);
  const sha256 = sha256Hex(data);
  const existing = ctx.attachments.list(report.id);
  const same = existing.find((a) => sameFileName(a.name, name));
  if (same) {
    if (same.sha256 === sha256) return existing;
    throw new AppError('E_ATTACHMENT_NAME', `Đã có tệp đính kèm tên «${same.name}». Hãy gỡ tệp đó trước, hoặc đổi tên tệp mới rồi đính kèm lại.`);
  }
  if (existing.length >= ATTACHMENT_LIMITS.count) {
    throw new AppError('E_ATTACHMENT_SIZE', `Mỗi lần gửi đính kèm tối đa ${ATTACHMENT_LIMITS.count} tệp. Hãy gộp các ảnh vào một tệp PDF.`);
  }
  const total = existing.reduce((s, a) => s + a.size, 0) + data.length;
  if (total > ATTACHMENT_LIMITS.totalBytes) {
    throw new AppError('E_ATTACHMENT_SIZE', `Các tệp đính kèm cộng lại nặng ${mb(total)}, quá giới hạn ${mb(ATTACHMENT_LIMITS.totalBytes)} của một gói. Hãy gỡ bớt tệp hoặc quét lại nhẹ hơn.`);
  }
  ctx.attachments.insert(report.id, { name, size: data.length, mediaType, sha256, data }, ctx.clock().toISOString());
  return ctx.attachments.list(report.id);
}

export function removeDraftAttachment(ctx: ServiceContext, name: string): AttachmentInfo[] {
  const { report } = editableDraft(ctx);
  if (!ctx.attachments.remove(report.id, name)) {
    throw new AppError('E_ATTACHMENT_UNKNOWN', `Không có tệp đính kèm tên «${name.slice(0, 80)}» (có thể đã được gỡ). Hãy tải lại trang.`);
  }
  return ctx.attachments.list(report.id);
}
