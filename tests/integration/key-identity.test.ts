// Issue 12, key identity: the key id in a signature is eight bytes anyone can copy. An attacker signs
// with a key of their own under a unit's (or the province's) key id; whatever arrives first, a decision
// about the genuine key (confirm, register) releases only what the genuine key signed, for its own unit,
// and a decision about the forged key touches nothing of the genuine one. Through the services, as the
// window and the web host call them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppServices } from '../../electron/services/app-services';
import { databasePath } from '../../electron/services/data-dir';
import { currentDraft } from '../../electron/services/draft/draft-state';
import { fingerprint, formatPublicKeyFile, keyIdHex, type PublicKey } from '../../electron/services/signing/minisign';
import { unlockOwnKey } from '../../electron/services/signing/unlock';
import type { ImportLine } from '../../shared/api/inbox-types';
import { NEXT_KEY_ENTRY } from '../../shared/package/manifest';
import { snapshotDatabase } from '../helpers/db-snapshot';
import { forgePackage, forgeReceipt, keyUnderIdOf, receiptFieldsOf, rezip, tamperedReceipt, type ReceiptFields } from '../helpers/forgery';
import { importInto, makeWorld, unitExports, type World } from '../helpers/province-world';
import { refusal } from '../helpers/refusal';
import { useTempDirs } from '../helpers/temp';

const tempDir = useTempDirs();
const A = 'LDLD-TAMDUONG';
const B = 'LDLD-PHONGTHO';
const PROVINCE = 'LDLD-LAICHAU';
const ORDERS = ['forged first', 'genuine first'] as const;

const ownKey = (s: AppServices, code: string): PublicKey => {
  const k = s.ctx.keys.ownActive(code);
  if (!k) throw new Error(`no key for ${code}`);
  return k.publicKey;
};
const unitOf = (w: World, code: string) => {
  const u = w.province.ctx.units.require(code);
  return { code: u.code, name: u.name, level: u.levelId };
};
const inboxDb = (w: World) => databasePath(w.province.dataDir);
const statesBySource = (w: World) => Object.fromEntries(w.province.ctx.inbox.all('1563-TK-2023').map((r) => [r.source, r.state]));
const currentOf = (w: World, code: string) => w.province.ctx.inbox.current('1563-TK-2023').find((r) => r.unitCode === code) ?? null;

/**
 * A province with unit A (key not yet registered) and unit B (registered, its report current), A's
 * genuine package, and an attacker's key under A's key id signing a copy of it with other numbers and
 * a copy that claims to be B's.
 */
async function packageScene() {
  const w = await makeWorld(tempDir());
  const genuine = await unitExports(w, A, 0, false);
  const bPackage = await unitExports(w, B, 1);
  await importInto(w, [{ name: 'B-that.tongket', bytes: bPackage }]);
  const genuineKey = ownKey(w.units.get(A) as AppServices, A);
  const forger = keyUnderIdOf(genuineKey);
  return {
    w,
    genuine,
    genuineKey,
    genuineFp: fingerprint(genuineKey),
    forgedFp: fingerprint(forger),
    forgedA: forgePackage(genuine, forger, { values: { 's3.sessions': 999 } }),
    forgedB: forgePackage(genuine, forger, { unit: unitOf(w, B) }),
    bCurrent: currentOf(w, B)?.manifestSha256,
  };
}

async function importInOrder(s: Awaited<ReturnType<typeof packageScene>>, order: (typeof ORDERS)[number]): Promise<ImportLine[]> {
  const forged = [
    { name: 'gia-A.tongket', bytes: s.forgedA },
    { name: 'gia-B.tongket', bytes: s.forgedB },
  ];
  const genuine = [{ name: 'that-A.tongket', bytes: s.genuine }];
  return order === 'forged first' ? [...(await importInto(s.w, forged)), ...(await importInto(s.w, genuine))] : [...(await importInto(s.w, genuine)), ...(await importInto(s.w, forged))];
}

