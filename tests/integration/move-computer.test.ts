// Moving to a new computer from the app, where the signing key is protected by the computer's own
// keychain (safeStorage, stood in for by a per-computer protector). A plain backup brings the data but
// not a usable key; a move backup brings the key under a passphrase, typed once on the new computer,
// and the province then recognises the same key. The command line can use a move backup too.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppServices, type AppServices } from '../../electron/services/app-services';
import { backupDir } from '../../electron/services/backup/backup';
import { databasePath } from '../../electron/services/data-dir';
import type { ImportLine } from '../../shared/api/inbox-types';
import { tongket } from '../helpers/cli';
import { snapshotDatabase } from '../helpers/db-snapshot';
import { computerHooks, deviceProtector } from '../helpers/device-protector';
import { GOOD_SAMPLE, readFixture } from '../helpers/fixtures';
import { FIXED_NOW } from '../helpers/services';
import { useTempDirs } from '../helpers/temp';

const tempDir = useTempDirs();
const UNIT = 'LDLD-SINHO';
const MOVE_PASSPHRASE = 'chuyển máy tháng 5';

const ok = (args: string[], env?: NodeJS.ProcessEnv) => {
  const r = tongket(args, env ? { env } : {});
  expect(r.code, r.stderr).toBe(0);
  return r;
};

interface Computer {
  services: AppServices;
  out: string;
  data: string;
}

function computer(root: string, name: string): Computer {
  const data = join(root, name, 'data');
  const out = join(root, name, 'out');
  mkdirSync(out, { recursive: true });
  const services = openAppServices({ dataDir: data, create: true, clock: () => FIXED_NOW, host: computerHooks(out) });
  return { services, out, data };
}

/** The old computer: the unit set up in the app, revision 1 exported and its key registered by the province. */
async function oldComputerAndProvince(root: string) {
  const old = computer(root, 'may-cu');
  const { api } = old.services;
  await api.saveProfile({ unitCode: UNIT, signerName: 'Lò Văn Minh' });
  await api.loadDraft({ draft: { ...readFixture(GOOD_SAMPLE), unitCode: UNIT } });
  const r1 = await api.exportPackage({});
  const pub = await api.exportPublicKey({});
  const province = join(root, 'province');
  ok(['--data', province, 'setup', '--unit', 'LDLD-LAICHAU', '--signer', 'Nguyễn Thị Thiện']);
  ok(['--data', province, 'key', 'register', pub.path, '--confirm', pub.fingerprint]);
  expect(JSON.parse(ok(['--data', province, '--json', 'import', join(r1.folder, r1.packageFile)]).stdout)).toMatchObject([{ outcome: 'accepted' }]);
  return { old, province, fingerprint: pub.fingerprint };
}

const upload = (file: string) => ({ name: file.split('/').pop() ?? 'x.sqlite', dataBase64: readFileSync(file).toString('base64') });

/** Opens revision 2 on `c`: exporting it is what needs the key (revision 1 is re-sent as it was signed). */
async function openRevision2(c: Computer): Promise<void> {
  await c.services.api.startRevision({ reason: 'Làm tiếp trên máy mới, bổ sung số liệu' });
  await c.services.api.saveField({ key: 's5.courses', value: 15 });
}

/** Revision 2 exported, and imported by the province: the line the province shows. */
async function sendRevision2(c: Computer, province: string): Promise<ImportLine> {
  const r2 = await c.services.api.exportPackage({});
  const lines = JSON.parse(ok(['--data', province, '--json', 'import', join(r2.folder, r2.packageFile)]).stdout) as ImportLine[];
  expect(lines).toHaveLength(1);
  return lines[0] as ImportLine;
}

const keyRows = (dataDir: string) => {
  const db = new Database(databasePath(dataDir), { readonly: true });
  try {
    return db.prepare('SELECT key_id, status, secret_scheme, hex(secret_blob) AS blob FROM keys WHERE own = 1 ORDER BY created_at, rowid').all();
  } finally {
    db.close();
  }
};

