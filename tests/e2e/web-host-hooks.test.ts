// `npm run web` as the office runs it (the built bundle in a child process): the export folder comes
// from --exports or defaults to <data>/xuat, both printed at start; the signing key opens with
// TONGKET_PASSPHRASE, and without it export answers the Vietnamese E_KEY_LOCKED message.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../shared/api/contract';
import { TEST_PASSPHRASE } from '../helpers/cli';
import { GOOD_SAMPLE, fixturePath } from '../helpers/fixtures';
import { ensureRendererBuilt } from './support/host';

const BUNDLE = resolve('dist/web/tongket-web.mjs');

interface Running {
  child: ChildProcess;
  out: string;
  url: URL;
  token: string;
}

const running: ChildProcess[] = [];
const dirs: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'tongket-webhooks-'));
  dirs.push(d);
  return d;
};

afterEach(() => {
  for (const c of running.splice(0)) c.kill('SIGTERM');
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function startWeb(args: string[], passphrase: string | null): Promise<Running> {
  const env = { ...process.env };
  delete env.TONGKET_PASSPHRASE;
  if (passphrase) env.TONGKET_PASSPHRASE = passphrase;
  const child = spawn(process.execPath, [BUNDLE, '--port', '0', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  return new Promise((resolveStart, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${out}`)), 20_000);
    child.stderr?.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      const m = /(http:\/\/127\.0\.0\.1:\d+)\/#token=([A-Za-z0-9_-]+)/.exec(out);
      if (m?.[1] && m[2] && out.includes('Ctrl+C')) {
        clearTimeout(timer);
        resolveStart({ child, out, url: new URL(m[1]), token: m[2] });
      }
    });
    child.on('exit', (code) => reject(new Error(`web host exited (${code}):\n${out}`)));
  });
}

async function api<T>(r: Running, method: string, input: unknown = {}): Promise<ApiResult<T>> {
  const res = await fetch(new URL(`/api/${method}`, r.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: r.url.origin, 'X-TongKet-Token': r.token },
    body: JSON.stringify(input),
  });
  return (await res.json()) as ApiResult<T>;
}

async function setUp(r: Running): Promise<void> {
  expect(await api(r, 'saveProfile', { unitCode: 'LDLD-TAMDUONG', signerName: 'Lò Văn Pình', documentNumber: '25' })).toMatchObject({ ok: true });
  const draft: unknown = JSON.parse(readFileSync(fixturePath(GOOD_SAMPLE), 'utf8'));
  expect(await api(r, 'loadDraft', { draft })).toMatchObject({ ok: true });
}

describe('npm run web: host hooks', () => {
  beforeAll(async () => {
    await ensureRendererBuilt();
    expect(existsSync(BUNDLE)).toBe(true);
  });

  it('exports into --exports with the key opened by TONGKET_PASSPHRASE, and says so at start', async () => {
    const data = join(temp(), 'du-lieu');
    const exportsDir = join(temp(), 'thu-muc xuat');
    const r = await startWeb(['--data', data, '--exports', exportsDir], TEST_PASSPHRASE);
    expect(r.out).toContain(`Tệp xuất: ${exportsDir}`);
    expect(r.out).toContain('TONGKET_PASSPHRASE');
    expect(r.out).not.toContain('không xuất và ký được');
    await setUp(r);
    // The folder is created on demand, not at start.
    expect(existsSync(exportsDir)).toBe(false);
    const exported = await api<{ folder: string; packageFile: string }>(r, 'exportPackage');
    expect(exported).toMatchObject({ ok: true, value: { folder: exportsDir, packageFile: 'LDLD-TAMDUONG_1563-TK-2023_r1.tongket' } });
    expect(readdirSync(exportsDir).sort()).toEqual([
      'LDLD-TAMDUONG_1563-TK-2023_r1.docx',
      'LDLD-TAMDUONG_1563-TK-2023_r1.pdf',
      'LDLD-TAMDUONG_1563-TK-2023_r1.tongket',
      'LDLD-TAMDUONG_1563-TK-2023_r1.xlsx',
    ]);
    // "Open folder" in a browser reports the folder the host chose; the page cannot name another.
    expect(await api(r, 'openExportFolder')).toEqual({ ok: true, value: { folder: exportsDir, opened: false } });
    expect(await api(r, 'openExportFolder', { folder: '/etc' })).toMatchObject({ ok: false, error: { code: 'E_INPUT' } });
  });

  it('defaults to <data>/xuat, and without TONGKET_PASSPHRASE refuses to sign with E_KEY_LOCKED', async () => {
    const data = join(temp(), 'du-lieu');
    const r = await startWeb(['--data', data], null);
    expect(r.out).toContain(`Tệp xuất: ${join(data, 'xuat')}`);
    expect(r.out).toContain('chưa có TONGKET_PASSPHRASE nên không xuất và ký được');
    await setUp(r);
    expect(await api(r, 'getSigningKey')).toEqual({ ok: true, value: null });
    const refused = await api(r, 'exportPackage');
    expect(refused).toMatchObject({ ok: false, error: { code: 'E_KEY_LOCKED' } });
    if (!refused.ok) expect(refused.error.message).toContain('Không mở được khóa ký');
    // Nothing was written and the revision is still open.
    expect(existsSync(join(data, 'xuat')) ? readdirSync(join(data, 'xuat')) : []).toEqual([]);
    expect(await api(r, 'getDraft')).toMatchObject({ ok: true, value: { status: 'draft', revision: 1 } });
  });
});
