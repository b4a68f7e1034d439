// Where the shipped fonts are: beside this file when run from the sources (tests, tsx), in `fonts/`
// next to the bundle (dist/electron, the packaged app) or one level up (dist/cli, dist/web share
// dist/fonts). The build scripts copy them there.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';

const FILES = {
  regular: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italic: 'LiberationSerif-Italic.ttf',
  boldItalic: 'LiberationSerif-BoldItalic.ttf',
} as const;

export type FontFiles = Record<keyof typeof FILES, string>;

function here(): string {
  // The Electron bundle is CommonJS (__dirname); the CLI and the sources are ES modules.
  return typeof __dirname === 'string' ? __dirname : import.meta.dirname;
}

let found: FontFiles | null = null;

export function fontFiles(): FontFiles {
  if (found) return found;
  const base = here();
  const dir = [join(base, 'fonts'), join(base, '..', 'fonts')].find((d) => existsSync(join(d, FILES.regular)));
  if (!dir) throw new AppError('E_INTERNAL', 'Không tìm thấy phông chữ để tạo tệp PDF của báo cáo. Hãy cài lại TongKet.');
  found = { regular: join(dir, FILES.regular), bold: join(dir, FILES.bold), italic: join(dir, FILES.italic), boldItalic: join(dir, FILES.boldItalic) };
  return found;
}