describe('packages signed by a forged key under a unit key id', () => {
  for (const order of ORDERS) {
    it(`${order}: each key is held apart, and confirming the genuine fingerprint releases only the genuine package`, async () => {
      const s = await packageScene();
      const { w } = s;
      try {
        const lines = await importInOrder(s, order);
        const by = Object.fromEntries(lines.map((l) => [l.source, l]));
        expect(by['that-A.tongket']).toMatchObject({ outcome: 'held', fingerprint: s.genuineFp });
        expect(by['gia-A.tongket']).toMatchObject({ outcome: 'held', fingerprint: s.forgedFp });
        expect(by['gia-B.tongket']).toMatchObject({ outcome: 'held', fingerprint: s.forgedFp });
        const keyId = by['that-A.tongket']?.keyId as string;
        expect(by['gia-A.tongket']?.keyId).toBe(keyId);

        // Two keys, one key id: the held list names each by its own fingerprint.
        const held = await w.province.api.listHeld({});
        expect(new Set(held.map((h) => h.keyId))).toEqual(new Set([keyId]));
        expect(new Set(held.map((h) => h.fingerprint))).toEqual(new Set([s.genuineFp, s.forgedFp]));

        // Wrong decisions change nothing: the key id alone is ambiguous for a refusal, and the forged
        // entry cannot be confirmed with the fingerprint the genuine unit reads.
        const before = snapshotDatabase(inboxDb(w));
        const ambiguous = await refusal(w.province.api.refuseKey({ keyId }));
        expect(ambiguous.code).toBe('E_KEY_AMBIGUOUS');
        expect(ambiguous.message).toContain(s.genuineFp);
        expect(ambiguous.message).toContain(s.forgedFp);
        expect((await refusal(w.province.api.confirmKey({ keyId, keyFingerprint: s.forgedFp, fingerprint: s.genuineFp }))).code).toBe('E_FINGERPRINT');
        expect((await refusal(w.province.api.confirmKey({ keyId, fingerprint: 'AAAA-BBBB-CCCC-DDDD' }))).code).toBe('E_FINGERPRINT');
        expect(snapshotDatabase(inboxDb(w))).toEqual(before);

        // The key id with the fingerprint read over the phone picks the genuine key.
        const d = await w.province.api.confirmKey({ keyId, fingerprint: s.genuineFp });
        expect(d.key).toMatchObject({ unitCode: A, fingerprint: s.genuineFp });
        expect(d.released.map((l) => [l.source, l.outcome])).toEqual([['that-A.tongket', 'accepted']]);
        expect(statesBySource(w)).toMatchObject({ 'that-A.tongket': 'current', 'gia-A.tongket': 'held', 'gia-B.tongket': 'held', 'B-that.tongket': 'current' });
        expect(currentOf(w, B)?.manifestSha256).toBe(s.bCurrent);

        // Only the forged key still holds anything, so the key id names it; refusing it leaves A's report.
        const refused = await w.province.api.refuseKey({ keyId });
        expect(refused.released.map((l) => l.source).sort()).toEqual(['gia-A.tongket', 'gia-B.tongket']);
        expect(statesBySource(w)).toMatchObject({ 'that-A.tongket': 'current', 'gia-A.tongket': 'refused', 'gia-B.tongket': 'refused' });

        // A new forgery after the genuine key is registered is held for its own key, never counted.
        const again = forgePackage(s.genuine, keyUnderIdOf(s.genuineKey), { values: { 's3.sessions': 1 } });
        const [line] = await importInto(w, [{ name: 'gia-A-2.tongket', bytes: again }]);
        expect(line).toMatchObject({ outcome: 'held' });
        expect(line?.fingerprint).not.toBe(s.genuineFp);
        expect(currentOf(w, A)?.source).toBe('that-A.tongket');
      } finally {
        w.close();
      }
    });

    it(`${order}: registering the genuine .pub releases only the genuine package; refusing the forged fingerprint only the forged ones`, async () => {
      const s = await packageScene();
      const { w } = s;
      try {
        await importInOrder(s, order);
        const refused = await w.province.api.refuseKey({ keyId: keyIdHex(s.genuineKey.keyId), keyFingerprint: s.forgedFp });
        expect(refused.released.map((l) => l.source).sort()).toEqual(['gia-A.tongket', 'gia-B.tongket']);
        expect(statesBySource(w)['that-A.tongket']).toBe('held');
        const d = await w.province.api.registerKey({ publicKeyText: formatPublicKeyFile(s.genuineKey, A), fingerprint: s.genuineFp });
        expect(d.released.map((l) => [l.source, l.outcome])).toEqual([['that-A.tongket', 'accepted']]);
        expect(statesBySource(w)).toMatchObject({ 'that-A.tongket': 'current', 'gia-A.tongket': 'refused', 'gia-B.tongket': 'refused' });
        expect(currentOf(w, B)?.manifestSha256).toBe(s.bCurrent);
      } finally {
        w.close();
      }
    });
  }

  it("a unit's key never counts for another unit: confirmed for A, its package claiming B is refused", async () => {
    const w = await makeWorld(tempDir());
    try {
      const genuine = await unitExports(w, A, 0, false);
      const unitA = w.units.get(A) as AppServices;
      const claimsB = forgePackage(genuine, await unlockOwnKey(unitA.ctx, A), { unit: unitOf(w, B) });
      await importInto(w, [
        { name: 'that-A.tongket', bytes: genuine },
        { name: 'A-ky-cho-B.tongket', bytes: claimsB },
      ]);
      const fp = fingerprint(ownKey(unitA, A));
      const keyId = (await w.province.api.listHeld({}))[0]?.keyId as string;
      // One key, packages of two units: the person must say whose key it is.
      const before = snapshotDatabase(inboxDb(w));
      expect((await refusal(w.province.api.confirmKey({ keyId, fingerprint: fp }))).code).toBe('E_KEY_AMBIGUOUS');
      expect(snapshotDatabase(inboxDb(w))).toEqual(before);
      const d = await w.province.api.confirmKey({ keyId, fingerprint: fp, unitCode: A });
      expect(d.released.map((l) => [l.source, l.outcome, l.code])).toEqual([
        ['that-A.tongket', 'accepted', undefined],
        ['A-ky-cho-B.tongket', 'rejected', 'E_KEY_UNIT'],
      ]);
      expect(currentOf(w, B)).toBeNull();
      // Registered now: the next package of A's key claiming B is refused on arrival.
      const next = forgePackage(genuine, await unlockOwnKey(unitA.ctx, A), { unit: unitOf(w, B), values: { 's3.sessions': 2 } });
      const before2 = snapshotDatabase(inboxDb(w));
      const [line] = await importInto(w, [{ name: 'A-ky-cho-B-2.tongket', bytes: next }]);
      expect(line).toMatchObject({ outcome: 'rejected', code: 'E_KEY_UNIT' });
      expect(snapshotDatabase(inboxDb(w))).toEqual(before2);
    } finally {
      w.close();
    }
  });
});

