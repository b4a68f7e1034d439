// Gate: navigation, new windows, webviews, permissions and requests are handled by the pure
// policies of navigation-policy.ts (driven here with fake events), and hardening.ts wires exactly
// those policies to every web page and to the session.
import { describe, expect, it, vi } from 'vitest';
import {
  denyPermissionCheck,
  denyPermissionRequest,
  denyWindowOpen,
  guardFrameNavigation,
  guardNavigation,
  isAllowedRequest,
  refuseWebview,
} from '../../electron/main/navigation-policy';

const fakeEvent = (url = '') => ({ url, prevented: false, preventDefault() { this.prevented = true; } });

const OUTSIDE = [
  'https://evil.example/',
  'http://127.0.0.1:5173/',
  'file:///etc/passwd',
  'app://other/index.html',
  'app://tongket.evil/',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  'devtools://devtools/bundled/inspector.html',
  '',
];

describe('navigation policy', () => {
  it('lets the app move between its own pages', () => {
    for (const url of ['app://tongket/index.html', 'app://tongket/index.html#/edit/s2']) {
      const e = fakeEvent();
      guardNavigation(e, url);
      expect(e.prevented, url).toBe(false);
      const f = fakeEvent(url);
      guardFrameNavigation(f);
      expect(f.prevented, url).toBe(false);
    }
  });

  it('stops every navigation or redirect anywhere else', () => {
    for (const url of OUTSIDE) {
      const e = fakeEvent();
      guardNavigation(e, url);
      expect(e.prevented, url).toBe(true);
      const f = fakeEvent(url);
      guardFrameNavigation(f);
      expect(f.prevented, url).toBe(true);
    }
  });

  it('denies new windows and webviews whatever is asked', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
    const e = fakeEvent();
    refuseWebview(e);
    expect(e.prevented).toBe(true);
  });

  it('grants no permission', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem', 'unknown']) {
      const answers: boolean[] = [];
      denyPermissionRequest(null, permission, (granted) => answers.push(granted));
      expect(answers, permission).toEqual([false]);
    }
    expect(denyPermissionCheck()).toBe(false);
  });

  it('lets requests reach the app only; DevTools only while developing', () => {
    expect(isAllowedRequest('app://tongket/assets/index.js', true)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', true)).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', false)).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', true)).toBe(false);
    for (const url of ['https://fonts.example/font.woff2', 'http://127.0.0.1/', 'file:///C:/x.js', 'app://other/x.js', 'ws://127.0.0.1/']) {
      expect(isAllowedRequest(url, true), url).toBe(false);
      expect(isAllowedRequest(url, false), url).toBe(false);
    }
  });
});

type Listener = (...args: never[]) => unknown;
const wired = vi.hoisted(() => ({
  app: new Map<string, (...args: unknown[]) => void>(),
  session: new Map<string, unknown>(),
}));

vi.mock('electron', () => ({
  app: {
    isPackaged: true,
    on: (event: string, listener: (...args: unknown[]) => void) => wired.app.set(event, listener),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (h: unknown) => wired.session.set('permissionRequest', h),
      setPermissionCheckHandler: (h: unknown) => wired.session.set('permissionCheck', h),
      setDevicePermissionHandler: (h: unknown) => wired.session.set('devicePermission', h),
      webRequest: { onBeforeRequest: (h: unknown) => wired.session.set('beforeRequest', h) },
    },
  },
}));

describe('hardening.ts', () => {
  it('wires exactly these policies to every new web page and to the session', async () => {
    const { applySecurityBaseline } = await import('../../electron/main/hardening');
    applySecurityBaseline();
    const contents = { listeners: new Map<string, Listener>(), openHandler: null as unknown };
    const fakeContents = {
      on: (event: string, listener: Listener) => contents.listeners.set(event, listener),
      setWindowOpenHandler: (h: unknown) => (contents.openHandler = h),
    };
    wired.app.get('web-contents-created')?.({}, fakeContents);
    expect(Object.fromEntries(contents.listeners)).toEqual({
      'will-navigate': guardNavigation,
      'will-frame-navigate': guardFrameNavigation,
      'will-redirect': guardNavigation,
      'will-attach-webview': refuseWebview,
    });
    expect(contents.openHandler).toBe(denyWindowOpen);
    expect(wired.session.get('permissionRequest')).toBe(denyPermissionRequest);
    expect(wired.session.get('permissionCheck')).toBe(denyPermissionCheck);
    expect(wired.session.get('devicePermission')).toBe(denyPermissionCheck);

    const beforeRequest = wired.session.get('beforeRequest') as (details: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
    const verdict = (url: string) => {
      let cancel: boolean | null = null;
      beforeRequest({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(verdict('app://tongket/index.html')).toBe(false);
    expect(verdict('https://evil.example/x.js')).toBe(true);
    expect(verdict('devtools://devtools/bundled/inspector.html')).toBe(true);
  });
});
