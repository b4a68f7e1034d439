// The root: loading, first-run setup, or the shell with the page the hash names.
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { EditorPage } from '../pages/EditorPage';
import { HomePage } from '../pages/HomePage';
import { ReviewPage } from '../pages/ReviewPage';
import { SettingsPage } from '../pages/SettingsPage';
import { SetupPage } from '../pages/SetupPage';
import { parseRoute, useHash } from '../routing/route';
import { SaveStatus } from '../components/layout/SaveStatus';
import { Shell } from '../components/layout/Shell';
import { useAutosave, useSession, useStores, useT } from './stores';

function Status() {
  const t = useT();
  const unsaved = useAutosave((s) => s.unsaved);
  const errorCount = useAutosave((s) => Object.keys(s.errors).length);
  const offline = useAutosave((s) => s.offline);
  const lastSavedAt = useSession((s) => s.draft?.lastSavedAt ?? null);
  const frozen = useSession((s) => s.draft?.status === 'frozen');
  return <SaveStatus unsaved={unsaved} errorCount={errorCount} offline={offline} lastSavedAt={lastSavedAt} frozen={frozen} t={t} />;
}

export function App() {
  const t = useT();
  const { locale } = useStores();
  const lang = useStore(locale, (s) => s.lang);
  const status = useSession((s) => s.status);
  const loadError = useSession((s) => s.loadError);
  const unitName = useSession((s) => s.profile?.unit.shortName ?? '');
  const { session } = useStores();
  const route = parseRoute(useHash());

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t('app.name')} — ${t('app.tagline')}`;
  }, [lang, t]);

  if (status === 'loading') {
    return (
      <main id="main" className="center" aria-busy="true">
        <p className="loading">{t('app.loading')}</p>
      </main>
    );
  }
  if (status === 'error') {
    return (
      <main id="main" className="center">
        <h1 className="page-title">{t('app.loadError')}</h1>
        <p className="alert alert-error">{loadError}</p>
        <button type="button" className="button button-primary" onClick={() => void session.getState().load()}>
          {t('app.retry')}
        </button>
      </main>
    );
  }
  if (status === 'setup') {
    return (
      <main id="main" className="main main-narrow">
        <p className="brand-name brand-standalone">{t('app.name')}</p>
        <SetupPage firstRun />
      </main>
    );
  }
  return (
    <Shell route={route} unitName={unitName} status={<Status />} t={t}>
      {route.page === 'home' ? <HomePage /> : null}
      {route.page === 'edit' ? <EditorPage part={route.part} field={route.field} /> : null}
      {route.page === 'review' ? <ReviewPage /> : null}
      {route.page === 'settings' ? <SettingsPage /> : null}
      {route.page === 'profile' ? <SetupPage firstRun={false} /> : null}
    </Shell>
  );
}
