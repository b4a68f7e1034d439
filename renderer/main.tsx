// Boots the renderer: finds the Api object (preload or web twin), builds the stores around it, and
// makes sure pending changes leave before the page goes away.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { StoresProvider, type AppStores } from './app/stores';
import { createLocaleStore } from './i18n/i18n';
import { resolveApi } from './platform/resolve-api';
import { createAutosaveStore } from './store/autosave-store';
import { createSessionStore } from './store/session-store';
import './styles/app.css';

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
const stores: AppStores = { session, autosave, locale: createLocaleStore(safeStorage()), now: () => new Date() };

// Closing the window or switching away sends what is still waiting, in parallel, at once.
const flushNow = () => void autosave.getState().flush({ urgent: true });
window.addEventListener('pagehide', flushNow);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') flushNow();
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
