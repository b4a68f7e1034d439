// Which command-line arguments are TongKet files to import. Double-clicking a .tongket,
// .tongket-receipt or .tongket-campaign file starts the app (or, through second-instance, wakes the running one) with the
// file's path among Chromium's own switches, in no guaranteed order; Linux desktop files may pass a
// file:// URL instead of a path. Pure, so that it is unit-tested under Node. The user chose these
// files in the operating system, not the page: the renderer never supplies a path.
import { extname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The file types the installers associate with the app (build/electron-builder.config.cjs). */
export const OPENABLE_EXTENSIONS: readonly string[] = ['.tongket', '.tongket-receipt', '.tongket-campaign'];

/** More files than anyone double-clicks at once; a longer argv is not a person's choice. */
export const MAX_OPENED_FILES = 200;

function asPath(arg: string): string | null {
  if (/^file:/i.test(arg)) {
    try {
      return fileURLToPath(arg);
    } catch {
      return null;
    }
  }
  // Switches (--flag, --key=value) and other URLs (http:, app:) are never files to open.
  if (arg.startsWith('-') || /^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) return null;
  return arg;
}

/** The candidates that are TongKet files, absolute (relative ones against `cwd`), without duplicates. */
export function openablePaths(candidates: readonly string[], cwd: string): string[] {
  const found: string[] = [];
  for (const arg of candidates) {
    const path = asPath(arg);
    if (path === null || !OPENABLE_EXTENSIONS.includes(extname(path).toLowerCase())) continue;
    const absolute = isAbsolute(path) ? path : resolve(cwd, path);
    if (!found.includes(absolute)) found.push(absolute);
    if (found.length === MAX_OPENED_FILES) break;
  }
  return found;
}

/**
 * The package and receipt paths in a command line, in the order given; `cwd` is the directory the
 * (second) instance was started in. argv[0] is the program; when not packaged, argv[1] is the app
 * folder given to Electron and is skipped as well.
 */
export function packagePathsFromArgv(argv: readonly string[], cwd: string, isPackaged: boolean): string[] {
  return openablePaths(argv.slice(isPackaged ? 1 : 2), cwd);
}
