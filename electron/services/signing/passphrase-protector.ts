// scrypt + AES-256-GCM: the command line's way to keep the signing key encrypted at rest, and the way
// the key travels in a move file. The blob says how hard its key derivation was (TKPP2 + log2 N), so a
// move file, which can be lost with its USB stick and attacked offline, can cost more than a key that
// never leaves its computer. Blobs of the first format (TKPP1, N = 2^15) still open.
import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { SecretProtector } from './secret-protector';

const MAGIC_V1 = Buffer.from('TKPP1');
const MAGIC_V2 = Buffer.from('TKPP2');
/** 2^15 costs about 0.1 s and 32 MiB: slow for guessing, quick enough for every export. */
export const AT_REST_LOG_N = 15;
/** 2^17 costs about 0.5 s and 128 MiB, once per move: a lost move file resists guessing 4× longer. */
export const MOVE_LOG_N = 17;
const LOG_N_RANGE = [14, 18] as const;
const MIN_PASSPHRASE = 8;

/** The scheme of keys kept under a passphrase: the CLI's own, and every key in a move backup. */
export const PASSPHRASE_SCHEME = 'passphrase-scrypt-aes256gcm';

function deriveKey(passphrase: string, salt: Buffer, logN: number): Promise<Buffer> {
  const N = 2 ** logN;
  const options = { N, r: 8, p: 1, maxmem: 256 * N * 8 };
  return new Promise((resolve, reject) =>
    scrypt(passphrase.normalize('NFC'), salt, 32, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

const unreadable = () => new AppError('E_KEY_LOCKED', 'Khóa ký được lưu theo cách khác, không mở được bằng mật khẩu.');

/** The derivation cost and where the salt starts, from the blob's header. */
function header(blob: Buffer): { logN: number; offset: number } {
  if (blob.subarray(0, MAGIC_V1.length).equals(MAGIC_V1)) return { logN: AT_REST_LOG_N, offset: MAGIC_V1.length };
  if (blob.subarray(0, MAGIC_V2.length).equals(MAGIC_V2)) {
    const logN = blob[MAGIC_V2.length] ?? 0;
    // A forged header must not make us spend minutes (or gigabytes) deriving.
    if (logN < LOG_N_RANGE[0] || logN > LOG_N_RANGE[1]) throw unreadable();
    return { logN, offset: MAGIC_V2.length + 1 };
  }
  throw unreadable();
}

export function passphraseProtector(passphrase: string, logN: number = AT_REST_LOG_N): SecretProtector {
  return {
    scheme: PASSPHRASE_SCHEME,
    async protect(secret) {
      if (passphrase.length < MIN_PASSPHRASE) {
        throw new AppError('E_PASSPHRASE', `Mật khẩu bảo vệ khóa ký phải có ít nhất ${MIN_PASSPHRASE} ký tự.`);
      }
      const salt = randomBytes(16);
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', await deriveKey(passphrase, salt, logN), iv);
      const body = Buffer.concat([cipher.update(secret), cipher.final()]);
      return Buffer.concat([MAGIC_V2, Buffer.from([logN]), salt, iv, cipher.getAuthTag(), body]);
    },
    async unprotect(blob) {
      const { logN: cost, offset } = header(blob);
      let o = offset;
      const salt = blob.subarray(o, (o += 16));
      const iv = blob.subarray(o, (o += 12));
      const tag = blob.subarray(o, (o += 16));
      const decipher = createDecipheriv('aes-256-gcm', await deriveKey(passphrase, salt, cost), iv);
      decipher.setAuthTag(tag);
      try {
        return Buffer.concat([decipher.update(blob.subarray(o)), decipher.final()]);
      } catch {
        throw new AppError(
          'E_PASSPHRASE',
          'Sai mật khẩu bảo vệ khóa ký. Nếu khóa được chuyển từ máy khác, hãy nhập mật khẩu chuyển máy trong Cài đặt → Khóa ký; với dòng lệnh, đặt đúng mật khẩu trong biến TONGKET_PASSPHRASE.',
        );
      }
    },
  };
}
