// The import of files chosen or dropped in the window, one file per call so that the progress bar
// moves file by file and no call comes near the transport's size limit. Files that cannot be
// packages (too large, wrong type) get their result line here without being read. A failed call
// becomes that file's result line and the next file goes on.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../shared/api/contract';
import type { HeldPackage, ImportLine, KeyDecision } from '../../shared/api/inbox-types';
import { PACKAGE_MAX_BYTES } from '../../shared/api/limits';
import { AppError } from '../../shared/errors';
import { formatNumber } from '../../shared/format/vi';
import type { PickedFile } from '../platform/files';

/** A held key as the screen shows it: its key id (a hint) and its fingerprint (the name). */
export interface HeldKeyRef {
  keyId: string;
  fingerprint: string;
}

export const IMPORT_EXTENSIONS = ['.tongket', '.tongket-receipt', '.tongket-campaign', '.eml'];

export interface ResultLine extends ImportLine {
  /** Stable key for the list, since one e-mail can give several lines with related sources. */
  id: number;
}

/** Where an import was started: the inbox (packages) or the home page (a receipt from the level above). */
export type ImportScope = 'inbox' | 'receipt';

export interface InboxState {
  scope: ImportScope;
  running: boolean;
  done: number;
  total: number;
  /** The file being checked now. */
  current: string | null;
  lines: ResultLine[];
  /** Packages waiting for a person to confirm or refuse their key (also from earlier sessions). */
  held: HeldPackage[];
  importFiles(files: PickedFile[], scope?: ImportScope): Promise<void>;
  loadHeld(): Promise<void>;
  /** Decides about the held key chosen on screen, named by its fingerprint (its key id may be shared). */
  confirmKey(key: HeldKeyRef, fingerprint: string): Promise<KeyDecision>;
  refuseKey(key: HeldKeyRef): Promise<KeyDecision>;
  /** A key registered elsewhere (the Keys page) released what it held: the lines on screen follow. */
  settle(fingerprint: string, decision: KeyDecision): void;
  clear(): void;
}

export interface InboxOptions {
  /** Called after anything was imported or decided, so that the tracker and the session follow. */
  onChanged(): void;
}

const extensionOf = (name: string): string => {
  const lower = name.toLowerCase();
  return IMPORT_EXTENSIONS.find((ext) => lower.endsWith(ext)) ?? '';
};

/** A result line decided in the window, in the services' words, for files never sent. */
function localLine(file: PickedFile): ImportLine | null {
  if (!extensionOf(file.name)) {
    return { source: file.name, outcome: 'skipped', message: 'Bỏ qua: không phải gói TongKet (.tongket), biên nhận (.tongket-receipt) hay thư (.eml).' };
  }
  if (file.size > PACKAGE_MAX_BYTES) {
    return {
      source: file.name,
      outcome: 'rejected',
      code: 'E_PKG_SIZE',
      message: `Từ chối: tệp nặng ${formatNumber(Math.ceil(file.size / 1048576))} MB, vượt giới hạn ${formatNumber(PACKAGE_MAX_BYTES / 1048576)} MB của một gói.`,
    };
  }
  return null;
}

const failed = (source: string, e: unknown): ImportLine =>
  e instanceof AppError
    ? { source, outcome: 'rejected', code: e.code, message: `Từ chối [${e.code}]: ${e.message}` }
    : { source, outcome: 'rejected', message: `Từ chối: ${e instanceof Error ? e.message : String(e)}` };

/** A receipt in a key decision's lines is named by the first 12 digits of its digest. */
const RECEIPT_SOURCE = /^[0-9a-f]{12}$/;

export function createInboxStore(api: Api, options: InboxOptions): StoreApi<InboxState> {
  let nextId = 1;
  const withIds = (lines: ImportLine[]): ResultLine[] => lines.map((l) => ({ ...l, id: nextId++ }));

  return createStore<InboxState>((set, get) => {
    /**
     * Replaces the held lines of a key by what a decision released or refused. Packages come back
     * under their own source; a released or refused receipt is named by its digest, so it takes the
     * held line's file name. Anything released that was not on screen is added at the end.
     */
    const settle = (fingerprint: string, d: KeyDecision) => {
      const released = withIds(d.released);
      const used = new Set<number>();
      const lines = get().lines.flatMap((l) => {
        if (l.outcome !== 'held' || l.fingerprint !== fingerprint) return [l];
        const same = released.filter((r) => r.source === l.source);
        if (same.length) {
          same.forEach((r) => used.add(r.id));
          return same;
        }
        const receipt = released.find((r) => RECEIPT_SOURCE.test(r.source) && (r.outcome === 'receipt' || r.outcome === 'rejected') && !used.has(r.id));
        if (!receipt) return [l];
        used.add(receipt.id);
        return [{ ...receipt, source: l.source }];
      });
      set({ lines: [...lines, ...released.filter((r) => !used.has(r.id))] });
    };

    return {
      scope: 'inbox',
      running: false,
      done: 0,
      total: 0,
      current: null,
      lines: [],
      held: [],

      async importFiles(files, scope = 'inbox') {
        if (get().running || files.length === 0) return;
        set({ scope, running: true, done: 0, total: files.length, current: null, lines: [] });
        try {
          for (const [i, file] of files.entries()) {
            set({ current: file.name, done: i });
            let lines: ImportLine[];
            const local = localLine(file);
            if (local) lines = [local];
            else {
              try {
                lines = await api.importUploads({ files: [{ name: file.name, dataBase64: await file.readBase64() }] });
              } catch (e) {
                lines = [failed(file.name, e)];
              }
            }
            set({ lines: [...get().lines, ...withIds(lines)] });
          }
        } finally {
          set({ running: false, done: files.length, current: null });
          await get().loadHeld().catch(() => undefined);
          options.onChanged();
        }
      },

      async loadHeld() {
        set({ held: await api.listHeld({}) });
      },

      async confirmKey(key, fingerprint) {
        const d = await api.confirmKey({ keyId: key.keyId, ...(key.fingerprint ? { keyFingerprint: key.fingerprint } : {}), fingerprint });
        settle(key.fingerprint, d);
        await get().loadHeld();
        options.onChanged();
        return d;
      },

      async refuseKey(key) {
        const d = await api.refuseKey({ keyId: key.keyId, ...(key.fingerprint ? { keyFingerprint: key.fingerprint } : {}) });
        settle(key.fingerprint, d);
        await get().loadHeld();
        options.onChanged();
        return d;
      },

      settle,

      clear() {
        set({ lines: [], done: 0, total: 0 });
      },
    };
  });
}
