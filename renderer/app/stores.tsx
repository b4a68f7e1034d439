// The stores of one running app, handed down by context so that pages can connect to them while the
// components below stay pure (props in, callbacks out).
import { createContext, useContext } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { LocaleState } from '../i18n/i18n';
import type { AutosaveState } from '../store/autosave-store';
import type { BackupState } from '../store/backup-store';
import type { SynthesisState } from '../pages/province/synthesis-store';
import type { PlanState } from '../pages/province/plan-store';
import type { ExportState } from '../store/export-store';
import type { InboxState } from '../store/inbox-store';
import type { KeysState, TrackerState } from '../store/province-stores';
import type { SessionState } from '../store/session-store';
import type { CampaignsState } from '../store/campaigns-store';
import type { SigningState } from '../store/signing-store';
import type { DeskState } from '../store/desk-store';
import type { ReadingState } from '../store/reading-store';
import type { AttachmentsState } from '../store/attachments-store';

export interface AppStores {
  session: StoreApi<SessionState>;
  autosave: StoreApi<AutosaveState>;
  locale: StoreApi<LocaleState>;
  exports: StoreApi<ExportState>;
  inbox: StoreApi<InboxState>;
  tracker: StoreApi<TrackerState>;
  keys: StoreApi<KeysState>;
  backups: StoreApi<BackupState>;
  signing: StoreApi<SigningState>;
  synthesis: StoreApi<SynthesisState>;
  campaigns: StoreApi<CampaignsState>;
  desk: StoreApi<DeskState>;
  /** The receiving unit's reading desk: received revisions, comparisons, home at a glance. */
  reading: StoreApi<ReadingState>;
  plan: StoreApi<PlanState>;
  attachments: StoreApi<AttachmentsState>;
  /** "Now" for deadlines and the date line; injected so that tests and benchmarks can fix it. */
  now: () => Date;
}

const StoresContext = createContext<AppStores | null>(null);
export const StoresProvider = StoresContext.Provider;

export function useStores(): AppStores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('StoresProvider missing');
  return stores;
}

export const useSession = <T,>(select: (s: SessionState) => T): T => useStore(useStores().session, select);
export const useAutosave = <T,>(select: (s: AutosaveState) => T): T => useStore(useStores().autosave, select);
export const useT = () => useStore(useStores().locale, (s) => s.t);
export const useExports = <T,>(select: (s: ExportState) => T): T => useStore(useStores().exports, select);
export const useInbox = <T,>(select: (s: InboxState) => T): T => useStore(useStores().inbox, select);
export const useTracker = <T,>(select: (s: TrackerState) => T): T => useStore(useStores().tracker, select);
export const useBackups = <T,>(select: (s: BackupState) => T): T => useStore(useStores().backups, select);
export const useSigning = <T,>(select: (s: SigningState) => T): T => useStore(useStores().signing, select);
export const useKeys = <T,>(select: (s: KeysState) => T): T => useStore(useStores().keys, select);

export const useCampaigns = <T,>(select: (s: CampaignsState) => T): T => useStore(useStores().campaigns, select);

export const useDesk = <T,>(select: (s: DeskState) => T): T => useStore(useStores().desk, select);
export const useReading = <T,>(select: (s: ReadingState) => T): T => useStore(useStores().reading, select);
export const useAttachments = <T,>(select: (s: AttachmentsState) => T): T => useStore(useStores().attachments, select);
