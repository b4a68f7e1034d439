// The webPreferences of every TongKet window, in one pure module (only a type import from Electron)
// so that tests/security compares them with a literal under plain Node: a weakened flag fails the
// build, not a code review. Each line is set explicitly even where it is Electron's default, so
// that a change of default in a future Electron cannot loosen the window silently.
import type { WebPreferences } from 'electron';

export function hardenedWebPreferences(preload: string, isPackaged: boolean): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    // Middle-click (auxclick) could otherwise start a navigation that bypasses the click handlers.
    disableBlinkFeatures: 'Auxclick',
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    // DevTools would let anyone at the keyboard call the services directly; only while developing.
    devTools: !isPackaged,
  };
}
