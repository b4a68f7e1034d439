// Backups from the Settings page: the list kept in the data folder, "back up now", restoring one of
// them by name (the services choose the file; the page never sends a path), and restoring a file the
// user chose, e.g. brought from the old computer (its bytes, never its path). After a restore every
// screen reads its data again.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api, BackupInfo, RestoreInfo } from '../../shared/api/contract';
import type { PickedFile } from '../platform/files';

export interface BackupState {
  list: BackupInfo[];
  busy: boolean;
  error: string | null;
  made: BackupInfo | null;
  restored: RestoreInfo | null;
  load(): Promise<void>;
  backupNow(): Promise<void>;
  restore(name: string): Promise<void>;
  restoreFile(file: PickedFile): Promise<void>;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function createBackupStore(api: Api, options: { onRestored(): Promise<void> | void }): StoreApi<BackupState> {
  return createStore<BackupState>((set) => {
    const run = async (work: () => Promise<Partial<BackupState>>) => {
      set({ busy: true, error: null });
      try {
        set({ ...(await work()), busy: false });
      } catch (e) {
        set({ busy: false, error: message(e) });
      }
    };
    // Every screen reads the restored data again before the panel reports the restore.
    const afterRestore = async (restored: RestoreInfo): Promise<Partial<BackupState>> => {
      await options.onRestored();
      return { restored, made: null, list: await api.listBackups({}) };
    };
    return {
      list: [],
      busy: false,
      error: null,
      made: null,
      restored: null,
      load: () => run(async () => ({ list: await api.listBackups({}) })),
      backupNow: () =>
        run(async () => {
          const made = await api.createBackup({});
          return { made, restored: null, list: await api.listBackups({}) };
        }),
      restore: (name) => run(async () => afterRestore(await api.restoreBackup({ name }))),
      restoreFile: (file) => run(async () => afterRestore(await api.restoreUploadedBackup({ name: file.name, dataBase64: await file.readBase64() }))),
    };
  });
}

