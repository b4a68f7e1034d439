// @ts-check
// Electronegativity findings that are known false positives in TongKet, each matched precisely (check,
// file, source line, how many times in one file) and explained. A finding that matches none of these fails the
// security gate; so does a second window or a second matching line, because `max` caps each entry.

/**
 * @typedef {{ check: string, file: RegExp, sample?: RegExp, max: number, reason: string }} Exclusion
 */

/**
 * The main window's webPreferences come from hardenedWebPreferences() (electron/main/web-preferences.ts),
 * a pure module so that tests/security/web-preferences.test.ts can compare them with a literal.
 * Electronegativity reads webPreferences only when written inline in `new BrowserWindow({...})`; for
 * the one main window it therefore assumes the worst on these three checks. The same object, inlined,
 * passes all three (tests/security/electronegativity.test.ts, "sees no fault in the hardened
 * webPreferences"). One window per file: a second `new BrowserWindow` in window.ts, or anywhere in the
 * bundle, is reported.
 * @returns {Exclusion[]}
 */
function windowChecksThatCannotSeeWebPreferences() {
  const reason = 'webPreferences come from hardenedWebPreferences() in web-preferences.ts, compared literally in tests/security.';
  return ['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'AUXCLICK_JS_CHECK'].map((check) => ({
    check,
    file: /(^|\/)(electron\/main\/window\.ts|dist\/electron\/main\.cjs)$/,
    sample: /new BrowserWindow\(\{/,
    max: 1,
    reason,
  }));
}

/** @type {readonly Exclusion[]} */
export const EXCLUSIONS = [
  {
    check: 'CSP_GLOBAL_CHECK',
    file: /^N\/A$/,
    max: 1,
    reason:
      'The CSP is sent as a response header by the app:// protocol handler (electron/main/protocol.ts, ' +
      'SECURITY_HEADERS of electron/web/security-headers.ts). Electronegativity only recognises a CSP set ' +
      'through webRequest.onHeadersReceived or a <meta> tag, so it reports "no CSP". The exact policy and ' +
      'its presence on every app:// response are tested in tests/security/csp.test.ts.',
  },
  ...windowChecksThatCannotSeeWebPreferences(),
];
