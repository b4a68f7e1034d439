// Opens a data folder and returns the router over it: the one entry point shared by the Electron main
// process, the loopback web host, the CLI and the tests.
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { vi as zodVietnamese } from 'zod/locales';
import { createApiClient } from '../../shared/api/client';
import { METHOD_NAMES, type Api, type RestoreInfo } from '../../shared/api/contract';
import { AppError } from '../../shared/errors';
import { listBackups } from './backup/backup';
import { restoreBackup } from './backup/restore';
import { backupHandlers, restoreByName, restoreUpload } from './handlers/backup-handlers';
import { systemClock, type Clock } from './clock';
import { createContext, type ServiceContext } from './context';
import { databasePath, prepareDataDir } from './data-dir';
import { backupDir, backupSync, dailyBackupDue } from './backup/backup';
import { removeStaleParts } from './fs/stale-parts';
import { quickCheck, quickCheckOpen, refuseNetworkFolder } from './db/health';
import { holdFolder, holdFolderAlone, type FolderHold, type HolderKind } from './db/folder-lock';
import { dataError, LATEST_VERSION, openDatabase, openDatabaseReadOnly, userVersion, type Db } from './db/open-database';
import { draftHandlers } from './handlers/draft-handlers';
import { campaignHandlers } from './handlers/campaign-handlers';
import { deskHandlers } from './handlers/desk-handlers';
import { attachmentHandlers } from './handlers/attachment-handlers';
import { exportHandlers } from './handlers/export-handlers';
import { inboxHandlers } from './handlers/inbox-handlers';
import { noHostHooks, type HostHooks } from './host';
import { profileHandlers } from './handlers/profile-handlers';
import { provinceHandlers } from './handlers/province-handlers';
import { planHandlers } from './handlers/plan-handlers';
import { signingHandlers } from './handlers/signing-handlers';
import type { Handlers } from './handlers/types';
import type { BackupMethods } from './handlers/backup-handlers';
import { unitsHandlers } from './handlers/units-handlers';
import { reviewHandlers } from './handlers/review-handlers';
import { createRouter, type Router, type RouterOptions } from './router';

// Messages of schema checks that have no Vietnamese text of our own come out in Vietnamese too.
z.config(zodVietnamese());

export interface AppServices {
  dataDir: string;
  ctx: ServiceContext;
  router: Router;
  /** In-process client over the router, with the same parsing and envelopes as the other transports. */
  api: Api;
  close(): void;
}

export interface OpenOptions extends RouterOptions {
  dataDir: string;
  /** Create the data folder when missing (first run); otherwise a missing folder is an error. */
  create?: boolean;
  clock?: Clock;
  host?: HostHooks;
  /** Hosts with a window: a damaged database opens in recovery (restore a backup) instead of failing. */
  recoverable?: boolean;
  /** Who opens the folder, named to another process that finds it held (default: a CLI command). */
  holder?: HolderKind;
  /**
   * Only to read (status, verify, lists): the database is opened read-only and the folder is not held,
   * so that this works beside the app and on a read-only folder. A database still to be created or
   * upgraded is opened for writing as usual.
   */
  readOnly?: boolean;
}

/** A database with a profile holds someone's work; an empty new one needs no backup. */
const hasData = (db: Db): boolean => db.prepare('SELECT 1 FROM profile').get() !== undefined;

export function buildHandlers(ctx: ServiceContext): Omit<Handlers, BackupMethods> {
  return { ...profileHandlers(ctx), ...unitsHandlers(ctx), ...draftHandlers(ctx), ...exportHandlers(ctx), ...signingHandlers(ctx), ...inboxHandlers(ctx), ...provinceHandlers(ctx), ...campaignHandlers(ctx), ...deskHandlers(ctx), ...reviewHandlers(ctx), ...planHandlers(ctx), ...attachmentHandlers(ctx) };
}

/** A read-only view when the database exists and is current; null when it must be opened for writing. */
function openReadOnlyContext(options: OpenOptions, clock: Clock): ServiceContext | null {
  const file = databasePath(options.dataDir);
  if (!existsSync(file)) return null;
  refuseNetworkFolder(options.dataDir);
  const db = openDatabaseReadOnly(file);
  try {
    quickCheckOpen(db, file);
  } catch (e) {
    db.close();
    throw e;
  }
  if (userVersion(db) !== LATEST_VERSION) {
    db.close();
    return null;
  }
  return createContext(db, clock, options.host ?? noHostHooks, { readOnly: true });
}

