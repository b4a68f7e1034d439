// Gate: the packaged executable gets exactly the planned fuses. The afterPack hook runs here on a
// stand-in Electron binary (a fuse wire after the sentinel, as in the real one) and the wire is read
// back with @electron/fuses; broken stand-ins (no sentinel, a wire too short, a Node-built or
// wrong-platform better-sqlite3, a stale rebuild stamp) must make the hook fail the packaging.
import { getCurrentFuseWire, FuseV1Options } from '@electron/fuses';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import afterPack, { executablePath } from '../../build/after-pack.cjs';
import { FUSES, fuseConfig } from '../../build/fuses.cjs';
import { SQLITE_BINARY } from '../../build/native-modules.cjs';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** A stand-in wire of nine fuses ('1' on, '0' off), the last one newer than @electron/fuses knows. */
const DEFAULT_WIRE = '101000011';

const EXPECTED = {
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  EnableCookieEncryption: true,
};

const elf = (): Buffer => {
  const b = Buffer.alloc(64);
  b.writeUInt32BE(0x7f454c46, 0);
  b.writeUInt16LE(0x3e, 18);
  return b;
};
const pe = (): Buffer => {
  const b = Buffer.alloc(128);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(64, 0x3c);
  b.write('PE\0\0', 64, 'latin1');
  b.writeUInt16LE(0x8664, 68);
  return b;
};

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

interface StandIn {
  wire?: string | null;
  platform?: 'linux' | 'win32';
  sqlite?: Buffer | null;
  stamp?: Record<string, unknown> | null;
}

/** A packed app folder as electron-builder leaves it before afterPack, with a fake Electron. */
function packedApp(o: StandIn = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'tongket-fuses-'));
  dirs.push(dir);
  const platform = o.platform ?? 'linux';
  const appOutDir = join(dir, `${platform}-unpacked`);
  const context = {
    appOutDir,
    electronPlatformName: platform,
    arch: 1,
    packager: { appInfo: { productFilename: 'TongKet' }, executableName: 'tongket', info: { framework: { version: '41.7.1' } } },
  };
  const wire = o.wire === undefined ? DEFAULT_WIRE : o.wire;
  const body = wire === null ? Buffer.from('no fuses in here') : Buffer.concat([Buffer.from(`ELF...${SENTINEL}`), Buffer.from([1, wire.length]), Buffer.from(wire), Buffer.from('...')]);
  mkdirSync(appOutDir, { recursive: true });
  const exe = executablePath(context);
  writeFileSync(exe, body);
  const sqlite = o.sqlite === undefined ? (platform === 'win32' ? pe() : elf()) : o.sqlite;
  if (sqlite) {
    const file = join(appOutDir, 'resources', 'app.asar.unpacked', ...SQLITE_BINARY.split('/'));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, sqlite);
  }
  const stampFile = join(dir, 'package-app.target.json');
  const stamp = o.stamp === undefined ? { electronVersion: '41.7.1', platform, arch: 'x64', modules: ['better-sqlite3'] } : o.stamp;
  if (stamp) writeFileSync(stampFile, JSON.stringify(stamp));
  return { context, exe, stampFile };
}

describe('fuses', () => {
  it('are exactly the planned list', () => {
    expect(FUSES).toEqual(EXPECTED);
    const config: Record<string, unknown> = { ...fuseConfig() };
    expect(config).toEqual({
      version: '1',
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableCookieEncryption]: true,
    });
  });

  it('are flipped by the afterPack hook, and nothing else is touched', async () => {
    const { context, exe, stampFile } = packedApp();
    await afterPack(context, { stampFile });
    const wire: Record<string, unknown> = { ...(await getCurrentFuseWire(exe)) };
    const on = 0x31;
    const off = 0x30;
    for (const [name, enabled] of Object.entries(EXPECTED)) {
      expect(wire[String(FuseV1Options[name as keyof typeof FuseV1Options])], name).toBe(enabled ? on : off);
    }
    // LoadBrowserProcessSpecificV8Snapshot, GrantFileProtocolExtraPrivileges and the ninth keep Electron's defaults.
    expect([wire['6'], wire['7'], wire['8']]).toEqual([off, on, on]);
  });

  it('go on the Windows executable that electron-builder names after executableName', async () => {
    const { context, exe, stampFile } = packedApp({ platform: 'win32' });
    expect(exe.endsWith('TongKet.exe')).toBe(true);
    await afterPack(context, { stampFile });
    expect((await getCurrentFuseWire(exe))[FuseV1Options.RunAsNode]).toBe(0x30);
  });

  it('fail the packaging when the binary has no fuse wire, or one too short', async () => {
    const none = packedApp({ wire: null });
    await expect(afterPack(none.context, { stampFile: none.stampFile })).rejects.toThrow(/sentinel/);
    const short = packedApp({ wire: '1010' });
    await expect(afterPack(short.context, { stampFile: short.stampFile })).rejects.toThrow(/not long enough/);
  });

  it('refuse a package whose better-sqlite3 was not rebuilt for this target, or not unpacked', async () => {
    const wrongPlatform = packedApp({ sqlite: pe() });
    await expect(afterPack(wrongPlatform.context, { stampFile: wrongPlatform.stampFile })).rejects.toThrow(/built for win32-x64, not linux-x64/);
    const packedInAsar = packedApp({ sqlite: null });
    await expect(afterPack(packedInAsar.context, { stampFile: packedInAsar.stampFile })).rejects.toThrow(/asarUnpack/);
    const noStamp = packedApp({ stamp: null });
    await expect(afterPack(noStamp.context, { stampFile: noStamp.stampFile })).rejects.toThrow(/prepare-package-app/);
    const otherElectron = packedApp({ stamp: { electronVersion: '40.0.0', platform: 'linux', arch: 'x64', modules: ['better-sqlite3'] } });
    await expect(afterPack(otherElectron.context, { stampFile: otherElectron.stampFile })).rejects.toThrow(/Electron 40.0.0/);
    const forWindows = packedApp({ stamp: { electronVersion: '41.7.1', platform: 'win32', arch: 'x64', modules: ['better-sqlite3'] } });
    await expect(afterPack(forWindows.context, { stampFile: forWindows.stampFile })).rejects.toThrow(/prepared for win32-x64/);
  });

  it('are not attempted for macOS, which TongKet does not ship', () => {
    const { context } = packedApp();
    expect(() => executablePath({ ...context, electronPlatformName: 'darwin' })).toThrow(/not packaged for darwin/);
  });
});
