// `tongket units import|export` (SPEC §9): one sheet `Đơn vị`, six columns. Import adds new units and
// updates names, short names and places of existing ones — never a code or a parent — printing each change;
// a bad workbook is refused with its place and changes nothing.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { databasePath } from '../../electron/services/data-dir';
import { snapshotDatabase } from '../helpers/db-snapshot';
import { tongket, tongketOk } from '../helpers/cli';
import { useTempDirs } from '../helpers/temp';

const tempDir = useTempDirs();

const ok = (args: string[]): string => tongketOk(args);

async function rowsOf(file: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Đơn vị']);
  const out: unknown[][] = [];
  (wb.worksheets[0] as ExcelJS.Worksheet).eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

async function writeRows(file: string, rows: (string | null)[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Đơn vị');
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(file);
}

const HEADER = ['Mã', 'Tên', 'Tên ngắn', 'Cấp', 'Đơn vị cấp trên', 'Địa danh'];

describe('the directory as a workbook', () => {
  it('exports six columns, imports new communes and renames, never a code or a parent', async () => {
    const dir = tempDir();
    const data = join(dir, 'data');
    ok(['--data', data, 'setup', '--unit', 'LDLD-LAICHAU']);
    const out = join(dir, 'danh-muc.xlsx');
    ok(['--data', data, 'units', 'export', '--out', out]);
    const rows = await rowsOf(out);
    expect(rows[0]).toEqual(HEADER);
    expect(rows).toContainEqual(['LDLD-TAMDUONG', 'Liên đoàn Lao động huyện Tam Đường', 'LĐLĐ huyện Tam Đường', 'cd-cap-tren', 'LDLD-LAICHAU', 'Tam Đường']);

    const next = join(dir, 'moi.xlsx');
    await writeRows(next, [
      HEADER,
      ['CDP-TANPHONG', 'Công đoàn phường Tân Phong', 'CĐ phường Tân Phong', 'cd-cap-tren', 'LDLD-LAICHAU', 'Tân Phong'],
      ['CDCS-TANPHONG-1', 'Công đoàn cơ sở Trường Tiểu học Tân Phong', 'CĐCS TH Tân Phong', 'cdcs', 'CDP-TANPHONG', 'Tân Phong'],
      ['LDLD-TAMDUONG', 'Liên đoàn Lao động huyện Tam Đường (cũ)', 'LĐLĐ Tam Đường (cũ)', 'cd-cap-tren', 'TLD', 'Tam Đường'],
    ]);
    const printed = ok(['--data', data, 'units', 'import', next]).trim().split('\n');
    expect(printed).toEqual([
      'Sửa LDLD-TAMDUONG: tên «Liên đoàn Lao động huyện Tam Đường» → «Liên đoàn Lao động huyện Tam Đường (cũ)», tên ngắn «LĐLĐ huyện Tam Đường» → «LĐLĐ Tam Đường (cũ)».',
      'Không đổi cấp trên hoặc cấp của LDLD-TAMDUONG (ở đây LDLD-LAICHAU / cd-cap-tren, sổ tính ghi TLD / cd-cap-tren).',
      'Thêm CDP-TANPHONG «Công đoàn phường Tân Phong» thuộc LDLD-LAICHAU.',
      'Thêm CDCS-TANPHONG-1 «Công đoàn cơ sở Trường Tiểu học Tân Phong» thuộc CDP-TANPHONG.',
      'Xong: 3 thay đổi.',
    ]);
    const units = JSON.parse(ok(['--data', data, '--json', 'units', 'list'])) as { units: { code: string; parentCode: string | null; name: string }[] };
    expect(units.units.find((u) => u.code === 'LDLD-TAMDUONG')).toMatchObject({ parentCode: 'LDLD-LAICHAU', name: 'Liên đoàn Lao động huyện Tam Đường (cũ)' });
    expect(units.units.find((u) => u.code === 'CDCS-TANPHONG-1')?.parentCode).toBe('CDP-TANPHONG');
  });

  it('refuses a bad workbook with its place, and changes nothing', async () => {
    const dir = tempDir();
    const data = join(dir, 'data');
    ok(['--data', data, 'setup', '--unit', 'LDLD-LAICHAU']);
    const before = snapshotDatabase(databasePath(data));
    const bad = join(dir, 'sai.xlsx');
    await writeRows(bad, [
      HEADER,
      ['CDP-TANPHONG', 'Công đoàn phường Tân Phong', 'CĐ phường Tân Phong', 'cd-cap-tren', 'LDLD-LAICHAU', 'Tân Phong'],
      ['cdp thường', 'Công đoàn sai mã', 'CĐ sai', 'cd-cap-tren', 'LDLD-LAICHAU', 'Sai'],
      ['CDP-TANPHONG', 'Trùng', 'Trùng', 'cd-cap-tren', 'LDLD-LAICHAU', 'Trùng'],
    ]);
    const r = tongket(['--data', data, 'units', 'import', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Đơn vị, dòng 3, cột «Mã»');
    expect(r.stderr).toContain('Đơn vị, dòng 4, cột «Mã»: Mã «CDP-TANPHONG» đã có ở dòng 2.');
    expect(snapshotDatabase(databasePath(data))).toEqual(before);
  });
});
