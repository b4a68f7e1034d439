// Storage bounds for packages held for a key nobody has confirmed yet (issue 12). Anyone can sign with
// a key of their own and send it: held packages are the one place a stranger's bytes are stored. Each
// unknown key gets a few packages and a bounded size; all of them together too; and what is not
// confirmed within the holding period is purged (bytes dropped, row and an audit line kept).
import { AppError } from '../../../shared/errors';
import { formatNumber } from '../../../shared/format/vi';
import type { ServiceContext } from '../context';

const MB = 1024 * 1024;

export const HELD_LIMITS = {
  /** A genuine unit with a new key sends one package, maybe a corrected one: 3 leave room. */
  packagesPerKey: 3,
  /** One package may be up to 50 MB (LIMITS.packageBytes); two large ones from one key are not needed. */
  bytesPerKey: 60 * MB,
  /** All unconfirmed keys together: a province has a few dozen units. */
  totalBytes: 250 * MB,
  /** Long enough for a phone call that waits for the chairman's return from a trip. */
  days: 30,
} as const;

const DAY = 86_400_000;

/** Refuses to hold one more package of `size` bytes for the key with this fingerprint. */
export function checkHeldQuota(ctx: ServiceContext, fingerprint: string, size: number): void {
  const mine = ctx.inbox.heldFor(fingerprint);
  const all = ctx.inbox.heldTotal();
  const mb = (n: number) => formatNumber(n / MB, 0);
  const refuse = (why: string) =>
    new AppError('E_HELD_QUOTA', `Không tạm giữ thêm gói ký bằng khóa chưa xác nhận (dấu vân tay ${fingerprint}): ${why}. Hãy gọi điện cho đơn vị để xác nhận hoặc từ chối khóa, rồi nhập lại.`);
  if (mine.count >= HELD_LIMITS.packagesPerKey) throw refuse(`đã giữ ${mine.count} gói của khóa này, tối đa ${HELD_LIMITS.packagesPerKey}`);
  if (mine.bytes + size > HELD_LIMITS.bytesPerKey) throw refuse(`các gói của khóa này sẽ nặng ${mb(mine.bytes + size)} MB, tối đa ${mb(HELD_LIMITS.bytesPerKey)} MB`);
  if (all.bytes + size > HELD_LIMITS.totalBytes) throw refuse(`các gói tạm giữ sẽ nặng ${mb(all.bytes + size)} MB, tối đa ${mb(HELD_LIMITS.totalBytes)} MB cho mọi khóa chưa xác nhận`);
}

/** Purges packages held longer than the holding period; returns how many. */
export function purgeExpiredHeld(ctx: ServiceContext): number {
  const now = ctx.clock();
  const expired = ctx.inbox.heldBefore(new Date(now.getTime() - HELD_LIMITS.days * DAY).toISOString());
  ctx.db.transaction(() => {
    for (const r of expired) {
      ctx.inbox.setState(r.id, 'refused');
      ctx.inbox.dropContents(r.id, 'purged', `Tạm giữ quá ${HELD_LIMITS.days} ngày mà khóa ${r.fingerprint} chưa được xác nhận: đã xóa nội dung gói ${r.unitCode} lần ${r.revision}.`, now.toISOString());
    }
  })();
  return expired.length;
}
