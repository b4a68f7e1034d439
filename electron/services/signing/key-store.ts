// The keys table: this unit's own signing key (secret encrypted by a SecretProtector) and, at a
// receiving unit, the public keys registered for other units.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { KeyInfo } from '../../../shared/api/inbox-types';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open-database';
import { KEY_ID_BYTES, fingerprint, keyIdHex, type PublicKey, type SecretKey } from './minisign';
import type { SecretProtector } from './secret-protector';

interface KeyRow {
  key_id: string;
  unit_code: string;
  public_key: Buffer;
  secret_blob: Buffer | null;
  secret_scheme: string | null;
  own: number;
  status: 'active' | 'revoked';
  created_at: string;
  revoked_at: string | null;
}

interface NextRow {
  key_id: string;
  public_key: Buffer;
  secret_blob: Buffer;
  secret_scheme: string;
  created_at: string;
}

const keyIdFromHex = (hex: string): Buffer => Buffer.from(hex, 'hex').reverse();
const publicOf = (r: KeyRow): PublicKey => ({ keyId: keyIdFromHex(r.key_id), key: r.public_key });
const info = (r: KeyRow): KeyInfo => ({
  keyId: r.key_id,
  unitCode: r.unit_code,
  fingerprint: fingerprint(publicOf(r)),
  own: r.own === 1,
  status: r.status,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

export function generateSecretKey(): SecretKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const pub = publicKey.export({ format: 'jwk' });
  const priv = privateKey.export({ format: 'jwk' });
  return {
    keyId: randomBytes(KEY_ID_BYTES),
    key: Buffer.from(pub.x as string, 'base64url'),
    seed: Buffer.from(priv.d as string, 'base64url'),
  };
}

export interface SealedKey {
  keyId: string;
  publicKey: Buffer;
  secret: Buffer;
  scheme: string;
}

export function createKeyStore(db: Db) {
  const cols = 'key_id, unit_code, public_key, secret_blob, secret_scheme, own, status, created_at, revoked_at';
  const ownActiveQ = db.prepare<[string], KeyRow>(`SELECT ${cols} FROM keys WHERE own = 1 AND unit_code = ? AND status = 'active' ORDER BY created_at DESC LIMIT 1`);
  const byIdQ = db.prepare<[string], KeyRow>(`SELECT ${cols} FROM keys WHERE key_id = ?`);
  const listQ = db.prepare<[], KeyRow>(`SELECT ${cols} FROM keys ORDER BY unit_code, created_at`);
  const insertQ = db.prepare(
    `INSERT INTO keys (key_id, unit_code, public_key, secret_blob, secret_scheme, own, status, created_at)
     VALUES (@keyId, @unitCode, @publicKey, @secret, @scheme, @own, 'active', @now)`,
  );

  const revokeQ = db.prepare(`UPDATE keys SET status = 'revoked', revoked_at = ? WHERE key_id = ? AND status = 'active'`);
  const reprotectQ = db.prepare(`UPDATE keys SET secret_blob = ?, secret_scheme = ? WHERE key_id = ? AND own = 1`);
  const nextQ = db.prepare<[string], NextRow>('SELECT key_id, public_key, secret_blob, secret_scheme, created_at FROM next_keys WHERE unit_code = ?');
  const insertNextQ = db.prepare('INSERT INTO next_keys (unit_code, key_id, public_key, secret_blob, secret_scheme, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  const dropNextQ = db.prepare('DELETE FROM next_keys WHERE unit_code = ?');
  const nextInfo = (unitCode: string, r: NextRow) => {
    const publicKey = { keyId: keyIdFromHex(r.key_id), key: r.public_key };
    return { keyId: r.key_id, unitCode, fingerprint: fingerprint(publicKey), createdAt: r.created_at, publicKey };
  };

  /** A new own key, its secret already protected: ready to store. */
  async function sealNewKey(protector: SecretProtector): Promise<SealedKey> {
    const secret = generateSecretKey();
    return { keyId: keyIdHex(secret.keyId), publicKey: secret.key, secret: await protector.protect(Buffer.concat([secret.seed, secret.key])), scheme: protector.scheme };
  }

  function storeSealed(unitCode: string, k: SealedKey, now: string): KeyInfo {
    insertQ.run({ ...k, unitCode, own: 1, now });
    return info(byIdQ.get(k.keyId) as KeyRow);
  }

  async function unlockOwn(unitCode: string, protector: SecretProtector): Promise<SecretKey> {
    const r = ownActiveQ.get(unitCode);
    if (!r?.secret_blob) {
      throw new AppError('E_NO_KEY', `Đơn vị ${unitCode} chưa có khóa ký. Hãy chạy lại "tongket setup" để tạo khóa.`);
    }
    if (r.secret_scheme !== protector.scheme) {
      throw new AppError(
        'E_KEY_LOCKED',
        'Khóa ký được bảo vệ bằng cách khác (ứng dụng máy tính hoặc dòng lệnh). Nếu khóa được chuyển từ máy khác, hãy nhập mật khẩu chuyển máy trong Cài đặt → Khóa ký trên máy này; nếu không, hãy ký từ nơi đã tạo khóa.',
      );
    }
    const raw = await protector.unprotect(r.secret_blob);
    // The secret must belong to this public key: a mixed-up blob is never used to sign.
    if (raw.length !== 64 || !raw.subarray(32, 64).equals(r.public_key)) {
      throw new AppError('E_KEY_LOCKED', `Khóa bí mật lưu trên máy không khớp với khóa công khai ${r.key_id}. Hãy khôi phục một bản sao lưu khác hoặc tạo khóa mới.`);
    }
    return { keyId: keyIdFromHex(r.key_id), seed: raw.subarray(0, 32), key: raw.subarray(32, 64) };
  }

  return {
    ownActive(unitCode: string): (KeyInfo & { publicKey: PublicKey }) | null {
      const r = ownActiveQ.get(unitCode);
      return r ? { ...info(r), publicKey: publicOf(r) } : null;
    },
    /** Creates this unit's signing key; the secret is stored only as the protector's blob. */
    async createOwn(unitCode: string, protector: SecretProtector, now: string): Promise<KeyInfo> {
      return storeSealed(unitCode, await sealNewKey(protector), now);
    },
    /** The two halves of createOwn, so that storing can join a caller's transaction (protecting is async). */
    sealNewKey,
    storeSealed,
    unlockOwn,
    /** How the active own key's secret is kept (a protector's scheme), or null without one. */
    ownScheme: (unitCode: string): string | null => ownActiveQ.get(unitCode)?.secret_scheme ?? null,
    /**
     * Opens the active own key with `from` and keeps it protected by `to` instead: how a key moves
     * between computers (the keychain of one → a passphrase → the keychain of the other).
     */
    async reprotectOwn(unitCode: string, from: SecretProtector, to: SecretProtector): Promise<KeyInfo> {
      const secret = await unlockOwn(unitCode, from);
      const blob = await to.protect(Buffer.concat([secret.seed, secret.key]));
      const id = keyIdHex(secret.keyId);
      reprotectQ.run(blob, to.scheme, id);
      return info(byIdQ.get(id) as KeyRow);
    },
    /** A known key by id, for verifying a package; the verifier refuses revoked ones. */
    lookup(keyIdHexValue: string): { publicKey: PublicKey; unitCode: string; revoked: boolean } | null {
      const r = byIdQ.get(keyIdHexValue);
      return r ? { publicKey: publicOf(r), unitCode: r.unit_code, revoked: r.status === 'revoked' } : null;
    },
    get(keyIdHexValue: string): (KeyInfo & { publicKey: PublicKey }) | null {
      const r = byIdQ.get(keyIdHexValue);
      return r ? { ...info(r), publicKey: publicOf(r) } : null;
    },
    /** Registers another unit's public key, after a person confirmed its fingerprint. Idempotent. */
    registerForeign(unitCode: string, key: PublicKey, now: string): KeyInfo {
      const id = keyIdHex(key.keyId);
      const existing = byIdQ.get(id);
      if (existing) {
        if (existing.unit_code !== unitCode || !existing.public_key.equals(key.key)) {
          throw new AppError('E_KEY_CONFLICT', `Mã khóa ${id} đã được đăng ký cho ${existing.unit_code} với nội dung khác. Không đăng ký trùng; hãy liên hệ đơn vị để kiểm tra.`);
        }
        return info(existing);
      }
      insertQ.run({ keyId: id, unitCode, publicKey: key.key, secret: null, scheme: null, own: 0, now });
      return info(byIdQ.get(id) as KeyRow);
    },
    revoke(keyIdHexValue: string, now: string): KeyInfo {
      const r = byIdQ.get(keyIdHexValue);
      if (!r) throw new AppError('E_KEY_FORMAT', `Không có khóa ${keyIdHexValue} trong danh sách. Xem "tongket key list".`);
      revokeQ.run(now, keyIdHexValue);
      return info(byIdQ.get(keyIdHexValue) as KeyRow);
    },
    list: (): KeyInfo[] => listQ.all().map(info),

    /** The unit's next key, made ahead to be announced by the current one; null when none waits. */
    next(unitCode: string) {
      const r = nextQ.get(unitCode);
      return r ? nextInfo(unitCode, r) : null;
    },
    /** Makes the next key (one at a time), its secret kept by `protector` like the current one's. */
    async createNext(unitCode: string, protector: SecretProtector, now: string) {
      if (nextQ.get(unitCode)) throw new AppError('E_INPUT', 'Đã có một khóa mới đang chờ báo cho cấp trên trong lần gửi tới.');
      const secret = generateSecretKey();
      const blob = await protector.protect(Buffer.concat([secret.seed, secret.key]));
      insertNextQ.run(unitCode, keyIdHex(secret.keyId), secret.key, blob, protector.scheme, now);
      return nextInfo(unitCode, nextQ.get(unitCode) as NextRow);
    },
    /** True when `protector` opens the next key: one from another computer's keychain is useless here. */
    async nextOpens(unitCode: string, protector: SecretProtector): Promise<boolean> {
      const r = nextQ.get(unitCode);
      if (!r || r.secret_scheme !== protector.scheme) return false;
      try {
        const raw = await protector.unprotect(r.secret_blob);
        return raw.subarray(32, 64).equals(r.public_key);
      } catch {
        return false;
      }
    },
    dropNext: (unitCode: string): void => void dropNextQ.run(unitCode),
    /**
     * The announced key becomes the unit's key: the current one is revoked here and the next one takes
     * its place. Run in the transaction that records the export announcing it.
     */
    promoteNext(unitCode: string, now: string): void {
      const r = nextQ.get(unitCode);
      if (!r) return;
      const current = ownActiveQ.get(unitCode);
      if (current) revokeQ.run(now, current.key_id);
      insertQ.run({ keyId: r.key_id, unitCode, publicKey: r.public_key, secret: r.secret_blob, scheme: r.secret_scheme, own: 1, now });
      dropNextQ.run(unitCode);
    },
  };
}

export type KeyStore = ReturnType<typeof createKeyStore>;

export type { KeyInfo };
