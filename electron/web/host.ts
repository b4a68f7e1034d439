// The loopback web host: serves the built renderer and mounts the same router as Electron's ipcMain,
// over HTTP on 127.0.0.1 only, for browser tests and development without Electron.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { openAppServices, type AppServices } from '../services/app-services';
import type { Clock } from '../services/clock';
import type { HostHooks } from '../services/host';
import { API_PREFIX, bodyLimitFor, checkApiRequest, checkHost, tooLarge, type HostIdentity, type Refusal } from './request-guard';
import { SECURITY_HEADERS } from './security-headers';
import { readStatic } from './static-files';

export interface WebHostOptions {
  dataDir: string;
  /** Folder of the built renderer (dist/renderer). */
  rendererDir: string;
  /** 0 or absent: any free port. */
  port?: number;
  clock?: Clock;
  /** Key protector and export folder of this host (webHostHooks); without them nothing can be signed. */
  host?: HostHooks;
  onUnexpected?: (method: string, error: unknown) => void;
}

export interface WebHost {
  /** Open this in a browser: the token rides in the fragment, which is never sent to a server. */
  url: string;
  origin: string;
  port: number;
  token: string;
  services: AppServices;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, type: string, body: Buffer | string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, ...extra });
  res.end(body);
}

function refuse(res: ServerResponse, r: Refusal): void {
  const body = JSON.stringify({ ok: false, error: { code: r.code, message: r.message } });
  send(res, r.status, 'application/json; charset=utf-8', body, { 'Cache-Control': 'no-store' });
}

/** Reads the body up to the limit; null when it is larger (the connection is then answered 413). */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const services = openAppServices({ dataDir: options.dataDir, create: true, recoverable: true, holder: 'web', clock: options.clock, host: options.host, onUnexpected: options.onUnexpected });
  const token = randomBytes(24).toString('base64url');
  const identity: HostIdentity = { token, origin: '', host: '' };
  const gzipCache = new Map<string, Buffer>();

  async function handleApi(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const refusal = checkApiRequest({ method: req.method, path, headers: req.headers }, identity);
    if (refusal) {
      req.resume();
      return refuse(res, refusal);
    }
    const limit = bodyLimitFor(path);
    const body = await readBody(req, limit);
    if (!body) {
      res.setHeader('Connection', 'close');
      return refuse(res, tooLarge(limit));
    }
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return refuse(res, { status: 400, code: 'E_INPUT', message: 'Dữ liệu gửi lên không phải JSON hợp lệ.' });
    }
    let method: string;
    try {
      method = decodeURIComponent(path.slice(API_PREFIX.length));
    } catch {
      return refuse(res, { status: 400, code: 'E_INPUT', message: 'Địa chỉ yêu cầu không hợp lệ (mã % sai).' });
    }
    const result = await services.router(method, input);
    send(res, 200, 'application/json; charset=utf-8', JSON.stringify(result), { 'Cache-Control': 'no-store' });
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const host = checkHost({ method: req.method, path, headers: req.headers }, identity);
    if (host) return refuse(res, host);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Method Not Allowed');
    const file = await readStatic(options.rendererDir, path);
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Không tìm thấy.');
    const headers: Record<string, string> = { 'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache' };
    let body = file.body;
    const compressible = /^(text\/|application\/json)/.test(file.type) && body.length > 1024;
    if (compressible && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const key = `${path}:${body.length}`;
      body = gzipCache.get(key) ?? gzipSync(body, { level: 9 });
      gzipCache.set(key, body);
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    }
    send(res, 200, file.type, req.method === 'HEAD' ? '' : body, headers);
  }

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const work = path.startsWith(API_PREFIX) ? handleApi(req, res, path) : handleStatic(req, res, path);
    work.catch((e: unknown) => {
      options.onUnexpected?.('http', e);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Lỗi máy chủ.');
      else res.destroy();
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    // Loopback only: the office's network never sees this port.
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  const port = (server.address() as AddressInfo).port;
  identity.host = `127.0.0.1:${port}`;
  identity.origin = `http://127.0.0.1:${port}`;

  return {
    url: `${identity.origin}/#token=${token}`,
    origin: identity.origin,
    port,
    token,
    services,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => {
          services.close();
          resolveClose();
        });
      }),
  };
}
