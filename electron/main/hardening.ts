// The security baseline of every web page the app ever creates: no navigation away from app://, no
// new windows, no webviews, no permission granted, no request to anywhere but app://.
import { app, session, type WebContents } from 'electron';
import { isAppUrl } from './ipc-guard';

function harden(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function applySecurityBaseline(): void {
  app.on('web-contents-created', (_event, contents) => harden(contents));
  const s = session.defaultSession;
  s.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  s.setPermissionCheckHandler(() => false);
  s.setDevicePermissionHandler(() => false);
  // Offline by design: the renderer may load app:// only (devtools:// while developing).
  s.webRequest.onBeforeRequest((details, callback) => {
    const url = details.url;
    callback({ cancel: !(url.startsWith('app://') || url.startsWith('devtools://') || url.startsWith('data:')) });
  });
}
