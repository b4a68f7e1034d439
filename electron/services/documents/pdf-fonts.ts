// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- every tsconfig that reaches this file (electron/main follows imports only) must see the declaration of fontkit
/// <reference path="./fontkit.d.ts" />
// Where the shipped fonts are: beside this file when run from the sources (tests, tsx), in `fonts/`
// next to the bundle (dist/electron, the packaged app) or one level up (dist/cli, dist/web share
// dist/fonts). The build scripts copy them there.
import { existsSync, readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';

const FILES = {
  regular: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italic: 'LiberationSerif-Italic.ttf',
  boldItalic: 'LiberationSerif-BoldItalic.ttf',
} as const;

export type FontFiles = Record<keyof typeof FILES, string>;


let found: FontFiles | null = null;
let parsed: Record<keyof typeof FILES, Font> | null = null;

export function fontFiles(): FontFiles {
  if (found) return found;
  // In the CommonJS Electron bundle the build defines import.meta.dirname as __dirname.
  const base = import.meta.dirname;
  const dir = [join(base, 'fonts'), join(base, '..', 'fonts')].find((d) => existsSync(join(d, FILES.regular)));
  if (!dir) throw new AppError('E_INTERNAL', 'Không tìm thấy phông chữ để tạo tệp PDF của báo cáo. Hãy cài lại TongKet.');
  found = { regular: join(dir, FILES.regular), bold: join(dir, FILES.bold), italic: join(dir, FILES.italic), boldItalic: join(dir, FILES.boldItalic) };
  return found;
}

/**
 * The fonts parsed once per process: parsing their tables takes far longer than laying out a report,
 * and pdfkit takes a parsed font as it is (each document still embeds its own subset).
 */
export function parsedFonts(): Record<keyof typeof FILES, Font> {
  if (parsed) return parsed;
  const files = fontFiles();
  const load = (file: string): Font => create(readFileSync(file));
  parsed = { regular: load(files.regular), bold: load(files.bold), italic: load(files.italic), boldItalic: load(files.boldItalic) };
  return parsed;
}
