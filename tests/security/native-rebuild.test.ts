// The rebuild step for Electron: better-sqlite3 and nothing else, only inside out/, never in the
// development tree (whose node_modules stay at the Node ABI for the tests), pinned to the version the
// tests use; and the binary check that the afterPack hook relies on.
import { Arch } from 'builder-util';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_DIR, ARCH_NAMES, INSTALL_ONLY_MODULES, NATIVE_MODULES, RUNTIME_MODULES, appPackageJson, binaryTarget, rebuildOptions } from '../../build/native-modules.cjs';

const root = resolve('.');
const require = createRequire(import.meta.url);
const target = { projectDir: root, electronVersion: '41.7.1', platform: 'win32' as const, arch: 'x64' };

describe('native module rebuild', () => {
  it('rebuilds better-sqlite3 only', () => {
    expect(NATIVE_MODULES).toEqual(['better-sqlite3']);
    const options = rebuildOptions({ ...target, appDir: join(root, APP_DIR) });
    expect(options).toEqual({
      buildPath: join(root, 'out', 'package-app'),
      electronVersion: '41.7.1',
      platform: 'win32',
      arch: 'x64',
      onlyModules: ['better-sqlite3'],
      force: true,
      mode: 'sequential',
    });
  });

  it('refuses to rebuild anywhere but a folder inside out/', () => {
    for (const appDir of [root, join(root, 'node_modules'), join(root, 'out'), join(root, 'dist'), '/tmp/elsewhere', join(root, 'out', '..', 'node_modules')]) {
      expect(() => rebuildOptions({ ...target, appDir }), appDir).toThrow(/Refusing to rebuild/);
    }
  });

  it('gives the app folder the native modules only, at the exact versions the tests use', () => {
    const rootPkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string; dependencies: Record<string, string> };
    const installed = (JSON.parse(readFileSync(require.resolve('better-sqlite3/package.json'), 'utf8')) as { version: string }).version;
    const pkg = appPackageJson(rootPkg, { 'better-sqlite3': installed });
    expect(pkg.dependencies).toEqual({ 'better-sqlite3': installed });
    expect(pkg).toMatchObject({ name: 'tongket', version: rootPkg.version, main: 'main.cjs', private: true });
    expect(() => appPackageJson(rootPkg, {})).toThrow(/better-sqlite3/);
  });

  it('ships everything better-sqlite3 loads at run time, and nothing it needed only to install', () => {
    expect(RUNTIME_MODULES[0]).toBe('better-sqlite3');
    for (const name of RUNTIME_MODULES) {
      const pkg = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { dependencies?: Record<string, string> };
      const needed = Object.keys(pkg.dependencies ?? {}).filter((d) => !INSTALL_ONLY_MODULES.includes(d));
      expect(RUNTIME_MODULES, `dependencies of ${name}`).toEqual(expect.arrayContaining(needed));
    }
  });

  it('reads platform and architecture from a native binary', () => {
    const built = readFileSync(require.resolve('better-sqlite3/build/Release/better_sqlite3.node'));
    if (process.platform === 'linux' && process.arch === 'x64') expect(binaryTarget(built)).toEqual({ platform: 'linux', arch: 'x64' });
    const pe = Buffer.alloc(128);
    pe.write('MZ', 0, 'latin1');
    pe.writeUInt32LE(64, 0x3c);
    pe.write('PE\0\0', 64, 'latin1');
    pe.writeUInt16LE(0x8664, 68);
    expect(binaryTarget(pe)).toEqual({ platform: 'win32', arch: 'x64' });
    expect(binaryTarget(Buffer.from('#!/bin/sh\necho not a binary\n'))).toEqual({ platform: null, arch: null });
  });

  it("names architectures as electron-builder's Arch enum does", () => {
    ARCH_NAMES.forEach((name, value) => expect(Arch[value]).toBe(name));
  });
});
