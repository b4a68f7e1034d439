// Opens the app's SQLite database: durable settings on every open (they are per connection, not stored
// in the file), migrations in order, and a database from a newer app refused rather than damaged.
import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { busyError, folderHolders } from './folder-lock';
import { AppError } from '../../../shared/errors';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index';
import type { Migration } from './migrations/migration';

export type Db = Database.Database;

/** How long a write waits for another process's write transaction before giving up (E_DATA_BUSY). */
export const BUSY_TIMEOUT_MS = 10_000;

function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  // FULL: a power cut right after a save never loses that save (NORMAL may, in WAL mode).
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
}

/**
 * Every transaction on this connection starts IMMEDIATE: it takes the write lock first (waiting up to
 * the busy timeout for another process's write), instead of reading under a snapshot and failing at
 * once with "database is locked" when it tries to write after another process did. One place, so that
 * no write path can forget it; `.deferred` stays available for a read-only transaction.
 */
function immediateTransactions(db: Db): void {
  const plain = db.transaction.bind(db);
  // The .immediate variant carries the others (.deferred, .exclusive) as properties, like the default.
  db.transaction = ((fn: Parameters<Db['transaction']>[0]) => plain(fn).immediate) as Db['transaction'];
}

export function userVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS, beforeMigrate?: (db: Db, from: number) => void): void {
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  const current = userVersion(db);
  if (current > latest) {
    throw new AppError(
      'E_DB_NEWER',
      `Dữ liệu này được tạo bởi một phiên bản TongKet mới hơn (lược đồ ${current}, phiên bản này chỉ hiểu đến ${latest}). Hãy cài phiên bản TongKet mới nhất; dữ liệu không bị thay đổi.`,
    );
  }
  if (current > 0 && current < latest) beforeMigrate?.(db, current);
  for (const m of migrations) {
    if (m.version <= current) continue;
    // The schema change and its version number commit together, or not at all.
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}

export interface OpenOptions {
  migrations?: readonly Migration[];
  /** Runs once before an existing database is upgraded (the pre-migration backup). */
  beforeMigrate?: (db: Db, from: number) => void;
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  let db: Db;
  try {
    db = new Database(file);
  } catch (e) {
    throw new AppError('E_DB_OPEN', `Không mở được cơ sở dữ liệu ${file}: ${(e as Error).message}. Hãy kiểm tra quyền ghi vào thư mục dữ liệu.`);
  }
  try {
    applyPragmas(db);
    immediateTransactions(db);
    migrate(db, options.migrations ?? MIGRATIONS, options.beforeMigrate);
    return db;
  } catch (e) {
    db.close();
    if (e instanceof AppError) throw e;
    throw dataError(e, file) ?? new AppError('E_DB_OPEN', `Không mở được cơ sở dữ liệu ${file}: ${(e as Error).message}.`);
  }
}

/**
 * Opens the database only to read (status, verify, lists), beside a process that may hold it for
 * writing. When no process has it open (no `-wal` beside it), or the folder is read-only, the file is
 * read whole into memory, marked as a plain (non-WAL) database, and queried there: a read-only
 * connection to a WAL file would otherwise leave a `-wal` and `-shm` behind, which a reading command
 * must never do. With a `-wal` present a writer is (or was) at work, and SQLite's own read-only
 * connection sees its committed changes.
 */
export function openDatabaseReadOnly(file: string): Db {
  let db: Db | null = null;
  if (existsSync(`${file}-wal`)) {
    try {
      db = new Database(file, { readonly: true, fileMustExist: true });
      db.pragma('user_version');
    } catch (e) {
      if (!/READONLY|CANTOPEN/.test(String((e as { code?: unknown }).code))) {
        throw dataError(e, file) ?? new AppError('E_DB_OPEN', `Không mở được cơ sở dữ liệu ${file}: ${(e as Error).message}.`);
      }
      db = null;
    }
  }
  db ??= openInMemoryCopy(file);
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('query_only = ON');
  return db;
}

function openInMemoryCopy(file: string): Db {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (r) {
    throw new AppError('E_DB_OPEN', `Không đọc được cơ sở dữ liệu ${file}: ${(r as Error).message}.`);
  }
  // Bytes 18–19 of the header: file format versions, 2 = WAL. A copy in memory has no WAL.
  if (bytes.length >= 20 && bytes[18] === 2) bytes.fill(1, 18, 20);
  try {
    return new Database(bytes, { readonly: true });
  } catch (e) {
    throw dataError(e, file) ?? new AppError('E_DB_OPEN', `Không mở được cơ sở dữ liệu ${file}: ${(e as Error).message}.`);
  }
}

/**
 * SQLite's own refusals, as the user-facing errors they mean; null for anything else. With the data
 * folder, a write that waited too long names who else holds the folder.
 */
export function dataError(e: unknown, file: string, dataDir?: string): AppError | null {
  if (e instanceof AppError) return e;
  const code = String((e as { code?: unknown } | null)?.code ?? '');
  const message = e instanceof Error ? e.message : String(e);
  if (code.startsWith('SQLITE_READONLY') || /readonly database|read-only/i.test(message)) {
    return new AppError('E_DATA_READONLY', `Không ghi được vào cơ sở dữ liệu ${file} (tệp hoặc thư mục chỉ đọc). Các lệnh chỉ đọc (status, verify…) vẫn dùng được; để ghi, hãy chọn một thư mục dữ liệu có quyền ghi.`);
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    if (dataDir) return busyError(dataDir, folderHolders(dataDir).filter((h) => h.pid !== process.pid || h.host !== hostname()), 'ghi dữ liệu lúc này');
    return new AppError('E_DATA_BUSY', `Cơ sở dữ liệu ${file} đang bận ghi bởi một chương trình khác quá lâu. Dữ liệu không bị thay đổi; hãy thử lại sau ít phút.`);
  }
  return null;
}

export { LATEST_VERSION };
