// Temporary files left by a write that was cut off (power failure, a killed process): the complete file
// never carries such a name, so they are only clutter — and in an export folder, a puzzle for the user.
// A write in progress takes seconds; one whose temporary file is an hour old will never finish.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const STALE_AFTER_MS = 60 * 60 * 1000;

/** Removes the stale temporary files of `dir` that `isPart` recognises; returns their names. */
export function removeStaleParts(dir: string, isPart: (name: string) => boolean, now = Date.now()): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names.filter(isPart)) {
    const file = join(dir, name);
    try {
      if (now - statSync(file).mtimeMs < STALE_AFTER_MS) continue;
      rmSync(file, { force: true });
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove: clutter is better than a failed write.
    }
  }
  return removed;
}
