// @ts-check
// The Electron fuses of the packaged app: switches compiled into the Electron binary, flipped once
// after packing (after-pack.cjs) and read back by the tests (tests/security/fuses.test.ts), both from
// this one list. Why each one:
//  - RunAsNode off: ELECTRON_RUN_AS_NODE would turn TongKet.exe into a plain Node that runs any script.
//  - EnableNodeOptionsEnvironmentVariable off: NODE_OPTIONS could inject code into the main process.
//  - EnableNodeCliInspectArguments off: --inspect would open a debugger on the main process.
//  - EnableEmbeddedAsarIntegrityValidation on: app.asar is checked against the hash electron-builder
//    embeds in the executable (Windows; Electron does not support it on Linux yet).
//  - OnlyLoadAppFromAsar on: the app is loaded from the checked app.asar and nowhere else.
//  - EnableCookieEncryption on: the session's cookie store is encrypted with the OS keychain.
'use strict';
const { FuseV1Options, FuseVersion } = require('@electron/fuses');

/** @typedef {keyof typeof FuseV1Options} FuseName */

/** @type {Readonly<Partial<Record<FuseName, boolean>>>} */
const FUSES = Object.freeze({
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  EnableCookieEncryption: true,
});

/**
 * The @electron/fuses configuration for FUSES. Fuses not listed keep Electron's own default.
 * @returns {import('@electron/fuses').FuseV1Config}
 */
function fuseConfig() {
  /** @type {import('@electron/fuses').FuseV1Config} */
  const config = { version: FuseVersion.V1 };
  for (const [name, enabled] of Object.entries(FUSES)) {
    config[FuseV1Options[/** @type {FuseName} */ (name)]] = enabled;
  }
  return config;
}

module.exports = { FUSES, fuseConfig };
