// What the app knows about this installation: the profile, the campaign, the current draft, whether
// this unit receives reports from units below (then it has the inbox and the tracker), the last
// decision of the level above, and the unit directory for setup. The store receives the Api object;
// it never knows the transport.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api, DraftView, InputOf, Profile, SaveResult } from '../../shared/api/contract';
import type { ReceiptStatus } from '../../shared/api/inbox-types';
import type { CampaignDef } from '../../shared/campaign/model';
import type { Level, Unit } from '../../shared/units/directory';
import { AppError } from '../../shared/errors';
import { without } from './records';

export type SessionStatus = 'loading' | 'setup' | 'ready' | 'error';

export interface SessionState {
  status: SessionStatus;
  loadError: string | null;
  /** The stable code of that error: E_DB_CORRUPT opens the recovery screen. */
  loadErrorCode: string | null;
  profile: Profile | null;
  campaign: CampaignDef | null;
  draft: DraftView | null;
  /** The unit has units below it in the directory: it imports and tracks their reports. */
  receiving: boolean;
  /** The latest decision of the level above on this unit's report, once its receipt was imported. */
  receipt: ReceiptStatus | null;
  units: Unit[];
  levels: Level[];
  load(): Promise<void>;
  /** Reads the draft and the level above's decision again, after an export, a new revision or a receipt. */
  refresh(): Promise<void>;
  setDraft(draft: DraftView): void;
  loadDirectory(): Promise<void>;
  addUnit(unit: InputOf<'addUnit'>): Promise<Unit>;
  saveProfile(input: InputOf<'saveProfile'>): Promise<Profile>;
  /** Folds one autosave's answer into the draft: the stored value, validation and progress. */
  applySave(result: SaveResult, target: 'field' | 'explanation', key: string): void;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Everything a set-up unit's screens need, read in parallel. */
async function readyState(api: Api): Promise<Pick<SessionState, 'campaign' | 'draft' | 'receiving' | 'receipt'>> {
  const [campaign, draft, mode, receipt] = await Promise.all([api.getCampaign({}), api.getDraft({}), api.getMode({}), api.getReceiptStatus({})]);
  return { campaign, draft, receiving: mode.receiving, receipt };
}

export function createSessionStore(api: Api): StoreApi<SessionState> {
  return createStore<SessionState>((set, get) => ({
    status: 'loading',
    loadError: null,
    loadErrorCode: null,
    profile: null,
    campaign: null,
    draft: null,
    receiving: false,
    receipt: null,
    units: [],
    levels: [],

    async load() {
      set({ status: 'loading', loadError: null, loadErrorCode: null });
      try {
        const profile = await api.getProfile({});
        if (!profile) {
          await get().loadDirectory();
          set({ status: 'setup', profile: null });
          return;
        }
        set({ ...(await readyState(api)), status: 'ready', profile });
      } catch (e) {
        set({ status: 'error', loadError: message(e), loadErrorCode: e instanceof AppError ? e.code : null });
      }
    },

    async refresh() {
      const [draft, receipt] = await Promise.all([api.getDraft({}), api.getReceiptStatus({})]);
      set({ draft, receipt });
    },

    setDraft(draft) {
      set({ draft });
    },

    async loadDirectory() {
      const [units, levels] = await Promise.all([api.listUnits({}), api.listLevels({})]);
      set({ units, levels });
    },

    async addUnit(unit) {
      const added = await api.addUnit(unit);
      set({ units: [...get().units, added] });
      return added;
    },

    async saveProfile(input) {
      const profile = await api.saveProfile(input);
      if (get().status !== 'ready') {
        set({ ...(await readyState(api)), status: 'ready', profile });
      } else {
        set({ profile });
      }
      return profile;
    },

    applySave(result, target, key) {
      const draft = get().draft;
      if (!draft) return;
      let { values, explanations, rawInputs } = draft;
      if (target === 'field') {
        values = result.value === null ? without(values, key) : { ...values, [key]: result.value };
        rawInputs = result.raw === null ? without(rawInputs, key) : { ...rawInputs, [key]: result.raw };
      }
      else explanations = typeof result.value === 'string' ? { ...explanations, [key]: result.value } : without(explanations, key);
      set({
        draft: { ...draft, values, explanations, rawInputs, validation: result.validation, progress: result.progress, lastSavedAt: result.savedAt },
      });
    },
  }));
}
