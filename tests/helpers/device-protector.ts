// A stand-in for Electron's safeStorage, which cannot run here: each "computer" encrypts with its own
// secret that never leaves it, under the same scheme name as the desktop app's protector, and fails the
// way the app's does (E_KEY_LOCKED) on a blob from another computer. With two of these, a test meets
// exactly the problem of moving a keychain-protected key.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { APP_VERSION, type HostHooks } from '../../electron/services/host';
import type { SecretProtector } from '../../electron/services/signing/secret-protector';
import { AppError } from '../../shared/errors';

export function deviceProtector(): SecretProtector {
  const machineKey = randomBytes(32);
  return {
    scheme: 'electron-safestorage',
    protect: async (secret) => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', machineKey, iv);
      const body = Buffer.concat([cipher.update(secret), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    unprotect: async (blob) => {
      try {
        const decipher = createDecipheriv('aes-256-gcm', machineKey, blob.subarray(0, 12));
        decipher.setAuthTag(blob.subarray(12, 28));
        return Buffer.concat([decipher.update(blob.subarray(28)), decipher.final()]);
      } catch {
        throw new AppError('E_KEY_LOCKED', 'Không mở được khóa ký bằng kho khóa của máy này.');
      }
    },
  };
}

/** The host hooks of one computer: its own keychain, and one folder for whatever it writes out. */
export function computerHooks(outDir: string, keychain: SecretProtector = deviceProtector()): HostHooks {
  return { appVersion: APP_VERSION, secrets: async () => keychain, chooseExportDir: async () => outDir };
}
