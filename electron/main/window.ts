// The one window: context isolation, sandbox, no Node, the preload as the only bridge, DevTools only
// while developing.
import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { APP_ENTRY } from './ipc-guard';

export function createMainWindow(bundleDir: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1366,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'TongKet',
    backgroundColor: '#f3f5f8',
    autoHideMenuBar: true,
    webPreferences: {
      preload: join(bundleDir, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY);
  return win;
}
