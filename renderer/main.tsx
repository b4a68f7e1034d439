// Boots the renderer: finds the Api object (preload or web twin), builds the stores around it, and
// makes sure pending changes leave before the page goes away.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { installLeaveGuard } from './app/leave-guard';
import { StoresProvider, type AppStores } from './app/stores';
import { createLocaleStore } from './i18n/i18n';
import { onDataChanged } from './platform/data-changed';
import { resolveApi } from './platform/resolve-api';
import { createAutosaveStore } from './store/autosave-store';
import { createBackupStore } from './store/backup-store';
import { createSynthesisStore } from './pages/province/synthesis-store';
import { createPlanStore } from './pages/province/plan-store';
import { createExportStore } from './store/export-store';
import { createAttachmentsStore } from './store/attachments-store';
import { createInboxStore } from './store/inbox-store';
import { createKeysStore, createTrackerStore } from './store/province-stores';
import { createSessionStore } from './store/session-store';
import { createSigningStore } from './store/signing-store';
import { createCampaignsStore } from './store/campaigns-store';
import { createDeskStore } from './store/desk-store';
import './styles/app.css';
import './styles/exchange.css';
import './styles/reading.css';
import { createReadingStore } from './store/reading-store';
import './styles/synthesis.css';

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const api = resolveApi();
const session = createSessionStore(api);
const autosave = createAutosaveStore(api, {
  onSaved: (result, job) => session.getState().applySave(result, job.target, job.key),
});
const tracker = createTrackerStore(api);
// An import, a key decision or a receipt can change the draft (a returned report reopens), the level
// above's decision and the tracker: each screen reads what it shows again.
const afterImport = () => {
  void session.getState().refresh().catch(() => undefined);
  if (session.getState().receiving) void tracker.getState().load();
};
const inbox = createInboxStore(api, { onChanged: afterImport });
const keys = createKeysStore(api, {
  onRegistered: (decision) => {
    if (decision.key) inbox.getState().settle(decision.key.fingerprint, decision);
    afterImport();
    void inbox.getState().loadHeld().catch(() => undefined);
  },
});
const exports = createExportStore(api, {
  onDraftChanged: (draft) => (draft ? session.getState().setDraft(draft) : session.getState().refresh()),
});
const signing = createSigningStore(api, { onKeyChanged: () => void exports.getState().load() });
// After a restore the whole database is another one: every screen reads its data again.
const backups = createBackupStore(api, {
  onRestored: async () => {
    // Another database may mean another unit, or a first run that is now set up: load it all again.
    await session.getState().load();
    afterImport();
    void exports.getState().load();
    void signing.getState().load();
  },
});
// Filling the province's report from the totals, or inserting a unit's passage, changes the draft.
const synthesis = createSynthesisStore(api, { onDraftChanged: () => void session.getState().refresh().catch(() => undefined), storage: safeStorage() });
const locale = createLocaleStore(safeStorage());
// Another campaign chosen, or a unit set up from a campaign file: the session and its lists load again.
const campaigns = createCampaignsStore(api, {
  onChanged: async () => {
    await session.getState().load();
    await campaigns.getState().load();
    afterImport();
  },
});
// A decision taken in the report view changes the tracker.
const reading = createReadingStore(api, { onDecided: () => void tracker.getState().load() });
// Quoting a survey finding or the speakers' list into the province's report changes the draft.
const plan = createPlanStore(api, { onDraftChanged: () => void session.getState().refresh().catch(() => undefined) });
const attachments = createAttachmentsStore(api);
const stores: AppStores = { attachments, campaigns, session, autosave, locale, now: () => new Date(), exports, inbox, tracker, keys, backups, signing, synthesis, desk: createDeskStore(api), reading, plan };

// Closing the window or switching away sends what is still waiting, in parallel, at once.
const flushNow = () => void autosave.getState().flush({ urgent: true });
window.addEventListener('pagehide', flushNow);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') flushNow();
});

installLeaveGuard(autosave, () => locale.getState().t('leave.confirm'));

// A file imported by the desktop app itself (double-clicked in the file manager) changes what the
// inbox, the tracker and the home page show.
onDataChanged(() => {
  afterImport();
  if (session.getState().receiving) void inbox.getState().loadHeld().catch(() => undefined);
});

void session.getState().load();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StoresProvider value={stores}>
        <App />
      </StoresProvider>
    </StrictMode>,
  );
}
