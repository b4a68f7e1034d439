import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS } from '../../electron/services/db/migrations/index';
import type { Migration } from '../../electron/services/db/migrations/migration';
import { openDatabase, userVersion } from '../../electron/services/db/open-database';
import { AppError } from '../../shared/errors';
import { DEFAULT_UNITS } from '../../shared/units/directory';
import { snapshotDatabase } from '../helpers/db-snapshot';
import { useTempDirs } from '../helpers/temp';

const tempDir = useTempDirs();

describe('migrations', () => {
  it('versions only go up, one step at a time', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  it('bring an empty database to every version in turn, each step committed with its user_version', () => {
    for (let upTo = 1; upTo <= MIGRATIONS.length; upTo++) {
      const file = join(tempDir(), 'db.sqlite');
      const db = openDatabase(file, { migrations: MIGRATIONS.slice(0, upTo) });
      expect(userVersion(db)).toBe(upTo);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      db.close();
    }
  });

  it('continue from each older version to the latest', () => {
    for (let from = 1; from < MIGRATIONS.length; from++) {
      const file = join(tempDir(), 'db.sqlite');
      openDatabase(file, { migrations: MIGRATIONS.slice(0, from) }).close();
      const db = openDatabase(file);
      expect(userVersion(db)).toBe(LATEST_VERSION);
      db.close();
    }
  });

  it('seed the default directory', () => {
    const db = openDatabase(join(tempDir(), 'db.sqlite'));
    const codes = db.prepare<[], { code: string }>('SELECT code FROM units').all().map((r) => r.code);
    expect(codes.sort()).toEqual(DEFAULT_UNITS.map((u) => u.code).sort());
    db.close();
  });

  it('roll back a failing step entirely: neither its tables nor its version remain', () => {
    const file = join(tempDir(), 'db.sqlite');
    const failing: Migration = {
      version: LATEST_VERSION + 1,
      name: 'fails halfway',
      up(db) {
        db.exec('CREATE TABLE half_done (x INTEGER)');
        throw new Error('boom');
      },
    };
    openDatabase(file).close();
    const before = snapshotDatabase(file);
    expect(() => openDatabase(file, { migrations: [...MIGRATIONS, failing] })).toThrow(AppError);
    expect(snapshotDatabase(file)).toEqual(before);
  });
});

describe('opening a database', () => {
  it('sets WAL, synchronous=FULL and foreign keys on every open, including a reopen', () => {
    const file = join(tempDir(), 'db.sqlite');
    openDatabase(file).close();
    for (let i = 0; i < 2; i++) {
      const db = openDatabase(file);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      db.close();
    }
  });

  it('refuses a database from a newer version, with a clear message, and leaves it untouched', () => {
    const file = join(tempDir(), 'db.sqlite');
    openDatabase(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.close();
    const before = snapshotDatabase(file);
    let error: unknown;
    try {
      openDatabase(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('E_DB_NEWER');
    expect((error as AppError).message).toMatch(/phiên bản TongKet mới hơn/);
    expect(snapshotDatabase(file)).toEqual(before);
  });

  it('refuses a file that is not a database', async () => {
    const file = join(tempDir(), 'db.sqlite');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, 'đây không phải cơ sở dữ liệu '.repeat(100));
    expect(() => openDatabase(file)).toThrow(expect.objectContaining({ code: 'E_DB_OPEN' }));
  });
});
