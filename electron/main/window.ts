// The one window: its webPreferences come from web-preferences.ts (context isolation, sandbox, no
// Node, the preload as the only bridge, DevTools only while developing), compared literally in
// tests/security so that no flag can be loosened unnoticed.
import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { APP_ENTRY } from './ipc-guard';
import { askBeforeLeaving } from './leave-question';
import { hardenedWebPreferences } from './web-preferences';

export function createMainWindow(bundleDir: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1366,
    height: 900,
    // Every page is tested at 1024 px wide (tests/e2e/layout.test.ts). The height stays lower than the
    // tested 768 px: a 1366×768 laptop's work area is shorter (taskbar), and pages scroll vertically.
    minWidth: 1024,
    minHeight: 600,
    show: false,
    title: 'TongKet',
    backgroundColor: '#f3f5f8',
    autoHideMenuBar: true,
    webPreferences: hardenedWebPreferences(join(bundleDir, 'preload.cjs'), app.isPackaged),
  });
  win.once('ready-to-show', () => win.show());
  askBeforeLeaving(win);
  void win.loadURL(APP_ENTRY);
  return win;
}
