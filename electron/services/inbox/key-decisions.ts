// A person's decisions about keys at a receiving unit: register a unit's .pub after reading its
// fingerprint back over the phone, confirm or refuse a key first seen on a held package, and revoke.
// Every decision is about one FULL public key (held-keys.ts): it releases or refuses the packages and
// receipts signed by exactly that key and claiming exactly that unit, through the same revision rules.
import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';
import { refuseHeldCampaigns, releaseHeldCampaigns } from '../campaigns/campaign-import';
import { applyReceipt } from '../receipts/import-receipt';
import { unitHintOf } from '../../../shared/package/public-key-hint';
import { fingerprint, parsePublicKeyFile, type PublicKey } from '../signing/minisign';
import type { KeyDecision } from '../../../shared/api/inbox-types';
export type { KeyDecision };
import type { ImportLine } from './import-types';
import { lineFor } from './import-package';
import { announcedKey, settleAnnouncement } from './announced-keys';
import { heldByKey, heldKeyNamed, heldKeys, namesKey, normaliseFingerprint, type HeldKey } from './held-keys';
import { applyPlacement, placement } from './place-package';

const otherUnit = (unit: string, claimed: string, fp: string) =>
  `khóa ${fp} đã được công nhận cho ${unit}, không phải ${claimed}; không tính cho ${claimed}.`;

/**
 * Releases what `held` holds for `unitCode`, now that its key is registered for that unit. Rows of the
 * same key claiming another unit are refused: a unit's key never counts for another. In the caller's
 * transaction; a row another process settled meanwhile is left alone.
 */
function release(ctx: ServiceContext, unitCode: string, held: HeldKey | null): ImportLine[] {
  if (!held) return [];
  const lines: ImportLine[] = [];
  const fp = held.fingerprint;
  for (const row of held.packages) {
    if (ctx.inbox.byId(row.id)?.state !== 'held') continue;
    const base = { source: row.source, unitCode: row.unitCode, revision: row.revision, keyId: row.keyId, fingerprint: fp };
    if (row.unitCode !== unitCode) {
      ctx.inbox.setState(row.id, 'refused');
      ctx.inbox.dropContents(row.id, 'refused', otherUnit(unitCode, row.unitCode, fp), ctx.clock().toISOString());
      lines.push({ ...base, outcome: 'rejected', code: 'E_KEY_UNIT', message: `Đã từ chối gói ghi là của ${row.unitCode} lần ${row.revision}: ${otherUnit(unitCode, row.unitCode, fp)}` });
      continue;
    }
    const p = placement(ctx.inbox, row.campaignId, row.unitCode, row.revision);
    applyPlacement(ctx.inbox, row.id, p);
    lines.push(lineFor(base, p, row.unitCode, row.revision));
  }
  for (const r of held.receipts) {
    if (ctx.receipts.stateOf(r.id) !== 'held') continue;
    const source = r.receiptSha256.slice(0, 12);
    if (r.issuerCode !== unitCode) {
      ctx.receipts.refuse(r.id);
      lines.push({ source, outcome: 'rejected', code: 'E_KEY_UNIT', keyId: r.keyId, fingerprint: fp, message: `Đã từ chối biên nhận ghi là của ${r.issuerCode}: ${otherUnit(unitCode, r.issuerCode, fp)}` });
      continue;
    }
    applyReceipt(ctx, r);
    lines.push({ source, outcome: 'receipt', keyId: r.keyId, fingerprint: fp, message: `Đã áp dụng biên nhận lần gửi ${r.revision} của ${r.issuerName}.` });
  }
  return lines;
}

function trust(ctx: ServiceContext, unitCode: string, key: PublicKey, held: HeldKey | null): KeyDecision {
  return ctx.db.transaction((): KeyDecision => {
    const info = ctx.keys.registerForeign(unitCode, key, ctx.clock().toISOString());
    settleAnnouncement(ctx, key, unitCode);
    // Confirming the parent's key once serves its campaigns too (SPEC §9): those it held are applied.
    return { key: info, released: [...release(ctx, unitCode, held), ...releaseHeldCampaigns(ctx, unitCode, key)] };
  })();
}

const mismatch = (typed: string, name: string) =>
  // The right fingerprint is not repeated here: typing it must be a comparison, not a copy.
  new AppError('E_FINGERPRINT', `Dấu vân tay ${typed} không khớp khóa ${name}. Chưa xác nhận; hãy hỏi lại đơn vị và đọc chậm từng nhóm bốn ký tự.`);

export async function registerPublicKey(ctx: ServiceContext, pubText: string, confirmFingerprint: string, unitCode?: string): Promise<KeyDecision> {
  const key = parsePublicKeyFile(pubText);
  const code = unitCode ?? unitHintOf(pubText);
  if (!code) throw new AppError('E_INPUT', 'Tệp khóa không ghi mã đơn vị; hãy cho biết khóa này của đơn vị nào (--unit).');
  ctx.units.require(code);
  if (normaliseFingerprint(confirmFingerprint) !== normaliseFingerprint(fingerprint(key))) {
    throw new AppError('E_FINGERPRINT', `Dấu vân tay ${confirmFingerprint} không khớp khóa trong tệp. Chưa đăng ký; hãy hỏi lại đơn vị và đọc chậm từng nhóm bốn ký tự.`);
  }
  return trust(ctx, code, key, await heldByKey(ctx, key));
}

