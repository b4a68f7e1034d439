// The frame of every screen once set up: skip link, the unit, the main navigation, the save state.
// A receiving unit (one with units below it) also gets its inbox and tracker.
import type { ReactNode } from 'react';
import type { Translate } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { routeHref, type Route } from '../../routing/route';
import { SOURCE_TEXT } from '../common/SourceText';

export interface ShellProps {
  route: Route;
  unitName: string;
  receiving: boolean;
  /** Shown over the window while files are dragged over it. */
  dropHint: string | null;
  status: ReactNode;
  t: Translate;
  children: ReactNode;
}

interface NavItem {
  page: Route['page'];
  label: MessageKey;
  href: string;
  /** Only at a receiving unit. */
  receiving?: boolean;
}

const NAV: NavItem[] = [
  { page: 'home', label: 'nav.home', href: routeHref({ page: 'home' }) },
  { page: 'edit', label: 'nav.editor', href: routeHref({ page: 'edit', part: 's1', field: null }) },
  { page: 'review', label: 'nav.review', href: routeHref({ page: 'review' }) },
  { page: 'export', label: 'nav.export', href: routeHref({ page: 'export' }) },
  { page: 'inbox', label: 'nav.inbox', href: routeHref({ page: 'inbox' }), receiving: true },
  { page: 'tracker', label: 'nav.tracker', href: routeHref({ page: 'tracker' }), receiving: true },
  { page: 'synthesis', label: 'nav.synthesis', href: routeHref({ page: 'synthesis' }), receiving: true },
  { page: 'desk', label: 'nav.desk', href: routeHref({ page: 'desk', draft: null, preview: null }), receiving: true },
  { page: 'directory', label: 'nav.directory', href: routeHref({ page: 'directory' }), receiving: true },
  { page: 'plan', label: 'nav.plan', href: routeHref({ page: 'plan', part: 'survey' }), receiving: true },
  { page: 'keys', label: 'nav.keys', href: routeHref({ page: 'keys' }) },
  { page: 'settings', label: 'nav.settings', href: routeHref({ page: 'settings' }) },
];

export function Shell({ route, unitName, receiving, dropHint, status, t, children }: ShellProps) {
  const active = route.page === 'profile' ? 'settings' : route.page;
  const items = NAV.filter((n) => receiving || !n.receiving);
  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={(e) => {
        // The hash is the router's: move focus without navigating.
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        {t('app.skip')}
      </a>
      <header className={`topbar${items.length > 6 ? ' topbar-many' : ''}`}>
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-unit" {...SOURCE_TEXT}>
            {unitName}
          </span>
        </div>
        <nav aria-label={t('nav.label')} className="topnav">
          <ul>
            {items.map((n) => (
              <li key={n.page}>
                <a href={n.href} aria-current={active === n.page ? 'page' : undefined}>
                  {t(n.label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {status}
      </header>
      <main id="main" tabIndex={-1} className="main">
        {children}
      </main>
      {dropHint ? (
        <div className="drop-overlay" aria-hidden="true">
          <p>{dropHint}</p>
        </div>
      ) : null}
    </div>
  );
}
