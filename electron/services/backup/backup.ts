// Backups of the whole database (values, audit trail, received packages, and the signing key — which
// is stored only encrypted): SQLite's online backup, checked with integrity_check before it is kept.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open-database';
import { removeStaleParts } from '../fs/stale-parts';
import { LATEST_VERSION } from '../db/migrations/index';
import { schemaProblems } from '../db/health';

export const BACKUP_FOLDER = 'sao-luu';
const AUTO_KEEP = 7;

export interface BackupInfo {
  file: string;
  name: string;
  size: number;
  createdAt: string;
}

export const backupDir = (dataDir: string): string => join(dataDir, BACKUP_FOLDER);

export const stamp = (now: Date): string => now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');

const invalid = (file: string, why: string): AppError =>
  new AppError('E_BACKUP_INVALID', `Tệp sao lưu ${file} không dùng được (${why}). Hãy chọn một bản sao lưu khác.`);

/**
 * Checks an open backup: sound (integrity_check), of a schema version this app knows, and with exactly
 * the schema of that version — a trigger or a view slipped into a file would otherwise run or lock the
 * user out once restored. Returns its schema version. Throws E_BACKUP_INVALID.
 */
export function checkBackupDb(db: Database.Database, file: string): number {
  let version: number;
  try {
    const ok = db.pragma('integrity_check', { simple: true });
    if (ok !== 'ok') throw new Error(String(ok));
    version = db.pragma('user_version', { simple: true }) as number;
  } catch (e) {
    throw invalid(file, (e as Error).message);
  }
  if (version < 1 || version > LATEST_VERSION) throw invalid(file, `phiên bản lược đồ ${version}`);
  const problems = schemaProblems(db);
  if (problems.length > 0) {
    const shown = problems.slice(0, 4).join('; ') + (problems.length > 4 ? `; và ${problems.length - 4} chỗ khác` : '');
    throw invalid(file, `không đúng cấu trúc dữ liệu TongKet phiên bản ${version}: ${shown}`);
  }
  return version;
}

/** Opens a backup read-only and checks it; returns its schema version. Throws E_BACKUP_INVALID. */
export function checkBackupFile(file: string): number {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw invalid(file, (e as Error).message);
  }
  try {
    return checkBackupDb(db, file);
  } finally {
    db.close();
  }
}

/**
 * A fresh temporary name beside the target: a backup appears complete and checked, or not at all. The
 * name is this process's own: two processes opening one folder in the same second both make the day's
 * backup, and must not write into (or delete) each other's copy. A backup cut off earlier in the same
 * folder (e.g. a move file on a USB stick) left its own; tidied here once it is old.
 */
const partOf = (target: string): string => {
  removeStaleParts(dirname(target), (name) => name.startsWith('tongket-') && name.endsWith('.part'));
  return `${target}.${process.pid}-${randomBytes(4).toString('hex')}.part`;
};

/**
 * A copy of a WAL database is itself marked WAL, and every later opening (even the read-only check)
 * would leave -wal and -shm files beside it. A backup is one file: it is switched to the rollback
 * journal before it is checked. The app's own database goes back to WAL when it is opened.
 */
function asOneFile(file: string): void {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { fileMustExist: true });
    db.pragma('journal_mode = DELETE');
  } catch (e) {
    throw new AppError('E_BACKUP_INVALID', `Tệp sao lưu ${file} không dùng được (${(e as Error).message}). Hãy chọn một bản sao lưu khác.`);
  } finally {
    db?.close();
  }
}

