// The receiving unit's tracker and everyone's key registry. Both are small lists read whole after each
// change: the services are the source of truth, and a province has tens of units, not thousands.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api, InputOf, PublicKeyFile } from '../../shared/api/contract';
import type { AnnouncedKey, IssuedReceipt, KeyDecision, KeyInfo, TrackerExport, TrackerRow } from '../../shared/api/inbox-types';

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export interface TrackerState {
  rows: TrackerRow[];
  loaded: boolean;
  error: string | null;
  load(): Promise<void>;
  /** Accept or return a report; throws the services' error for the dialog. */
  issueReceipt(input: InputOf<'issueReceipt'>): Promise<IssuedReceipt>;
  exportXlsx(): Promise<TrackerExport>;
}

export function createTrackerStore(api: Api): StoreApi<TrackerState> {
  return createStore<TrackerState>((set, get) => ({
    rows: [],
    loaded: false,
    error: null,
    async load() {
      try {
        set({ rows: await api.getTracker({}), loaded: true, error: null });
      } catch (e) {
        set({ error: message(e), loaded: true });
      }
    },
    async issueReceipt(input) {
      const issued = await api.issueReceipt(input);
      await get().load();
      return issued;
    },
    exportXlsx: () => api.exportTracker({}),
  }));
}

export interface KeysState {
  keys: KeyInfo[];
  /** Keys units announced ahead, waiting for a person's confirmation. */
  announced: AnnouncedKey[];
  loaded: boolean;
  error: string | null;
  load(): Promise<void>;
  register(input: InputOf<'registerKey'>): Promise<KeyDecision>;
  revoke(keyId: string): Promise<KeyInfo>;
  exportPublicKey(): Promise<PublicKeyFile>;
  confirmAnnounced(keyId: string, fingerprint: string): Promise<KeyDecision>;
}

export function createKeysStore(api: Api, options: { onRegistered(decision: KeyDecision): void }): StoreApi<KeysState> {
  return createStore<KeysState>((set, get) => ({
    keys: [],
    announced: [],
    loaded: false,
    error: null,
    async load() {
      try {
        const [keys, announced] = await Promise.all([api.listKeys({}), api.listAnnouncedKeys({})]);
        set({ keys, announced, loaded: true, error: null });
      } catch (e) {
        set({ error: message(e), loaded: true });
      }
    },
    async register(input) {
      const d = await api.registerKey(input);
      await get().load();
      // A registered key can release held packages and receipts.
      options.onRegistered(d);
      return d;
    },
    async revoke(keyId) {
      const k = await api.revokeKey({ keyId });
      await get().load();
      return k;
    },
    async exportPublicKey() {
      const file = await api.exportPublicKey({});
      await get().load();
      return file;
    },
    async confirmAnnounced(keyId, fingerprint) {
      const d = await api.confirmAnnouncedKey({ keyId, fingerprint });
      await get().load();
      options.onRegistered(d);
      return d;
    },
  }));
}
