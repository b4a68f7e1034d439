// Where the data lives: the desktop app's own folder by default (the same path Electron's
// app.getPath('userData') gives for "TongKet"), overridable with --data or TONGKET_DATA.
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';

export const APP_FOLDER_NAME = 'TongKet';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.TONGKET_DATA) return env.TONGKET_DATA;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER_NAME);
}

export const databasePath = (dataDir: string): string => join(dataDir, 'tongket.sqlite');

/**
 * Checks that the data folder can hold the database. With `create`, a missing folder is made (first
 * run); without it, a missing folder means the user pointed at the wrong place, and we say so.
 * Writability is tested by writing, because permission bits do not tell the whole story (network
 * shares, read-only mounts, administrators).
 */
export function prepareDataDir(dir: string, options: { create: boolean }): void {
  if (!existsSync(dir)) {
    if (!options.create) {
      throw new AppError(
        'E_DATA_MISSING',
        `Không tìm thấy thư mục dữ liệu ${dir}. Hãy kiểm tra lại đường dẫn, hoặc chạy "tongket setup" để tạo dữ liệu mới.`,
      );
    }
    try {
      mkdirSync(dir, { recursive: true });
    } catch (e) {
      throw new AppError('E_DATA_READONLY', `Không tạo được thư mục dữ liệu ${dir}: ${(e as Error).message}. Hãy chọn thư mục khác.`);
    }
  }
  if (!statSync(dir).isDirectory()) {
    throw new AppError('E_DATA_MISSING', `${dir} là một tệp, không phải thư mục. Hãy chọn một thư mục dữ liệu.`);
  }
  const probe = join(dir, `.tongket-write-test-${process.pid}`);
  try {
    writeFileSync(probe, '');
    rmSync(probe);
  } catch {
    throw new AppError(
      'E_DATA_READONLY',
      `Không ghi được vào thư mục dữ liệu ${dir} (thư mục chỉ đọc hoặc không có quyền). Hãy chọn thư mục khác hoặc nhờ quản trị máy cấp quyền ghi.`,
    );
  }
}