describe('an announced key under attack', () => {
  it("confirming the key a unit announced releases nothing signed by another key under the announced key id", async () => {
    const w = await makeWorld(tempDir());
    try {
      await importInto(w, [{ name: 'A-r1.tongket', bytes: await unitExports(w, A, 0) }]);
      const unit = w.units.get(A) as AppServices;
      await unit.api.announceNewKey({});
      await unit.api.startRevision({ reason: 'Bổ sung số liệu' });
      await unit.api.saveField({ key: 's5.courses', value: 15 });
      const r2 = await unit.api.exportPackage({});
      const r2Bytes = readFileSync(join(r2.folder, r2.packageFile));
      await importInto(w, [{ name: 'A-r2.tongket', bytes: r2Bytes }]);
      const next = ownKey(unit, A);
      const [waiting] = await w.province.api.listAnnouncedKeys({});
      expect(waiting).toMatchObject({ unitCode: A, fingerprint: fingerprint(next) });

      const forger = keyUnderIdOf(next);
      const [line] = await importInto(w, [{ name: 'gia-r3.tongket', bytes: forgePackage(r2Bytes, forger, { values: { 's3.sessions': 999 }, drop: [NEXT_KEY_ENTRY] }) }]);
      expect(line).toMatchObject({ outcome: 'held', fingerprint: fingerprint(forger) });
      // Held as an unknown key: the announcement was of another key, whatever the key id says.
      expect(line?.message).not.toContain('báo trước');

      const d = await w.province.api.confirmAnnouncedKey({ keyId: waiting?.keyId as string, fingerprint: fingerprint(next) });
      expect(d.key).toMatchObject({ unitCode: A, fingerprint: fingerprint(next) });
      expect(d.released).toEqual([]);
      expect((await w.province.api.listHeld({})).map((h) => [h.source, h.fingerprint])).toEqual([['gia-r3.tongket', fingerprint(forger)]]);
      expect(currentOf(w, A)?.source).toBe('A-r2.tongket');
    } finally {
      w.close();
    }
  });
});

