// What every web page of the app may do, as pure functions (no Electron at run time) so that
// tests/security drives them with fake events: navigate only within app://tongket, open no window,
// attach no webview, get no permission, load nothing but the app itself. hardening.ts wires them.
import { isAppUrl } from './ipc-guard';

export interface PreventableEvent {
  preventDefault(): void;
}

/** will-navigate, will-frame-navigate, will-redirect: anything but our own pages stays where it is. */
export function guardNavigation(event: PreventableEvent, url: string): void {
  if (!isAppUrl(url)) event.preventDefault();
}

/** The URL of a will-frame-navigate event (Electron passes it on the event itself). */
export function guardFrameNavigation(event: PreventableEvent & { url: string }): void {
  guardNavigation(event, event.url);
}

/** will-attach-webview: never, whatever the page asks. */
export function refuseWebview(event: PreventableEvent): void {
  event.preventDefault();
}

/** setWindowOpenHandler: no pop-ups, no new windows, no target=_blank. */
export function denyWindowOpen(): { action: 'deny' } {
  return { action: 'deny' };
}

/** setPermissionRequestHandler: camera, notifications, clipboard, anything: no. */
export function denyPermissionRequest(_contents: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

/** setPermissionCheckHandler and setDevicePermissionHandler: no. */
export function denyPermissionCheck(): boolean {
  return false;
}

/**
 * webRequest.onBeforeRequest: the app works offline, so a page may load from app://tongket and
 * inline data: images (the CSP's img-src) only; devtools:// while developing, never when packaged.
 */
export function isAllowedRequest(url: string, isPackaged: boolean): boolean {
  if (isAppUrl(url) || url.startsWith('data:')) return true;
  return !isPackaged && url.startsWith('devtools://');
}
