// Imports one package at a receiving unit: verify (nothing written), check campaign and unit, then
// one transaction that stores the bytes as received and applies the revision rules. Any refusal
// leaves the database exactly as it was.
import { AppError } from '../../../shared/errors';
import { formatDateTime } from '../../../shared/format/vi';
import type { ServiceContext } from '../context';
import { verifyPackage, type VerifiedPackage } from '../package/verify-package';
import type { NewInboxRow } from './inbox-repo';
import type { ImportLine, IncomingFile } from './import-types';
import { announcementOf, recordAnnouncement } from './announced-keys';
import { applyPlacement, placement } from './place-package';
import { checkHeldQuota, HELD_LIMITS } from './held-quota';
import { createdAfterReceived, RECEIVED_BASIS_VI } from '../../../shared/inbox/tracker-labels';
import { campaignFiles } from '../campaigns/campaign-store';

function checkKnown(ctx: ServiceContext, v: VerifiedPackage): void {
  const m = v.manifest;
  let campaign;
  try {
    campaign = ctx.campaigns.get(m.campaignId);
  } catch {
    throw new AppError('E_CAMPAIGN_UNKNOWN', `Gói thuộc đợt tổng kết «${m.campaignId}» mà máy này chưa có. Hãy cập nhật TongKet hoặc nạp mẫu của đợt đó trước.`);
  }
  // An older template version of an issued campaign still imports: the province adds up by field key.
  const older = campaign.template.id === m.templateId && m.templateVersion < campaign.template.version && campaignFiles(ctx.db).knowsVersion(m.campaignId, m.templateVersion);
  if (!older && (campaign.template.id !== m.templateId || campaign.template.version !== m.templateVersion)) {
    throw new AppError('E_TEMPLATE_MISMATCH', `Gói dùng mẫu «${m.templateId}» phiên bản ${m.templateVersion}, còn máy này dùng phiên bản ${campaign.template.version}. Hãy cập nhật TongKet để hai bên cùng phiên bản.`);
  }
  if (!ctx.units.get(m.unit.code)) {
    throw new AppError('E_UNIT_UNKNOWN', `Gói của đơn vị «${m.unit.code}» (${m.unit.name}) chưa có trong danh mục. Hãy thêm đơn vị vào danh mục rồi nhập lại.`);
  }
}

function rowOf(v: VerifiedPackage, file: IncomingFile, state: NewInboxRow['state'], now: string, bytes: Buffer): NewInboxRow {
  const m = v.manifest;
  return {
    campaignId: m.campaignId,
    unitCode: m.unit.code,
    revision: m.revision,
    manifestSha256: v.manifestSha256,
    packageSha256: v.packageSha256,
    keyId: m.keyId,
    fingerprint: v.fingerprint,
    signerName: m.signer.name,
    signerTitle: m.signer.title,
    createdAt: m.createdAt,
    receivedAt: file.receivedAt.toISOString(),
    receivedBasis: file.receivedBasis,
    source: file.source,
    state,
    manifestJson: v.manifestBytes.toString('utf8'),
    reportJson: JSON.stringify(v.report),
    package: bytes,
    importedAt: now,
  };
}

