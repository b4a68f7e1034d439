// What only the desktop shell can give the services: the OS keychain (safeStorage) to keep the signing
// key encrypted, a folder chosen by the user in a main-process dialog (never a path from the page),
// and "open folder", which shows only the folder chosen here.
import { app, dialog, safeStorage, shell, type BrowserWindow } from 'electron';
import { AppError } from '../../shared/errors';
import { APP_VERSION, type HostHooks } from '../services/host';
import type { SecretProtector } from '../services/signing/secret-protector';

const safeStorageProtector: SecretProtector = {
  scheme: 'electron-safestorage',
  protect: async (secret) => safeStorage.encryptString(secret.toString('base64')),
  unprotect: async (blob) => {
    try {
      return Buffer.from(safeStorage.decryptString(blob), 'base64');
    } catch {
      throw new AppError(
        'E_KEY_LOCKED',
        'Không mở được khóa ký bằng kho khóa của máy này (dữ liệu được chép từ máy hoặc tài khoản khác). Hãy làm "Bản chuyển máy" trên máy cũ rồi khôi phục ở đây, hoặc tạo khóa mới trong Cài đặt → Khóa ký trên máy này.',
      );
    }
  },
};

export function desktopHostHooks(window: () => BrowserWindow | null): HostHooks {
  // The last folder the user picked in this session: the only one "open folder" may show.
  let lastExportDir: string | null = null;
  return {
    appVersion: app.isPackaged ? app.getVersion() : APP_VERSION,
    secrets: async () => (safeStorage.isEncryptionAvailable() ? safeStorageProtector : null),
    chooseExportDir: async (what) => {
      const w = window();
      const options = { title: `Chọn thư mục lưu ${what ?? 'bộ hồ sơ báo cáo'}`, properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
      const result = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      if (result.canceled) return null;
      lastExportDir = result.filePaths[0] ?? null;
      return lastExportDir;
    },
    openExportDir: async () => {
      if (!lastExportDir) return { folder: null, opened: false };
      // shell.openPath answers an empty string on success, an error message otherwise.
      const failure = await shell.openPath(lastExportDir);
      return { folder: lastExportDir, opened: failure === '' };
    },
  };
}
