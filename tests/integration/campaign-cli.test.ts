// `tongket campaign workbook|check` with the real bundled CLI (SPEC §9): the built-in campaign as a
// workbook that checks clean, and a bad workbook listed by sheet, row and column, in text and JSON,
// with exit 1 and nothing written.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { campaign1563 } from '../../shared/campaign/builtin/campaign-1563';
import type { WorkbookProblem } from '../../shared/campaign/workbook/index';
import { checkWorkbook } from '../../electron/services/campaigns/workbook';
import { tongket } from '../helpers/cli';
import { useTempDirs } from '../helpers/temp';
import { unionSheets, writeUnionWorkbook } from '../helpers/union-campaign';

const tempDir = useTempDirs();

describe('tongket campaign workbook', () => {
  it('writes the built-in campaign as a workbook that checks clean and builds the same campaign', async () => {
    const dir = tempDir();
    const file = join(dir, 'mau-1563.xlsx');
    const r = tongket(['--data', join(dir, 'data'), 'campaign', 'workbook', '1563-TK-2023', '--out', file]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`Đã ghi sổ tính mẫu của đợt 1563-TK-2023 vào ${file}.`);
    const built = await checkWorkbook(readFileSync(file), 'mau-1563.xlsx');
    expect(built).toStrictEqual({ ok: true, book: { campaign: campaign1563, issue: 1, units: [] } });

    const check = tongket(['campaign', 'check', file]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('Sổ tính hợp lệ: đợt 1563-TK-2023');
    const json = tongket(['--json', 'campaign', 'check', file]);
    expect([json.code, JSON.parse(json.stdout)]).toEqual([0, []]);
  });

  it('refuses an unknown campaign and writes nothing', () => {
    const dir = tempDir();
    const file = join(dir, 'khong-co.xlsx');
    const r = tongket(['--data', join(dir, 'data'), 'campaign', 'workbook', 'KHONG-CO', '--out', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Không có đợt báo cáo «KHONG-CO»');
    expect(existsSync(file)).toBe(false);
  });
});

describe('tongket campaign check', () => {
  it('lists every problem by sheet, row and column, exits 1, and creates nothing', async () => {
    const dir = tempDir();
    const file = join(dir, 'so-ket-6t.xlsx');
    const rules = unionSheets()['Quy tắc'] ?? [];
    await writeUnionWorkbook(file, unionSheets({
      'Quy tắc': [...rules, ['sai', 's1.khong_co', '<=', '10', 'lỗi', 'Sai.', 's1.doan_vien_moi', null]],
      'Văn bản căn cứ': [['Số, ký hiệu', 'Ngày', 'Cơ quan ban hành', 'Trích yếu'], ['12/KH-LĐLĐ', '29/02/2027', 'LĐLĐ tỉnh', 'Kế hoạch']],
    }));
    const data = join(dir, 'data');
    const text = tongket(['--data', data, 'campaign', 'check', file]);
    expect(text.code).toBe(1);
    expect(text.stdout.trim().split('\n')).toEqual([
      'Văn bản căn cứ, dòng 2, cột «Ngày»: Ngày 29/02/2027 không có thật (tháng 2/2027 không có ngày 29): hãy sửa lại.',
      'Quy tắc, dòng 7, cột «Vế trái»: Không có trường nào mã «s1.khong_co». Hãy ghi mã có thật: s<số mục>.<mã trường> hoặc pl.<mã chỉ tiêu>.<mã thời điểm>.',
    ]);
    expect(text.stderr).toContain('Sổ tính có 2 lỗi; chưa tạo được đợt báo cáo.');

    const json = tongket(['--data', data, '--json', 'campaign', 'check', file]);
    expect(json.code).toBe(1);
    const problems = JSON.parse(json.stdout) as WorkbookProblem[];
    expect(problems.map((p) => Object.keys(p))).toEqual([
      ['sheet', 'row', 'column', 'message'],
      ['sheet', 'row', 'column', 'message'],
    ]);
    expect(problems.map((p) => [p.sheet, p.row, p.column])).toEqual([
      ['Văn bản căn cứ', 2, 'Ngày'],
      ['Quy tắc', 7, 'Vế trái'],
    ]);
    // Checking is reading only: no data folder, no database.
    expect(existsSync(data)).toBe(false);
  });

  it('refuses a file that is no workbook with exit 1 and a sentence', () => {
    const file = join(tempDir(), 'khong-phai.xlsx');
    const r = tongket(['campaign', 'check', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Lỗi [E_WORKBOOK]: Không mở được tệp');
    const enc = tongket(['campaign', 'check', new URL('../fixtures/workbooks/encrypted.xlsx', import.meta.url).pathname]);
    expect(enc.code).toBe(1);
    expect(enc.stderr).toContain('sổ tính được đặt mật khẩu');
  });
});
