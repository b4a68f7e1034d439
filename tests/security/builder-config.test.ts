// The installer configuration, checked without building anything: targets, identity, file types
// (tied to the constants the import code uses), the native module unpacked from app.asar, no rebuild
// by electron-builder, the afterPack hook, no update feed, icons; and electron-builder's own schema
// check (the one `electron-builder` runs before a build) accepts it and rejects a broken copy.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import config from '../../build/electron-builder.config.cjs';
import { APP_DIR, RUNTIME_MODULES, SQLITE_BINARY } from '../../build/native-modules.cjs';
import { OPENABLE_EXTENSIONS } from '../../electron/main/open-files';
import { PACKAGE_EXTENSIONS } from '../../electron/services/inbox/collect-files';
import { RECEIPT_MIMETYPE } from '../../electron/services/receipts/receipt-format';
import { PACKAGE_MIMETYPE } from '../../shared/package/manifest';
import { CAMPAIGN_MIMETYPE } from '../../shared/campaign/file-manifest';

type TargetList = { target: string; arch?: string | string[] }[];
const resources = config.directories?.buildResources ?? 'build';

/** PNG width and height from the IHDR chunk. */
const pngSize = (b: Buffer): [number, number] => [b.readUInt32BE(16), b.readUInt32BE(20)];

/** The sizes in an .ico directory (0 means 256). */
function icoSizes(file: string): number[] {
  const b = readFileSync(file);
  expect(b.readUInt16LE(2), `${file} is an icon file`).toBe(1);
  return Array.from({ length: b.readUInt16LE(4) }, (_, i) => b.readUInt8(6 + 16 * i) || 256);
}

describe('electron-builder configuration', () => {
  it('names the app in Vietnamese, with a stable id and ASCII file names', () => {
    expect(config.appId).toBe('vn.congdoan.tongket');
    expect(config.productName).toBe('TongKet — Tổng kết công đoàn');
    expect(config.executableName).toBe('TongKet');
    expect(config.linux?.executableName).toBe('tongket');
  });

  it('builds the Windows x64 NSIS installer and portable program, and Linux x64 AppImage and deb', () => {
    expect(config.win?.target as TargetList).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ]);
    expect(config.linux?.target as TargetList).toEqual([
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ]);
    expect(config.mac).toBeUndefined();
  });

  it('associates .tongket, .tongket-receipt and .tongket-campaign, the types the import reads, with their mime types', () => {
    const assoc = config.fileAssociations;
    if (!Array.isArray(assoc)) throw new Error('fileAssociations must be a list');
    expect(assoc.map((a) => `.${String(a.ext)}`)).toEqual([...OPENABLE_EXTENSIONS]);
    expect([...OPENABLE_EXTENSIONS]).toEqual(PACKAGE_EXTENSIONS);
    expect(assoc.map((a) => a.mimeType)).toEqual([PACKAGE_MIMETYPE, RECEIPT_MIMETYPE, CAMPAIGN_MIMETYPE]);
    for (const a of assoc) {
      expect(a.description, String(a.ext)).toBeTruthy();
      expect(existsSync(join(resources, a.icon ?? '')), `${String(a.ext)} icon`).toBe(true);
    }
  });

  it('packs the prepared app folder, rebuilds nothing itself, and keeps better_sqlite3.node out of app.asar', () => {
    expect(config.directories?.app).toBe(APP_DIR);
    expect(config.npmRebuild).toBe(false);
    expect(config.nodeGypRebuild).toBe(false);
    expect(config.buildDependenciesFromSource).toBe(false);
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual([SQLITE_BINARY]);
    expect(SQLITE_BINARY).toBe('node_modules/better-sqlite3/build/Release/better_sqlite3.node');
    // Of node_modules, only better-sqlite3 and its run-time helpers ship (not prebuild-install's tree).
    const files = config.files as string[];
    expect(files.indexOf('!node_modules/**/*')).toBeGreaterThan(-1);
    for (const name of RUNTIME_MODULES) expect(files.indexOf(`node_modules/${name}/**/*`)).toBeGreaterThan(files.indexOf('!node_modules/**/*'));
  });

  it('sets the fuses in its afterPack hook only, and publishes no update feed', async () => {
    expect(config.afterPack).toBe('./build/after-pack.cjs');
    const hook: unknown = (await import('../../build/after-pack.cjs')).default;
    expect(typeof hook).toBe('function');
    expect(config.electronFuses).toBeUndefined();
    expect(config.publish).toBeNull();
  });

  it('never deletes the office data on uninstall, and installs per user', () => {
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
    expect(config.nsis?.perMachine).toBe(false);
    expect(config.nsis?.oneClick).toBe(false);
  });

  it('has the icons electron-builder looks for', () => {
    expect(icoSizes(join(resources, config.win?.icon ?? ''))).toEqual([16, 24, 32, 48, 64, 128, 256]);
    const pngDir = join(resources, config.linux?.icon ?? '');
    const pngs = readdirSync(pngDir).sort();
    expect(pngs).toEqual(expect.arrayContaining(['16x16.png', '32x32.png', '48x48.png', '256x256.png', '512x512.png']));
    for (const name of pngs) {
      const n = Number(name.split('x')[0]);
      expect(pngSize(readFileSync(join(pngDir, name))), name).toEqual([n, n]);
    }
    expect(existsSync(join(resources, 'icons', 'icon.svg'))).toBe(true);
  });

  it("passes electron-builder's own schema check, which rejects a misspelt option", async () => {
    const quiet = { isEnabled: false, add: () => undefined };
    await expect(validateConfiguration(structuredClone(config), quiet as never)).resolves.toBeUndefined();
    const broken = { ...structuredClone(config), nsis: { ...config.nsis, oneClik: true } };
    await expect(validateConfiguration(broken, quiet as never)).rejects.toThrow(/Invalid configuration/);
  });
});
