// Restore checks what it restores: a backup must have exactly the schema of its version. A trigger (that
// would silently mark held packages current), a view, or a newer schema under an older user_version is
// refused and changes nothing; a -wal beside the file is restored with it, because the copy is made
// from the connection that was checked.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDir } from '../../electron/services/backup/backup';
import { databasePath } from '../../electron/services/data-dir';
import { LATEST_VERSION } from '../../electron/services/db/migrations/index';
import { tongket } from '../helpers/cli';
import { snapshotDatabase } from '../helpers/db-snapshot';
import { useServices } from '../helpers/services';
import { useTempDirs } from '../helpers/temp';

const tempDir = useTempDirs();
const open = useServices();

/** A unit with one saved value, and a sound backup of it outside the data folder. */
async function unitAndBackup(value: number): Promise<{ data: string; backup: string }> {
  const root = tempDir();
  const data = join(root, 'du-lieu');
  const services = open(data);
  await services.api.saveProfile({ unitCode: 'LDLD-TAMDUONG', signerName: 'Lò Văn Minh' });
  await services.api.saveField({ key: 'pl.chairs.end', value });
  const made = await services.api.createBackup({});
  services.close();
  const backup = join(root, 'sao-luu-usb.sqlite');
  copyFileSync(made.file, backup);
  return { data, backup };
}

function alter(file: string, sql: string): void {
  const db = new Database(file);
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

const savedChairs = (data: string): unknown => {
  const r = tongket(['--data', data, 'draft', 'show', '--json']);
  expect(r.code, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { values: Record<string, unknown> }).values['pl.chairs.end'];
};

/** The restore is refused with E_BACKUP_INVALID naming the problem, and the folder is as it was. */
function expectRefused(data: string, backup: string, problem: RegExp): void {
  const before = snapshotDatabase(databasePath(data));
  const files = readdirSync(data).sort();
  const backups = readdirSync(backupDir(data)).sort();
  const r = tongket(['--data', data, 'backup', 'restore', backup]);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('Lỗi [E_BACKUP_INVALID]');
  expect(r.stderr).toMatch(problem);
  expect(snapshotDatabase(databasePath(data))).toEqual(before);
  expect(readdirSync(data).sort()).toEqual(files);
  expect(readdirSync(backupDir(data)).sort()).toEqual(backups);
  // The previous database still opens and reads.
  expect(savedChairs(data)).toBe(40);
}

describe('restore checks the schema of what it restores', () => {
  it('refuses a backup carrying a trigger we did not create', async () => {
    const { data } = await unitAndBackup(40);
    const { backup } = await unitAndBackup(7);
    alter(backup, `CREATE TRIGGER release_held AFTER INSERT ON inbox BEGIN UPDATE inbox SET state = 'current' WHERE state = 'held'; END;`);
    expectRefused(data, backup, /thừa trigger release_held/);
  });

  it('refuses a backup carrying a view', async () => {
    const { data } = await unitAndBackup(40);
    const { backup } = await unitAndBackup(7);
    alter(backup, 'CREATE VIEW every_key AS SELECT * FROM keys;');
    expectRefused(data, backup, /thừa view every_key/);
  });

  it('refuses a newer schema under an older user_version', async () => {
    const { data } = await unitAndBackup(40);
    const { backup } = await unitAndBackup(7);
    alter(backup, `PRAGMA user_version = ${LATEST_VERSION - 1};`);
    // Whatever the latest migration did, the newer schema has something the older one has not.
    expectRefused(data, backup, new RegExp(`phiên bản ${LATEST_VERSION - 1}: .*thừa`));
  });

  it('refuses a changed table and a dropped index', async () => {
    const { data } = await unitAndBackup(40);
    const { backup } = await unitAndBackup(7);
    alter(backup, 'ALTER TABLE units ADD COLUMN note TEXT; DROP INDEX inbox_unit;');
    expectRefused(data, backup, /khác table units.*thiếu index inbox_unit/);
  });

  it('restores a backup with a -wal beside it as it was checked, WAL included', async () => {
    const { data } = await unitAndBackup(40);
    const { backup } = await unitAndBackup(7);
    // A change that lives only in the -wal: copied while the writer still has it open.
    const writer = new Database(backup);
    writer.pragma('journal_mode = WAL');
    writer.pragma('wal_autocheckpoint = 0');
    writer.prepare("UPDATE field_values SET value_json = '99' WHERE field_key = 'pl.chairs.end'").run();
    const moved = join(tempDir(), 'ban-sao.sqlite');
    copyFileSync(backup, moved);
    copyFileSync(`${backup}-wal`, `${moved}-wal`);
    writer.close();
    expect(existsSync(`${moved}-wal`)).toBe(true);

    const r = tongket(['--data', data, 'backup', 'restore', moved]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(savedChairs(data)).toBe(99);
  });

  it('refuses the same through the app: an uploaded backup with a trigger is not kept', async () => {
    const { data } = await unitAndBackup(40);
    const { backup } = await unitAndBackup(7);
    alter(backup, `CREATE TRIGGER t AFTER UPDATE ON field_values BEGIN SELECT 1; END;`);
    const services = open(data);
    const before = snapshotDatabase(databasePath(data));
    const backups = readdirSync(backupDir(data)).sort();
    await expect(services.api.restoreUploadedBackup({ name: 'usb.sqlite', dataBase64: readFileSync(backup).toString('base64') })).rejects.toMatchObject({ code: 'E_BACKUP_INVALID' });
    expect(snapshotDatabase(databasePath(data))).toEqual(before);
    expect(readdirSync(backupDir(data)).sort()).toEqual(backups);
    expect((await services.api.getDraft({})).values['pl.chairs.end']).toBe(40);
  });
});
