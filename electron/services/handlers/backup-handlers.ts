import { AppError } from '../../../shared/errors';
import { backupNow, listBackups } from '../backup/backup';
import type { RestoreResult } from '../backup/restore';
import type { ServiceContext } from '../context';
import type { HandlerPart } from './types';

export type BackupMethods = 'createBackup' | 'listBackups' | 'restoreBackup';

/** Backups are chosen by name from the data folder's own list: the renderer never supplies a path. */
export function restoreByName(dataDir: string, name: string, restore: (file: string) => RestoreResult): RestoreResult {
  const found = listBackups(dataDir).find((b) => b.name === name);
  if (!found) throw new AppError('E_BACKUP_INVALID', `Không có bản sao lưu «${name}» trong thư mục sao lưu.`);
  return restore(found.file);
}

export const backupHandlers = (ctx: ServiceContext, dataDir: string, restore: (file: string) => RestoreResult): HandlerPart<BackupMethods> => ({
  createBackup: () => backupNow(ctx.db, dataDir, 'thu-cong', ctx.clock()),
  listBackups: () => listBackups(dataDir),
  restoreBackup: ({ name }) => restoreByName(dataDir, name, restore),
});
