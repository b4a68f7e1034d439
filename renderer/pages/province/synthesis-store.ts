// The province's synthesis page: the aggregate and the compilation for the chosen basis, and the
// actions on the province's own report. The services are the source of truth: after each action the
// views are read again whole (a province has tens of units, and the aggregate takes milliseconds).
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../../shared/api/contract';
import type { FillResult, ProvinceExportResult, ProvincePreviewResult } from '../../../shared/api/province-types';
import type { CompiledSection } from '../../../shared/aggregate/compile';
import type { Aggregate, Basis } from '../../../shared/aggregate/types';

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Where the page's choices are kept between sessions (window.localStorage; none in tests). */
export type ChoiceStorage = Pick<Storage, 'getItem' | 'setItem'>;

export const BASIS_KEY = 'tongket.synthesis.basis';
export const CHART_KEY = 'tongket.synthesis.chartIndicator';

function read(storage: ChoiceStorage | null | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(storage: ChoiceStorage | null | undefined, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // A full or refused storage only loses the remembered choice, never the data.
  }
}

export interface SynthesisState {
  /** "Tính theo": remembered across reloads. */
  basis: Basis;
  /** The indicator the charts by unit show (an appendix indicator id); null: the template's default. */
  chartIndicator: string | null;
  setChartIndicator(id: string): void;
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

export interface SynthesisOptions {
  onDraftChanged(): void;
  storage?: ChoiceStorage | null;
}

export function createSynthesisStore(api: Api, options: SynthesisOptions = { onDraftChanged: () => undefined }): StoreApi<SynthesisState> {
  const { storage } = options;
  return createStore<SynthesisState>((set, get) => {
    const after = async <T>(result: T): Promise<T> => {
      options.onDraftChanged();
      await get().load();
      return result;
    };
    return {
      // Anything else than the two known values (an older build, a hand edit) falls back to the default.
      basis: read(storage, BASIS_KEY) === 'received' ? 'received' : 'accepted',
      chartIndicator: read(storage, CHART_KEY),
      setChartIndicator(id) {
        write(storage, CHART_KEY, id);
        set({ chartIndicator: id });
      },
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
        write(storage, BASIS_KEY, basis);
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