/** Checks the written temporary file and renames it to the target; on any failure removes it. */
function settle(tmp: string, target: string, failure?: unknown): BackupInfo {
  try {
    if (failure !== undefined) throw failure;
    asOneFile(tmp);
    checkBackupFile(tmp);
    renameSync(tmp, target);
    return info(target);
  } catch (e) {
    for (const file of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(file, { force: true });
    if (e instanceof AppError) throw e;
    throw new AppError('E_WRITE', `Không tạo được bản sao lưu ${target}: ${(e as Error).message}.`);
  }
}

/**
 * Writes a checked backup of `db` to `target` with SQLite's online backup API. `adjust` may change the
 * copy before it is checked and appears under its name (a move backup re-protects the key in it); the
 * database in use is never touched by it.
 */
export async function backupTo(db: Db, target: string, adjust?: (copy: Db) => Promise<void>): Promise<BackupInfo> {
  const tmp = partOf(target);
  try {
    await db.backup(tmp);
    if (adjust) {
      const copy = new Database(tmp, { fileMustExist: true });
      try {
        await adjust(copy);
      } finally {
        copy.close();
      }
    }
  } catch (e) {
    return settle(tmp, target, e);
  }
  return settle(tmp, target);
}

/** When the backup was made: the time in its name (the app's clock), else the file's own. */
function info(file: string): BackupInfo {
  const st = statSync(file);
  const m = /^tongket-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})/.exec(basename(file));
  const named = m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : null;
  return { file, name: basename(file), size: st.size, createdAt: named ?? st.mtime.toISOString() };
}

export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.sqlite'))
    .sort()
    .reverse()
    .map((n) => info(join(dir, n)));
}

export type BackupReason = 'hang-ngay' | 'truoc-nang-cap' | 'truoc-khoi-phuc' | 'thu-cong' | 'tu-tep';

/** A name no existing backup has: never overwrite a backup (it may be the one being restored). */
const targetFor = (dataDir: string, reason: BackupReason, now: Date): string => {
  mkdirSync(backupDir(dataDir), { recursive: true });
  for (let n = 1; ; n++) {
    const file = join(backupDir(dataDir), `tongket-${stamp(now)}${n > 1 ? `-${n}` : ''}-${reason}.sqlite`);
    if (!existsSync(file)) return file;
  }
};

function prune(dataDir: string, reason: BackupReason): void {
  if (reason === 'thu-cong') return;
  const dir = backupDir(dataDir);
  const same = readdirSync(dir).filter((n) => n.endsWith(`-${reason}.sqlite`)).sort();
  for (const old of same.slice(0, Math.max(0, same.length - AUTO_KEEP))) rmSync(join(dir, old), { force: true });
}

/** A backup with SQLite's online backup API, into the data folder's backup folder. */
export async function backupNow(db: Db, dataDir: string, reason: BackupReason, now: Date): Promise<BackupInfo> {
  const made = await backupTo(db, targetFor(dataDir, reason, now));
  prune(dataDir, reason);
  return made;
}

/**
 * The same, synchronously, with VACUUM INTO: for the moments when nothing else may run first (before
 * a migration, at the daily first open). Checked like any other backup; the last few of a kind are kept.
 */
export function backupSync(db: Db, dataDir: string, reason: BackupReason, now: Date): BackupInfo {
  const target = targetFor(dataDir, reason, now);
  const tmp = partOf(target);
  let made: BackupInfo;
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    made = settle(tmp, target);
  } catch (e) {
    made = settle(tmp, target, e);
  }
  prune(dataDir, reason);
  return made;
}

/**
 * Keeps a backup file the user chose (its bytes, e.g. brought from the old computer) among this data
 * folder's backups, checked first: a file that is not a sound TongKet backup is not kept and changes
 * nothing. Returns the kept file, ready to be restored.
 */
export function keepUploadedBackup(dataDir: string, bytes: Buffer, now: Date): BackupInfo {
  const target = targetFor(dataDir, 'tu-tep', now);
  const tmp = partOf(target);
  try {
    writeFileSync(tmp, bytes, { flush: true });
  } catch (e) {
    return settle(tmp, target, e);
  }
  const kept = settle(tmp, target);
  prune(dataDir, 'tu-tep');
  return kept;
}

/** True when today's daily backup is still to be made. */
export function dailyBackupDue(dataDir: string, now: Date): boolean {
  const today = `tongket-${stamp(now).slice(0, 8)}-`;
  return !listBackups(dataDir).some((b) => b.name.startsWith(today) && b.name.endsWith('-hang-ngay.sqlite'));
}
