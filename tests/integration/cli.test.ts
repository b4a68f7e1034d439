// The `tongket` command end to end: the real bundle in a child process, a real data folder.
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databasePath } from '../../electron/services/data-dir';
import { campaign1563 } from '../../shared/campaign/builtin/campaign-1563';
import type { ReportValues } from '../../shared/report/values';
import { validateReport } from '../../shared/validation/engine';
import { tongket } from '../helpers/cli';
import { listFiles, snapshotDatabase } from '../helpers/db-snapshot';
import { BAD_SAMPLE, GOOD_SAMPLE, fixturePath, readFixture } from '../helpers/fixtures';
import { useTempDirs } from '../helpers/temp';

const tempDir = useTempDirs();

function setUpUnit(unit = 'LDLD-TAMDUONG'): string {
  const data = join(tempDir(), 'data');
  const r = tongket(['--data', data, 'setup', '--unit', unit, '--signer', 'Lò Văn Minh', '--title', 'CHỦ TỊCH']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return data;
}

describe('tongket --help', () => {
  it('lists the commands in Vietnamese', () => {
    const r = tongket(['--help']);
    expect(r.code).toBe(0);
    for (const cmd of ['setup', 'units', 'draft']) expect(r.stdout).toMatch(new RegExp(`^\\s+${cmd}\\b`, 'm'));
    expect(r.stdout).toContain('Cách dùng:');
    expect(r.stdout).toContain('--data');
  });

  it('exits 2 on a command line it does not understand', () => {
    expect(tongket(['draft', 'frobnicate']).code).toBe(2);
    expect(tongket(['--bogus']).code).toBe(2);
  });
});

describe('a district report from setup to check', () => {
  it('sets up, loads the sample, checks clean, and round-trips through show --json', () => {
    const data = setUpUnit();
    const load = tongket(['--data', data, 'draft', 'load', fixturePath(GOOD_SAMPLE)]);
    expect(load.stderr).toBe('');
    expect(load.code).toBe(0);
    expect(load.stdout).toMatch(/Đã nạp báo cáo/);

    const check = tongket(['--data', data, 'draft', 'check']);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/0 lỗi/);

    const shown = tongket(['--data', data, 'draft', 'show', '--json']);
    expect(shown.code).toBe(0);
    const printed = JSON.parse(shown.stdout) as ReturnType<typeof readFixture>;
    const sample = readFixture(GOOD_SAMPLE);
    expect(printed.values).toEqual(sample.values);
    expect(printed.explanations).toEqual(sample.explanations);

    // Loading exactly what was printed changes nothing, not even the audit trail.
    const file = join(tempDir(), 'printed.json');
    writeFileSync(file, shown.stdout);
    const before = snapshotDatabase(databasePath(data));
    const again = tongket(['--data', data, 'draft', 'load', file]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/: 0 thay đổi/);
    expect(snapshotDatabase(databasePath(data))).toEqual(before);

    const human = tongket(['--data', data, 'draft', 'show']);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('1. Kết quả thực hiện các chỉ tiêu của Chương trình');
    expect(human.stdout).toContain('Tổng số chủ tịch CĐCS (T) (Tháng 5/2023): 43');
  });

  it('reads the data folder from TONGKET_DATA', () => {
    const data = setUpUnit();
    const r = tongket(['units', 'list'], { env: { TONGKET_DATA: data } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('LDLD-TAMDUONG');
  });

  it('makes check fail on the broken sample and prints each broken rule in Vietnamese', () => {
    const data = setUpUnit('LDLD-PHONGTHO');
    expect(tongket(['--data', data, 'draft', 'load', fixturePath(BAD_SAMPLE)]).code).toBe(0);
    const check = tongket(['--data', data, 'draft', 'check']);
    expect(check.code).toBe(3);
    const sample = readFixture(BAD_SAMPLE);
    const expected = validateReport(campaign1563.template, sample.values as ReportValues, sample.explanations).issues;
    expect(expected.length).toBeGreaterThanOrEqual(5);
    for (const issue of expected) expect(check.stdout).toContain(issue.message);
    expect(check.stdout).toMatch(/4 lỗi/);

    const json = tongket(['--data', data, '--json', 'draft', 'check']);
    expect(json.code).toBe(3);
    expect((JSON.parse(json.stdout) as { errorCount: number }).errorCount).toBe(4);
  });
});

describe('the unit directory', () => {
  it('lists the default units and adds a sector union, refusing duplicates and unknown parents', () => {
    const data = setUpUnit();
    const list = tongket(['--data', data, 'units', 'list']);
    for (const code of ['LDLD-TAMDUONG', 'LDLD-SINHO', 'CDVC-LAICHAU']) expect(list.stdout).toContain(code);
    const add = ['--data', data, 'units', 'add', '--code', 'CDN-XAYDUNG', '--name', 'Công đoàn ngành Xây dựng tỉnh Lai Châu', '--short-name', 'CĐ ngành Xây dựng', '--level', 'cd-cap-tren', '--parent', 'LDLD-LAICHAU', '--place', 'Lai Châu'];
    expect(tongket(add).code).toBe(0);
    const dup = tongket(add);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toContain('E_UNIT_EXISTS');
    const orphan = tongket(['--data', data, 'units', 'add', '--code', 'CDN-Y', '--name', 'Y', '--level', 'cd-cap-tren', '--parent', 'KHONG-CO', '--place', 'Lai Châu']);
    expect(orphan.code).toBe(1);
    expect(orphan.stderr).toContain('E_UNIT_UNKNOWN');
    const badCode = tongket(['--data', data, 'units', 'add', '--code', 'cđ ngành', '--name', 'Y', '--level', 'cd-cap-tren', '--place', 'Lai Châu']);
    expect(badCode.code).toBe(1);
    expect(badCode.stderr).toMatch(/E_INPUT.*Mã đơn vị chỉ gồm/s);
    expect(tongket(['--data', data, 'setup', '--unit', 'CDN-XAYDUNG']).stdout).toContain('Công đoàn ngành Xây dựng tỉnh Lai Châu');
  });
});

describe('bad input is refused with a clear message and changes nothing', () => {
  const sample = (): Record<string, unknown> => JSON.parse(readFileSync(fixturePath(GOOD_SAMPLE), 'utf8')) as Record<string, unknown>;
  const withValue = (key: string, value: unknown) => {
    const s = sample();
    (s.values as Record<string, unknown>)[key] = value;
    return JSON.stringify(s);
  };
  const cases: { name: string; content: string; code: string; says: RegExp }[] = [
    { name: 'malformed JSON', content: '{"format": "tongket.draft/1",', code: 'E_JSON', says: /không phải JSON hợp lệ/ },
    { name: 'truncated file', content: readFileSync(fixturePath(GOOD_SAMPLE), 'utf8').slice(0, 3000), code: 'E_JSON', says: /bị cắt cụt/ },
    { name: 'unknown top-level key', content: JSON.stringify({ ...sample(), extra: 1 }), code: 'E_DRAFT_FORMAT', says: /khóa không được phép: extra/ },
    { name: 'unknown field', content: withValue('s11.extra', 1), code: 'E_FIELD_VALUE', says: /values\.s11\.extra: không có ô này/ },
    { name: 'text where a number belongs', content: withValue('s5.courses', '14'), code: 'E_FIELD_VALUE', says: /Số lớp đào tạo.*phải là một số/i },
    { name: 'negative count', content: withValue('pl.chairs.end', -3), code: 'E_FIELD_VALUE', says: /Tổng số chủ tịch CĐCS \(T\).*âm/ },
    { name: 'fractional count', content: withValue('s7.admitted', 2.5), code: 'E_FIELD_VALUE', says: /kết nạp vào Đảng.*số nguyên/ },
    { name: 'report of an unknown unit', content: JSON.stringify({ ...sample(), unitCode: 'LDLD-KHONGCO' }), code: 'E_UNIT_MISMATCH', says: /LDLD-KHONGCO/ },
    { name: 'wrong format tag', content: JSON.stringify({ ...sample(), format: 'other/1' }), code: 'E_DRAFT_FORMAT', says: /tongket\.draft\/1/ },
  ];
  for (const c of cases) {
    it(`draft load: ${c.name}`, () => {
      const data = setUpUnit();
      expect(tongket(['--data', data, 'draft', 'load', fixturePath(GOOD_SAMPLE)]).code).toBe(0);
      const file = join(tempDir(), 'input.json');
      writeFileSync(file, c.content);
      const before = snapshotDatabase(databasePath(data));
      const r = tongket(['--data', data, 'draft', 'load', file]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`[${c.code}]`);
      expect(r.stderr).toMatch(c.says);
      expect(snapshotDatabase(databasePath(data))).toEqual(before);
    });
  }

  it('a file that does not exist', () => {
    const data = setUpUnit();
    const r = tongket(['--data', data, 'draft', 'load', join(data, 'khong-co.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/E_FILE_READ.*ENOENT/);
  });

  it('an unknown unit code at setup', () => {
    const data = setUpUnit();
    const before = snapshotDatabase(databasePath(data));
    const r = tongket(['--data', data, 'setup', '--unit', 'LDLD-KHONGCO']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/E_UNIT_UNKNOWN.*LDLD-KHONGCO/);
    expect(snapshotDatabase(databasePath(data))).toEqual(before);
  });

  it('setup without a passphrase for the signing key', () => {
    const data = join(tempDir(), 'data');
    const r = tongket(['--data', data, 'setup', '--unit', 'LDLD-TAMDUONG'], { env: { TONGKET_PASSPHRASE: undefined } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/E_PASSPHRASE.*TONGKET_PASSPHRASE/);
    expect(tongket(['--data', data, 'draft', 'check']).stderr).toContain('E_NOT_SETUP');
  });

  it('a missing data folder', () => {
    const missing = join(tempDir(), 'khong-co');
    const r = tongket(['--data', missing, 'draft', 'show']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/E_DATA_MISSING.*Không tìm thấy thư mục dữ liệu/);
    expect(listFiles(missing)).toEqual([]);
  });

  it('a draft command before setup', () => {
    const data = join(tempDir(), 'empty');
    mkdirSync(data);
    const r = tongket(['--data', data, 'draft', 'check']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/E_NOT_SETUP.*tongket setup/);
  });

  it('a read-only data folder', () => {
    const data = setUpUnit();
    const parent = join(data, '..');
    // As root, permission bits do not bind: meet the folder as an ordinary user, as an office PC would.
    const asOther = process.getuid?.() === 0 ? { uid: 65534 } : {};
    chmodSync(parent, 0o755);
    chmodSync(data, 0o555);
    try {
      const before = snapshotDatabase(databasePath(data));
      const r = tongket(['--data', data, 'draft', 'load', fixturePath(GOOD_SAMPLE)], asOther);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/E_DATA_READONLY.*chỉ đọc/);
      expect(snapshotDatabase(databasePath(data))).toEqual(before);
    } finally {
      chmodSync(data, 0o755);
    }
  });
});
