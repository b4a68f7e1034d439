// Gate: the window's webPreferences are exactly the hardened ones (ARCHITECTURE.md, "Security
// baseline"). Compared with a literal, so that loosening any flag, or adding one, fails here.
import { describe, expect, it, vi } from 'vitest';
import { hardenedWebPreferences } from '../../electron/main/web-preferences';
import { differences } from './differences';

const HARDENED = {
  preload: '/app/preload.cjs',
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  disableBlinkFeatures: 'Auxclick',
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: false,
  devTools: false,
} as const;

const created = vi.hoisted(() => ({ options: [] as unknown[], loaded: [] as string[] }));

vi.mock('electron', () => ({
  app: { isPackaged: true },
  BrowserWindow: class {
    constructor(options: unknown) {
      created.options.push(options);
    }
    once(): void {}
    // The shell listens for the renderer's "changes not stored" question (leave-question.ts).
    webContents = { on: (): void => {} };
    loadURL(url: string): Promise<void> {
      created.loaded.push(url);
      return Promise.resolve();
    }
  },
}));

describe('webPreferences', () => {
  it('are exactly the hardened ones in the packaged app', () => {
    expect(differences(hardenedWebPreferences('/app/preload.cjs', true), HARDENED)).toEqual([]);
  });

  it('allow DevTools only while developing, and change nothing else', () => {
    expect(differences(hardenedWebPreferences('/app/preload.cjs', false), HARDENED)).toEqual(['devTools']);
    expect(hardenedWebPreferences('/app/preload.cjs', false).devTools).toBe(true);
  });

  it('reject a weakened copy: the comparison names every loosened or added flag', () => {
    expect(differences({ ...HARDENED, sandbox: false }, HARDENED)).toEqual(['sandbox']);
    expect(differences({ ...HARDENED, contextIsolation: false, nodeIntegration: true }, HARDENED)).toEqual(['contextIsolation', 'nodeIntegration']);
    expect(differences({ ...HARDENED, webviewTag: undefined }, HARDENED)).toEqual(['webviewTag']);
    expect(differences({ ...HARDENED, enableBlinkFeatures: 'CSSPseudoHas' }, HARDENED)).toEqual(['enableBlinkFeatures']);
  });

  it('are what the main window is created with, loading only the app entry', async () => {
    const { createMainWindow } = await import('../../electron/main/window');
    createMainWindow('/app');
    expect(created.options).toHaveLength(1);
    const options = created.options[0] as { webPreferences: Record<string, unknown> };
    expect(differences(options.webPreferences, { ...HARDENED, preload: '/app/preload.cjs' })).toEqual([]);
    expect(created.loaded).toEqual(['app://tongket/index.html']);
  });
});
