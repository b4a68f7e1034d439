// A small typed message catalog: `t(key, values)` with `{name}` placeholders. Vietnamese is the default
// and the fallback; the chosen language is kept in the injected storage.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { en } from './en';
import { enSingular } from './en-plurals';
import { vi, type Catalog, type MessageKey } from './vi';

export type Lang = 'vi' | 'en';
export const LANGS: Lang[] = ['vi', 'en'];
const CATALOGS: Record<Lang, Catalog> = { vi, en };
const STORAGE_KEY = 'tongket.lang';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

const SINGULAR: Record<Lang, Partial<Record<MessageKey, string>>> = { vi: {}, en: enSingular };

export function translator(lang: Lang): Translate {
  const catalog = CATALOGS[lang];
  const plural = new Intl.PluralRules(lang);
  return (key, values) => {
    const n = values?.n;
    const singular = typeof n === 'number' && plural.select(n) === 'one' ? SINGULAR[lang][key] : undefined;
    const text = singular ?? catalog[key] ?? vi[key];
    return values ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole)) : text;
  };
}

export interface LocaleState {
  lang: Lang;
  t: Translate;
  setLang(lang: Lang): void;
}

/** The subset of Web Storage the locale needs, so that tests and Electron can pass their own. */
export type PreferenceStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function createLocaleStore(storage: PreferenceStorage | null): StoreApi<LocaleState> {
  const saved = storage?.getItem(STORAGE_KEY);
  const initial: Lang = saved === 'en' ? 'en' : 'vi';
  return createStore<LocaleState>((set) => ({
    lang: initial,
    t: translator(initial),
    setLang: (lang) => {
      storage?.setItem(STORAGE_KEY, lang);
      set({ lang, t: translator(lang) });
    },
  }));
}
