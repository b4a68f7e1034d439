// Backup and restore, database health at start, and the move to a new computer — with the real CLI.
import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppServices } from '../../electron/services/app-services';
import { backupDir } from '../../electron/services/backup/backup';
import { databasePath } from '../../electron/services/data-dir';
import { refuseNetworkFolder } from '../../electron/services/db/health';
import { MIGRATIONS } from '../../electron/services/db/migrations/index';
import { openDatabase } from '../../electron/services/db/open-database';
import { sha256Hex } from '../../electron/services/package/hashing';
import type { ImportLine } from '../../shared/api/inbox-types';
import { AppError } from '../../shared/errors';
import { tongket } from '../helpers/cli';
import { snapshotDatabase } from '../helpers/db-snapshot';
import { GOOD_SAMPLE, fixturePath } from '../helpers/fixtures';
import { useTempDirs } from '../helpers/temp';
import { makeUnit, packageOf, reviseUnit } from '../helpers/unit-package';

const tempDir = useTempDirs();

const ok = (args: string[]) => {
  const r = tongket(args);
  expect(r.code, r.stderr).toBe(0);
  return r;
};

function unitWithReport(): string {
  const data = join(tempDir(), 'data');
  ok(['--data', data, 'setup', '--unit', 'LDLD-TAMDUONG', '--signer', 'Lò Văn Minh']);
  ok(['--data', data, 'draft', 'load', fixturePath(GOOD_SAMPLE)]);
  return data;
}

const courses = (data: string) => (JSON.parse(ok(['--data', data, 'draft', 'show', '--json']).stdout) as { values: Record<string, unknown> }).values['s5.courses'];

function setCourses(data: string, n: number): void {
  const shown = JSON.parse(ok(['--data', data, 'draft', 'show', '--json']).stdout) as { values: Record<string, unknown> };
  shown.values['s5.courses'] = n;
  const file = join(data, '..', `c${n}.json`);
  writeFileSync(file, JSON.stringify(shown));
  ok(['--data', data, 'draft', 'load', file]);
}

