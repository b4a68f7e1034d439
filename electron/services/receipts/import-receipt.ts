// A reporting unit imports the receipt its report got from the level above. A returned report opens
// its next revision, with the province's comment as the reason, so the unit can correct and resend.
import { AppError } from '../../../shared/errors';
import { formatDateTime } from '../../../shared/format/vi';
import type { ServiceContext } from '../context';
import { requireProfile } from '../handlers/profile-handlers';
import type { ImportLine, IncomingFile } from '../inbox/import-types';
import type { ReceivedReceipt } from './received-repo';
import { verifyReceipt, type VerifiedReceipt } from './receipt-format';

function describe(r: Pick<ReceivedReceipt, 'decision' | 'revision' | 'issuerName' | 'decidedAt' | 'comment'>): string {
  const when = formatDateTime(new Date(r.decidedAt));
  return r.decision === 'accepted'
    ? `${r.issuerName} đã chấp nhận lần gửi ${r.revision} lúc ${when}.`
    : `${r.issuerName} đã trả lại lần gửi ${r.revision} lúc ${when}: ${r.comment || '(xem ý kiến ở từng ô)'}`;
}

/** Applies an accepted or returned decision to this unit's report. */
export function applyReceipt(ctx: ServiceContext, r: ReceivedReceipt): void {
  ctx.receipts.markApplied(r.id);
  if (r.decision !== 'returned') return;
  // The receipt's own campaign, which need not be the one being worked on now.
  const report = ctx.reports.latest(r.campaignId, requireProfile(ctx).unit.code, ctx.clock().toISOString());
  if (report.revision === r.revision && report.status === 'frozen') {
    ctx.reports.startRevision(report.id, `Sửa theo ý kiến trả lại của ${r.issuerName}: ${r.comment || 'xem ý kiến ở từng ô'}`.slice(0, 2_000), ctx.clock().toISOString());
  }
}

function check(ctx: ServiceContext, v: VerifiedReceipt): void {
  const profile = requireProfile(ctx);
  const r = v.receipt;
  if (r.unit.code !== profile.unit.code) {
    throw new AppError('E_RECEIPT', `Biên nhận này dành cho ${r.unit.code}, không phải ${profile.unit.code}.`);
  }
  if (profile.parent && r.issuer.code !== profile.parent.code) {
    throw new AppError('E_RECEIPT', `Biên nhận do ${r.issuer.code} cấp, không phải cấp trên ${profile.parent.code} của đơn vị.`);
  }
  const sent = ctx.exports.history(r.campaignId, profile.unit.code).some((e) => e.manifestSha256 === r.packageManifestSha256);
  if (!sent) throw new AppError('E_RECEIPT', `Biên nhận nói về lần gửi ${r.revision} nhưng không khớp gói nào đơn vị đã xuất.`);
}

/** Why a receipt waits: its key is unknown, or, plainly, it is not the key registered for the issuer. */
function heldMessage(ctx: ServiceContext, r: VerifiedReceipt['receipt'], fp: string): string {
  const registered = ctx.keys.list().filter((k) => !k.own && k.unitCode === r.issuer.code && k.status === 'active');
  if (registered.length === 0) {
    return `Tạm giữ biên nhận: khóa của ${r.issuer.code} chưa được xác nhận (dấu vân tay ${fp}). Hãy gọi điện đối chiếu rồi xác nhận khóa.`;
  }
  return `Tạm giữ biên nhận: ký bằng khóa có dấu vân tay ${fp}, KHÔNG phải khóa đã đăng ký của cấp trên ${r.issuer.code} (${registered.map((k) => k.fingerprint).join(', ')}). Quyết định trong biên nhận không được áp dụng; nếu cấp trên không dùng khóa này, hãy từ chối nó.`;
}

export async function importReceipt(ctx: ServiceContext, file: IncomingFile): Promise<ImportLine> {
  const v = await verifyReceipt(file.bytes, (id) => ctx.keys.lookup(id));
  check(ctx, v);
  const r = v.receipt;
  const base = { source: file.source, unitCode: r.unit.code, revision: r.revision, keyId: r.keyId, fingerprint: v.fingerprint };
  return ctx.db.transaction((): ImportLine => {
    // A re-zipped copy has other bytes but the same signed id and key: the same receipt.
    const same = ctx.receipts.bySha(v.sha256) ?? ctx.receipts.byReceiptId(r.receiptId, v.fingerprint);
    if (same) {
      const state = same.state === 'refused' ? ' và đã bị từ chối' : same.state === 'held' ? ' và đang tạm giữ' : '';
      return { ...base, outcome: 'duplicate', message: `Đã có: biên nhận này đã được nhập trước đó${state}; không nhập lại.` };
    }
    const row: Omit<ReceivedReceipt, 'id'> = {
      receiptSha256: v.sha256,
      receiptId: r.receiptId,
      campaignId: r.campaignId,
      revision: r.revision,
      manifestSha256: r.packageManifestSha256,
      decision: r.decision,
      comment: r.comment,
      fieldsJson: JSON.stringify(r.fields),
      issuerCode: r.issuer.code,
      issuerName: r.issuer.name,
      keyId: r.keyId,
      fingerprint: v.fingerprint,
      state: v.registered ? 'applied' : 'held',
      decidedAt: r.decidedAt,
      importedAt: ctx.clock().toISOString(),
    };
    const id = ctx.receipts.insert({ ...row, receipt: file.bytes });
    if (!v.registered) return { ...base, outcome: 'held', message: heldMessage(ctx, r, v.fingerprint) };
    applyReceipt(ctx, { ...row, id });
    return { ...base, outcome: 'receipt', message: describe(row) };
  })();
}

export { describe as describeReceipt };
