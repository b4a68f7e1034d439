import { AppError } from '../../../shared/errors';
import { backupNow, keepUploadedBackup, listBackups } from '../backup/backup';
import type { RestoreResult } from '../backup/restore';
import type { ServiceContext } from '../context';
import type { HandlerPart } from './types';

export type BackupMethods = 'createBackup' | 'listBackups' | 'restoreBackup' | 'restoreUploadedBackup';

/** Backups are chosen by name from the data folder's own list: the renderer never supplies a path. */
export function restoreByName(dataDir: string, name: string, restore: (file: string) => RestoreResult): RestoreResult {
  const found = listBackups(dataDir).find((b) => b.name === name);
  if (!found) throw new AppError('E_BACKUP_INVALID', `Không có bản sao lưu «${name}» trong thư mục sao lưu.`);
  return restore(found.file);
}

/**
 * A backup file the user chose: kept among the backups once it passes the check, then restored. A file
 * that is not a sound TongKet backup is refused by its name and changes nothing.
 */
export function restoreUpload(dataDir: string, upload: { name: string; dataBase64: string }, now: Date, restore: (file: string) => RestoreResult): RestoreResult {
  let kept: string;
  try {
    kept = keepUploadedBackup(dataDir, Buffer.from(upload.dataBase64, 'base64'), now).file;
  } catch (e) {
    if (e instanceof AppError && e.code === 'E_BACKUP_INVALID') {
      throw new AppError('E_BACKUP_INVALID', `Tệp «${upload.name}» không phải là bản sao lưu TongKet dùng được. Hãy chọn tệp .sqlite do TongKet tạo (Sao lưu ngay hoặc bản chuyển máy).`);
    }
    throw e;
  }
  // The person knows the file by the name they chose; the kept copy has the same bytes.
  return { ...restore(kept), restoredFrom: upload.name };
}

export const backupHandlers = (ctx: ServiceContext, dataDir: string, restore: (file: string) => RestoreResult): HandlerPart<BackupMethods> => ({
  createBackup: () => backupNow(ctx.db, dataDir, 'thu-cong', ctx.clock()),
  listBackups: () => listBackups(dataDir),
  restoreBackup: ({ name }) => restoreByName(dataDir, name, restore),
  restoreUploadedBackup: (upload) => restoreUpload(dataDir, upload, ctx.clock(), restore),
});
