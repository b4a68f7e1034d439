// A planned key replacement (SPEC §6): the unit makes its next key ahead; the next package, signed by
// the current key, announces it (keys/next.pub, signed); from then on the new key signs. The province
// learns of the new key from the announcement but trusts it only once a person confirms its
// fingerprint, which retires the old key.
import Database from 'better-sqlite3';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppServices, type AppServices } from '../../electron/services/app-services';
import { verifyPackage } from '../../electron/services/package/verify-package';
import { fingerprint, parsePublicKeyFile } from '../../electron/services/signing/minisign';
import { computerHooks } from '../helpers/device-protector';
import { tongket } from '../helpers/cli';
import { GOOD_SAMPLE, fixturePath, readFixture } from '../helpers/fixtures';
import { FIXED_NOW } from '../helpers/services';
import { useTempDirs } from '../helpers/temp';

const tempDir = useTempDirs();
const UNIT = 'LDLD-SINHO';

function open(root: string, name: string): { services: AppServices; out: string } {
  const out = join(root, name, 'out');
  mkdirSync(out, { recursive: true });
  return { services: openAppServices({ dataDir: join(root, name, 'data'), create: true, clock: () => FIXED_NOW, host: computerHooks(out) }), out };
}

/** A unit with its report loaded, and a province that registered the unit's current key. */
async function unitKnownToProvince(root: string) {
  const unit = open(root, 'don-vi');
  const province = open(root, 'tinh');
  await unit.services.api.saveProfile({ unitCode: UNIT, signerName: 'Lò Văn Minh' });
  await unit.services.api.loadDraft({ draft: { ...readFixture(GOOD_SAMPLE), unitCode: UNIT } });
  const pub = await unit.services.api.exportPublicKey({});
  await province.services.api.saveProfile({ unitCode: 'LDLD-LAICHAU', signerName: 'Nguyễn Thị Thiện' });
  await province.services.api.registerKey({ publicKeyText: readFileSync(pub.path, 'utf8'), fingerprint: pub.fingerprint });
  return { unit, province, pub };
}

const upload = (file: string) => ({ files: [{ name: file.split('/').pop() ?? 'x.tongket', dataBase64: readFileSync(file).toString('base64') }] });

