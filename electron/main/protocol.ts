// The app:// protocol: the built renderer, read-only from its folder, every response with the strict
// content security policy. Registered as standard and secure so that the page is a proper origin.
import { protocol } from 'electron';
import { readStatic } from '../web/static-files';
import { SECURITY_HEADERS } from '../web/security-headers';
import { APP_HOST, APP_SCHEME } from './ipc-guard';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
    const file = await readStatic(rendererDir, url.pathname);
    if (!file) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
    return new Response(new Uint8Array(file.body), { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': file.type } });
  });
}