/**
 * Confirms the held key named by `ref` (its fingerprint, or its key id) whose fingerprint is the one
 * read over the phone. Under a key id several keys may be held; the fingerprint read picks the one.
 * A key whose packages claim several units needs the unit said (`unitCode`).
 */
export async function confirmHeldKey(ctx: ServiceContext, ref: string, confirmFingerprint: string, unitCode?: string): Promise<KeyDecision> {
  const named = await heldKeys(ctx, (keyId, fp) => namesKey(ref, keyId, fp));
  if (named.length === 0) throw new AppError('E_INPUT', `Không có gói hay biên nhận nào đang tạm giữ với khóa ${ref}. Xem "tongket key list".`);
  const typed = normaliseFingerprint(confirmFingerprint);
  const chosen = named.filter((h) => normaliseFingerprint(h.fingerprint) === typed);
  if (chosen.length === 0) throw mismatch(confirmFingerprint, ref);
  // Two keys with one fingerprint and one key id can only come from one maker: none of them is trusted.
  if (chosen.length > 1) throw new AppError('E_KEY_AMBIGUOUS', `Có ${chosen.length} khóa khác nhau cùng dấu vân tay ${confirmFingerprint}; không xác nhận khóa nào. Hãy đề nghị đơn vị tạo khóa mới.`);
  const held = chosen[0] as HeldKey;
  const unit = unitCode ?? (held.units.length === 1 ? held.units[0] : undefined);
  if (!unit) {
    throw new AppError('E_KEY_AMBIGUOUS', `Khóa ${held.fingerprint} ký gói ghi là của nhiều đơn vị (${held.units.join(', ')}). Một khóa chỉ thuộc một đơn vị: hãy cho biết đơn vị đã đọc dấu vân tay (--unit).`);
  }
  if (!held.units.includes(unit)) throw new AppError('E_INPUT', `Khóa ${held.fingerprint} không giữ gói nào của ${unit}; nó ký gói ghi là của ${held.units.join(', ')}.`);
  return trust(ctx, unit, held.key, held);
}

/** Confirms a key a unit announced, before (or without) any package signed by it: the same check by fingerprint. */
export async function confirmAnnouncedKey(ctx: ServiceContext, keyId: string, confirmFingerprint: string): Promise<KeyDecision> {
  const found = announcedKey(ctx, keyId);
  if (!found) throw new AppError('E_INPUT', `Không có khóa ${keyId} nào được báo trước đang chờ xác nhận.`);
  if (normaliseFingerprint(confirmFingerprint) !== normaliseFingerprint(fingerprint(found.key))) throw mismatch(confirmFingerprint, keyId);
  return trust(ctx, found.unitCode, found.key, await heldByKey(ctx, found.key));
}

/** Refuses the held key named by `ref`: every package, receipt and campaign file signed by exactly that key. */
export async function refuseHeldKey(ctx: ServiceContext, ref: string): Promise<KeyDecision> {
  const held = await heldKeyNamed(ctx, ref);
  const fp = held.fingerprint;
  const now = ctx.clock().toISOString();
  const released = ctx.db.transaction((): ImportLine[] => {
    const lines: ImportLine[] = [];
    for (const r of held.packages) {
      if (ctx.inbox.byId(r.id)?.state !== 'held') continue;
      ctx.inbox.setState(r.id, 'refused');
      // A refused package is not kept: its bytes go, its row and a line saying who refused it stay.
      ctx.inbox.dropContents(r.id, 'refused', `Khóa ${fp} không được công nhận.`, now);
      lines.push({ source: r.source, outcome: 'rejected', code: 'E_SIGNATURE', unitCode: r.unitCode, revision: r.revision, keyId: r.keyId, fingerprint: fp, message: `Đã từ chối gói ${r.unitCode} lần ${r.revision}: khóa ${fp} không được công nhận.` });
    }
    for (const r of held.receipts) {
      if (ctx.receipts.stateOf(r.id) !== 'held') continue;
      ctx.receipts.refuse(r.id);
      lines.push({ source: r.receiptSha256.slice(0, 12), outcome: 'rejected', code: 'E_SIGNATURE', keyId: r.keyId, fingerprint: fp, message: `Đã từ chối biên nhận ghi là của ${r.issuerCode}: khóa ${fp} không được công nhận.` });
    }
    // Campaign files from above held for exactly this key: refused; a campaign known only from them goes.
    if (held.campaigns.length) lines.push(...refuseHeldCampaigns(ctx, held.key));
    return lines;
  })();
  return { key: null, released };
}