/** A's report accepted by the province, and the genuine receipt, at A. */
async function receiptScene() {
  const w = await makeWorld(tempDir());
  const genuinePackage = await unitExports(w, A, 0);
  await importInto(w, [{ name: 'A.tongket', bytes: genuinePackage }]);
  const issued = await w.province.api.issueReceipt({ unitCode: A, decision: 'accepted', comment: '', fields: [] });
  const genuine = readFileSync(join(w.out, issued.fileName));
  const unit = w.units.get(A) as AppServices;
  const provinceKey = ownKey(w.province, PROVINCE);
  const forger = keyUnderIdOf(provinceKey);
  const fields = receiptFieldsOf(genuine);
  const returned: ReceiptFields = { ...fields, decision: 'returned', comment: 'Trả lại: làm lại toàn bộ.' };
  return {
    w,
    unit,
    genuine,
    fields,
    provinceKey,
    forger,
    forged: await forgeReceipt(returned, forger),
    register: () => unit.api.registerKey({ publicKeyText: formatPublicKeyFile(provinceKey, PROVINCE), fingerprint: fingerprint(provinceKey) }),
    receive: async (name: string, bytes: Buffer) => (await unit.api.importUploads({ files: [{ name, dataBase64: bytes.toString('base64') }] }))[0] as ImportLine,
    reportState: () => {
      const { report } = currentDraft(unit.ctx);
      return { revision: report.revision, status: report.status };
    },
    unitDb: () => snapshotDatabase(databasePath(unit.dataDir)),
  };
}

describe('receipts signed by a forged key under the province key id', () => {
  for (const order of ORDERS) {
    it(`${order}: registering the province key applies only the genuine receipt; the forged "returned" never reopens the report`, async () => {
      const s = await receiptScene();
      try {
        const frozen = s.reportState();
        expect(frozen.status).toBe('frozen');
        const first = order === 'forged first' ? ['gia.tongket-receipt', s.forged] : ['that.tongket-receipt', s.genuine];
        const second = order === 'forged first' ? ['that.tongket-receipt', s.genuine] : ['gia.tongket-receipt', s.forged];
        expect(await s.receive(first[0] as string, first[1] as Buffer)).toMatchObject({ outcome: 'held' });
        expect(await s.receive(second[0] as string, second[1] as Buffer)).toMatchObject({ outcome: 'held' });
        const d = await s.register();
        expect(d.released.map((l) => l.outcome)).toEqual(['receipt']);
        expect(d.released[0]?.fingerprint).toBe(fingerprint(s.provinceKey));
        expect(await s.unit.api.getReceiptStatus({})).toMatchObject({ decision: 'accepted' });
        expect(s.reportState()).toEqual(frozen);
        // The forged one still waits under its own fingerprint, and is refused by it.
        const refused = await s.unit.api.refuseKey({ keyId: keyIdHex(s.provinceKey.keyId), keyFingerprint: fingerprint(s.forger) });
        expect(refused.released.map((l) => [l.outcome, l.fingerprint])).toEqual([['rejected', fingerprint(s.forger)]]);
        expect(s.reportState()).toEqual(frozen);
        // Refused is remembered: the same forgery re-zipped is not held again.
        expect(await s.receive('gia-lai.tongket-receipt', rezip(s.forged))).toMatchObject({ outcome: 'duplicate' });
      } finally {
        s.w.close();
      }
    });
  }

  it('with the province key registered, a forged receipt says plainly it is not the parent key, is never applied, and can be refused', async () => {
    const s = await receiptScene();
    try {
      await s.register();
      const frozen = s.reportState();
      const line = await s.receive('gia.tongket-receipt', s.forged);
      expect(line).toMatchObject({ outcome: 'held', fingerprint: fingerprint(s.forger) });
      expect(line.message).toContain('KHÔNG phải khóa đã đăng ký của cấp trên LDLD-LAICHAU');
      expect(line.message).toContain(fingerprint(s.provinceKey));
      expect(s.reportState()).toEqual(frozen);
      expect(await s.unit.api.getReceiptStatus({})).toBeNull();
      // The only key held under that id is the forged one: the key id names it without doubt.
      const refused = await s.unit.api.refuseKey({ keyId: keyIdHex(s.provinceKey.keyId) });
      expect(refused.released).toHaveLength(1);
      expect(await s.receive('that.tongket-receipt', s.genuine)).toMatchObject({ outcome: 'receipt' });
      expect(s.reportState()).toEqual(frozen);
    } finally {
      s.w.close();
    }
  });
});

