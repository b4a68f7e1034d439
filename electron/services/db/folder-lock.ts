// Who has the data folder open for writing. The desktop app, the web host and a CLI write command each
// leave a small file in `tongket.lock/` (pid, computer, what, since) for as long as they hold the
// database open; SQLite itself lets one write transaction run at a time (each starts IMMEDIATE and waits
// for the others). Replacing the database file — a restore — needs the folder alone: it takes the
// exclusive mark, and is refused while anybody else holds the folder, since a process with the old file
// open would keep writing into it and every later change would be lost.
//
// A holder that crashed leaves its file behind: on this computer a file whose process is gone is stale
// and removed. Files from another computer are never judged stale (the folder is a local disk anyway).
import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { formatDateTime } from '../../../shared/format/vi';

export type HolderKind = 'app' | 'web' | 'cli';

const holderSchema = z.object({
  pid: z.number().int().positive(),
  host: z.string(),
  what: z.enum(['app', 'web', 'cli']),
  since: z.string(),
  /** The exclusive mark of a restore. */
  exclusive: z.boolean().optional(),
});
export type Holder = z.infer<typeof holderSchema>;

export const LOCK_FOLDER = 'tongket.lock';
const EXCLUSIVE = 'doc-quyen.json';

const HOLDER_NAME: Record<HolderKind, string> = {
  app: 'ứng dụng TongKet',
  web: 'TongKet trên trình duyệt (npm run web)',
  cli: 'lệnh tongket',
};

export interface FolderHold {
  readonly file: string;
  release(): void;
}

const lockDir = (dataDir: string): string => join(dataDir, LOCK_FOLDER);

