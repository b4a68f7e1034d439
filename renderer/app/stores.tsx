// The stores of one running app, handed down by context so that pages can connect to them while the
// components below stay pure (props in, callbacks out).
import { createContext, useContext } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { LocaleState } from '../i18n/i18n';
import type { AutosaveState } from '../store/autosave-store';
import type { SessionState } from '../store/session-store';

export interface AppStores {
  session: StoreApi<SessionState>;
  autosave: StoreApi<AutosaveState>;
  locale: StoreApi<LocaleState>;
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
