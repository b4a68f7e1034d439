// A person's decisions about keys at a receiving unit: register a unit's .pub after reading its
// fingerprint back over the phone, confirm or refuse a key first seen on a held package, and revoke.
// A confirmed key releases the packages and receipts it was holding, through the same revision rules.
import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';
import { verifyPackage } from '../package/verify-package';
import { applyReceipt } from '../receipts/import-receipt';
import { unitHintOf } from '../../../shared/package/public-key-hint';
import { fingerprint, parsePublicKeyFile, type PublicKey } from '../signing/minisign';
import type { KeyDecision } from '../../../shared/api/inbox-types';
export type { KeyDecision };
import type { ImportLine } from './import-types';
import { lineFor } from './import-package';
import { announcedKey, settleAnnouncement } from './announced-keys';
import { applyPlacement, placement } from './place-package';

const normalise = (fp: string): string => fp.toUpperCase().replace(/[^0-9A-F]/g, '');


/** Releases held packages and receipts signed by a key that has just been registered. */
function release(ctx: ServiceContext, keyId: string): ImportLine[] {
  const lines: ImportLine[] = [];
  for (const row of ctx.inbox.held().filter((r) => r.keyId === keyId)) {
    const p = placement(ctx.inbox, row.campaignId, row.unitCode, row.revision);
    applyPlacement(ctx.inbox, row.id, p);
    lines.push(lineFor({ source: row.source, unitCode: row.unitCode, revision: row.revision, keyId }, p, row.unitCode, row.revision));
  }
  for (const r of ctx.receipts.heldByKey(keyId)) {
    applyReceipt(ctx, r);
    lines.push({ source: r.receiptSha256.slice(0, 12), outcome: 'receipt', message: `Đã áp dụng biên nhận lần gửi ${r.revision} của ${r.issuerName}.` });
  }
  return lines;
}

export function registerPublicKey(ctx: ServiceContext, pubText: string, confirmFingerprint: string, unitCode?: string): KeyDecision {
  const key = parsePublicKeyFile(pubText);
  const code = unitCode ?? unitHintOf(pubText);
  if (!code) throw new AppError('E_INPUT', 'Tệp khóa không ghi mã đơn vị; hãy cho biết khóa này của đơn vị nào (--unit).');
  ctx.units.require(code);
  if (normalise(confirmFingerprint) !== normalise(fingerprint(key))) {
    // The right fingerprint is not repeated here: typing it must be a comparison, not a copy.
    throw new AppError('E_FINGERPRINT', `Dấu vân tay ${confirmFingerprint} không khớp khóa trong tệp. Chưa đăng ký; hãy hỏi lại đơn vị và đọc chậm từng nhóm bốn ký tự.`);
  }
  return ctx.db.transaction((): KeyDecision => {
    const info = ctx.keys.registerForeign(code, key, ctx.clock().toISOString());
    settleAnnouncement(ctx, key, code);
    return { key: info, released: release(ctx, info.keyId) };
  })();
}

/** The public key a held package or receipt carries, taken again from the stored bytes. */
async function heldKey(ctx: ServiceContext, keyId: string): Promise<{ unitCode: string; key: PublicKey }> {
  const row = ctx.inbox.held().find((r) => r.keyId === keyId);
  if (row) {
    const bytes = ctx.inbox.contents(row.id)?.package as Buffer;
    const v = await verifyPackage(bytes, { lookupKey: () => null });
    return { unitCode: row.unitCode, key: v.signerKey };
  }
  throw new AppError('E_INPUT', `Không có gói nào đang tạm giữ với khóa ${keyId}.`);
}

export async function confirmHeldKey(ctx: ServiceContext, keyId: string, confirmFingerprint: string): Promise<KeyDecision> {
  const { unitCode, key } = await heldKey(ctx, keyId);
  if (normalise(confirmFingerprint) !== normalise(fingerprint(key))) {
    throw new AppError('E_FINGERPRINT', `Dấu vân tay ${confirmFingerprint} không khớp khóa ${keyId}. Chưa xác nhận; hãy hỏi lại đơn vị.`);
  }
  return ctx.db.transaction((): KeyDecision => {
    const info = ctx.keys.registerForeign(unitCode, key, ctx.clock().toISOString());
    settleAnnouncement(ctx, key, unitCode);
    return { key: info, released: release(ctx, keyId) };
  })();
}

/** Confirms a key a unit announced, before (or without) any package signed by it: the same check by fingerprint. */
export function confirmAnnouncedKey(ctx: ServiceContext, keyId: string, confirmFingerprint: string): KeyDecision {
  const found = announcedKey(ctx, keyId);
  if (!found) throw new AppError('E_INPUT', `Không có khóa ${keyId} nào được báo trước đang chờ xác nhận.`);
  if (normalise(confirmFingerprint) !== normalise(fingerprint(found.key))) {
    throw new AppError('E_FINGERPRINT', `Dấu vân tay ${confirmFingerprint} không khớp khóa ${keyId}. Chưa xác nhận; hãy hỏi lại đơn vị và đọc chậm từng nhóm bốn ký tự.`);
  }
  return ctx.db.transaction((): KeyDecision => {
    const info = ctx.keys.registerForeign(found.unitCode, found.key, ctx.clock().toISOString());
    settleAnnouncement(ctx, found.key, found.unitCode);
    return { key: info, released: release(ctx, keyId) };
  })();
}

export function refuseHeldKey(ctx: ServiceContext, keyId: string): KeyDecision {
  const rows = ctx.inbox.held().filter((r) => r.keyId === keyId);
  if (rows.length === 0) throw new AppError('E_INPUT', `Không có gói nào đang tạm giữ với khóa ${keyId}.`);
  const now = ctx.clock().toISOString();
  // A refused package is not kept: its bytes go, its row and a line saying who refused it stay.
  ctx.db.transaction(() =>
    rows.forEach((r) => {
      ctx.inbox.setState(r.id, 'refused');
      ctx.inbox.dropContents(r.id, 'refused', `Khóa ${keyId} (dấu vân tay ${r.fingerprint}) không được công nhận.`, now);
    }),
  )();
  return {
    key: null,
    released: rows.map((r) => ({ source: r.source, outcome: 'rejected', code: 'E_SIGNATURE', unitCode: r.unitCode, revision: r.revision, message: `Đã từ chối gói ${r.unitCode} lần ${r.revision}: khóa ${keyId} không được công nhận.` })),
  };
}
