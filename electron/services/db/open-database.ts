// Opens the app's SQLite database: durable settings on every open (they are per connection, not stored
// in the file), migrations in order, and a database from a newer app refused rather than damaged.
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index';
import type { Migration } from './migrations/migration';

export type Db = Database.Database;

function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  // FULL: a power cut right after a save never loses that save (NORMAL may, in WAL mode).
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
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
    migrate(db, options.migrations ?? MIGRATIONS, options.beforeMigrate);
    return db;
  } catch (e) {
    db.close();
    if (e instanceof AppError) throw e;
    const message = (e as Error).message;
    if (/readonly|read-only/i.test(message)) {
      throw new AppError('E_DATA_READONLY', `Không ghi được vào cơ sở dữ liệu ${file} (chỉ đọc). Hãy chọn một thư mục dữ liệu có quyền ghi.`);
    }
    throw new AppError('E_DB_OPEN', `Không mở được cơ sở dữ liệu ${file}: ${message}.`);
  }
}

export { LATEST_VERSION };