describe('backup and restore', () => {
  it('makes a checked backup and restores it, keeping the data it replaced', () => {
    const data = unitWithReport();
    const made = JSON.parse(ok(['--data', data, '--json', 'backup', 'create']).stdout) as { file: string };
    const check = new Database(made.file, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    // One file: not WAL-marked, so that opening it leaves nothing beside it.
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete');
    check.close();
    expect(readdirSync(backupDir(data)).filter((n) => !n.endsWith('.sqlite'))).toEqual([]);
    expect(ok(['--data', data, 'backup', 'list']).stdout).toContain(made.file);

    setCourses(data, 99);
    expect(courses(data)).toBe(99);
    const restored = JSON.parse(ok(['--data', data, '--json', 'backup', 'restore', made.file]).stdout) as { previousKeptAt: string };
    expect(courses(data)).toBe(14);
    // What was replaced is itself a backup that can be restored.
    ok(['--data', data, 'backup', 'restore', restored.previousKeptAt]);
    expect(courses(data)).toBe(99);
  });

  it('refuses a file that is not a good backup, and changes nothing', () => {
    const data = unitWithReport();
    const bad = join(data, '..', 'khong-phai.sqlite');
    writeFileSync(bad, 'không phải cơ sở dữ liệu');
    const before = snapshotDatabase(databasePath(data));
    const r = tongket(['--data', data, 'backup', 'restore', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('E_BACKUP_INVALID');
    expect(snapshotDatabase(databasePath(data))).toEqual(before);
  });

  it('backs up once a day at the first open, and before a migration', async () => {
    const dir = tempDir();
    const day1 = new Date('2023-05-18T01:00:00Z');
    const s1 = openAppServices({ dataDir: dir, create: true, clock: () => day1 });
    await s1.api.saveProfile({ unitCode: 'LDLD-TAMDUONG', signerName: 'Lò Văn Minh' });
    s1.close();
    for (const at of ['2023-05-18T05:00:00Z', '2023-05-18T09:00:00Z', '2023-05-19T01:00:00Z']) {
      openAppServices({ dataDir: dir, clock: () => new Date(at) }).close();
    }
    expect(readdirSync(backupDir(dir)).filter((n) => n.endsWith('-hang-ngay.sqlite'))).toHaveLength(2);

    const old = join(tempDir(), 'old');
    mkdirSync(old);
    openDatabase(databasePath(old), { migrations: MIGRATIONS.slice(0, 2) }).close();
    openAppServices({ dataDir: old }).close();
    const [pre] = readdirSync(backupDir(old)).filter((n) => n.endsWith('-truoc-nang-cap.sqlite'));
    const kept = new Database(join(backupDir(old), pre as string), { readonly: true });
    expect(kept.pragma('user_version', { simple: true })).toBe(2);
    kept.close();
  });
});

describe('database health at start', () => {
  it('never writes to a damaged database, and the latest backup brings the work back', () => {
    const data = unitWithReport();
    const good = JSON.parse(ok(['--data', data, '--json', 'backup', 'create']).stdout) as { file: string };
    // Damage pages in the middle of the file, as a failing disk would.
    const file = databasePath(data);
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(8192, 0xa5), 0, 8192, 4096 * 3);
    closeSync(fd);
    const hash = sha256Hex(readFileSync(file));
    const r = tongket(['--data', data, 'draft', 'show']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/E_DB_CORRUPT.*backup restore/s);
    expect(sha256Hex(readFileSync(file))).toBe(hash);
    const restored = JSON.parse(ok(['--data', data, '--json', 'backup', 'restore', good.file]).stdout) as { previousKeptAt: string };
    expect(restored.previousKeptAt).toMatch(/-hong\.sqlite$/);
    expect(courses(data)).toBe(14);
  });

  it('refuses a data folder on a network share', () => {
    for (const dir of ['\\\\may-chu\\chia-se\\TongKet', '//may-chu/chia-se/TongKet']) {
      expect(() => refuseNetworkFolder(dir, 'win32')).toThrow(expect.objectContaining({ code: 'E_DATA_NETWORK' }));
    }
    expect(() => refuseNetworkFolder(tempDir())).not.toThrow(AppError);
  });
});

describe('moving to a new computer', () => {
  it('restores the backup with its key, and the province recognises the same key', () => {
    const root = tempDir();
    const unit = makeUnit(root, 'LDLD-SINHO');
    const province = join(root, 'province');
    ok(['--data', province, 'setup', '--unit', 'LDLD-LAICHAU', '--signer', 'Nguyễn Thị Thiện']);
    ok(['--data', province, 'key', 'register', unit.pubFile, '--confirm', unit.fingerprint]);
    expect(JSON.parse(ok(['--data', province, '--json', 'import', packageOf(unit)]).stdout)).toMatchObject([{ outcome: 'accepted' }]);

    const usb = join(root, 'usb-sao-luu.sqlite');
    ok(['--data', unit.data, 'backup', 'create', '--out', usb]);
    const newPc = { ...unit, data: join(root, 'may-moi', 'data'), out: join(root, 'may-moi', 'out') };
    ok(['--data', newPc.data, 'backup', 'restore', usb]);
    expect(existsSync(databasePath(newPc.data))).toBe(true);
    reviseUnit(newPc, 'Chuyển sang máy mới, bổ sung số liệu');
    const lines = JSON.parse(tongket(['--data', province, '--json', 'import', packageOf(newPc, 2)]).stdout) as ImportLine[];
    expect(lines).toMatchObject([{ outcome: 'superseded', revision: 2, previousRevision: 1 }]);
    expect(lines[0]?.fingerprint).toBe(unit.fingerprint);
  });
});

describe('backup and restore through the API (the app)', () => {
  it('restores a listed backup under the running app, which goes on working', async () => {
    const dir = tempDir();
    const services = openAppServices({ dataDir: dir, create: true });
    try {
      const { api } = services;
      await api.saveProfile({ unitCode: 'LDLD-TAMDUONG', signerName: 'Lò Văn Minh' });
      await api.saveField({ key: 's5.courses', value: 7 });
      const made = await api.createBackup({});
      expect((await api.listBackups({})).map((b) => b.name)).toContain(made.name);
      await api.saveField({ key: 's5.courses', value: 70 });
      const r = await api.restoreBackup({ name: made.name });
      expect(r.previousKeptAt).toMatch(/truoc-khoi-phuc\.sqlite$/);
      expect((await api.getDraft({})).values['s5.courses']).toBe(7);
      expect((await api.saveField({ key: 's5.courses', value: 8 })).value).toBe(8);
      expect(services.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
      await expect(api.restoreBackup({ name: '../../etc/passwd.sqlite' })).rejects.toMatchObject({ code: 'E_INPUT' });
      await expect(api.restoreBackup({ name: 'khong-co.sqlite' })).rejects.toMatchObject({ code: 'E_BACKUP_INVALID' });
    } finally {
      services.close();
    }
  });
});
