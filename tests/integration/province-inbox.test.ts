// The province's reporting weeks end to end with the real CLI: every unit of the default directory
// builds its package in its own data folder; the province imports them in one call (files and saved
// e-mails mixed), the tracker shows who is on time, late, held or missing; receipts go back and the
// units see the decision.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportLine, ReceiptStatus, TrackerRow } from '../../shared/api/inbox-types';
import { databasePath } from '../../electron/services/data-dir';
import { tongket } from '../helpers/cli';
import { snapshotDatabase } from '../helpers/db-snapshot';
import { buildEml } from '../helpers/eml';
import { filesIn, makeUnit, packageBytes, packageOf, reviseUnit, tampered, type UnitSide } from '../helpers/unit-package';

// One province and its units for the whole file: the tests follow the weeks in order.
let root: string;
let province: string;
let inboxDir: string;
const units: Record<string, UnitSide> = {};

const json = <T>(args: string[]): T => JSON.parse(tongket(args).stdout) as T;
const onTime = new Date('2023-05-21T09:15:00+07:00');
const tooLate = new Date('2023-05-25T08:00:00+07:00');

afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tongket-province-'));
  for (const code of ['LDLD-TAMDUONG', 'LDLD-PHONGTHO', 'LDLD-SINHO', 'LDLD-MUONGTE', 'LDLD-NAMNHUN', 'LDLD-THANUYEN', 'CDVC-LAICHAU']) {
    units[code] = makeUnit(root, code);
  }
  reviseUnit(units['LDLD-MUONGTE'] as UnitSide, 'Bổ sung số buổi tuyên truyền còn thiếu');

  province = join(root, 'province');
  expect(tongket(['--data', province, 'setup', '--unit', 'LDLD-LAICHAU', '--signer', 'Nguyễn Thị Thiện']).code).toBe(0);
  // Keys registered from their .pub files after the fingerprint was read over the phone — all but Nậm Nhùn's.
  for (const u of Object.values(units)) {
    if (u.unitCode === 'LDLD-NAMNHUN') continue;
    const r = tongket(['--data', province, 'key', 'register', u.pubFile, '--confirm', u.fingerprint]);
    expect(r.code, r.stderr).toBe(0);
  }

  inboxDir = join(root, 'inbox');
  mkdirSync(inboxDir);
  const u = (code: string) => units[code] as UnitSide;
  const eml = (name: string, date: Date, files: { name: string; data: Buffer }[]) =>
    writeFileSync(join(inboxDir, name), buildEml({ date, received: [date], subject: `[TongKet] ${name}`, attachments: files }));
  eml('01-tamduong.eml', onTime, [{ name: 'LDLD-TAMDUONG_1563-TK-2023_r1.tongket', data: packageBytes(u('LDLD-TAMDUONG')) }]);
  eml('02-phongtho.eml', tooLate, [{ name: 'LDLD-PHONGTHO_1563-TK-2023_r1.tongket', data: packageBytes(u('LDLD-PHONGTHO')) }]);
  eml('03-muongte-r1.eml', new Date('2023-05-19T16:00:00+07:00'), [{ name: 'r1.tongket', data: packageBytes(u('LDLD-MUONGTE'), 1) }]);
  eml('04-muongte-r2.eml', new Date('2023-05-22T17:30:00+07:00'), [{ name: 'r2.tongket', data: packageBytes(u('LDLD-MUONGTE'), 2) }]);
  eml('05-cdvc.eml', onTime, [{ name: 'CDVC.tongket', data: packageBytes(u('CDVC-LAICHAU')) }]);
  eml('06-no-package.eml', onTime, [{ name: 'ghi-chu.txt', data: Buffer.from('không có gói') }]);
  writeFileSync(join(inboxDir, '07-namnhun.tongket'), packageBytes(u('LDLD-NAMNHUN')));
  writeFileSync(join(inboxDir, '08-thanuyen-sua.tongket'), tampered(packageBytes(u('LDLD-THANUYEN'))));
  writeFileSync(join(inboxDir, '09-ghi-chu.txt'), 'tệp không liên quan');
}, 240_000);

