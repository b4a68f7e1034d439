// Export and what follows it: the signing key's fingerprint, the revisions sent, the last export's
// result (file names, e-mail text), "open folder", and a new revision with its reason. The draft in
// the session follows every change (frozen after export, editable again at revision n+1).
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api, DraftView, ExportRecord, ExportResult, OpenFolderResult, SigningKeyInfo } from '../../shared/api/contract';

export interface ExportState {
  loaded: boolean;
  key: SigningKeyInfo | null;
  history: ExportRecord[];
  result: ExportResult | null;
  busy: boolean;
  error: string | null;
  folder: OpenFolderResult | null;
  load(): Promise<void>;
  exportNow(): Promise<void>;
  openFolder(): Promise<void>;
  /** Opens revision n+1; throws the services' error (e.g. a reason too short) for the dialog. */
  startRevision(reason: string): Promise<DraftView>;
}

export interface ExportOptions {
  /** The draft changed on the services' side (frozen, or a new revision): the session reads it again. */
  onDraftChanged(draft?: DraftView): Promise<void> | void;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function createExportStore(api: Api, options: ExportOptions): StoreApi<ExportState> {
  return createStore<ExportState>((set, get) => ({
    loaded: false,
    key: null,
    history: [],
    result: null,
    busy: false,
    error: null,
    folder: null,

    async load() {
      try {
        const [key, history] = await Promise.all([api.getSigningKey({}), api.listExports({})]);
        set({ key, history, loaded: true });
      } catch (e) {
        set({ error: message(e), loaded: true });
      }
    },

    async exportNow() {
      if (get().busy) return;
      set({ busy: true, error: null, folder: null });
      try {
        const result = await api.exportPackage({});
        set({ result });
        await options.onDraftChanged();
        // The key may have been made by this export, and the history has a new line.
        await get().load();
      } catch (e) {
        set({ error: message(e) });
      } finally {
        set({ busy: false });
      }
    },

    async openFolder() {
      try {
        set({ folder: await api.openExportFolder({}) });
      } catch (e) {
        set({ error: message(e) });
      }
    },

    async startRevision(reason) {
      const draft = await api.startRevision({ reason });
      set({ result: null, folder: null });
      await options.onDraftChanged(draft);
      return draft;
    },
  }));
}