describe('hostile receipts at the unit', () => {
  it('are each refused or recognised as already imported, and change no row', async () => {
    const s = await receiptScene();
    try {
      await s.register();
      expect(await s.receive('that.tongket-receipt', s.genuine)).toMatchObject({ outcome: 'receipt' });
      await unitExports(s.w, B, 1);
      const unitB = s.w.units.get(B) as AppServices;
      const keyB = await unlockOwnKey(unitB.ctx, B);
      // A's office knows B's key (say, from an earlier exchange): it is still not the province's.
      s.unit.ctx.keys.registerForeign(B, ownKey(unitB, B), new Date().toISOString());
      const provinceSecret = await unlockOwnKey(s.w.province.ctx, PROVINCE);
      const bUnit = unitOf(s.w, B);
      const cases: [string, Buffer, string][] = [
        ['tampered', tamperedReceipt(s.genuine), 'E_SIGNATURE'],
        ["signed by another unit's registered key", await forgeReceipt(s.fields, keyB), 'E_KEY_UNIT'],
        ['addressed to another unit', await forgeReceipt({ ...s.fields, unit: { code: bUnit.code, name: bUnit.name } }, provinceSecret), 'E_RECEIPT'],
        ['from a unit that is not the parent', await forgeReceipt({ ...s.fields, issuer: { code: B, name: bUnit.name } }, keyB), 'E_RECEIPT'],
        ['about a package never sent', await forgeReceipt({ ...s.fields, packageManifestSha256: 'a'.repeat(64) }, provinceSecret), 'E_RECEIPT'],
        ['replayed', s.genuine, 'duplicate'],
        ['re-zipped', rezip(s.genuine), 'duplicate'],
      ];
      const before = s.unitDb();
      const frozen = s.reportState();
      for (const [name, bytes, expected] of cases) {
        const line = await s.receive(`${name}.tongket-receipt`, bytes);
        expect({ name, got: line.outcome === 'rejected' ? line.code : line.outcome }).toEqual({ name, got: expected });
      }
      expect(s.unitDb()).toEqual(before);
      expect(s.reportState()).toEqual(frozen);

      // The province's key revoked here: even its genuine receipts are refused.
      s.unit.ctx.keys.revoke(keyIdHex(s.provinceKey.keyId), new Date().toISOString());
      const afterRevoke = s.unitDb();
      const fresh = await forgeReceipt({ ...s.fields, decision: 'returned', comment: 'Trả lại' }, provinceSecret);
      expect(await s.receive('revoked.tongket-receipt', fresh)).toMatchObject({ outcome: 'rejected', code: 'E_RECEIPT' });
      expect(s.unitDb()).toEqual(afterRevoke);
      expect(s.reportState()).toEqual(frozen);
    } finally {
      s.w.close();
    }
  });
});
