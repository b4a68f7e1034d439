// The security baseline of every web page the app ever creates: no navigation away from app://, no
// new windows, no webviews, no permission granted, no request to anywhere but app://. The decisions
// are pure functions in navigation-policy.ts (tested with fake events); this file only wires them.
import { app, session, type WebContents } from 'electron';
import {
  denyPermissionCheck,
  denyPermissionRequest,
  denyWindowOpen,
  guardFrameNavigation,
  guardNavigation,
  isAllowedRequest,
  refuseWebview,
} from './navigation-policy';

function harden(contents: WebContents): void {
  contents.on('will-navigate', guardNavigation);
  contents.on('will-frame-navigate', guardFrameNavigation);
  contents.on('will-redirect', guardNavigation);
  contents.on('will-attach-webview', refuseWebview);
  contents.setWindowOpenHandler(denyWindowOpen);
}

export function applySecurityBaseline(): void {
  app.on('web-contents-created', (_event, contents) => harden(contents));
  const s = session.defaultSession;
  s.setPermissionRequestHandler(denyPermissionRequest);
  s.setPermissionCheckHandler(denyPermissionCheck);
  s.setDevicePermissionHandler(denyPermissionCheck);
  // Offline by design: the renderer may load app:// only (devtools:// while developing).
  const packaged = app.isPackaged;
  s.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, packaged) }));
}
