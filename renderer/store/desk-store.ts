// The province's campaign desk and the unit directory (SPEC §9): the campaigns issued and received, the
// drafts being prepared, the workbook's problems, the comparison, the issued file; the directory with
// renames and retirements. Every call goes through the injected Api; errors are shown, never thrown.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../shared/api/contract';
import type { DeskSettings } from '../../shared/api/desk-contract';
import type { CampaignDiff, DeskDraft, DeskOverview, DeskWorkbookFile, DirectoryChangeLine, DirectoryEntry, IssuedDeskCampaign } from '../../shared/api/desk-types';
import type { WorkbookProblem } from '../../shared/campaign/workbook/layout';
import type { Level, Unit } from '../../shared/units/directory';
import type { PickedFile } from '../platform/files';

export interface DeskState {
  overview: DeskOverview | null;
  directory: DirectoryEntry[];
  levels: Level[];
  draft: DeskDraft | null;
  /** The last uploaded workbook's problems, by sheet and row; empty when it was taken. */
  problems: WorkbookProblem[];
  diff: CampaignDiff | null;
  issued: IssuedDeskCampaign | null;
  /** The last file written (workbook downloaded, directory exported). */
  written: DeskWorkbookFile | null;
  /** Lines of the last directory change (import, rename, retire). */
  changes: string[];
  saved: boolean;
  busy: boolean;
  error: string | null;
  loadOverview(): Promise<void>;
  loadDirectory(): Promise<void>;
  startFromCampaign(id: string): Promise<number | null>;
  /** A derived draft of a campaign received from above (SPEC §9). */
  startDerived(id: string): Promise<number | null>;
  startFromWorkbook(file: PickedFile): Promise<number | null>;
  open(id: number): Promise<void>;
  save(settings: DeskSettings): Promise<void>;
  remove(id: number): Promise<void>;
  download(): Promise<void>;
  upload(file: PickedFile): Promise<void>;
  compare(): Promise<void>;
  issue(): Promise<void>;
  openFolder(): Promise<void>;
  addUnit(unit: Unit): Promise<void>;
  rename(code: string, name: string, shortName: string): Promise<void>;
  retire(code: string): Promise<void>;
  importDirectory(file: PickedFile): Promise<void>;
  exportDirectory(): Promise<void>;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const upload = async (file: PickedFile) => ({ name: file.name, dataBase64: await file.readBase64() });

export function createDeskStore(api: Api): StoreApi<DeskState> {
  return createStore<DeskState>((set, get) => {
    async function run<T>(task: () => Promise<T>): Promise<T | null> {
      set({ busy: true, error: null });
      try {
        return await task();
      } catch (e) {
        set({ error: message(e) });
        return null;
      } finally {
        set({ busy: false });
      }
    }
    const draftId = (): number => {
      const d = get().draft;
      if (!d) throw new Error('Chưa mở bản nháp đợt báo cáo nào.');
      return d.id;
    };
    const started = (r: Awaited<ReturnType<Api['startDeskDraft']>>): number | null => {
      if (!r.ok) {
        set({ problems: r.problems });
        return null;
      }
      set({ draft: r.draft, problems: [], diff: null, issued: null, saved: false });
      return r.draft.id;
    };
    return {
      overview: null,
      directory: [],
      levels: [],
      draft: null,
      problems: [],
      diff: null,
      issued: null,
      written: null,
      changes: [],
      saved: false,
      busy: false,
      error: null,
      loadOverview: async () => void (await run(async () => set({ overview: await api.deskOverview({}) }))),
      loadDirectory: async () => void (await run(async () => set({ directory: await api.listDirectory({}), levels: await api.listLevels({}) }))),
      startFromCampaign: async (id) => (await run(async () => started(await api.startDeskDraft({ fromCampaign: id })))) ?? null,
      startDerived: async (id) => (await run(async () => started(await api.startDeskDraft({ deriveFrom: id })))) ?? null,
      startFromWorkbook: async (file) => (await run(async () => started(await api.startDeskDraft({ fromWorkbook: await upload(file) })))) ?? null,
      open: async (id) => {
        if (get().draft?.id !== id) set({ draft: null, problems: [], diff: null, issued: null, written: null });
        await run(async () => set({ draft: await api.getDeskDraft({ id }), saved: false }));
      },
      save: async (settings) => void (await run(async () => set({ draft: await api.saveDeskDraft({ id: draftId(), settings }), saved: true, diff: null }))),
      remove: async (id) => void (await run(async () => set({ overview: await api.deleteDeskDraft({ id }), draft: null }))),
      download: async () => void (await run(async () => set({ written: await api.downloadDeskWorkbook({ id: draftId() }) }))),
      upload: async (file) =>
        void (await run(async () => {
          const r = await api.uploadDeskWorkbook({ id: draftId(), file: await upload(file) });
          set(r.ok ? { draft: r.draft, problems: [], diff: null } : { problems: r.problems });
        })),
      compare: async () => void (await run(async () => set({ diff: await api.compareDeskDraft({ id: draftId() }) }))),
      issue: async () =>
        void (await run(async () => {
          const issued = await api.issueDeskDraft({ id: draftId() });
          set({ issued, draft: null, overview: await api.deskOverview({}) });
        })),
      openFolder: async () => void (await run(async () => void (await api.openExportFolder({})))),
      addUnit: async (unit) =>
        void (await run(async () => {
          await api.addUnit(unit);
          set({ directory: await api.listDirectory({}), changes: [`${unit.code}: ${unit.name}`] });
        })),
      rename: async (code, name, shortName) =>
        void (await run(async () => {
          const u = await api.renameUnit({ code, name, shortName });
          set({ directory: await api.listDirectory({}), changes: [`${u.code}: ${u.name}`] });
        })),
      retire: async (code) =>
        void (await run(async () => {
          await api.retireUnit({ code });
          set({ directory: await api.listDirectory({}), changes: [] });
        })),
      importDirectory: async (file) =>
        void (await run(async () => {
          const lines: DirectoryChangeLine[] = await api.importDirectory({ file: await upload(file) });
          set({ directory: await api.listDirectory({}), changes: lines.map((l) => l.message) });
        })),
      exportDirectory: async () => void (await run(async () => set({ written: await api.exportDirectory({}) }))),
    };
  });
}