describe('province inbox', () => {
  let lines: ImportLine[];

  it('imports files and e-mails in one call, with a result line for each', () => {
    // Sìn Hồ's package is handed over as a plain file: received now, long after the deadline.
    const r = tongket(['--data', province, '--json', 'import', inboxDir, packageOf(units['LDLD-SINHO'] as UnitSide)]);
    expect(r.code).toBe(1); // one package was rejected
    lines = JSON.parse(r.stdout) as ImportLine[];
    const bySource = (s: string) => lines.find((l) => l.source.startsWith(s));
    expect(bySource('01-tamduong.eml')).toMatchObject({ outcome: 'accepted', unitCode: 'LDLD-TAMDUONG' });
    expect(bySource('02-phongtho.eml')).toMatchObject({ outcome: 'accepted', unitCode: 'LDLD-PHONGTHO' });
    expect(bySource('03-muongte-r1.eml')).toMatchObject({ outcome: 'accepted', revision: 1 });
    expect(bySource('04-muongte-r2.eml')).toMatchObject({ outcome: 'superseded', revision: 2, previousRevision: 1 });
    expect(bySource('05-cdvc.eml')).toMatchObject({ outcome: 'accepted', unitCode: 'CDVC-LAICHAU' });
    expect(bySource('06-no-package.eml')).toMatchObject({ outcome: 'skipped' });
    expect(bySource('07-namnhun.tongket')).toMatchObject({ outcome: 'held', fingerprint: units['LDLD-NAMNHUN']?.fingerprint });
    expect(bySource('08-thanuyen-sua.tongket')).toMatchObject({ outcome: 'rejected', code: 'E_HASH' });
    expect(bySource('09-ghi-chu.txt')).toMatchObject({ outcome: 'skipped' });
    expect(bySource('LDLD-SINHO')).toMatchObject({ outcome: 'accepted' });
    expect(lines).toHaveLength(10);
    for (const l of lines) expect(l.message).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/);
  });

  it('shows exactly the expected statuses in the tracker', () => {
    const rows = json<TrackerRow[]>(['--data', province, '--json', 'status']);
    const status = Object.fromEntries(rows.map((r) => [r.unitCode, r.status]));
    expect(status).toEqual({
      'LDLD-TAMDUONG': 'on-time',
      'LDLD-PHONGTHO': 'late',
      'LDLD-SINHO': 'late',
      'LDLD-MUONGTE': 'on-time',
      'LDLD-NAMNHUN': 'missing',
      'LDLD-THANUYEN': 'missing',
      'LDLD-TANUYEN': 'missing',
      'LDLD-TPLAICHAU': 'missing',
      'CDVC-LAICHAU': 'on-time',
    });
    const muongte = rows.find((r) => r.unitCode === 'LDLD-MUONGTE');
    expect(muongte).toMatchObject({ revision: 2, signer: 'CHỦ TỊCH Người Ký Thử', receivedAt: new Date('2023-05-22T17:30:00+07:00').toISOString(), receivedBasis: 'mail-server' });
    expect(rows.find((r) => r.unitCode === 'LDLD-NAMNHUN')?.held).toBe(1);
    expect(rows.find((r) => r.unitCode === 'LDLD-TANUYEN')?.deadline).toBe('2023-05-22');
  });

  it('importing the same files again changes nothing', () => {
    const before = snapshotDatabase(databasePath(province));
    const again = JSON.parse(tongket(['--data', province, '--json', 'import', join(inboxDir, '01-tamduong.eml')]).stdout) as ImportLine[];
    expect(again).toMatchObject([{ outcome: 'duplicate' }]);
    expect(snapshotDatabase(databasePath(province))).toEqual(before);
  });

  it('a rejected package changes no row', () => {
    const before = snapshotDatabase(databasePath(province));
    const r = tongket(['--data', province, 'import', join(inboxDir, '08-thanuyen-sua.tongket')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/TỪ CHỐI.*E_HASH/);
    expect(snapshotDatabase(databasePath(province))).toEqual(before);
  });

  it('releases a held package once a person confirms the key by its fingerprint', () => {
    const namnhun = units['LDLD-NAMNHUN'] as UnitSide;
    const held = lines.find((l) => l.outcome === 'held') as ImportLine;
    const wrong = tongket(['--data', province, 'key', 'confirm', held.keyId as string, '--fingerprint', '0000-0000-0000-0000']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('E_FINGERPRINT');
    const ok = tongket(['--data', province, 'key', 'confirm', held.keyId as string, '--fingerprint', namnhun.fingerprint]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('Đã nhận lần gửi 1 của LDLD-NAMNHUN');
    const rows = json<TrackerRow[]>(['--data', province, '--json', 'status']);
    expect(rows.find((r) => r.unitCode === 'LDLD-NAMNHUN')).toMatchObject({ status: 'late', held: 0 });
  });

  it('sends receipts back: the units see acceptance, or the comments and a new revision', () => {
    const receipts = join(root, 'receipts');
    const acc = tongket(['--data', province, 'receipt', 'accept', 'LDLD-TAMDUONG', '--out', receipts]);
    expect(acc.code, acc.stderr).toBe(0);
    const ret = tongket(['--data', province, 'receipt', 'return', 'LDLD-PHONGTHO', '--comment', 'Đề nghị kiểm tra lại phụ lục', '--field', 'pl.chairs.end=Chưa khớp sổ theo dõi', '--out', receipts]);
    expect(ret.code, ret.stderr).toBe(0);
    const rows = json<TrackerRow[]>(['--data', province, '--json', 'status']);
    expect(rows.find((r) => r.unitCode === 'LDLD-TAMDUONG')?.status).toBe('accepted');
    expect(rows.find((r) => r.unitCode === 'LDLD-PHONGTHO')).toMatchObject({ status: 'returned', comment: 'Đề nghị kiểm tra lại phụ lục' });

    // The units trust the province's key (its .pub, fingerprint read over the phone), then import.
    const provPub = join(root, 'LDLD-LAICHAU.pub');
    const provKey = JSON.parse(tongket(['--data', province, '--json', 'key', 'export', '--out', provPub]).stdout) as { fingerprint: string };
    const receiptOf = (code: string) => filesIn(receipts).find((f) => f.startsWith(code)) as string;
    expect(receiptOf('LDLD-TAMDUONG')).toMatch(/_chap-nhan\.tongket-receipt$/);
    expect(receiptOf('LDLD-PHONGTHO')).toMatch(/_tra-lai\.tongket-receipt$/);
    for (const code of ['LDLD-TAMDUONG', 'LDLD-PHONGTHO']) {
      const u = units[code] as UnitSide;
      expect(tongket(['--data', u.data, 'key', 'register', provPub, '--confirm', provKey.fingerprint]).code).toBe(0);
      const imp = tongket(['--data', u.data, 'import', join(receipts, receiptOf(code))]);
      expect(imp.code, imp.stdout).toBe(0);
      expect(imp.stdout).toContain('BIÊN NHẬN');
    }
    const tam = json<ReceiptStatus>(['--data', (units['LDLD-TAMDUONG'] as UnitSide).data, '--json', 'status']);
    expect(tam).toMatchObject({ decision: 'accepted', revision: 1, issuerName: 'Liên đoàn Lao động tỉnh Lai Châu' });
    const phongtho = units['LDLD-PHONGTHO'] as UnitSide;
    const status = tongket(['--data', phongtho.data, 'status']);
    expect(status.stdout).toContain('ĐÃ TRẢ LẠI');
    expect(status.stdout).toContain('Tổng số chủ tịch CĐCS (T) (Tháng 5/2023): Chưa khớp sổ theo dõi');
    // The returned report reopens as revision 2, with the province's comment as the reason.
    expect(tongket(['--data', phongtho.data, 'draft', 'show']).stdout).toMatch(/lần gửi 2 \(đang soạn\)/);
  });

  it('refuses a package from a revoked key, keeping what was accepted before', () => {
    const cdvc = units['CDVC-LAICHAU'] as UnitSide;
    const keys = json<{ keyId: string; unitCode: string }[]>(['--data', province, '--json', 'key', 'list']);
    const keyId = keys.find((k) => k.unitCode === 'CDVC-LAICHAU')?.keyId as string;
    expect(tongket(['--data', province, 'key', 'revoke', keyId]).code).toBe(0);
    reviseUnit(cdvc, 'Sửa lỗi chính tả');
    const r = tongket(['--data', province, 'import', packageOf(cdvc, 2)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('E_KEY_REVOKED');
    const rows = json<TrackerRow[]>(['--data', province, '--json', 'status']);
    expect(rows.find((x) => x.unitCode === 'CDVC-LAICHAU')).toMatchObject({ status: 'on-time', revision: 1 });
  });

  it('refuses packages at a unit that has no units below it', () => {
    const tam = units['LDLD-TAMDUONG'] as UnitSide;
    const r = tongket(['--data', tam.data, 'import', packageOf(units['LDLD-SINHO'] as UnitSide)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('E_NOT_RECEIVING');
  });
});