describe('moving to a new computer from the app', () => {
  it('carries the key under a passphrase; the new computer adopts it and the province recognises the same key', async () => {
    const root = tempDir();
    const { old, province, fingerprint } = await oldComputerAndProvince(root);
    const keychain = await old.services.ctx.host.secrets();
    if (!keychain) throw new Error('the old computer has a keychain');
    const secret = await old.services.ctx.keys.unlockOwn(UNIT, keychain);

    const move = await old.services.api.createMoveBackup({ passphrase: MOVE_PASSPHRASE });
    expect(move.fingerprint).toBe(fingerprint);
    expect(move.file).toBe(join(old.out, move.name));
    expect(move.name).toMatch(/^tongket-chuyen-may-LDLD-SINHO-\d{8}-\d{6}\.sqlite$/);
    // Only the copy changed: the old computer still signs with its keychain.
    expect(keyRows(old.data)).toMatchObject([{ secret_scheme: 'electron-safestorage' }]);
    expect((await old.services.api.getSigningKey({}))?.state).toBe('ready');
    const moved = new Database(move.file, { readonly: true });
    expect(moved.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(moved.prepare('SELECT secret_scheme FROM keys WHERE own = 1').all()).toEqual([{ secret_scheme: 'passphrase-scrypt-aes256gcm' }]);
    // The travelling key costs more to guess at than one kept at home (scrypt N = 2^17).
    const { secret_blob: blob } = moved.prepare<[], { secret_blob: Buffer }>('SELECT secret_blob FROM keys WHERE own = 1').get() as { secret_blob: Buffer };
    expect([blob.subarray(0, 5).toString(), blob[5]]).toEqual(['TKPP2', 17]);
    moved.close();
    // The secret is never in the clear, in the move file or anywhere else.
    for (const file of [move.file, databasePath(old.data)]) expect(readFileSync(file).includes(secret.seed)).toBe(false);

    // The new computer, on its first run, restores the file brought on a USB stick.
    const fresh = computer(root, 'may-moi');
    expect(await fresh.services.api.getProfile({})).toBeNull();
    expect(move.createdAt).toBe(FIXED_NOW.toISOString());
    expect(await fresh.services.api.restoreUploadedBackup(upload(move.file))).toMatchObject({ restoredFrom: move.name });
    const { api } = fresh.services;
    expect((await api.getProfile({}))?.unit.code).toBe(UNIT);
    expect(await api.getSigningKey({})).toMatchObject({ fingerprint, state: 'needs-passphrase' });
    await openRevision2(fresh);
    await expect(api.exportPackage({})).rejects.toMatchObject({ code: 'E_KEY_LOCKED' });

    // A wrong passphrase changes nothing.
    const before = keyRows(fresh.data);
    await expect(api.adoptSigningKey({ passphrase: 'sai mật khẩu rồi' })).rejects.toMatchObject({ code: 'E_PASSPHRASE' });
    expect(keyRows(fresh.data)).toEqual(before);

    expect(await api.adoptSigningKey({ passphrase: MOVE_PASSPHRASE })).toMatchObject({ fingerprint, state: 'ready' });
    expect(keyRows(fresh.data)).toMatchObject([{ secret_scheme: 'electron-safestorage' }]);
    expect(readFileSync(databasePath(fresh.data)).includes(secret.seed)).toBe(false);

    const line = await sendRevision2(fresh, province);
    expect(line).toMatchObject({ outcome: 'superseded', revision: 2, previousRevision: 1, fingerprint });
    old.services.close();
    fresh.services.close();
  });

  it('says plainly that a plain backup does not bring a usable key, and offers a new one the province must confirm', async () => {
    const root = tempDir();
    const { old, province, fingerprint } = await oldComputerAndProvince(root);
    const plain = await old.services.api.createBackup({});
    old.services.close();

    const fresh = computer(root, 'may-moi');
    const { api } = fresh.services;
    await api.restoreUploadedBackup(upload(plain.file));
    expect(await api.getSigningKey({})).toMatchObject({ fingerprint, state: 'unreadable' });
    await openRevision2(fresh);
    await expect(api.exportPackage({})).rejects.toMatchObject({ code: 'E_KEY_LOCKED' });
    // Neither a passphrase nor anything else opens a key bound to another computer's keychain.
    await expect(api.adoptSigningKey({ passphrase: MOVE_PASSPHRASE })).rejects.toMatchObject({ code: 'E_KEY_LOCKED' });

    const replaced = await api.replaceSigningKey({});
    expect(replaced.state).toBe('ready');
    expect(replaced.fingerprint).not.toBe(fingerprint);
    expect(keyRows(fresh.data)).toMatchObject([{ status: 'revoked' }, { status: 'active', secret_scheme: 'electron-safestorage' }]);
    // A working key can be replaced too (one that may have leaked); each replacement revokes the one before.
    const again = await api.replaceSigningKey({});
    expect(again.fingerprint).not.toBe(replaced.fingerprint);
    expect(keyRows(fresh.data)).toMatchObject([{ status: 'revoked' }, { status: 'revoked' }, { status: 'active' }]);
    const current = await api.getSigningKey({});
    expect(current?.state).toBe('ready');

    // A new key is held at the province until a person confirms its fingerprint.
    const line = await sendRevision2(fresh, province);
    expect(line).toMatchObject({ outcome: 'held', fingerprint: current?.fingerprint });
    fresh.services.close();
  });

  it('refuses a chosen file that is not a TongKet backup, and changes nothing', async () => {
    const root = tempDir();
    const c = computer(root, 'may');
    const { api } = c.services;
    await api.saveProfile({ unitCode: UNIT, signerName: 'Lò Văn Minh' });
    await api.saveField({ key: 's5.courses', value: 7 });
    const before = snapshotDatabase(databasePath(c.data));
    const other = join(root, 'khac.sqlite');
    const foreign = new Database(other);
    foreign.exec('CREATE TABLE units (x); PRAGMA user_version = 2;');
    foreign.close();
    writeFileSync(join(root, 'rac.sqlite'), 'không phải cơ sở dữ liệu');
    for (const file of [other, join(root, 'rac.sqlite')]) {
      await expect(api.restoreUploadedBackup(upload(file))).rejects.toMatchObject({
        code: 'E_BACKUP_INVALID',
        message: expect.stringContaining(file.split('/').pop() as string),
      });
    }
    expect(snapshotDatabase(databasePath(c.data))).toEqual(before);
    expect(existsSync(backupDir(c.data)) ? readdirSync(backupDir(c.data)).filter((n) => n.includes('tu-tep')) : []).toEqual([]);
    expect((await api.getDraft({})).values['s5.courses']).toBe(7);
    c.services.close();
  });

  it('needs a move passphrase of at least 8 characters, and a key this computer can open', async () => {
    const root = tempDir();
    const { old } = await oldComputerAndProvince(root);
    const written = readdirSync(old.out);
    await expect(old.services.api.createMoveBackup({ passphrase: 'ngắn' })).rejects.toMatchObject({ code: 'E_INPUT' });
    const plain = await old.services.api.createBackup({});
    old.services.close();
    // A key this computer cannot open cannot be moved from it: nothing is written.
    const other = computer(root, 'may-khac');
    await other.services.api.restoreUploadedBackup(upload(plain.file));
    await expect(other.services.api.createMoveBackup({ passphrase: MOVE_PASSPHRASE })).rejects.toMatchObject({ code: 'E_KEY_LOCKED' });
    expect(readdirSync(other.out)).toEqual([]);
    expect(readdirSync(old.out)).toEqual(written);
    other.services.close();
  });

  it('lets the command line sign with a key moved from the app, with the move passphrase', async () => {
    const root = tempDir();
    const { old, province, fingerprint } = await oldComputerAndProvince(root);
    const move = await old.services.api.createMoveBackup({ passphrase: MOVE_PASSPHRASE });
    old.services.close();
    const cliData = join(root, 'dong-lenh', 'data');
    ok(['--data', cliData, 'backup', 'restore', move.file]);
    const env = { TONGKET_PASSPHRASE: MOVE_PASSPHRASE };
    ok(['--data', cliData, 'draft', 'revise', '--reason', 'Gửi lại từ dòng lệnh'], env);
    const out = join(root, 'dong-lenh', 'out');
    ok(['--data', cliData, 'export', '--out', out], env);
    const pkg = readdirSync(out).find((n) => n.endsWith('_r2.tongket')) as string;
    const lines = JSON.parse(ok(['--data', province, '--json', 'import', join(out, pkg)]).stdout) as ImportLine[];
    expect(lines).toMatchObject([{ outcome: 'superseded', revision: 2, fingerprint }]);
  });
});

// The device protector must really stand for "another computer": otherwise the tests above prove nothing.
describe('the stand-in keychain', () => {
  it('cannot open what another computer protected', async () => {
    const a = deviceProtector();
    const b = deviceProtector();
    const blob = await a.protect(Buffer.from('bí mật'));
    expect((await a.unprotect(blob)).toString()).toBe('bí mật');
    await expect(b.unprotect(blob)).rejects.toMatchObject({ code: 'E_KEY_LOCKED' });
  });
});
