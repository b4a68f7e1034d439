// @ts-check
// electron-builder's afterPack hook, run once per platform and architecture after the app is packed
// and before it is signed (fuses must be flipped before signing): checks that the unpacked
// better-sqlite3 was rebuilt for this Electron, platform and architecture, then flips the fuses of
// fuses.cjs and reads them back, failing the build if any did not take.
'use strict';
const path = require('node:path');
const { FuseV1Options, flipFuses, getCurrentFuseWire } = require('@electron/fuses');
const { FUSES, fuseConfig } = require('./fuses.cjs');
const { ARCH_NAMES, TARGET_STAMP, checkPackedNative } = require('./native-modules.cjs');

/**
 * The parts of electron-builder's AfterPackContext this hook reads.
 * @typedef {{
 *   appOutDir: string,
 *   electronPlatformName: string,
 *   arch: number,
 *   packager: { appInfo: { productFilename: string }, executableName?: string, info?: { framework?: { version?: string } } },
 * }} PackedApp
 */

/** The state bytes of the fuse wire (@electron/fuses FuseState). */
const ENABLED = 0x31;
const DISABLED = 0x30;

/**
 * The Electron executable inside the packed folder, named as electron-builder names it.
 * @param {PackedApp} context
 */
function executablePath(context) {
  switch (context.electronPlatformName) {
    case 'win32':
      return path.join(context.appOutDir, `${context.packager.appInfo.productFilename}.exe`);
    case 'linux':
      return path.join(context.appOutDir, context.packager.executableName ?? context.packager.appInfo.productFilename);
    default:
      // macOS would also need its ad-hoc signature reset after flipping; TongKet ships for Windows and Linux.
      throw new Error(`TongKet is not packaged for ${context.electronPlatformName}.`);
  }
}

/**
 * Flips FUSES on the executable and checks every one of them by reading the wire back.
 * @param {string} executable
 */
async function applyFuses(executable) {
  await flipFuses(executable, fuseConfig());
  const wire = await getCurrentFuseWire(executable);
  /** @type {Record<string, unknown>} */
  const states = { ...wire };
  for (const [name, enabled] of Object.entries(FUSES)) {
    const index = FuseV1Options[/** @type {keyof typeof FuseV1Options} */ (name)];
    const state = states[String(index)];
    if (state !== (enabled ? ENABLED : DISABLED)) {
      throw new Error(`Fuse ${name} of ${executable} is not ${enabled ? 'on' : 'off'} after flipping (state ${String(state)}).`);
    }
  }
}

/**
 * @param {PackedApp} context
 * @param {{ stampFile?: string }} [options] where the rebuild step's stamp is (tests point elsewhere)
 */
async function afterPack(context, options = {}) {
  const platform = context.electronPlatformName;
  const executable = executablePath(context);
  checkPackedNative({
    resourcesDir: path.join(context.appOutDir, 'resources'),
    platform,
    arch: ARCH_NAMES[context.arch] ?? String(context.arch),
    electronVersion: context.packager.info?.framework?.version ?? null,
    stampFile: options.stampFile ?? path.join(__dirname, '..', TARGET_STAMP),
  });
  await applyFuses(executable);
}

// electron-builder takes the export named afterPack, or the module itself when it is a function.
module.exports = afterPack;
module.exports.afterPack = afterPack;
module.exports.executablePath = executablePath;
module.exports.applyFuses = applyFuses;
