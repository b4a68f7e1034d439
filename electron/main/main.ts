// The Electron shell, kept thin: one window over app://, the contract on ipcMain through the guard,
// the same services as the CLI and the web host. Everything testable lives elsewhere.
import { app, dialog, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { openAppServices, type AppServices } from '../services/app-services';
import { defaultDataDir } from '../services/data-dir';
import { applySecurityBaseline } from './hardening';
import { desktopHostHooks } from './host-hooks';
import { mountContract, type IpcMount } from './ipc';
import { installMenu } from './menu';
import { openablePaths, packagePathsFromArgv } from './open-files';
import { createPackageOpener } from './open-packages';
import { registerAppScheme, serveRenderer } from './protocol';
import { createMainWindow } from './window';

// The bundle (main.cjs, preload.cjs) sits next to the renderer folder.
const bundleDir = __dirname;
const rendererDir = join(bundleDir, 'renderer');

app.setName('TongKet');
registerAppScheme();

let services: AppServices | null = null;
let mount: IpcMount | null = null;
let win: BrowserWindow | null = null;
// Files the user opened from the operating system; imported once the database and window are ready.
const opener = createPackageOpener(() => services, () => win);

function explainStartupFailure(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  if (/NODE_MODULE_VERSION|compiled against a different Node\.js version|invalid ELF header|not a valid Win32 application/.test(text)) {
    return 'Thành phần cơ sở dữ liệu (better-sqlite3) chưa được dựng cho phiên bản Electron này. Hãy chạy lại "npm start" (lệnh này tự chuẩn bị thư mục ứng dụng riêng), hoặc cài lại bản đóng gói.';
  }
  return `Không mở được dữ liệu: ${text}`;
}

if (!app.requestSingleInstanceLock()) {
  // Two windows on one database would confuse people; the first instance comes to the front instead.
  app.quit();
} else {
  opener.open(packagePathsFromArgv(process.argv, process.cwd(), app.isPackaged));
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (win?.isMinimized()) win.restore();
    win?.focus();
    opener.open(packagePathsFromArgv(argv, workingDirectory, app.isPackaged));
  });
  // macOS hands opened files over by event rather than argv; harmless elsewhere.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    opener.open(openablePaths([path], process.cwd()));
  });

  app.whenReady().then(() => {
    applySecurityBaseline();
    installMenu();
    try {
      services = openAppServices({
        dataDir: defaultDataDir(),
        create: true,
        recoverable: true,
        holder: 'app',
        host: desktopHostHooks(() => win),
        onUnexpected: (method, err) => console.error(`[${method}]`, err),
      });
    } catch (e) {
      dialog.showErrorBox('TongKet', explainStartupFailure(e));
      app.exit(1);
      return;
    }
    serveRenderer(rendererDir);
    mount = mountContract(services.router, () => win);
    win = createMainWindow(bundleDir);
    win.once('ready-to-show', () => opener.ready());
    win.on('closed', () => {
      win = null;
    });
  }, (e: unknown) => {
    dialog.showErrorBox('TongKet', explainStartupFailure(e));
    app.exit(1);
  });

  app.on('window-all-closed', () => {
    // Saves sent while the window was closing may still be running: let them finish, then close.
    const started = Date.now();
    const quitWhenIdle = () => {
      if ((mount?.pending() ?? 0) > 0 && Date.now() - started < 3000) setTimeout(quitWhenIdle, 50);
      else app.quit();
    };
    setTimeout(quitWhenIdle, 100);
  });

  app.on('will-quit', () => {
    services?.close();
    services = null;
  });
}
