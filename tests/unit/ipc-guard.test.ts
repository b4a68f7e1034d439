// The IPC guard of the Electron main process, tested under plain Node: only the main frame of the
// app:// page in the app's window may call, only known methods, only with one plain object.
import { describe, expect, it } from 'vitest';
import { APP_ENTRY, checkIpcCall, isAppUrl, type SenderFacts } from '../../electron/main/ipc-guard';
import { BACKUP_CALL_MAX_BYTES, UPLOAD_CALL_MAX_BYTES } from '../../shared/api/limits';

const app: SenderFacts = { frameUrl: `${APP_ENTRY}#/edit/s2`, isMainFrame: true, fromAppWindow: true };

describe('IPC guard', () => {
  it('lets the app window call a known method with one object', () => {
    expect(checkIpcCall('tongket:saveField', app, [{ key: 's2.conferences', value: 3 }])).toEqual({
      ok: true,
      method: 'saveField',
      input: { key: 's2.conferences', value: 3 },
    });
    expect(checkIpcCall('tongket:getProfile', app, [])).toEqual({ ok: true, method: 'getProfile', input: {} });
  });

  it('refuses a foreign origin', () => {
    for (const frameUrl of ['https://evil.example/', 'http://127.0.0.1:5173/', 'file:///C:/Users/x/index.html', 'app://other/index.html', 'app://tongket.evil/index.html', 'about:blank', null]) {
      const d = checkIpcCall('tongket:getDraft', { ...app, frameUrl }, [{}]);
      expect(d, String(frameUrl)).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });
    }
  });

  it('refuses a child frame, even of the app origin', () => {
    const d = checkIpcCall('tongket:getDraft', { ...app, isMainFrame: false }, [{}]);
    expect(d).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });
    if (!d.ok) expect(d.error.message).toContain('cửa sổ chính');
  });

  it('refuses another window or webContents', () => {
    expect(checkIpcCall('tongket:getDraft', { ...app, fromAppWindow: false }, [{}])).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });
  });

  it('refuses malformed arguments', () => {
    class Sneaky {
      key = 's1.narrative';
    }
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const cases: unknown[][] = [[[1, 2]], ['text'], [42], [null, {}], [{}, {}], [new Sneaky()], [cyclic], [new Date()]];
    for (const args of cases) {
      const d = checkIpcCall('tongket:saveField', app, args);
      expect(d.ok, JSON.stringify(args, (_k, v: unknown) => (v === cyclic ? '[cyclic]' : v))).toBe(false);
      if (!d.ok) expect(d.error.code).toBe('E_INPUT');
    }
    const huge = checkIpcCall('tongket:loadDraft', app, [{ draft: 'x'.repeat(4 * 1024 * 1024 + 1) }]);
    expect(huge).toMatchObject({ ok: false, error: { code: 'E_TOO_LARGE' } });
  });

  it('lets importUploads carry one whole package, and nothing more', () => {
    const sixMb = 'A'.repeat(6 * 1024 * 1024);
    expect(checkIpcCall('tongket:importUploads', app, [{ files: [{ name: 'a.tongket', dataBase64: sixMb }] }])).toMatchObject({ ok: true, method: 'importUploads' });
    expect(checkIpcCall('tongket:loadDraft', app, [{ draft: sixMb }])).toMatchObject({ ok: false, error: { code: 'E_TOO_LARGE' } });
    const tooBig = checkIpcCall('tongket:importUploads', app, [{ files: [{ name: 'a.tongket', dataBase64: 'A'.repeat(UPLOAD_CALL_MAX_BYTES) }] }]);
    expect(tooBig).toMatchObject({ ok: false, error: { code: 'E_TOO_LARGE' } });
    if (!tooBig.ok) expect(tooBig.error.message).toMatch(/tối đa \d+ MB/);
  });

  it('lets a restore carry a backup larger than a package (a province database), and nothing more', () => {
    const backup = 'A'.repeat(UPLOAD_CALL_MAX_BYTES + 1024);
    expect(checkIpcCall('tongket:restoreUploadedBackup', app, [{ name: 'tongket-chuyen-may.sqlite', dataBase64: backup }])).toMatchObject({ ok: true });
    expect(checkIpcCall('tongket:importUploads', app, [{ files: [{ name: 'a.tongket', dataBase64: backup }] }])).toMatchObject({ ok: false, error: { code: 'E_TOO_LARGE' } });
    const tooBig = checkIpcCall('tongket:restoreUploadedBackup', app, [{ name: 'x.sqlite', dataBase64: 'A'.repeat(BACKUP_CALL_MAX_BYTES) }]);
    expect(tooBig).toMatchObject({ ok: false, error: { code: 'E_TOO_LARGE' } });
  });

  it('refuses unknown channels and methods', () => {
    for (const channel of ['tongket:dropDatabase', 'tongket:__proto__', 'tongket:constructor', 'getDraft', 'other:getDraft', '']) {
      expect(checkIpcCall(channel, app, [{}]), channel).toMatchObject({ ok: false, error: { code: 'E_METHOD_UNKNOWN' } });
    }
  });

  it('knows the app URL exactly', () => {
    expect(isAppUrl('app://tongket/index.html')).toBe(true);
    expect(isAppUrl('app://tongket/assets/index.js')).toBe(true);
    expect(isAppUrl('app://tongket:80/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});
