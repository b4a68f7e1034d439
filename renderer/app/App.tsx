// The root: loading, first-run setup, or the shell with the page the hash names.
import { useCallback, useEffect } from 'react';
import { useStore } from 'zustand';
import { EditorPage } from '../pages/EditorPage';
import { ExportPage } from '../pages/ExportPage';
import { HomePage } from '../pages/HomePage';
import { InboxPage } from '../pages/InboxPage';
import { KeysPage } from '../pages/KeysPage';
import { ReviewPage } from '../pages/ReviewPage';
import { SettingsPage } from '../pages/SettingsPage';
import { SetupPage } from '../pages/SetupPage';
import { TrackerPage } from '../pages/TrackerPage';
import { SynthesisPage } from '../pages/province/SynthesisPage';
import { DeskPage } from '../pages/desk/DeskPage';
import { DirectoryPage } from '../pages/desk/DirectoryPage';
import { ReceivedPage } from '../pages/ReceivedPage';
import { ComparePage } from '../pages/ComparePage';
import { PlanPage } from '../pages/province/PlanPage';
import { RecoveryScreen } from '../components/settings/RecoveryScreen';
import type { PickedFile } from '../platform/files';
import { fieldHref, parseRoute, routeHref, useHash, type Route } from '../routing/route';
import { SaveStatus } from '../components/layout/SaveStatus';
import { Shell } from '../components/layout/Shell';
import { useAutosave, useSession, useStores, useT } from './stores';
import { useWindowDrop } from './use-window-drop';

function Status() {
  const t = useT();
  const unsaved = useAutosave((s) => s.unsaved);
  const errorCount = useAutosave((s) => Object.keys(s.errors).length);
  const firstRefused = useAutosave((s) => Object.keys(s.errors)[0] ?? null);
  const refusedHref = firstRefused === null ? null : firstRefused.startsWith('explain:') ? routeHref({ page: 'review' }) : fieldHref(firstRefused);
  const offline = useAutosave((s) => s.offline);
  const lastSavedAt = useSession((s) => s.draft?.lastSavedAt ?? null);
  const frozen = useSession((s) => s.draft?.status === 'frozen');
  return <SaveStatus unsaved={unsaved} errorCount={errorCount} offline={offline} lastSavedAt={lastSavedAt} frozen={frozen} refusedHref={refusedHref} t={t} />;
}

export function App() {
  const t = useT();
  const { locale } = useStores();
  const lang = useStore(locale, (s) => s.lang);
  const status = useSession((s) => s.status);
  const loadError = useSession((s) => s.loadError);
  const loadErrorCode = useSession((s) => s.loadErrorCode);
  const unitName = useSession((s) => s.profile?.unit.shortName ?? '');
  const receiving = useSession((s) => s.receiving);
  const { session, inbox, synthesis, plan, attachments } = useStores();
  const frozenDraft = useSession((s) => s.draft?.status === 'frozen');
  const campaign = useSession((s) => s.campaign);
  const asked = parseRoute(useHash());
  // The inbox, the tracker and the synthesis exist only at a receiving unit; elsewhere their address shows home.
  const receivingOnly = ['inbox', 'tracker', 'synthesis', 'received', 'compare', 'desk', 'directory', 'plan'].includes(asked.page);
  const route: Route = !receiving && receivingOnly ? { page: 'home' } : asked;

  // Files dropped on the window: packages to the inbox at a receiving unit, else a receipt on the home page.
  // On the export page of a revision not yet sent, they are attachments to the report (issue 17).
  const attaching = route.page === 'export' && !frozenDraft;
  const onDrop = useCallback(
    (files: PickedFile[]) => {
      if (attaching) return void attachments.getState().add(files);
      window.location.hash = routeHref({ page: receiving ? 'inbox' : 'home' });
      void inbox.getState().importFiles(files, receiving ? 'inbox' : 'receipt');
    },
    [receiving, inbox, attaching, attachments],
  );
  const dragging = useWindowDrop(status === 'ready' ? onDrop : null);

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
  if (status === 'error' && loadErrorCode === 'E_DB_CORRUPT') return <RecoveryScreen message={loadError ?? ''} />;
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
    <Shell route={route} unitName={unitName} receiving={receiving} dropHint={dragging ? t(attaching ? 'attach.dropHint' : receiving ? 'drop.packages' : 'drop.receipt') : null} status={<Status />} t={t}>
      {route.page === 'home' ? <HomePage /> : null}
      {route.page === 'edit' ? <EditorPage part={route.part} field={route.field} /> : null}
      {route.page === 'review' ? <ReviewPage /> : null}
      {route.page === 'export' ? <ExportPage /> : null}
      {route.page === 'inbox' ? <InboxPage /> : null}
      {route.page === 'tracker' ? <TrackerPage /> : null}
      {route.page === 'synthesis' && campaign ? <SynthesisPage store={synthesis} campaign={campaign} t={t} /> : null}
      {route.page === 'plan' && campaign ? <PlanPage store={plan} part={route.part} campaign={campaign} t={t} /> : null}
      {route.page === 'keys' ? <KeysPage /> : null}
      {route.page === 'settings' ? <SettingsPage /> : null}
      {route.page === 'profile' ? <SetupPage firstRun={false} /> : null}
      {route.page === 'desk' ? <DeskPage draft={route.draft} preview={route.preview} /> : null}
      {route.page === 'directory' ? <DirectoryPage /> : null}
      {route.page === 'received' ? <ReceivedPage key={route.id} id={route.id} /> : null}
      {route.page === 'compare' ? <ComparePage from={route.from} to={route.to} /> : null}
    </Shell>
  );
}
