// Issue 12 through the real `tongket` command: an attacker's key under unit A's key id (and under the
// province's), in both arrival orders. The key id names a key only when one key holds it; the
// fingerprint always does; a wrong or ambiguous decision changes no row.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databasePath } from '../../electron/services/data-dir';
import { fingerprint, parsePublicKeyFile } from '../../electron/services/signing/minisign';
import type { ImportLine, ReceiptStatus, TrackerRow } from '../../shared/api/inbox-types';
import { tongket } from '../helpers/cli';
import { snapshotDatabase } from '../helpers/db-snapshot';
import { forgePackage, forgeReceipt, keyUnderIdOf, receiptFieldsOf } from '../helpers/forgery';
import { filesIn, makeUnit, packageOf, type UnitSide } from '../helpers/unit-package';

const A = 'LDLD-TAMDUONG';
const B = 'LDLD-PHONGTHO';

interface HeldSummary {
  keyId: string;
  fingerprint: string;
  units: string[];
  packages: number;
  receipts: number;
}

const run = (args: string[]) => {
  const r = tongket(args);
  expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r;
};
const json = <T>(args: string[]): T => JSON.parse(run(args).stdout) as T;

let root: string;
let unit: UnitSide;
let genuineFp: string;
let keyId: string;
let forgedFp: string;
const files: Record<string, string> = {};

// One unit for every case (its export is the slow part); a province folder per case.
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tongket-key-identity-'));
  unit = makeUnit(root, A);
  const genuineKey = parsePublicKeyFile(readFileSync(unit.pubFile, 'utf8'));
  genuineFp = fingerprint(genuineKey);
  const forger = keyUnderIdOf(genuineKey);
  forgedFp = fingerprint(forger);
  const { units } = json<{ units: { code: string; name: string; levelId: string }[] }>(['--data', unit.data, '--json', 'units', 'list']);
  const b = units.find((u) => u.code === B) as { name: string; levelId: string };
  const genuine = readFileSync(packageOf(unit));
  const dir = join(root, 'hop-thu');
  mkdirSync(dir);
  const write = (name: string, bytes: Buffer) => {
    files[name] = join(dir, name);
    writeFileSync(files[name], bytes);
  };
  write('that-A.tongket', genuine);
  write('gia-A.tongket', forgePackage(genuine, forger, { values: { 's3.sessions': 999 } }));
  write('gia-B.tongket', forgePackage(genuine, forger, { unit: { code: B, name: b.name, level: b.levelId } }));
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

function province(name: string): string {
  const data = join(root, name);
  run(['--data', data, 'setup', '--unit', 'LDLD-LAICHAU', '--signer', 'Nguyễn Thị Thiện']);
  return data;
}

const importLines = (data: string, names: string[]) => json<ImportLine[]>(['--data', data, '--json', 'import', ...names.map((n) => files[n] as string)]);

