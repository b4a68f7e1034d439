// The province's plan page (issue 16): survey visits, conference speakers and commendations. The
// services are the source of truth: each action returns the new view, which replaces the shown one.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api, InputOf } from '../../../shared/api/contract';
import type { Basis } from '../../../shared/aggregate/types';
import type { Unit } from '../../../shared/units/directory';
import type { CommendationFields, CommendationsView, PlanDocResult, QuoteResult, SpeakersView, SurveyVisit } from '../../../shared/plan/types';

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export interface PlanState {
  basis: Basis;
  visits: SurveyVisit[];
  /** The units below this one, to plan a visit to. */
  units: Unit[];
  speakers: SpeakersView | null;
  commendations: CommendationsView | null;
  error: string | null;
  loadSurvey(): Promise<void>;
  loadSpeakers(): Promise<void>;
  loadCommendations(): Promise<void>;
  setBasis(basis: Basis): Promise<void>;
  saveVisit(input: InputOf<'saveSurveyVisit'>): Promise<SurveyVisit>;
  deleteVisit(id: number): Promise<void>;
  saveFinding(input: InputOf<'saveSurveyFinding'>): Promise<SurveyVisit>;
  deleteFinding(id: number): Promise<void>;
  quoteFinding(findingId: number, fieldKey: string): Promise<QuoteResult>;
  exportSurvey(): Promise<PlanDocResult>;
  setCriteria(criteria: string[]): Promise<void>;
  choose(unitCode: string, reason: string): Promise<void>;
  unchoose(unitCode: string): Promise<void>;
  quoteSpeakers(fieldKey: string): Promise<QuoteResult>;
  exportSpeakers(): Promise<PlanDocResult>;
  editCommendation(key: string, row: CommendationFields, excluded: boolean): Promise<void>;
  addCommendation(row: CommendationFields): Promise<void>;
  resetCommendation(key: string): Promise<void>;
  exportCommendations(): Promise<PlanDocResult>;
}

export function createPlanStore(api: Api, options: { onDraftChanged(): void } = { onDraftChanged: () => undefined }): StoreApi<PlanState> {
  return createStore<PlanState>((set, get) => {
    const replaceVisit = (v: SurveyVisit) => {
      const visits = get().visits;
      set({ visits: visits.some((x) => x.id === v.id) ? visits.map((x) => (x.id === v.id ? v : x)) : [...visits, v].sort((a, b) => (a.dateFrom < b.dateFrom ? -1 : a.dateFrom > b.dateFrom ? 1 : a.id - b.id)) });
      return v;
    };
    const quoted = (r: QuoteResult) => {
      options.onDraftChanged();
      return r;
    };
    return {
      basis: 'accepted',
      visits: [],
      units: [],
      speakers: null,
      commendations: null,
      error: null,
      async loadSurvey() {
        try {
          const [visits, units, profile] = await Promise.all([api.listSurveyVisits({}), api.listUnits({}), api.getProfile({})]);
          const own = profile?.unit.code;
          set({ visits, units: units.filter((u) => u.parentCode === own), error: null });
        } catch (e) {
          set({ error: message(e) });
        }
      },
      async loadSpeakers() {
        try {
          set({ speakers: await api.getSpeakers({ basis: get().basis }), error: null });
        } catch (e) {
          set({ error: message(e) });
        }
      },
      async loadCommendations() {
        try {
          set({ commendations: await api.getCommendations({ basis: get().basis }), error: null });
        } catch (e) {
          set({ error: message(e) });
        }
      },
      async setBasis(basis) {
        set({ basis });
        await Promise.all([get().speakers ? get().loadSpeakers() : null, get().commendations ? get().loadCommendations() : null]);
      },
      saveVisit: async (input) => replaceVisit(await api.saveSurveyVisit(input)),
      async deleteVisit(id) {
        await api.deleteSurveyVisit({ id });
        set({ visits: get().visits.filter((v) => v.id !== id) });
      },
      saveFinding: async (input) => replaceVisit(await api.saveSurveyFinding(input)),
      async deleteFinding(id) {
        replaceVisit(await api.deleteSurveyFinding({ id }));
      },
      async quoteFinding(findingId, fieldKey) {
        const r = quoted(await api.quoteSurveyFinding({ findingId, fieldKey }));
        await get().loadSurvey();
        return r;
      },
      exportSurvey: () => api.exportSurveyReport({}),
      async setCriteria(criteria) {
        set({ speakers: await api.setSpeakerCriteria({ basis: get().basis, criteria }) });
      },
      async choose(unitCode, reason) {
        set({ speakers: await api.chooseSpeaker({ basis: get().basis, unitCode, reason }) });
      },
      async unchoose(unitCode) {
        set({ speakers: await api.unchooseSpeaker({ basis: get().basis, unitCode }) });
      },
      quoteSpeakers: async (fieldKey) => quoted(await api.quoteSpeakers({ basis: get().basis, fieldKey })),
      exportSpeakers: () => api.exportSpeakers({ basis: get().basis }),
      async editCommendation(key, row, excluded) {
        set({ commendations: await api.editCommendation({ basis: get().basis, key, row, excluded }) });
      },
      async addCommendation(row) {
        set({ commendations: await api.addCommendation({ basis: get().basis, row }) });
      },
      async resetCommendation(key) {
        set({ commendations: await api.resetCommendation({ basis: get().basis, key }) });
      },
      exportCommendations: () => api.exportCommendations({ basis: get().basis }),
    };
  });
}
