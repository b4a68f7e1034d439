// The keys that hold packages or receipts at a receiving unit, each the FULL public key it was verified
// with. The key id written in a signature is only a hint an attacker can copy (as in minisign): two
// different keys under one key id are two held keys, each with its own fingerprint, and a decision
// about one never touches the rows of the other.
import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';
import { SIGNER_KEY_ENTRY } from '../../../shared/package/manifest';
import { openSafeZip } from '../package/zip-read';
import type { ReceivedReceipt } from '../receipts/received-repo';
import { campaignFiles, type CampaignFileRow } from '../campaigns/campaign-store';
import { fingerprint, keyIdHex, parsePublicKeyFile, type PublicKey } from '../signing/minisign';
import type { InboxRow } from './inbox-repo';

export interface HeldKey {
  key: PublicKey;
  keyId: string;
  fingerprint: string;
  packages: InboxRow[];
  receipts: ReceivedReceipt[];
  /** Campaign files from above held for this key (SPEC §9: the same flow as packages). */
  campaigns: CampaignFileRow[];
  /** The units its packages claim and the issuers its receipts and campaign files claim. */
  units: string[];
}

export const normaliseFingerprint = (fp: string): string => fp.toUpperCase().replace(/[^0-9A-F]/g, '');

/**
 * A key named by a person: a fingerprint (with its dashes, as shown and read over the phone) or a
 * 16-digit key id. Sixteen digits without dashes may be either; both are tried.
 */
export function namesKey(ref: string, keyId: string, fp: string): boolean {
  const r = ref.trim().toUpperCase();
  if (r.includes('-')) return normaliseFingerprint(r) === normaliseFingerprint(fp);
  return r === keyId || r === normaliseFingerprint(fp);
}

/**
 * A held row was verified with the key it carries (`keys/signer.pub` in packages and receipts alike),
 * so that key, read again from the stored bytes, is the row's signer.
 */
async function carriedKey(bytes: Buffer | null | undefined): Promise<PublicKey | null> {
  if (!bytes) return null;
  const zip = await openSafeZip(bytes);
  try {
    return zip.entry(SIGNER_KEY_ENTRY) ? parsePublicKeyFile((await zip.read(SIGNER_KEY_ENTRY, 1024)).toString('utf8')) : null;
  } catch {
    return null;
  } finally {
    zip.close();
  }
}

/** The held keys whose rows pass `keep` (a cheap filter on key id and fingerprint before reading bytes). */
export async function heldKeys(ctx: ServiceContext, keep: (keyId: string, fp: string) => boolean = () => true): Promise<HeldKey[]> {
  const found: HeldKey[] = [];
  const entry = (key: PublicKey, keyId: string): HeldKey => {
    let h = found.find((x) => x.key.key.equals(key.key) && x.key.keyId.equals(key.keyId));
    if (!h) {
      h = { key, keyId, fingerprint: fingerprint(key), packages: [], receipts: [], campaigns: [], units: [] };
      found.push(h);
    }
    return h;
  };
  const addUnit = (h: HeldKey, unit: string) => {
    if (!h.units.includes(unit)) h.units.push(unit);
  };
  for (const row of ctx.inbox.held().filter((r) => keep(r.keyId, r.fingerprint))) {
    const key = await carriedKey(ctx.inbox.contents(row.id)?.package);
    if (!key || fingerprint(key) !== row.fingerprint) continue;
    const h = entry(key, row.keyId);
    h.packages.push(row);
    addUnit(h, row.unitCode);
  }
  for (const r of ctx.receipts.held().filter((x) => keep(x.keyId, x.fingerprint))) {
    const key = await carriedKey(ctx.receipts.bytes(r.id));
    if (!key || fingerprint(key) !== r.fingerprint) continue;
    const h = entry(key, r.keyId);
    h.receipts.push(r);
    addUnit(h, r.issuerCode);
  }
  const files = campaignFiles(ctx.db);
  for (const c of files.held()) {
    const key = await carriedKey(files.file(c.id));
    // The row names the full key it was verified with; the file's own copy must be that key.
    if (!key || !key.key.equals(c.publicKey) || !keep(keyIdHex(key.keyId), c.fingerprint)) continue;
    const h = entry(key, keyIdHex(key.keyId));
    h.campaigns.push(c);
    addUnit(h, c.issuerCode);
  }
  return found;
}

/** What exactly this full key holds (nothing held under the same key id by another key). */
export async function heldByKey(ctx: ServiceContext, key: PublicKey): Promise<HeldKey | null> {
  const fp = fingerprint(key);
  const found = await heldKeys(ctx, (_, rowFp) => rowFp === fp);
  return found.find((h) => h.key.key.equals(key.key)) ?? null;
}

const describe = (h: HeldKey): string => `${h.fingerprint} (mã khóa ${h.keyId}, ${h.units.join(', ')})`;

/** The one held key a person named; several under one key id are refused with each fingerprint shown. */
export async function heldKeyNamed(ctx: ServiceContext, ref: string): Promise<HeldKey> {
  const found = await heldKeys(ctx, (keyId, fp) => namesKey(ref, keyId, fp));
  if (found.length === 0) throw new AppError('E_INPUT', `Không có gói, biên nhận hay đợt báo cáo nào đang tạm giữ với khóa ${ref}. Xem "tongket key list".`);
  if (found.length > 1) {
    throw new AppError(
      'E_KEY_AMBIGUOUS',
      `Có ${found.length} khóa khác nhau cùng mang mã ${ref}: ${found.map(describe).join('; ')}. Mã khóa có thể bị giả; hãy chỉ rõ khóa bằng dấu vân tay.`,
    );
  }
  return found[0] as HeldKey;
}