describe('a key replacement announced by the old key', () => {
  it('is announced, signs from the next revision, and is trusted by the province only after confirmation', async () => {
    const { unit, province, pub } = await unitKnownToProvince(tempDir());
    try {
      const u = unit.services.api;
      const p = province.services.api;

      const announced = await u.announceNewKey({});
      const next = announced.next?.fingerprint ?? '';
      expect(announced).toMatchObject({ fingerprint: pub.fingerprint, state: 'ready' });
      expect(next).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
      await expect(u.announceNewKey({})).rejects.toMatchObject({ code: 'E_INPUT' });

      // Revision 1, signed by the current key, carries the announcement.
      const r1 = await u.exportPackage({});
      expect(r1).toMatchObject({ fingerprint: pub.fingerprint, announcedFingerprint: next });
      expect(r1.emailBody).toContain(`khóa ký mới của đơn vị, dấu vân tay ${next}`);
      const r1File = join(r1.folder, r1.packageFile);
      const v = await verifyPackage(readFileSync(r1File), { lookupKey: () => null, pinnedKey: parsePublicKeyFile(readFileSync(pub.path, 'utf8')) });
      expect(v.nextKey ? fingerprint(v.nextKey) : null).toBe(next);
      expect(await u.getSigningKey({})).toMatchObject({ fingerprint: next, state: 'ready', next: null });
      // Exported again, the frozen revision still says what it announced.
      expect((await u.exportPackage({})).announcedFingerprint).toBe(next);

      const [line1] = await p.importUploads(upload(r1File));
      expect(line1).toMatchObject({ outcome: 'accepted', fingerprint: pub.fingerprint });
      expect(line1?.message).toContain(`báo trước khóa ký mới (dấu vân tay ${next})`);
      expect((await p.listKeys({})).map((k) => k.fingerprint)).not.toContain(next);

      // Revision 2 is signed by the new key: held, and the province is told it was announced.
      await u.startRevision({ reason: 'Bổ sung số liệu sau khi đổi khóa' });
      await u.saveField({ key: 's5.courses', value: 15 });
      const r2 = await u.exportPackage({});
      expect(r2).toMatchObject({ fingerprint: next, announcedFingerprint: null });
      const [line2] = await p.importUploads(upload(join(r2.folder, r2.packageFile)));
      expect(line2).toMatchObject({ outcome: 'held', fingerprint: next });
      expect(line2?.message).toContain('khóa mới mà đơn vị đã báo trước trong lần gửi 1');

      await expect(p.confirmKey({ keyId: r2.keyId, fingerprint: pub.fingerprint })).rejects.toMatchObject({ code: 'E_FINGERPRINT' });
      const decision = await p.confirmKey({ keyId: r2.keyId, fingerprint: next });
      expect(decision.released).toMatchObject([{ outcome: 'superseded', revision: 2 }]);
      const keys = await p.listKeys({});
      expect(keys.find((k) => k.fingerprint === next)).toMatchObject({ status: 'active', unitCode: UNIT });
      expect(keys.find((k) => k.fingerprint === pub.fingerprint)).toMatchObject({ status: 'revoked' });
    } finally {
      unit.services.close();
      province.services.close();
    }
  });

  it('lets the province confirm an announced key ahead, so that the next package is accepted at once', async () => {
    const { unit, province, pub } = await unitKnownToProvince(tempDir());
    try {
      const u = unit.services.api;
      const p = province.services.api;
      const next = (await u.announceNewKey({})).next;
      const r1 = await u.exportPackage({});
      await p.importUploads(upload(join(r1.folder, r1.packageFile)));

      const waiting = await p.listAnnouncedKeys({});
      expect(waiting).toMatchObject([{ unitCode: UNIT, fingerprint: next?.fingerprint, revision: 1 }]);
      const keyId = waiting[0]?.keyId ?? '';
      await expect(p.confirmAnnouncedKey({ keyId, fingerprint: pub.fingerprint })).rejects.toMatchObject({ code: 'E_FINGERPRINT' });
      expect(await p.listAnnouncedKeys({})).toHaveLength(1);
      const decision = await p.confirmAnnouncedKey({ keyId, fingerprint: next?.fingerprint ?? '' });
      expect(decision.key).toMatchObject({ unitCode: UNIT, status: 'active' });
      expect(await p.listAnnouncedKeys({})).toEqual([]);
      expect((await p.listKeys({})).find((k) => k.fingerprint === pub.fingerprint)).toMatchObject({ status: 'revoked' });

      await u.startRevision({ reason: 'Bổ sung số liệu sau khi đổi khóa' });
      const r2 = await u.exportPackage({});
      expect(await p.importUploads(upload(join(r2.folder, r2.packageFile)))).toMatchObject([{ outcome: 'superseded', revision: 2 }]);
    } finally {
      unit.services.close();
      province.services.close();
    }
  });

  it('leaves a waiting next key out of a move file, and refuses to announce from a key that cannot sign', async () => {
    const root = tempDir();
    const unit = open(root, 'don-vi');
    try {
      const u = unit.services.api;
      await u.saveProfile({ unitCode: UNIT, signerName: 'Lò Văn Minh' });
      await u.announceNewKey({});
      const move = await u.createMoveBackup({ passphrase: 'chuyển máy tháng 5' });
      const copy = new Database(move.file, { readonly: true });
      expect(copy.prepare('SELECT COUNT(*) AS n FROM next_keys').get()).toEqual({ n: 0 });
      copy.close();

      const other = open(root, 'may-moi');
      try {
        await other.services.api.restoreUploadedBackup({ name: move.name, dataBase64: readFileSync(move.file).toString('base64') });
        expect(await other.services.api.getSigningKey({})).toMatchObject({ state: 'needs-passphrase', next: null });
        await expect(other.services.api.announceNewKey({})).rejects.toMatchObject({ code: 'E_KEY_LOCKED' });
      } finally {
        other.services.close();
      }
    } finally {
      unit.services.close();
    }
  });
});

describe('announcing a new key from the command line', () => {
  it('tongket key announce, export, and the province is told by its import line', () => {
    const root = tempDir();
    const data = join(root, 'don-vi');
    const out = join(root, 'xuat');
    const ok = (args: string[]) => {
      const r = tongket(args);
      expect(r.code, r.stderr).toBe(0);
      return r.stdout;
    };
    ok(['--data', data, 'setup', '--unit', 'LDLD-TAMDUONG', '--signer', 'Lò Văn Minh']);
    ok(['--data', data, 'draft', 'load', fixturePath(GOOD_SAMPLE)]);
    const pubFile = join(root, 'LDLD-TAMDUONG.pub');
    const pub = JSON.parse(ok(['--data', data, '--json', 'key', 'export', '--out', pubFile])) as { fingerprint: string };
    const announced = JSON.parse(ok(['--data', data, '--json', 'key', 'announce'])) as { next: { fingerprint: string } };
    expect(tongket(['--data', data, 'key', 'announce']).stderr).toContain('E_INPUT');
    ok(['--data', data, 'export', '--out', out]);

    const province = join(root, 'tinh');
    ok(['--data', province, 'setup', '--unit', 'LDLD-LAICHAU', '--signer', 'Nguyễn Thị Thiện']);
    ok(['--data', province, 'key', 'register', pubFile, '--confirm', pub.fingerprint]);
    const lines = JSON.parse(ok(['--data', province, '--json', 'import', out])) as { outcome: string; message: string }[];
    expect(lines.find((l) => l.outcome === 'accepted')?.message).toContain(`báo trước khóa ký mới (dấu vân tay ${announced.next.fingerprint})`);
  });
});