function alive(h: Holder): boolean {
  if (h.host !== hostname()) return true;
  try {
    process.kill(h.pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): Holder | null {
  try {
    const parsed = holderSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Removes a holder file judged stale, unless it was replaced meanwhile: the file is renamed aside
 * first (only one remover wins), and put back if what was renamed is not what was judged.
 */
function removeStale(file: string, judged: string): void {
  const aside = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.cu`;
  try {
    renameSync(file, aside);
  } catch {
    return;
  }
  let now = '';
  try {
    now = readFileSync(aside, 'utf8');
  } catch {
    // unreadable: treat as the stale one
  }
  if (now !== judged) {
    try {
      linkSync(aside, file);
    } catch {
      // someone holds the name again; theirs wins
    }
  }
  rmSync(aside, { force: true });
}

/** Every live holder of the folder; stale files of this computer are removed on the way. */
export function folderHolders(dataDir: string): Array<Holder & { file: string }> {
  const dir = lockDir(dataDir);
  if (!existsSync(dir)) return [];
  const out: Array<Holder & { file: string }> = [];
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.json')) {
      // a temporary file of a writer that died before renaming it
      const pid = /-(\d+)-\.tmp$/.exec(name)?.[1];
      if (pid && !alive({ pid: Number(pid), host: hostname(), what: 'cli', since: '' })) rmSync(join(dir, name), { force: true });
      continue;
    }
    const file = join(dir, name);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const h = readHolder(file);
    if (h && alive(h)) out.push({ ...h, file });
    else if (h) removeStale(file, text);
  }
  return out;
}

function describe(h: Holder): string {
  const where = h.host === hostname() ? '' : ` trên máy ${h.host}`;
  return `${HOLDER_NAME[h.what]} (tiến trình ${h.pid}${where}, từ ${formatDateTime(new Date(h.since))})`;
}

export function busyError(dataDir: string, holders: readonly Holder[], doing: string): AppError {
  const who = holders.length > 0 ? holders.map(describe).join('; ') : 'một chương trình khác';
  return new AppError(
    'E_DATA_BUSY',
    `Thư mục dữ liệu ${dataDir} đang được mở bởi ${who}, nên chưa thể ${doing}. Hãy đóng chương trình đó (hoặc chờ lệnh đó chạy xong) rồi thử lại; dữ liệu không bị thay đổi.`,
  );
}

function writeHolder(dir: string, target: string, h: Holder, exclusive: boolean): boolean {
  const tmp = join(dir, `.${randomBytes(6).toString('hex')}-${process.pid}-.tmp`);
  writeFileSync(tmp, JSON.stringify(h));
  try {
    // A complete file appears under its name, or nothing: link fails if the exclusive mark exists.
    if (exclusive) linkSync(tmp, target);
    else renameSync(tmp, target);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    rmSync(tmp, { force: true });
  }
}

const sleep = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

function holderFile(dataDir: string): string {
  return join(lockDir(dataDir), `${hostname().replace(/[^A-Za-z0-9.-]/g, '_')}-${process.pid}-${randomBytes(4).toString('hex')}.json`);
}

function makeHold(file: string): FolderHold {
  let held = true;
  return {
    file,
    release: () => {
      if (held) rmSync(file, { force: true });
      held = false;
    },
  };
}

export interface HoldOptions {
  now: Date;
  /** How long to wait for a restore in progress to finish. */
  waitMs?: number;
}

/**
 * Holds the folder open for writing, beside other holders. A restore in progress is waited for
 * briefly, then refused with E_DATA_BUSY naming it.
 */
export function holdFolder(dataDir: string, what: HolderKind, options: HoldOptions): FolderHold {
  try {
    return holdShared(dataDir, what, options);
  } catch (e) {
    throw lockWriteError(e, dataDir);
  }
}

/** A lock folder this user may not write in is a folder this user may not write in. */
function lockWriteError(e: unknown, dataDir: string): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  if (code !== 'EACCES' && code !== 'EPERM' && code !== 'EROFS') return e;
  return new AppError(
    'E_DATA_READONLY',
    `Không ghi được vào thư mục dữ liệu ${dataDir} (thư mục ${LOCK_FOLDER} chỉ đọc hoặc không có quyền). Các lệnh chỉ đọc (status, verify…) vẫn dùng được; để ghi, hãy nhờ quản trị máy cấp quyền ghi.`,
  );
}

function holdShared(dataDir: string, what: HolderKind, { now, waitMs = 5000 }: HoldOptions): FolderHold {
  mkdirSync(lockDir(dataDir), { recursive: true });
  const file = holderFile(dataDir);
  const me: Holder = { pid: process.pid, host: hostname(), what, since: now.toISOString() };
  const exclusiveFile = join(lockDir(dataDir), EXCLUSIVE);
  for (let waited = 0; ; waited += 100) {
    writeHolder(lockDir(dataDir), file, me, false);
    // Written first, then checked: a restore that starts meanwhile sees this file and stops.
    const restoring = folderHolders(dataDir).find((h) => h.file === exclusiveFile);
    if (!restoring) return makeHold(file);
    rmSync(file, { force: true });
    if (waited >= waitMs) throw busyError(dataDir, [restoring], 'mở dữ liệu để ghi');
    sleep(100);
  }
}

/**
 * Holds the folder alone (a restore): refused with E_DATA_BUSY while anybody but `own` (the caller's
 * ordinary hold, if it has one) holds it.
 */
export function holdFolderAlone(dataDir: string, what: HolderKind, now: Date, own: FolderHold | null): FolderHold {
  try {
    return holdAlone(dataDir, what, now, own);
  } catch (e) {
    throw lockWriteError(e, dataDir);
  }
}

function holdAlone(dataDir: string, what: HolderKind, now: Date, own: FolderHold | null): FolderHold {
  const dir = lockDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const exclusiveFile = join(dir, EXCLUSIVE);
  const me: Holder = { pid: process.pid, host: hostname(), what, since: now.toISOString(), exclusive: true };
  if (!writeHolder(dir, exclusiveFile, me, true)) {
    // Stale marks are removed by folderHolders; a live one means another restore is running.
    const others = folderHolders(dataDir).filter((h) => h.file === exclusiveFile);
    if (others.length > 0 || !writeHolder(dir, exclusiveFile, me, true)) throw busyError(dataDir, others, 'khôi phục');
  }
  const hold = makeHold(exclusiveFile);
  const others = folderHolders(dataDir).filter((h) => h.file !== exclusiveFile && h.file !== own?.file);
  if (others.length > 0) {
    hold.release();
    throw busyError(dataDir, others, 'khôi phục bản sao lưu');
  }
  return hold;
}
