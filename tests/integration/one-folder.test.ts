// One data folder, several processes: three `tongket import` at once and the web host's autosave on the
// same folder all succeed (no "database is locked", one current row per unit); a restore while the host
// has the folder open is refused, names the host, and the host's later saves are kept; read-only
// commands work beside it; a lock left by a process that died does not block anybody.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../shared/api/contract';
import { openAppServices } from '../../electron/services/app-services';
import { databasePath } from '../../electron/services/data-dir';
import { LOCK_FOLDER } from '../../electron/services/db/folder-lock';
import { startWebHost, type WebHost } from '../../electron/web/host';
import { webHostHooks } from '../../electron/web/web-hooks';
import { tongket, tongketAsync } from '../helpers/cli';
import { snapshotDatabase } from '../helpers/db-snapshot';
import { FIXED_NOW } from '../helpers/services';
import { useTempDirs } from '../helpers/temp';
import { makeWorld, unitExports } from '../helpers/province-world';

const tempDir = useTempDirs();
const hosts: WebHost[] = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
});

async function startHost(dataDir: string): Promise<WebHost> {
  const rendererDir = join(dataDir, '..', 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  const host = await startWebHost({ dataDir, rendererDir, clock: () => FIXED_NOW, host: webHostHooks({ passphrase: null, exportsDir: join(dataDir, 'xuat') }) });
  hosts.push(host);
  return host;
}

async function call<T>(host: WebHost, method: string, input: unknown): Promise<ApiResult<T>> {
  const res = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: host.origin, 'X-TongKet-Token': host.token },
    body: JSON.stringify(input),
  });
  return (await res.json()) as ApiResult<T>;
}

function savedValue(dataDir: string, key: string): unknown {
  const db = new Database(databasePath(dataDir), { readonly: true });
  try {
    const row = db.prepare<[string], { value_json: string }>('SELECT value_json FROM field_values WHERE field_key = ? ORDER BY report_id DESC LIMIT 1').get(key);
    return row ? JSON.parse(row.value_json) : undefined;
  } finally {
    db.close();
  }
}

/** A province whose units' keys are registered, and a folder of their packages per import command. */
async function provinceWithPackages(codes: readonly string[]) {
  const root = tempDir();
  const w = await makeWorld(root);
  const packages = new Map<string, Buffer>();
  for (const [i, code] of codes.entries()) packages.set(code, await unitExports(w, code, i));
  const provinceDir = join(root, 'province');
  w.close();
  return { root, provinceDir, packages };
}

