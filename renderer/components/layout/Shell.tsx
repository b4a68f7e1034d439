// The frame of every screen once set up: skip link, the unit, the main navigation, the save state.
import type { ReactNode } from 'react';
import type { Translate } from '../../i18n/i18n';
import { routeHref, type Route } from '../../routing/route';

export interface ShellProps {
  route: Route;
  unitName: string;
  status: ReactNode;
  t: Translate;
  children: ReactNode;
}

const NAV: { page: Route['page']; label: 'nav.home' | 'nav.editor' | 'nav.review' | 'nav.settings'; href: string }[] = [
  { page: 'home', label: 'nav.home', href: routeHref({ page: 'home' }) },
  { page: 'edit', label: 'nav.editor', href: routeHref({ page: 'edit', part: 's1', field: null }) },
  { page: 'review', label: 'nav.review', href: routeHref({ page: 'review' }) },
  { page: 'settings', label: 'nav.settings', href: routeHref({ page: 'settings' }) },
];

export function Shell({ route, unitName, status, t, children }: ShellProps) {
  const active = route.page === 'profile' ? 'settings' : route.page;
  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={(e) => {
        // The hash is the router's: move focus without navigating.
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        {t('app.skip')}
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-unit">{unitName}</span>
        </div>
        <nav aria-label={t('nav.label')} className="topnav">
          <ul>
            {NAV.map((n) => (
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
    </div>
  );
}
