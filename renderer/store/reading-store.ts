// The receiving unit's reading desk: the revision being read (from its re-verified package), the
// comparison of two revisions, and home's state of the campaign. Read fresh on each visit: the
// services are the source of truth, and a decision changes what the tracker and home say.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api, InputOf } from '../../shared/api/contract';
import type { IssuedReceipt } from '../../shared/api/inbox-types';
import type { ReceivedRevision, ReceivingHome, RevisionComparison, SavedPackageFile } from '../../shared/api/review-types';

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export interface ReadingState {
  received: ReceivedRevision | null;
  comparison: RevisionComparison | null;
  home: ReceivingHome | null;
  loading: boolean;
  error: string | null;
  open(inboxId: number): Promise<void>;
  compare(fromId: number, toId: number): Promise<void>;
  loadHome(): Promise<void>;
  /** Throws the services' error for the page to show beside the buttons. */
  decide(input: InputOf<'decideReceived'>): Promise<IssuedReceipt>;
  saveFile(inboxId: number, path: string): Promise<SavedPackageFile>;
}

export function createReadingStore(api: Api, hooks: { onDecided?: () => void } = {}): StoreApi<ReadingState> {
  const run = async (set: (p: Partial<ReadingState>) => void, clear: Partial<ReadingState>, work: () => Promise<Partial<ReadingState>>) => {
    set({ ...clear, loading: true, error: null });
    try {
      set({ ...(await work()), loading: false });
    } catch (e) {
      set({ loading: false, error: message(e) });
    }
  };
  return createStore<ReadingState>((set) => ({
    received: null,
    comparison: null,
    home: null,
    loading: false,
    error: null,
    open: (inboxId) => run(set, { received: null }, async () => ({ received: await api.openReceived({ inboxId }) })),
    compare: (fromId, toId) => run(set, { comparison: null }, async () => ({ comparison: await api.compareRevisions({ fromId, toId }) })),
    loadHome: async () => {
      try {
        set({ home: await api.getReceivingHome({}), error: null });
      } catch (e) {
        set({ error: message(e) });
      }
    },
    async decide(input) {
      const issued = await api.decideReceived(input);
      set({ received: await api.openReceived({ inboxId: input.inboxId }) });
      hooks.onDecided?.();
      return issued;
    },
    saveFile: (inboxId, path) => api.savePackageFile({ inboxId, path }),
  }));
}
