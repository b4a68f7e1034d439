// Moving to a new computer. In the desktop app the signing key is protected by this computer's keychain
// (safeStorage), which no other computer can open; so the move backup carries the key protected by a
// passphrase the user chooses instead. The new computer restores it and, once the passphrase is typed
// there, protects the key with its own keychain again (adoptSigningKey). The province sees the same key.
import { join } from 'node:path';
import type { MoveBackupInfo } from '../../../shared/api/contract';
import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';
import { createKeyStore } from '../signing/key-store';
import { MOVE_LOG_N, passphraseProtector } from '../signing/passphrase-protector';
import { backupTo, stamp } from './backup';

export const moveBackupName = (unitCode: string, now: Date): string => `tongket-chuyen-may-${unitCode}-${stamp(now)}.sqlite`;

export async function createMoveBackup(ctx: ServiceContext, unitCode: string, folder: string, passphrase: string): Promise<MoveBackupInfo> {
  const key = ctx.keys.ownActive(unitCode);
  if (!key) {
    throw new AppError('E_NO_KEY', 'Đơn vị chưa có khóa ký nên chưa cần bản chuyển máy: hãy dùng "Sao lưu ngay" rồi khôi phục bản đó trên máy mới; khóa sẽ được tạo ở máy mới khi xuất lần đầu.');
  }
  const here = await ctx.host.secrets();
  if (!here) throw new AppError('E_KEY_LOCKED', 'Máy này không mở được khóa ký (chưa có kho khóa hoặc mật khẩu), nên không chuyển được khóa.');
  // Open the key once before writing anything: a key this computer cannot open cannot be moved.
  await ctx.keys.unlockOwn(unitCode, here);
  const move = passphraseProtector(passphrase, MOVE_LOG_N);
  const made = await backupTo(ctx.db, join(folder, moveBackupName(unitCode, ctx.clock())), async (copy) => {
    const keys = createKeyStore(copy);
    await keys.reprotectOwn(unitCode, here, move);
    // A next key waiting to be announced stays behind: it would be bound to this computer's keychain.
    keys.dropNext(unitCode);
  });
  return { ...made, createdAt: ctx.clock().toISOString(), fingerprint: key.fingerprint };
}
