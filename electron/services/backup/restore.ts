// Restores a checked backup in place of the current database. Runs with the database closed and the
// folder held alone (no other process has it open): the current file is first kept (as a backup if it
// is healthy, as-is if it is damaged), then the backup is copied in under a temporary name from the
// connection that checked it, checked again, and renamed over, so that a failure half-way changes
// nothing and leaves the previous database as it was.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { databasePath } from '../data-dir';
import { quickCheck } from '../db/health';
import { openDatabase } from '../db/open-database';
import { backupDir, backupSync, checkBackupDb, checkBackupFile, type BackupInfo } from './backup';

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

/**
 * Copies the backup into `tmp` from the very connection that checked it: what is restored is what was
 * checked, including a `-wal` lying beside the backup (a byte copy of the file alone would miss it).
 */
function copyChecked(backupFile: string, tmp: string): void {
  let db: Database.Database;
  try {
    db = new Database(backupFile, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new AppError('E_BACKUP_INVALID', `Tệp sao lưu ${backupFile} không dùng được (${(e as Error).message}). Hãy chọn một bản sao lưu khác.`);
  }
  try {
    checkBackupDb(db, backupFile);
    db.prepare('VACUUM INTO ?').run(tmp);
  } finally {
    db.close();
  }
}

export function restoreBackup(dataDir: string, backupFile: string, now: Date): RestoreResult {
  const file = databasePath(dataDir);
  const tmp = `${file}.khoi-phuc.part`;
  let previousKeptAt: string | null;
  try {
    rmSync(tmp, { force: true });
    copyChecked(backupFile, tmp);
    checkBackupFile(tmp);
    rmSideFiles(tmp);
    previousKeptAt = keepCurrent(dataDir, now);
    // keepCurrent opened and closed the current database, which folded its -wal into the file: what
    // is left beside it is empty, and would not belong to the restored file.
    rmSideFiles(file);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    rmSideFiles(tmp);
    if (e instanceof AppError) throw e;
    throw new AppError('E_WRITE', `Không khôi phục được: ${(e as Error).message}. Dữ liệu hiện tại vẫn giữ nguyên.`);
  }
  return { restoredFrom: backupFile, previousKeptAt };
}

/** The -wal/-shm beside a database file. */
function rmSideFiles(file: string): void {
  for (const side of ['-wal', '-shm']) rmSync(`${file}${side}`, { force: true });
}