describe('one data folder, several processes', () => {
  it('runs three imports at once beside the web host autosaving, with no error and one current row per unit', async () => {
    const codes = ['LDLD-TAMDUONG', 'LDLD-PHONGTHO', 'LDLD-SINHO', 'LDLD-MUONGTE', 'LDLD-TANUYEN', 'LDLD-THANUYEN'];
    const { root, provinceDir, packages } = await provinceWithPackages(codes);
    // Overlapping batches: the same package reaches two commands at once.
    const batches = [codes.slice(0, 4), codes.slice(2), codes];
    const folders = batches.map((batch, i) => {
      const dir = join(root, `hop-thu-${i}`);
      mkdirSync(dir);
      for (const code of batch) writeFileSync(join(dir, `${code}.tongket`), packages.get(code) as Buffer);
      return dir;
    });
    const host = await startHost(provinceDir);

    let importing = true;
    const imports = Promise.all(folders.map((dir) => tongketAsync(['--data', provinceDir, 'import', dir]))).finally(() => (importing = false));
    const saves: Array<ApiResult<unknown>> = [];
    let n = 0;
    while (importing || n < 3) {
      n++;
      saves.push(await call(host, 'saveField', { key: 'pl.chairs.end', value: n }));
    }
    const runs = await imports;

    for (const r of runs) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/TỪ CHỐI|locked/);
    }
    expect(saves.filter((s) => !s.ok)).toEqual([]);
    await host.close();
    hosts.length = 0;
    expect(savedValue(provinceDir, 'pl.chairs.end')).toBe(n);
    const db = new Database(databasePath(provinceDir), { readonly: true });
    try {
      const current = db.prepare<[], { unit_code: string; n: number }>("SELECT unit_code, COUNT(*) AS n FROM inbox WHERE state = 'current' GROUP BY unit_code ORDER BY unit_code").all();
      expect(current).toEqual([...codes].sort().map((unit_code) => ({ unit_code, n: 1 })));
      expect(db.prepare('SELECT COUNT(*) AS n FROM inbox').get()).toEqual({ n: codes.length });
    } finally {
      db.close();
    }
    expect(readdirSync(join(provinceDir, LOCK_FOLDER))).toEqual([]);
  });

  it('refuses a restore while the web host holds the folder, naming it; the host goes on and keeps its later saves', async () => {
    const dataDir = join(tempDir(), 'du-lieu');
    const host = await startHost(dataDir);
    expect(await call(host, 'saveProfile', { unitCode: 'LDLD-TAMDUONG', signerName: 'Lò Văn Minh' })).toMatchObject({ ok: true });
    expect(await call(host, 'saveField', { key: 'pl.chairs.end', value: 10 })).toMatchObject({ ok: true });
    // Read-only commands work beside the host: a backup is only a read. (Run without blocking this
    // process, whose event loop serves the host.)
    const made = await tongketAsync(['--data', dataDir, '--json', 'backup', 'create']);
    expect(made.code).toBe(0);
    const backupFile = (JSON.parse(made.stdout) as { file: string }).file;
    expect((await tongketAsync(['--data', dataDir, 'status'])).code).toBe(0);
    expect((await tongketAsync(['--data', dataDir, 'draft', 'show'])).code).toBe(0);
    expect(await call(host, 'saveField', { key: 'pl.chairs.end', value: 11 })).toMatchObject({ ok: true });
    const before = snapshotDatabase(databasePath(dataDir));

    const r = await tongketAsync(['--data', dataDir, 'backup', 'restore', backupFile]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Lỗi [E_DATA_BUSY]');
    expect(r.stderr).toContain('TongKet trên trình duyệt');
    expect(r.stderr).toContain(`tiến trình ${process.pid}`);
    expect(r.stderr).toMatch(/từ \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}|từ \d{1,2}\/\d{1,2}\/\d{4}/);
    expect(snapshotDatabase(databasePath(dataDir))).toEqual(before);

    // The host still writes into the one database there is, and every save stays.
    expect(await call(host, 'saveField', { key: 'pl.chairs.end', value: 12 })).toMatchObject({ ok: true });
    await host.close();
    hosts.length = 0;
    expect(savedValue(dataDir, 'pl.chairs.end')).toBe(12);
    // Once the host is gone the same restore goes through.
    const again = await tongketAsync(['--data', dataDir, 'backup', 'restore', backupFile]);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(savedValue(dataDir, 'pl.chairs.end')).toBe(10);
  });

  it('does not let a lock left by a process that died block a restore or a write', () => {
    const dataDir = join(tempDir(), 'du-lieu');
    expect(tongket(['--data', dataDir, 'setup', '--unit', 'LDLD-TAMDUONG', '--signer', 'Lò Văn Minh']).code).toBe(0);
    const backup = JSON.parse(tongket(['--data', dataDir, '--json', 'backup', 'create']).stdout) as { file: string };
    // A pid that surely ran and ended: a child that has exited.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const lockDir = join(dataDir, LOCK_FOLDER);
    mkdirSync(lockDir, { recursive: true });
    const since = new Date().toISOString();
    writeFileSync(join(lockDir, `x-${dead}-dead.json`), JSON.stringify({ pid: Number(dead), host: hostname(), what: 'app', since }));
    writeFileSync(join(lockDir, 'doc-quyen.json'), JSON.stringify({ pid: Number(dead), host: hostname(), what: 'cli', since, exclusive: true }));
    expect(tongket(['--data', dataDir, 'units', 'add', '--code', 'CDN-XAYDUNG', '--name', 'Công đoàn ngành Xây dựng', '--level', 'cd-cap-tren', '--parent', 'LDLD-LAICHAU', '--place', 'Lai Châu']).code).toBe(0);
    writeFileSync(join(lockDir, `x-${dead}-dead.json`), JSON.stringify({ pid: Number(dead), host: hostname(), what: 'app', since }));
    const r = tongket(['--data', dataDir, 'backup', 'restore', backup.file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(lockDir)).toEqual([]);
  });

  it('refuses a write command while a live process holds the folder alone (a restore in progress)', () => {
    const dataDir = join(tempDir(), 'du-lieu');
    expect(tongket(['--data', dataDir, 'setup', '--unit', 'LDLD-TAMDUONG', '--signer', 'Lò Văn Minh']).code).toBe(0);
    const before = snapshotDatabase(databasePath(dataDir));
    const lockDir = join(dataDir, LOCK_FOLDER);
    mkdirSync(lockDir, { recursive: true });
    // This test's own process, alive: a restore that does not end while the command waits.
    writeFileSync(join(lockDir, 'doc-quyen.json'), JSON.stringify({ pid: process.pid, host: hostname(), what: 'app', since: FIXED_NOW.toISOString(), exclusive: true }));
    const r = tongket(['--data', dataDir, 'draft', 'load', 'tests/fixtures/sample-tamduong.json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Lỗi [E_DATA_BUSY]');
    expect(r.stderr).toContain('ứng dụng TongKet');
    expect(snapshotDatabase(databasePath(dataDir))).toEqual(before);
    // Reading still works.
    expect(tongket(['--data', dataDir, 'draft', 'show']).code).toBe(0);
  });

  it('makes a write wait for a write of another process, then refuse with E_DATA_BUSY naming the app that holds it', () => {
    const dataDir = join(tempDir(), 'du-lieu');
    expect(tongket(['--data', dataDir, 'setup', '--unit', 'LDLD-TAMDUONG', '--signer', 'Lò Văn Minh']).code).toBe(0);
    const app = openAppServices({ dataDir, holder: 'app', clock: () => FIXED_NOW });
    try {
      // The app is in the middle of a write transaction that does not end while the command waits.
      app.ctx.db.exec('BEGIN IMMEDIATE');
      const before = snapshotDatabase(databasePath(dataDir));
      const r = tongket(['--data', dataDir, 'units', 'add', '--code', 'CDN-XAYDUNG', '--name', 'Công đoàn ngành Xây dựng', '--level', 'cd-cap-tren', '--parent', 'LDLD-LAICHAU', '--place', 'Lai Châu']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('Lỗi [E_DATA_BUSY]');
      expect(r.stderr).toContain(`ứng dụng TongKet (tiến trình ${process.pid}`);
      app.ctx.db.exec('ROLLBACK');
      expect(snapshotDatabase(databasePath(dataDir))).toEqual(before);
    } finally {
      app.close();
    }
  });
});
