// Hash routes, so that the same files work from app:// and from the web host, and a reload keeps the
// screen: #/home, #/edit/s5?field=s5.courses, #/review, #/export, #/settings, #/profile, and at a
// receiving unit #/inbox and #/tracker; #/keys everywhere.
import { useSyncExternalStore } from 'react';

export type Route =
  | { page: 'home' }
  | { page: 'edit'; part: string; field: string | null }
  | { page: 'review' }
  | { page: 'export' }
  | { page: 'inbox' }
  | { page: 'tracker' }
  | { page: 'synthesis' }
  | { page: 'keys' }
  | { page: 'settings' }
  | { page: 'profile' }
  /** The campaign desk (receiving unit): the list, one draft, or its preview at one part. */
  | { page: 'desk'; draft: number | null; preview: string | null }
  | { page: 'directory' }
  | { page: 'received'; id: number }
  | { page: 'compare'; from: number; to: number }
  | { page: 'plan'; part: PlanPart };

/** The parts of the province's plan page (issue 16): #/plan/survey, #/plan/speakers, #/plan/commendations. */
export const PLAN_PARTS = ['survey', 'speakers', 'commendations'] as const;
export type PlanPart = (typeof PLAN_PARTS)[number];
const planPart = (name: string | undefined): PlanPart => (PLAN_PARTS as readonly (string | undefined)[]).includes(name) ? (name as PlanPart) : 'survey';

/** Pages without parameters: the hash is their name. */
const SIMPLE_PAGES = ['review', 'export', 'inbox', 'tracker', 'synthesis', 'keys', 'settings', 'profile'] as const;
type SimplePage = (typeof SIMPLE_PAGES)[number];
const isSimplePage = (name: string | undefined): name is SimplePage => (SIMPLE_PAGES as readonly (string | undefined)[]).includes(name);

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean);
  const name = parts[0];
  if (name === 'edit') return { page: 'edit', part: parts[1] ?? 's1', field: new URLSearchParams(query).get('field') };
  if (name === 'directory') return { page: 'directory' };
  if (name === 'desk') {
    const id = Number(parts[1]);
    const draft = Number.isInteger(id) && id > 0 ? id : null;
    return { page: 'desk', draft, preview: draft !== null && parts[2] === 'preview' ? (parts[3] ?? 's1') : null };
  }
  // A received revision (#/received/12) and two compared (#/compare/12/15), by their inbox ids.
  const ids = parts.slice(1).map((p) => (/^[1-9]\d{0,12}$/.test(p) ? Number(p) : 0));
  if (name === 'received' && ids[0]) return { page: 'received', id: ids[0] };
  if (name === 'compare' && ids[0] && ids[1]) return { page: 'compare', from: ids[0], to: ids[1] };
  if (name === 'plan') return { page: 'plan', part: planPart(parts[1]) };
  return isSimplePage(name) ? { page: name } : { page: 'home' };
}

export function routeHref(route: Route): string {
  switch (route.page) {
    case 'edit':
      return `#/edit/${route.part}${route.field ? `?field=${encodeURIComponent(route.field)}` : ''}`;
    case 'desk':
      return `#/desk${route.draft !== null ? `/${route.draft}` : ''}${route.draft !== null && route.preview !== null ? `/preview/${route.preview}` : ''}`;
    case 'received':
      return `#/received/${route.id}`;
    case 'compare':
      return `#/compare/${route.from}/${route.to}`;
    case 'plan':
      return `#/plan/${route.part}`;
    default:
      return `#/${route.page}`;
  }
}

/** The part of the report (section id or "appendix") a field belongs to, from its key. */
export const partOfField = (key: string): string => (key.startsWith('pl.') ? 'appendix' : (key.split('.')[0] ?? 's1'));

export const fieldHref = (key: string): string => routeHref({ page: 'edit', part: partOfField(key), field: key });

/** The DOM id of a field's input, so that links can jump to it and labels can point at it. */
export const fieldDomId = (key: string): string => `field-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}
