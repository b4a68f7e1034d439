import Database from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';

/**
 * Every row of every table, plus user_version: two snapshots are equal exactly when nothing in the
 * database changed. Used to prove that refused input leaves the database as it was.
 */
export function snapshotDatabase(file: string): Record<string, unknown> {
  if (!existsSync(file)) return { missing: true };
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((t) => t.name);
    const snap: Record<string, unknown> = { user_version: db.pragma('user_version', { simple: true }) };
    for (const t of tables) snap[t] = db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all();
    return snap;
  } finally {
    db.close();
  }
}

/** The files of a folder, to check that a refused command created nothing. */
export const listFiles = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).sort() : []);