function openContext(options: OpenOptions, clock: Clock): ServiceContext {
  const { dataDir } = options;
  prepareDataDir(dataDir, { create: options.create ?? false });
  refuseNetworkFolder(dataDir);
  const file = databasePath(dataDir);
  // Backups and restores cut off half-way leave temporary files beside their targets.
  for (const dir of [dataDir, backupDir(dataDir)]) removeStaleParts(dir, (name) => /\.part(-wal|-shm)?$/.test(name));
  quickCheck(file);
  const db = openDatabase(file, { beforeMigrate: (d) => backupSync(d, dataDir, 'truoc-nang-cap', clock()) });
  try {
    // One backup a day, at the first open: a year's work is never more than a day from a copy.
    if (userVersion(db) > 0 && dailyBackupDue(dataDir, clock()) && hasData(db)) backupSync(db, dataDir, 'hang-ngay', clock());
    return createContext(db, clock, options.host ?? noHostHooks);
  } catch (e) {
    db.close();
    throw e;
  }
}

/**
 * What a window shows over a damaged database: nothing is opened for writing, every call answers with
 * the damage, and only the backups can be listed and one restored (which then opens the app normally).
 */
function recoveryHandlers(damage: AppError, dataDir: string, clock: Clock, restore: (file: string) => RestoreInfo): Handlers {
  const refuse = () => {
    throw damage;
  };
  const all = Object.fromEntries(METHOD_NAMES.map((m) => [m, refuse])) as unknown as Handlers;
  return {
    ...all,
    listBackups: () => listBackups(dataDir),
    restoreBackup: ({ name }) => restoreByName(dataDir, name, restore),
    restoreUploadedBackup: (upload) => restoreUpload(dataDir, upload, clock(), restore),
  };
}

export function openAppServices(options: OpenOptions): AppServices {
  const clock = options.clock ?? systemClock;
  let ctx: ServiceContext | null = options.readOnly ? openReadOnlyContext(options, clock) : null;
  let damage: AppError | null = null;
  // Held for as long as the database is open for writing: a restore elsewhere then waits for us.
  let hold: FolderHold | null = null;
  if (!ctx) {
    prepareDataDir(options.dataDir, { create: options.create ?? false });
    hold = holdFolder(options.dataDir, options.holder ?? 'cli', { now: clock() });
    try {
      ctx = openContext(options, clock);
    } catch (e) {
      if (!(options.recoverable && e instanceof AppError && e.code === 'E_DB_CORRUPT')) {
        hold.release();
        throw e;
      }
      damage = e;
    }
  }
  let handlers: Handlers;
  // Restoring replaces the database under a running app: refused while another process holds the
  // folder; otherwise close, restore, reopen, and rebuild the handlers over the new connection. The
  // router keeps calling whatever handlers are current.
  const restore = (file: string): RestoreInfo => {
    const alone = holdFolderAlone(options.dataDir, options.holder ?? 'cli', clock(), hold);
    ctx?.db.close();
    try {
      return restoreBackup(options.dataDir, file, clock());
    } finally {
      try {
        ctx = openContext({ ...options, create: true }, clock);
        damage = null;
        handlers = build();
      } finally {
        alone.release();
      }
    }
  };
  const build = (): Handlers =>
    ctx && !damage ? { ...buildHandlers(ctx), ...backupHandlers(ctx, options.dataDir, restore) } : recoveryHandlers(damage as AppError, options.dataDir, clock, restore);
  handlers = build();
  // SQLite's own refusals (a read-only file, a write lock held too long) reach the user as such.
  const file = databasePath(options.dataDir);
  const call = async (m: (typeof METHOD_NAMES)[number], input: never): Promise<unknown> => {
    try {
      return await (handlers[m] as (i: never) => unknown)(input);
    } catch (e) {
      throw dataError(e, file, options.dataDir) ?? e;
    }
  };
  const delegating = Object.fromEntries(METHOD_NAMES.map((m) => [m, (input: never) => call(m, input)])) as unknown as Handlers;
  const router = createRouter(delegating, options);
  return {
    dataDir: options.dataDir,
    get ctx() {
      if (!ctx) throw damage as AppError;
      return ctx;
    },
    router,
    api: createApiClient((method, input) => router(method, input)),
    close: () => {
      ctx?.db.close();
      hold?.release();
      hold = null;
    },
  };
}
