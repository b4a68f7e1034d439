// @ts-check
// The native part of the app, in one place for the packaging script, the afterPack hook and the
// tests: which modules get rebuilt for Electron (better-sqlite3, nothing else), where the rebuild
// happens (a separate app folder under out/, never the development tree, whose node_modules stay at
// the Node ABI for the tests; ARCHITECTURE.md, "Native module"), and how a packed binary is checked
// for the platform and architecture it was built for.
'use strict';
const { readFileSync } = require('node:fs');
const path = require('node:path');

/** The only modules rebuilt for Electron. Anything else native would be a new decision. */
const NATIVE_MODULES = Object.freeze(['better-sqlite3']);

/**
 * What better-sqlite3 needs at run time, and so all of node_modules that ships: the module and the
 * two helpers that locate its addon. prebuild-install, its other dependency, only fetches the build.
 */
const RUNTIME_MODULES = Object.freeze(['better-sqlite3', 'bindings', 'file-uri-to-path']);

/** Dependencies used only when installing, never loaded by the app. */
const INSTALL_ONLY_MODULES = Object.freeze(['prebuild-install']);

/** The compiled addon inside the app folder; asarUnpack keeps it a real file next to app.asar. */
const SQLITE_BINARY = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';

/** The separate app folder electron-builder packs (directories.app), relative to the project. */
const APP_DIR = 'out/package-app';

/** What the rebuild step targeted, written next to the app folder and checked after packing. */
const TARGET_STAMP = 'out/package-app.target.json';

/** builder-util's Arch enum, by value (context.arch in electron-builder hooks is the number). */
const ARCH_NAMES = Object.freeze(['ia32', 'x64', 'armv7l', 'arm64', 'universal']);

/**
 * @typedef {{ name: string, version: string, description?: string, license?: string,
 *   dependencies?: Record<string, string> }} RootPackage
 * @typedef {{ electronVersion: string, platform: NodeJS.Platform, arch: string, modules: string[] }} TargetStamp
 */

/**
 * package.json of the app folder: the bundles need nothing at run time but the native modules,
 * pinned to the exact versions the development tree tests against.
 * @param {RootPackage} root
 * @param {Record<string, string>} installed exact installed version of each native module
 */
function appPackageJson(root, installed) {
  /** @type {Record<string, string>} */
  const dependencies = {};
  for (const name of NATIVE_MODULES) {
    const version = installed[name];
    if (!version) throw new Error(`No installed version known for ${name}.`);
    dependencies[name] = version;
  }
  return {
    name: root.name,
    version: root.version,
    description: root.description ?? '',
    license: root.license ?? 'UNLICENSED',
    author: 'TongKet',
    private: true,
    main: 'main.cjs',
    dependencies,
  };
}

/**
 * Options for @electron/rebuild: only our native modules, in the app folder. Refuses any folder
 * that is not inside <project>/out, so that the development tree is never rebuilt for Electron.
 * @param {{ projectDir: string, appDir: string, electronVersion: string, platform: NodeJS.Platform, arch: string }} o
 */
function rebuildOptions(o) {
  const outDir = path.resolve(o.projectDir, 'out');
  const appDir = path.resolve(o.appDir);
  const rel = path.relative(outDir, appDir);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new Error(`Refusing to rebuild native modules in ${appDir}: only a folder inside ${outDir} may hold Electron builds.`);
  }
  return {
    buildPath: appDir,
    electronVersion: o.electronVersion,
    platform: o.platform,
    arch: o.arch,
    onlyModules: [...NATIVE_MODULES],
    force: true,
    mode: /** @type {const} */ ('sequential'),
  };
}

/**
 * The platform and architecture a native binary was compiled for, read from its header (ELF, PE,
 * Mach-O), or nulls when it is none of these.
 * @param {Buffer} bytes
 * @returns {{ platform: NodeJS.Platform | null, arch: string | null }}
 */
function binaryTarget(bytes) {
  if (bytes.length >= 20 && bytes.readUInt32BE(0) === 0x7f454c46) {
    const machine = bytes.readUInt16LE(18);
    return { platform: 'linux', arch: machine === 0x3e ? 'x64' : machine === 0xb7 ? 'arm64' : machine === 0x03 ? 'ia32' : null };
  }
  if (bytes.length >= 64 && bytes.toString('latin1', 0, 2) === 'MZ') {
    const pe = bytes.readUInt32LE(0x3c);
    if (pe + 6 <= bytes.length && bytes.toString('latin1', pe, pe + 4) === 'PE\0\0') {
      const machine = bytes.readUInt16LE(pe + 4);
      return { platform: 'win32', arch: machine === 0x8664 ? 'x64' : machine === 0xaa64 ? 'arm64' : machine === 0x14c ? 'ia32' : null };
    }
  }
  if (bytes.length >= 8 && bytes.readUInt32LE(0) === 0xfeedfacf) {
    const cpu = bytes.readUInt32LE(4);
    return { platform: 'darwin', arch: cpu === 0x01000007 ? 'x64' : cpu === 0x0100000c ? 'arm64' : null };
  }
  return { platform: null, arch: null };
}

/**
 * After packing: the stamp says the rebuild targeted this Electron, platform and architecture, and
 * the unpacked binary really is one for this platform and architecture. Throws otherwise, so that a
 * package with a Node-ABI or wrong-platform better-sqlite3 is never produced.
 * @param {{ resourcesDir: string, platform: string, arch: string, electronVersion: string | null, stampFile: string }} o
 */
function checkPackedNative(o) {
  /** @type {TargetStamp} */
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(o.stampFile, 'utf8'));
  } catch {
    throw new Error(`No ${o.stampFile}: run "node scripts/prepare-package-app.mjs --platform ${o.platform} --arch ${o.arch}" before electron-builder.`);
  }
  if (stamp.platform !== o.platform || stamp.arch !== o.arch) {
    throw new Error(`The app folder was prepared for ${stamp.platform}-${stamp.arch}, not ${o.platform}-${o.arch}: run scripts/prepare-package-app.mjs again.`);
  }
  if (o.electronVersion !== null && stamp.electronVersion !== o.electronVersion) {
    throw new Error(`better-sqlite3 was rebuilt for Electron ${stamp.electronVersion}, but Electron ${o.electronVersion} is being packed.`);
  }
  const file = path.join(o.resourcesDir, 'app.asar.unpacked', ...SQLITE_BINARY.split('/'));
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new Error(`${file} is missing: better_sqlite3.node must be unpacked from app.asar (asarUnpack).`);
  }
  const found = binaryTarget(bytes);
  if (found.platform !== o.platform || found.arch !== o.arch) {
    throw new Error(`${file} is built for ${found.platform ?? '?'}-${found.arch ?? '?'}, not ${o.platform}-${o.arch}.`);
  }
}

module.exports = { NATIVE_MODULES, RUNTIME_MODULES, INSTALL_ONLY_MODULES, SQLITE_BINARY, APP_DIR, TARGET_STAMP, ARCH_NAMES, appPackageJson, rebuildOptions, binaryTarget, checkPackedNative };
