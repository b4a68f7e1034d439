// The directory after July 2025 (SPEC §9) with the real CLI: a unit renamed keeps its code and shows
// its new name wherever it is shown; a retired unit keeps its history (its report still counted and
// readable), is marked in `units list --json`, cannot be listed in a new campaign, and a late package
// from it is imported with a warning line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Aggregate } from '../../shared/aggregate/types';
import type { ImportLine, TrackerRow } from '../../shared/api/inbox-types';
import { tongket, tongketOk } from '../helpers/cli';
import { writeUnionWorkbook } from '../helpers/union-campaign';
import { makeUnit, packageOf, type UnitSide } from '../helpers/unit-package';

let root: string;
let province: string;
const units: Record<string, UnitSide> = {};

const ok = (args: string[]): string => tongketOk(['--data', province, ...args]);
const json = <T>(args: string[]): T => JSON.parse(ok(['--json', ...args])) as T;

interface Listed {
  code: string;
  name: string;
  shortName: string;
  retired?: true;
  retiredAt?: string;
}
const listed = (): Listed[] => json<{ units: Listed[] }>(['units', 'list']).units;

afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tongket-directory-'));
  for (const code of ['LDLD-TAMDUONG', 'LDLD-PHONGTHO']) units[code] = makeUnit(root, code);
  province = join(root, 'province');
  ok(['setup', '--unit', 'LDLD-LAICHAU', '--signer', 'Nguyễn Thị Thiện']);
  for (const u of Object.values(units)) ok(['key', 'register', u.pubFile, '--confirm', u.fingerprint]);
}, 240_000);

describe('rename and retire units', () => {
  it('renames a unit: the code never changes, the new name shows in the list and the tracker', () => {
    const imported = json<ImportLine[]>(['import', packageOf(units['LDLD-TAMDUONG'] as UnitSide)]);
    expect(imported[0]?.outcome).toBe('accepted');

    const said = ok(['units', 'rename', 'LDLD-TAMDUONG', '--name', 'Công đoàn xã Tam Đường', '--short-name', 'CĐ xã Tam Đường']).trim();
    expect(said).toBe('Đã đổi LDLD-TAMDUONG: tên «Liên đoàn Lao động huyện Tam Đường» → «Công đoàn xã Tam Đường», tên ngắn «LĐLĐ huyện Tam Đường» → «CĐ xã Tam Đường». Mã đơn vị giữ nguyên.');
    const unit = listed().find((u) => u.code === 'LDLD-TAMDUONG');
    expect(unit).toMatchObject({ code: 'LDLD-TAMDUONG', name: 'Công đoàn xã Tam Đường', shortName: 'CĐ xã Tam Đường' });
    expect(unit?.retired).toBeUndefined();

    const row = json<TrackerRow[]>(['status']).find((r) => r.unitCode === 'LDLD-TAMDUONG');
    expect(row).toMatchObject({ unitName: 'CĐ xã Tam Đường', revision: 1, status: expect.not.stringMatching(/missing/) });
    // The aggregation names it by its new name, and still counts its report.
    const agg = json<Aggregate>(['province', 'aggregate', '--received']);
    expect(agg.units.find((u) => u.unitCode === 'LDLD-TAMDUONG')).toMatchObject({ unitName: 'CĐ xã Tam Đường', counted: true });
  });

  it('refuses a bad rename with the reason and changes nothing', () => {
    const r = tongket(['--data', province, 'units', 'rename', 'LDLD-TAMDUONG', '--name', '   ']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('E_INPUT');
    expect(listed().find((u) => u.code === 'LDLD-TAMDUONG')?.name).toBe('Công đoàn xã Tam Đường');
    const unknown = tongket(['--data', province, 'units', 'rename', 'LDLD-KHONGCO', '--name', 'Tên']);
    expect(unknown.stderr).toContain('E_UNIT_UNKNOWN');
  });

  it('retires a unit: marked in the list, its report kept and still counted', () => {
    const before = json<Aggregate>(['province', 'aggregate', '--received']).units.find((u) => u.unitCode === 'LDLD-TAMDUONG');
    expect(ok(['units', 'retire', 'LDLD-TAMDUONG'])).toContain('Các báo cáo cũ của đơn vị vẫn được giữ');
    expect(listed().find((u) => u.code === 'LDLD-TAMDUONG')).toMatchObject({ retired: true, retiredAt: expect.any(String) });
    expect(listed().find((u) => u.code === 'LDLD-PHONGTHO')?.retired).toBeUndefined();
    const row = json<TrackerRow[]>(['status']).find((r) => r.unitCode === 'LDLD-TAMDUONG');
    expect(row).toMatchObject({ unitName: 'CĐ xã Tam Đường', revision: 1 });
    expect(row?.notExpected).toBeUndefined();
    const after = json<Aggregate>(['province', 'aggregate', '--received']).units.find((u) => u.unitCode === 'LDLD-TAMDUONG');
    expect(after).toEqual(before);
    expect(after?.counted).toBe(true);
    // Retiring again changes nothing; this install's own unit cannot be retired.
    expect(ok(['units', 'retire', 'LDLD-TAMDUONG'])).toContain('đã thôi hoạt động từ trước');
    expect(tongket(['--data', province, 'units', 'retire', 'LDLD-LAICHAU']).stderr).toContain('E_UNIT_SELF');
  });

  it('a retired unit is no longer expected, and its late package imports with a warning line', () => {
    ok(['units', 'retire', 'LDLD-PHONGTHO']);
    expect(json<TrackerRow[]>(['status']).map((r) => r.unitCode)).not.toContain('LDLD-PHONGTHO');
    const r = tongket(['--data', province, 'import', packageOf(units['LDLD-PHONGTHO'] as UnitSide)]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Đã nhận lần gửi 1 của LDLD-PHONGTHO.');
    expect(r.stdout).toContain('Chú ý: LDLD-PHONGTHO đã thôi hoạt động trong danh mục');
    expect(json<TrackerRow[]>(['status']).find((x) => x.unitCode === 'LDLD-PHONGTHO')).toMatchObject({ revision: 1 });
  });

  it('a new campaign listing a retired unit is refused, naming the unit', async () => {
    ok(['units', 'add', '--code', 'CDP-DOANKET', '--name', 'Công đoàn phường Đoàn Kết', '--short-name', 'CĐ phường Đoàn Kết', '--level', 'cd-cap-tren', '--parent', 'LDLD-LAICHAU', '--place', 'Đoàn Kết']);
    ok(['units', 'retire', 'CDP-DOANKET']);
    const wb = join(root, 'dot.xlsx');
    await writeUnionWorkbook(wb);
    const r = tongket(['--data', province, 'campaign', 'issue', wb, '--out', join(root, 'campaign-out')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('E_UNIT_RETIRED');
    expect(r.stderr).toContain('CDP-DOANKET «Công đoàn phường Đoàn Kết»');
    expect(json<{ id: string }[]>(['campaign', 'list']).map((c) => c.id)).not.toContain('6T-CD-2027');
  });
});
