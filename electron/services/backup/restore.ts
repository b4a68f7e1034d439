// Restores a checked backup in place of the current database. Runs with the database closed: the
// current file is first kept (as a backup if it is healthy, as-is if it is damaged), then the backup
// is copied in under a temporary name and renamed over, so that a failure half-way changes nothing.
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { databasePath } from '../data-dir';
import { quickCheck } from '../db/health';
import { openDatabase } from '../db/open-database';
import { backupDir, backupSync, checkBackupFile, type BackupInfo } from './backup';

export interface RestoreResult {
  restoredFrom: string;
  /** Where the database that was replaced was kept, if there was one. */
  previousKeptAt: string | null;
}

function keepCurrent(dataDir: string, now: Date): string | null {
  const file = databasePath(dataDir);
  if (!existsSync(file)) return null;
  try {
    quickCheck(file);
  } catch {
    // Damaged: keep the file exactly as it is, for whoever wants to rescue something from it.
    mkdirSync(backupDir(dataDir), { recursive: true });
    const aside = join(backupDir(dataDir), `tongket-${now.toISOString().replace(/[-:.]/g, '')}-hong.sqlite`);
    copyFileSync(file, aside);
    return aside;
  }
  const db = openDatabase(file);
  try {
    return (backupSync(db, dataDir, 'truoc-khoi-phuc', now) as BackupInfo).file;
  } finally {
    db.close();
  }
}

export function restoreBackup(dataDir: string, backupFile: string, now: Date): RestoreResult {
  checkBackupFile(backupFile);
  const previousKeptAt = keepCurrent(dataDir, now);
  const file = databasePath(dataDir);
  const tmp = `${file}.khoi-phuc.part`;
  try {
    copyFileSync(backupFile, tmp);
    checkBackupFile(tmp);
    for (const side of ['-wal', '-shm']) rmSync(`${file}${side}`, { force: true });
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    rmSideFiles(tmp);
    if (e instanceof AppError) throw e;
    throw new AppError('E_WRITE', `Không khôi phục được: ${(e as Error).message}. Dữ liệu hiện tại vẫn giữ nguyên.`);
  }
  rmSideFiles(tmp);
  return { restoredFrom: backupFile, previousKeptAt };
}

/** The empty -wal/-shm a read-only check of an older (WAL-mode) backup leaves beside the checked copy. */
function rmSideFiles(file: string): void {
  for (const side of ['-wal', '-shm']) rmSync(`${file}${side}`, { force: true });
}
