// The passphrase protector's blob: self-describing cost (TKPP2 + log2 N), the move file's dearer
// derivation, blobs of the first format still opening, and a forged cost refused before any work.
import { createCipheriv, randomBytes, scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AT_REST_LOG_N, MOVE_LOG_N, passphraseProtector } from '../../electron/services/signing/passphrase-protector';

const SECRET = randomBytes(64);
const PASSPHRASE = 'mật khẩu thử nghiệm';

describe('passphrase protector', () => {
  it('writes its cost into the blob and opens it again', async () => {
    for (const logN of [AT_REST_LOG_N, MOVE_LOG_N]) {
      const p = passphraseProtector(PASSPHRASE, logN);
      const blob = await p.protect(SECRET);
      expect(blob.subarray(0, 5).toString()).toBe('TKPP2');
      expect(blob[5]).toBe(logN);
      expect((await p.unprotect(blob)).equals(SECRET)).toBe(true);
      // The cost comes from the blob, not from whoever opens it.
      expect((await passphraseProtector(PASSPHRASE).unprotect(blob)).equals(SECRET)).toBe(true);
      await expect(passphraseProtector('mật khẩu khác hẳn').unprotect(blob)).rejects.toMatchObject({ code: 'E_PASSPHRASE' });
    }
  });

  it('still opens a key protected by the first format (TKPP1, N = 2^15)', async () => {
    const salt = randomBytes(16);
    const iv = randomBytes(12);
    const key = scryptSync(PASSPHRASE.normalize('NFC'), salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const body = Buffer.concat([cipher.update(SECRET), cipher.final()]);
    const legacy = Buffer.concat([Buffer.from('TKPP1'), salt, iv, cipher.getAuthTag(), body]);
    expect((await passphraseProtector(PASSPHRASE).unprotect(legacy)).equals(SECRET)).toBe(true);
  });

  it('refuses a blob whose header asks for an absurd cost, without deriving', async () => {
    const blob = await passphraseProtector(PASSPHRASE).protect(SECRET);
    const forged = Buffer.from(blob);
    forged[5] = 30;
    // Refused from the header alone: a cost outside the accepted range is never derived.
    await expect(passphraseProtector(PASSPHRASE).unprotect(forged)).rejects.toMatchObject({ code: 'E_KEY_LOCKED' });
    await expect(passphraseProtector(PASSPHRASE).unprotect(Buffer.from('không phải khóa'))).rejects.toMatchObject({ code: 'E_KEY_LOCKED' });
  });
});
