// scrypt + AES-256-GCM: the command line's way to keep the signing key encrypted at rest.
import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { SecretProtector } from './secret-protector';

const MAGIC = Buffer.from('TKPP1');
// N = 2^15 costs about 0.1 s and 32 MiB: slow for guessing, quick enough for one export.
const SCRYPT = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const MIN_PASSPHRASE = 8;

function deriveKey(passphrase: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(passphrase.normalize('NFC'), salt, 32, SCRYPT, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** The scheme of keys kept under a passphrase: the CLI's own, and every key in a move backup. */
export const PASSPHRASE_SCHEME = 'passphrase-scrypt-aes256gcm';

export function passphraseProtector(passphrase: string): SecretProtector {
  return {
    scheme: PASSPHRASE_SCHEME,
    async protect(secret) {
      if (passphrase.length < MIN_PASSPHRASE) {
        throw new AppError('E_PASSPHRASE', `Mật khẩu bảo vệ khóa ký phải có ít nhất ${MIN_PASSPHRASE} ký tự.`);
      }
      const salt = randomBytes(16);
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', await deriveKey(passphrase, salt), iv);
      const body = Buffer.concat([cipher.update(secret), cipher.final()]);
      return Buffer.concat([MAGIC, salt, iv, cipher.getAuthTag(), body]);
    },
    async unprotect(blob) {
      if (!blob.subarray(0, MAGIC.length).equals(MAGIC)) throw new AppError('E_KEY_LOCKED', 'Khóa ký được lưu theo cách khác, không mở được bằng mật khẩu.');
      let o = MAGIC.length;
      const salt = blob.subarray(o, (o += 16));
      const iv = blob.subarray(o, (o += 12));
      const tag = blob.subarray(o, (o += 16));
      const decipher = createDecipheriv('aes-256-gcm', await deriveKey(passphrase, salt), iv);
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
