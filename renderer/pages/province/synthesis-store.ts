// The province's synthesis page: the aggregate and the compilation for the chosen basis, and the
// actions on the province's own report. The services are the source of truth: after each action the
// views are read again whole (a province has tens of units, and the aggregate takes milliseconds).
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../../shared/api/contract';
import type { FillResult, ProvinceExportResult, ProvincePreviewResult } from '../../../shared/api/province-types';
import type { CompiledSection } from '../../../shared/aggregate/compile';
import type { Aggregate, Basis } from '../../../shared/aggregate/types';

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export interface SynthesisState {
  basis: Basis;
  aggregate: Aggregate | null;
  sections: CompiledSection[];
  loading: boolean;
  error: string | null;
  load(): Promise<void>;
  setBasis(basis: Basis): Promise<void>;
  fill(overwrite: boolean): Promise<FillResult>;
  insert(fieldKey: string, unitCode: string, manifestSha256: string): Promise<void>;
  preview(): Promise<ProvincePreviewResult>;
  exportReport(): Promise<ProvinceExportResult>;
}

export function createSynthesisStore(api: Api, options: { onDraftChanged(): void } = { onDraftChanged: () => undefined }): StoreApi<SynthesisState> {
  return createStore<SynthesisState>((set, get) => {
    const after = async <T>(result: T): Promise<T> => {
      options.onDraftChanged();
      await get().load();
      return result;
    };
    return {
      basis: 'accepted',
      aggregate: null,
      sections: [],
      loading: false,
      error: null,
      async load() {
        const { basis } = get();
        set({ loading: true });
        try {
          const [aggregate, sections] = await Promise.all([api.getAggregate({ basis }), api.getCompilation({ basis })]);
          set({ aggregate, sections, loading: false, error: null });
        } catch (e) {
          set({ loading: false, error: message(e) });
        }
      },
      async setBasis(basis) {
        set({ basis });
        await get().load();
      },
      fill: async (overwrite) => after(await api.fillProvinceDraft({ basis: get().basis, overwrite })),
      insert: async (fieldKey, unitCode, manifestSha256) => {
        await after(await api.insertPassage({ fieldKey, unitCode, manifestSha256 }));
      },
      preview: () => api.previewProvinceReport({ basis: get().basis }),
      exportReport: async () => after(await api.exportProvinceReport({ basis: get().basis })),
    };
  });
}