describe('tongket key … with two keys under one key id', () => {
  for (const order of ['forged first', 'genuine first'] as const) {
    it(`${order}: held apart, named by fingerprint, and only the genuine package is released`, () => {
      const data = province(`tinh-${order.replace(' ', '-')}`);
      const forged = ['gia-A.tongket', 'gia-B.tongket'];
      const lines = order === 'forged first' ? [...importLines(data, forged), ...importLines(data, ['that-A.tongket'])] : [...importLines(data, ['that-A.tongket']), ...importLines(data, forged)];
      expect(lines.map((l) => l.outcome)).toEqual(['held', 'held', 'held']);
      keyId = lines[0]?.keyId as string;

      const held = json<HeldSummary[]>(['--data', data, '--json', 'key', 'held']);
      expect(held.map((h) => ({ ...h, units: [...h.units].sort() })).sort((x, y) => x.packages - y.packages)).toEqual([
        { keyId, fingerprint: genuineFp, units: [A], packages: 1, receipts: 0, campaigns: 0 },
        { keyId, fingerprint: forgedFp, units: [B, A].sort(), packages: 2, receipts: 0, campaigns: 0 },
      ]);
      const list = run(['--data', data, 'key', 'list']).stdout;
      expect(list).toContain(genuineFp);
      expect(list).toContain(forgedFp);

      // Ambiguous or wrong: refused with a message naming both fingerprints; not one row changed.
      const before = snapshotDatabase(databasePath(data));
      const ambiguous = tongket(['--data', data, 'key', 'refuse', keyId]);
      expect(ambiguous.code).toBe(1);
      expect(ambiguous.stderr).toContain('E_KEY_AMBIGUOUS');
      expect(ambiguous.stderr).toContain(genuineFp);
      expect(ambiguous.stderr).toContain(forgedFp);
      const wrong = tongket(['--data', data, 'key', 'confirm', forgedFp, '--fingerprint', genuineFp]);
      expect(wrong.code).toBe(1);
      expect(wrong.stderr).toContain('E_FINGERPRINT');
      expect(snapshotDatabase(databasePath(data))).toEqual(before);

      if (order === 'forged first') {
        const ok = run(['--data', data, 'key', 'confirm', keyId, '--fingerprint', genuineFp]);
        expect(ok.stdout).toContain(`Đã xác nhận khóa ${genuineFp}`);
        expect(ok.stdout).toContain('that-A.tongket: Đã nhận lần gửi 1 của LDLD-TAMDUONG');
        expect(ok.stdout).not.toContain('gia-');
      } else {
        const ok = run(['--data', data, 'key', 'register', unit.pubFile, '--confirm', genuineFp]);
        expect(ok.stdout.split('\n').filter((l) => l.startsWith('  '))).toEqual(['  that-A.tongket: Đã nhận lần gửi 1 của LDLD-TAMDUONG.']);
      }
      const rows = json<TrackerRow[]>(['--data', data, '--json', 'status']);
      expect(rows.find((r) => r.unitCode === A)).toMatchObject({ revision: 1, held: 1 });
      expect(rows.find((r) => r.unitCode === B)).toMatchObject({ status: 'missing', held: 1 });

      // The forged key, by its fingerprint: both its packages refused, A's report untouched.
      const refused = run(['--data', data, 'key', 'refuse', forgedFp]);
      expect(refused.stdout).toContain('gia-A.tongket');
      expect(refused.stdout).toContain('gia-B.tongket');
      expect(json<HeldSummary[]>(['--data', data, '--json', 'key', 'held'])).toEqual([]);
      const after = json<TrackerRow[]>(['--data', data, '--json', 'status']);
      expect(after.find((r) => r.unitCode === A)).toMatchObject({ revision: 1, held: 0 });
      expect(after.find((r) => r.unitCode === B)).toMatchObject({ status: 'missing', held: 0 });
    });
  }

  it('a forged "returned" receipt under the province key id is never applied at the unit', async () => {
    const data = province('tinh-bien-nhan');
    run(['--data', data, 'import', files['that-A.tongket'] as string]);
    run(['--data', data, 'key', 'register', unit.pubFile, '--confirm', genuineFp]);
    const receipts = join(root, 'bien-nhan');
    run(['--data', data, 'receipt', 'accept', A, '--out', receipts]);
    const genuine = join(receipts, filesIn(receipts)[0] as string);
    const provPub = join(root, 'LDLD-LAICHAU.pub');
    const provFp = (JSON.parse(run(['--data', data, '--json', 'key', 'export', '--out', provPub]).stdout) as { fingerprint: string }).fingerprint;
    const forger = keyUnderIdOf(parsePublicKeyFile(readFileSync(provPub, 'utf8')));
    const forged = join(root, 'gia.tongket-receipt');
    writeFileSync(forged, await forgeReceipt({ ...receiptFieldsOf(readFileSync(genuine)), decision: 'returned', comment: 'Làm lại toàn bộ.' }, forger));

    expect(json<ImportLine[]>(['--data', unit.data, '--json', 'import', forged, genuine]).map((l) => l.outcome)).toEqual(['held', 'held']);
    const reg = run(['--data', unit.data, 'key', 'register', provPub, '--confirm', provFp]);
    expect(reg.stdout).toContain('Đã áp dụng biên nhận lần gửi 1');
    expect(json<ReceiptStatus>(['--data', unit.data, '--json', 'status'])).toMatchObject({ decision: 'accepted', revision: 1 });
    expect(run(['--data', unit.data, 'draft', 'show']).stdout).not.toMatch(/lần gửi 2/);
    const held = json<HeldSummary[]>(['--data', unit.data, '--json', 'key', 'held']);
    expect(held).toEqual([{ keyId: expect.any(String) as string, fingerprint: fingerprint(forger), units: ['LDLD-LAICHAU'], packages: 0, receipts: 1, campaigns: 0 }]);
    run(['--data', unit.data, 'key', 'refuse', fingerprint(forger)]);
    expect(json<HeldSummary[]>(['--data', unit.data, '--json', 'key', 'held'])).toEqual([]);
    expect(run(['--data', unit.data, 'draft', 'show']).stdout).not.toMatch(/lần gửi 2/);
  });
});