export async function importPackage(ctx: ServiceContext, file: IncomingFile): Promise<ImportLine> {
  const v = await verifyPackage(file.bytes, {
    lookupKey: (id) => ctx.keys.lookup(id),
    lookupCampaign: (id) => ctx.campaigns.find(id),
  });
  checkKnown(ctx, v);
  const m = v.manifest;
  const base = { source: file.source, unitCode: m.unit.code, revision: m.revision, keyId: m.keyId, fingerprint: v.fingerprint };
  const now = ctx.clock().toISOString();
  const notes = notesFor(ctx, v, file);

  return ctx.db.transaction((): ImportLine => {
    const existing = ctx.inbox.byManifest(v.manifestSha256);
    if (existing?.state === 'refused') {
      // Its bytes were dropped when its key was refused or its holding period ran out.
      return { ...base, outcome: 'duplicate', message: `Đã có: lần gửi ${m.revision} của ${m.unit.code} đã nhận lúc ${formatDateTime(new Date(existing.receivedAt))} và bị từ chối vì khóa ký chưa được xác nhận; không nhập lại. Hãy đăng ký khóa của đơn vị sau khi đối chiếu dấu vân tay, rồi đề nghị đơn vị gửi lần gửi mới.` };
    }
    if (existing) {
      return { ...base, outcome: 'duplicate', message: `Đã có: lần gửi ${m.revision} của ${m.unit.code} đã nhập lúc ${formatDateTime(new Date(existing.receivedAt))}; không nhập lại.` };
    }
    if (v.trust === 'unregistered') {
      checkHeldQuota(ctx, v.fingerprint, file.bytes.length);
      ctx.inbox.insert(rowOf(v, file, 'held', now, file.bytes));
      const announced = announcementOf(ctx, v.signerKey, m.unit.code);
      const which = announced ? `khóa mới mà đơn vị đã báo trước trong lần gửi ${announced.revision}` : 'khóa chưa đăng ký';
      return {
        ...base,
        outcome: 'held',
        message: `Tạm giữ: gói của ${m.unit.code} lần ${m.revision} ký bằng ${which} (dấu vân tay ${v.fingerprint}). Hãy gọi điện cho đơn vị để đối chiếu dấu vân tay, rồi xác nhận hoặc từ chối khóa trong ${HELD_LIMITS.days} ngày.${notes}`,
      };
    }
    const p = placement(ctx.inbox, m.campaignId, m.unit.code, m.revision);
    const id = ctx.inbox.insert(rowOf(v, file, 'superseded', now, file.bytes));
    applyPlacement(ctx.inbox, id, p);
    const found = lineFor(base, p, m.unit.code, m.revision);
    const line = { ...found, message: `${found.message}${notes}` };
    if (!v.nextKey) return line;
    const by = { unitCode: m.unit.code, keyId: m.keyId, manifestSha256: v.manifestSha256, revision: m.revision };
    return { ...line, message: `${line.message}${recordAnnouncement(ctx, v.nextKey, by)}` };
  })();
}

/**
 * What a person should look at, though it refuses nothing: the unit's name in the signed manifest is
 * not the directory's, or the package says it was made after the office received it.
 */
function notesFor(ctx: ServiceContext, v: VerifiedPackage, file: IncomingFile): string {
  const m = v.manifest;
  const notes: string[] = [];
  const listed = ctx.units.get(m.unit.code)?.name;
  if (listed && listed.normalize('NFC').trim() !== m.unit.name.normalize('NFC').trim()) {
    notes.push(` Chú ý: gói ghi tên đơn vị «${m.unit.name}», danh mục ghi «${listed}».`);
  }
  if (ctx.units.isRetired(m.unit.code)) {
    notes.push(` Chú ý: ${m.unit.code} đã thôi hoạt động trong danh mục; gói vẫn được nhập để giữ lịch sử, hãy kiểm tra lại đơn vị gửi.`);
  }
  if (createdAfterReceived(m.createdAt, file.receivedAt.toISOString())) {
    notes.push(` Chú ý: gói ghi lập lúc ${formatDateTime(new Date(m.createdAt))}, sau thời điểm nhận ${formatDateTime(file.receivedAt)} (${RECEIVED_BASIS_VI[file.receivedBasis]}): đồng hồ máy gửi hoặc thời điểm nhận không đúng.`);
  }
  return notes.join('');
}

export function lineFor(base: Omit<ImportLine, 'outcome' | 'message'>, p: ReturnType<typeof placement>, unit: string, revision: number): ImportLine {
  if (p.state === 'conflict') {
    return { ...base, outcome: 'conflict', code: 'E_REVISION_CONFLICT', message: `Xung đột: ${unit} đã có lần gửi ${revision} với nội dung khác. Đã lưu cả hai; hãy hỏi đơn vị bản nào đúng và đề nghị gửi lần ${revision + 1}.` };
  }
  if (p.state === 'superseded') {
    return { ...base, outcome: 'older', message: `Đã lưu lần gửi ${revision} của ${unit}, cũ hơn lần ${p.currentRevision} đang dùng.` };
  }
  if (p.replaces) {
    return { ...base, outcome: 'superseded', previousRevision: p.replaces.revision, message: `Đã nhận lần gửi ${revision} của ${unit}, thay cho lần ${p.replaces.revision}.` };
  }
  return { ...base, outcome: 'accepted', message: `Đã nhận lần gửi ${revision} của ${unit}.` };
}
