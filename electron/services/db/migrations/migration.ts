import type { Database } from 'better-sqlite3';

/** One schema step. Versions only go up; each runs in its own transaction with its user_version. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
