// Small crashes that used to end in a stack trace: a closed pipe (`tongket … | head -1`), a read-only
// database file, a read-only folder for commands that only read, and a malformed percent-escape in a
// web-host API path.
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { databasePath } from '../../electron/services/data-dir';
import { LOCK_FOLDER } from '../../electron/services/db/folder-lock';
import { startWebHost, type WebHost } from '../../electron/web/host';
import { webHostHooks } from '../../electron/web/web-hooks';
import { TEST_PASSPHRASE, tongket } from '../helpers/cli';
import { snapshotDatabase } from '../helpers/db-snapshot';
import { GOOD_SAMPLE, fixturePath } from '../helpers/fixtures';
import { FIXED_NOW } from '../helpers/services';
import { useTempDirs } from '../helpers/temp';
import { makeUnit, packageOf } from '../helpers/unit-package';

const tempDir = useTempDirs();
const BIN = fileURLToPath(new URL('../../bin/tongket.js', import.meta.url));
// As root, permission bits do not bind: meet the folder as an ordinary user, as an office PC would.
const asOther = process.getuid?.() === 0 ? { uid: 65534 } : {};

function unitWithReport(): string {
  const data = join(tempDir(), 'du-lieu');
  expect(tongket(['--data', data, 'setup', '--unit', 'LDLD-TAMDUONG', '--signer', 'Lò Văn Minh']).code).toBe(0);
  expect(tongket(['--data', data, 'draft', 'load', fixturePath(GOOD_SAMPLE)]).code).toBe(0);
  chmodSync(join(data, '..'), 0o755);
  return data;
}

/** Runs tongket with its stdout closed by the reader before anything is written, as `| head -0` does. */
function withClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, TONGKET_PASSPHRASE: TEST_PASSPHRASE }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

const hosts: WebHost[] = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
});

describe('small crashes', () => {
  it('exits quietly when the reader of its output went away', async () => {
    const data = unitWithReport();
    const r = await withClosedStdout(['--data', data, 'draft', 'show']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('names a read-only database file E_DATA_READONLY and changes nothing', () => {
    const data = unitWithReport();
    // The folder and its lock folder writable, only the database file not.
    chmodSync(data, 0o777);
    chmodSync(join(data, LOCK_FOLDER), 0o777);
    chmodSync(databasePath(data), 0o444);
    try {
      const before = snapshotDatabase(databasePath(data));
      const r = tongket(['--data', data, 'draft', 'load', fixturePath(GOOD_SAMPLE)], asOther);
      expect(r.stderr).toMatch(/^Lỗi \[E_DATA_READONLY\]: .*chỉ đọc/);
      expect(r.stderr).not.toMatch(/không mong muốn|at .*\.mjs/);
      expect(r.code).toBe(1);
      expect(snapshotDatabase(databasePath(data))).toEqual(before);
      // Reading still works.
      expect(tongket(['--data', data, 'draft', 'show'], asOther).code).toBe(0);
    } finally {
      chmodSync(databasePath(data), 0o644);
      chmodSync(data, 0o755);
    }
  });

  it('runs status, verify and the lists on a read-only folder', () => {
    const root = tempDir();
    chmodSync(root, 0o755);
    const unit = makeUnit(root, 'LDLD-TAMDUONG');
    const province = join(root, 'tinh');
    expect(tongket(['--data', province, 'setup', '--unit', 'LDLD-LAICHAU', '--signer', 'Nguyễn Thị Thiện']).code).toBe(0);
    expect(tongket(['--data', province, 'key', 'register', unit.pubFile, '--confirm', unit.fingerprint]).code).toBe(0);
    expect(tongket(['--data', province, 'import', packageOf(unit)]).code).toBe(0);
    chmodSync(province, 0o555);
    try {
      const before = snapshotDatabase(databasePath(province));
      const status = tongket(['--data', province, 'status'], asOther);
      expect(status.stderr).toBe('');
      expect(status.code).toBe(0);
      expect(status.stdout).toMatch(/LDLD-TAMDUONG\s+Đúng hạn|LDLD-TAMDUONG\s+Trễ hạn/);
      const verify = tongket(['--data', province, 'verify', packageOf(unit)], asOther);
      expect(verify.stderr).toBe('');
      expect(verify.code).toBe(0);
      for (const args of [['units', 'list'], ['key', 'list'], ['backup', 'list']]) expect(tongket(['--data', province, ...args], asOther).code).toBe(0);
      // A write is refused plainly.
      const write = tongket(['--data', province, 'import', packageOf(unit)], asOther);
      expect(write.stderr).toMatch(/E_DATA_READONLY/);
      expect(snapshotDatabase(databasePath(province))).toEqual(before);
    } finally {
      chmodSync(province, 0o755);
    }
  });

  it('answers 400 to a malformed percent-escape in an API path', async () => {
    const dataDir = join(tempDir(), 'du-lieu');
    const rendererDir = join(dataDir, '..', 'renderer');
    mkdirSync(rendererDir, { recursive: true });
    const host = await startWebHost({ dataDir, rendererDir, clock: () => FIXED_NOW, host: webHostHooks({ passphrase: null, exportsDir: join(dataDir, 'xuat') }) });
    hosts.push(host);
    const res = await fetch(`${host.origin}/api/getProfile%E0%A4%A`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: host.origin, 'X-TongKet-Token': host.token },
      body: '{}',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'E_INPUT' } });
  });
});
