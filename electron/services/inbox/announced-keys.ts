// Key replacements announced by the key being replaced (SPEC §6), at a receiving unit. An announcement
// comes in a package signed by the unit's registered key; it makes the new key known, never trusted:
// a package signed with it is still held until a person confirms the fingerprint. Confirming it (or
// registering it from its .pub) retires the key that announced it.
import type { AnnouncedKey } from '../../../shared/api/inbox-types';
import type { ServiceContext } from '../context';
import { fingerprint, keyIdHex, type PublicKey } from '../signing/minisign';

interface AnnouncementRow {
  key_id: string;
  unit_code: string;
  public_key: Buffer;
  announced_by: string;
  revision: number;
}

export interface Announcement {
  keyId: string;
  unitCode: string;
  announcedBy: string;
  revision: number;
}

const publicOf = (r: AnnouncementRow): PublicKey => ({ keyId: Buffer.from(r.key_id, 'hex').reverse(), key: r.public_key });
const toAnnouncement = (r: AnnouncementRow): Announcement => ({ keyId: r.key_id, unitCode: r.unit_code, announcedBy: r.announced_by, revision: r.revision });

const taken = (fp: string, id: string) =>
  ` Gói báo trước khóa mới (dấu vân tay ${fp}) nhưng mã khóa ${id} đã thuộc một khóa khác; không ghi nhận lời báo này, hãy hỏi đơn vị.`;

/**
 * Keeps the announcement of `next` by the key that signed the package; returns the sentence for the
 * import line, or '' when the key was already known. Runs inside the import's transaction.
 */
export function recordAnnouncement(ctx: ServiceContext, next: PublicKey, by: { unitCode: string; keyId: string; manifestSha256: string; revision: number }): string {
  const id = keyIdHex(next.keyId);
  const fp = fingerprint(next);
  // The key id is a hint: only the very same key, for the same unit, is "already known".
  const registered = ctx.keys.get(id);
  if (registered) return registered.unitCode === by.unitCode && registered.publicKey.key.equals(next.key) ? '' : taken(fp, id);
  const earlier = ctx.db.prepare<[string], AnnouncementRow>('SELECT key_id, unit_code, public_key, announced_by, revision FROM announced_keys WHERE key_id = ?').get(id);
  if (earlier) return earlier.unit_code === by.unitCode && earlier.public_key.equals(next.key) ? '' : taken(fp, id);
  ctx.db
    .prepare(
      `INSERT INTO announced_keys (key_id, unit_code, public_key, announced_by, manifest_sha256, revision, announced_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, by.unitCode, next.key, by.keyId, by.manifestSha256, by.revision, ctx.clock().toISOString());
  return ` Đơn vị báo trước khóa ký mới (dấu vân tay ${fp}); khóa này chỉ được tin sau khi xác nhận qua điện thoại.`;
}

/** The announcement of exactly this key (same id and same public key) for this unit, or null. */
export function announcementOf(ctx: ServiceContext, key: PublicKey, unitCode: string): Announcement | null {
  const r = ctx.db.prepare<[string], AnnouncementRow>('SELECT key_id, unit_code, public_key, announced_by, revision FROM announced_keys WHERE key_id = ?').get(keyIdHex(key.keyId));
  return r && r.unit_code === unitCode && r.public_key.equals(key.key) ? toAnnouncement(r) : null;
}

/** The announcements still waiting for a person, oldest first. */
export function listAnnouncements(ctx: ServiceContext): AnnouncedKey[] {
  const rows = ctx.db
    .prepare<[], AnnouncementRow & { announced_at: string }>('SELECT key_id, unit_code, public_key, announced_by, revision, announced_at FROM announced_keys ORDER BY announced_at, key_id')
    .all();
  return rows.map((r) => ({ ...toAnnouncement(r), fingerprint: fingerprint(publicOf(r)), announcedAt: r.announced_at }));
}

/** The announced key itself, by id, for a person to confirm; null when none waits under that id. */
export function announcedKey(ctx: ServiceContext, keyId: string): { unitCode: string; key: PublicKey } | null {
  const r = ctx.db.prepare<[string], AnnouncementRow>('SELECT key_id, unit_code, public_key, announced_by, revision FROM announced_keys WHERE key_id = ?').get(keyId);
  return r ? { unitCode: r.unit_code, key: publicOf(r) } : null;
}

/** A person trusted the announced key: the key that announced it is retired. In the caller's transaction. */
export function settleAnnouncement(ctx: ServiceContext, key: PublicKey, unitCode: string): void {
  const a = announcementOf(ctx, key, unitCode);
  if (!a) return;
  const by = ctx.keys.get(a.announcedBy);
  if (by && by.status === 'active') ctx.keys.revoke(a.announcedBy, ctx.clock().toISOString());
  ctx.db.prepare('DELETE FROM announced_keys WHERE key_id = ?').run(a.keyId);
}
