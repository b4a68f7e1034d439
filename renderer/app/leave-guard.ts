// Leaving a page or closing the window with changes not yet stored asks first. Inside the app a link
// first sends what is waiting, and asks only when that did not work (offline, or a change refused);
// closing the window sends it too, and the browser's own question holds the window meanwhile.
import type { StoreApi } from 'zustand/vanilla';
import type { AutosaveState } from '../store/autosave-store';

const notStored = (s: AutosaveState): boolean => s.unsaved > 0 || s.offline || Object.keys(s.errors).length > 0;

export function installLeaveGuard(autosave: StoreApi<AutosaveState>, question: () => string): void {
  window.addEventListener('beforeunload', (e) => {
    if (!notStored(autosave.getState())) return;
    void autosave.getState().flush({ urgent: true });
    e.preventDefault();
    // Older engines show the question only when returnValue is set.
    e.returnValue = '';
  });

  document.addEventListener(
    'click',
    (e) => {
      if (e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
      const link = e.target instanceof Element ? e.target.closest('a[href^="#"]') : null;
      const href = link?.getAttribute('href');
      if (!href || href === window.location.hash || !notStored(autosave.getState())) return;
      e.preventDefault();
      void autosave
        .getState()
        .flush()
        .then(() => {
          if (notStored(autosave.getState())) {
            if (!window.confirm(question())) return;
            autosave.getState().dropRefused();
          }
          window.location.hash = href;
        });
    },
    true,
  );
}
