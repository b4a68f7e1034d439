// The loopback host refuses what does not come from the app itself: no token, a wrong token, another
// origin, another Host, an oversized body. What it serves carries the security headers.
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UPLOAD_CALL_MAX_BYTES } from '../../shared/api/limits';
import { startTestHost, type TestHost } from './support/host';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function call(host: TestHost, path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    // A refused large body: the host answers before it has read everything and the connection drops
    // under the rest of the upload; that late reset is expected, the answer already arrived.
    req.on('socket', (socket) => socket.on('error', () => undefined));
    req.end(options.body);
  });
}

const apiHeaders = (host: TestHost, extra: Record<string, string> = {}): Record<string, string> => ({
  'Content-Type': 'application/json',
  Origin: host.origin,
  'X-TongKet-Token': host.token,
  ...extra,
});

describe('loopback web host', () => {
  let host: TestHost;
  beforeEach(async () => {
    host = await startTestHost();
  });
  afterEach(async () => {
    await host.stop();
  });

  it('listens on 127.0.0.1 only and prints an address with its token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{32}$/);
  });

  it('answers a proper call from the app', async () => {
    const r = await call(host, '/api/listLevels', { method: 'POST', headers: apiHeaders(host), body: '{}' });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true });
    expect(r.headers['cache-control']).toBe('no-store');
  });

  it('refuses a call without the token, or with a wrong one', async () => {
    const none = await call(host, '/api/getProfile', { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: host.origin }, body: '{}' });
    expect(none.status).toBe(403);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });
    expect(JSON.parse(none.body).error.message).toContain('mã phiên làm việc');
    const wrong = await call(host, '/api/getProfile', { method: 'POST', headers: apiHeaders(host, { 'X-TongKet-Token': 'x'.repeat(32) }), body: '{}' });
    expect(wrong.status).toBe(403);
  });

  it('refuses a call from another origin, even with the token', async () => {
    for (const origin of ['http://evil.example', 'http://localhost:' + host.port, 'null']) {
      const r = await call(host, '/api/getProfile', { method: 'POST', headers: apiHeaders(host, { Origin: origin }), body: '{}' });
      expect(r.status, origin).toBe(403);
      expect(JSON.parse(r.body).error.message).toContain('nguồn gốc khác');
    }
    const noOrigin = await call(host, '/api/getProfile', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-TongKet-Token': host.token }, body: '{}' });
    expect(noOrigin.status).toBe(403);
    const crossSite = await call(host, '/api/getProfile', { method: 'POST', headers: apiHeaders(host, { 'Sec-Fetch-Site': 'cross-site' }), body: '{}' });
    expect(crossSite.status).toBe(403);
  });

  it('refuses another Host name (DNS rebinding), for pages and calls alike', async () => {
    const page = await call(host, '/', { headers: { Host: `attacker.example:${host.port}` } });
    expect(page.status).toBe(403);
    const api = await call(host, '/api/getProfile', { method: 'POST', headers: apiHeaders(host, { Host: `attacker.example:${host.port}` }), body: '{}' });
    expect(api.status).toBe(403);
  });

  it('refuses bodies over the limit, non-JSON and GET calls', async () => {
    const big = Buffer.alloc(4 * 1024 * 1024 + 10, 0x20);
    const tooBig = await call(host, '/api/loadDraft', { method: 'POST', headers: apiHeaders(host), body: big });
    expect(tooBig.status).toBe(413);
    expect(JSON.parse(tooBig.body).error.code).toBe('E_TOO_LARGE');
    const form = await call(host, '/api/getProfile', { method: 'POST', headers: apiHeaders(host, { 'Content-Type': 'text/plain' }), body: '{}' });
    expect(form.status).toBe(415);
    const broken = await call(host, '/api/getProfile', { method: 'POST', headers: apiHeaders(host), body: '{not json' });
    expect(broken.status).toBe(400);
    const get = await call(host, '/api/getProfile', { headers: apiHeaders(host) });
    expect(get.status).toBe(405);
  });

  it('lets importUploads carry a whole package (over 4 MB), and only importUploads', async () => {
    await host.services.api.saveProfile({ unitCode: 'LDLD-LAICHAU' });
    // 6 MB of bytes that are not a package: the body gets through and the package is refused, one line.
    const junk = Buffer.alloc(6 * 1024 * 1024, 0x41).toString('base64');
    const body = JSON.stringify({ files: [{ name: 'lon.tongket', dataBase64: junk }] });
    expect(body.length).toBeGreaterThan(4 * 1024 * 1024);
    const upload = await call(host, '/api/importUploads', { method: 'POST', headers: apiHeaders(host), body });
    expect(upload.status).toBe(200);
    const reply = JSON.parse(upload.body) as { ok: boolean; value: { outcome: string; source: string }[] };
    expect(reply).toMatchObject({ ok: true, value: [{ source: 'lon.tongket', outcome: 'rejected' }] });
    // The same size to any other method is still refused before it is read.
    const other = await call(host, '/api/loadDraft', { method: 'POST', headers: apiHeaders(host), body });
    expect(other.status).toBe(413);
    expect(JSON.parse(other.body).error.message).toContain('tối đa 4 MB');
  });

  it('refuses an upload over one package in base64', async () => {
    const big = Buffer.alloc(UPLOAD_CALL_MAX_BYTES + 1, 0x20);
    const r = await call(host, '/api/importUploads', { method: 'POST', headers: apiHeaders(host), body: big });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body).error).toMatchObject({ code: 'E_TOO_LARGE' });
    expect(JSON.parse(r.body).error.message).toMatch(/tối đa \d+ MB/);
  });

  it('answers values the contract rejects with a Vietnamese message naming the field, saving nothing', async () => {
    await host.services.api.saveProfile({ unitCode: 'LDLD-TAMDUONG' });
    const save = async (input: unknown) =>
      JSON.parse((await call(host, '/api/saveField', { method: 'POST', headers: apiHeaders(host), body: JSON.stringify(input) })).body) as {
        ok: boolean;
        error?: { code: string; message: string; details?: { field?: string } };
      };
    const wrongType = await save({ key: 's5.courses', value: 'mười' });
    expect(wrongType.error).toMatchObject({ code: 'E_FIELD_VALUE', details: { field: 's5.courses' } });
    expect(wrongType.error?.message).toContain('Phải là một số');
    const tooLong = await save({ key: 's3.forms_other', value: 'x'.repeat(301) });
    expect(tooLong.error?.message).toContain('Quá dài: tối đa 300 ký tự');
    const unknown = await save({ key: 's99.nothing', value: 1 });
    expect(unknown.error).toMatchObject({ code: 'E_FIELD_UNKNOWN' });
    const extra = await save({ key: 's5.courses', value: 1, sneaky: true });
    expect(extra.error?.code).toBe('E_INPUT');
    const unknownMethod = await call(host, '/api/dropDatabase', { method: 'POST', headers: apiHeaders(host), body: '{}' });
    expect(JSON.parse(unknownMethod.body).error.code).toBe('E_METHOD_UNKNOWN');
    expect((await host.services.api.getDraft({})).values).toEqual({});
  });

  it('serves the renderer with a strict content security policy, and nothing outside its folder', async () => {
    const index = await call(host, '/');
    expect(index.status).toBe(200);
    const csp = String(index.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect(index.headers['x-frame-options']).toBe('DENY');
    expect(index.body).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2f..%2fpackage.json', '/assets/../../../package.json']) {
      const r = await call(host, path);
      expect(r.body, path).not.toContain('"name": "tongket"');
    }
  });
});
