// A file appears under its final name complete or not at all: written to a temporary name in the same
// folder, flushed to disk, then renamed (atomic on the same file system), and the folder flushed.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { removeStaleParts } from './stale-parts';

/**
 * For the interruption tests only: called once the temporary file is complete and flushed, just before
 * the rename, so that a test process can be killed at exactly that point rather than after a timer.
 */
export const atomicWriteProbe: { beforeRename: ((path: string) => void) | null } = { beforeRename: null };

export function writeFileAtomic(path: string, data: Buffer): void {
  const prefix = `.${basename(path)}.`;
  // An earlier write of this same file that was cut off left its temporary file: tidy it now.
  removeStaleParts(dirname(path), (name) => name.startsWith(prefix) && name.endsWith('.part'));
  const tmp = join(dirname(path), `${prefix}${process.pid}.${Date.now()}.part`);
  let fd: number | null = null;
  try {
    fd = openSync(tmp, 'wx');
    for (let off = 0; off < data.length; ) off += writeSync(fd, data, off, data.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    atomicWriteProbe.beforeRename?.(path);
    renameSync(tmp, path);
    syncFolder(dirname(path));
  } catch (e) {
    if (fd !== null) closeSync(fd);
    rmSync(tmp, { force: true });
    throw new AppError('E_WRITE', `Không ghi được tệp ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}. Hãy kiểm tra thư mục và dung lượng đĩa.`);
  }
}

function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot open a folder for fsync; the rename itself is durable enough there.
  }
}
