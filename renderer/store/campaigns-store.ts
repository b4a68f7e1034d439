// The campaigns this install knows (home) and a new unit's start from a received campaign file (first
// run). Choosing a campaign or setting up from a file changes everything the session shows: it loads again.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CampaignFilePreview, CampaignSummary } from '../../shared/api/campaign-types';
import type { Api } from '../../shared/api/contract';
import type { PickedFile } from '../platform/files';

export interface CampaignsState {
  campaigns: CampaignSummary[];
  /** The campaign file chosen at first run, read and verified by its own signature, with its bytes. */
  preview: (CampaignFilePreview & { file: { name: string; dataBase64: string } }) | null;
  busy: boolean;
  error: string | null;
  load(): Promise<void>;
  use(id: string): Promise<void>;
  open(file: PickedFile): Promise<void>;
  setup(unitCode: string, fingerprint: string, signerName: string): Promise<void>;
}

export interface CampaignsOptions {
  /** The session loads again: another campaign, or a unit now set up. */
  onChanged(): Promise<void>;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function createCampaignsStore(api: Api, options: CampaignsOptions): StoreApi<CampaignsState> {
  return createStore<CampaignsState>((set, get) => {
    const run = async (task: () => Promise<void>) => {
      set({ busy: true, error: null });
      try {
        await task();
      } catch (e) {
        set({ error: message(e) });
      } finally {
        set({ busy: false });
      }
    };
    return {
      campaigns: [],
      preview: null,
      busy: false,
      error: null,
      async load() {
        set({ campaigns: await api.listCampaigns({}) });
      },
      use: (id) =>
        run(async () => {
          set({ campaigns: await api.useCampaign({ id }) });
          await options.onChanged();
        }),
      open: (picked) =>
        run(async () => {
          const file = { name: picked.name, dataBase64: await picked.readBase64() };
          set({ preview: { ...(await api.previewCampaignFile({ file })), file } });
        }),
      setup: (unitCode, fingerprint, signerName) =>
        run(async () => {
          const preview = get().preview;
          if (!preview) return;
          await api.setupFromCampaign({ file: preview.file, unitCode, ...(fingerprint.trim() ? { fingerprint } : {}) });
          if (signerName.trim()) {
            const profile = await api.getProfile({});
            if (profile) await api.saveProfile({ unitCode: profile.unit.code, signerName, signerTitle: profile.signerTitle, authorityLine: profile.authorityLine, documentNumber: profile.documentNumber, documentSymbol: profile.documentSymbol, place: profile.place });
          }
          set({ preview: null });
          await options.onChanged();
        }),
    };
  });
}
