// Gate: the renderer's content security policy is exactly the strict one (no eval, no inline script,
// no remote origin), and the app:// protocol sends it with every response, found or not.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/web/security-headers';
import { cspProblems } from './csp-policy';

const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
  "manifest-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'";

type Handler = (request: Request) => Promise<Response>;
const registered = vi.hoisted(() => ({ handlers: new Map<string, Handler>() }));

vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: () => undefined,
    handle: (scheme: string, handler: Handler) => registered.handlers.set(scheme, handler),
  },
}));

const rendererDir = mkdtempSync(join(tmpdir(), 'tongket-csp-'));
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>TongKet</title>');
afterAll(() => rmSync(rendererDir, { recursive: true, force: true }));

describe('content security policy', () => {
  it('is exactly the strict policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(STRICT_CSP);
    expect(cspProblems(CONTENT_SECURITY_POLICY)).toEqual([]);
  });

  it('rejects eval, inline code, remote origins and missing lock-downs', () => {
    expect(cspProblems(STRICT_CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'"))).toEqual([
      "script-src must be exactly 'self'",
      "script-src allows 'unsafe-eval'",
    ]);
    expect(cspProblems(STRICT_CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"))).toEqual(["style-src allows 'unsafe-inline'"]);
    expect(cspProblems(STRICT_CSP.replace("connect-src 'self'", "connect-src 'self' https://cdn.example.com"))).toEqual([
      'connect-src allows the remote source https://cdn.example.com',
    ]);
    expect(cspProblems(STRICT_CSP.replace("font-src 'self'", 'font-src *'))).toEqual(['font-src allows *']);
    expect(cspProblems(STRICT_CSP.replace("; object-src 'none'", ''))).toEqual(["object-src must be 'none'"]);
    expect(cspProblems(STRICT_CSP.replace("default-src 'none'", "default-src 'self'"))).toEqual(["default-src must be 'none'"]);
  });

  it('comes with every app:// response: a page, a missing file, a foreign host, a POST', async () => {
    const { serveRenderer } = await import('../../electron/main/protocol');
    serveRenderer(rendererDir);
    const handle = registered.handlers.get('app');
    if (!handle) throw new Error('serveRenderer registered no app:// handler');
    const cases: [Request, number][] = [
      [new Request('app://tongket/index.html'), 200],
      [new Request('app://tongket/'), 200],
      [new Request('app://tongket/missing.js'), 404],
      [new Request('app://other/index.html'), 404],
      [new Request('app://tongket/index.html', { method: 'POST' }), 404],
    ];
    for (const [request, status] of cases) {
      const response = await handle(request);
      expect(response.status, `${request.method} ${request.url}`).toBe(status);
      expect(response.headers.get('content-security-policy'), request.url).toBe(STRICT_CSP);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });
});
