// The campaign workbook through real .xlsx files (SPEC §9): the built-in 1563 campaign exported and
// built back deep-equal — also after LibreOffice has opened and re-saved the file, so that a file only
// exceljs can read would fail — a second campaign authored by the test builds and validates reports,
// and every bad workbook is refused with its sheet, row, column and a sentence saying how to fix it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CampaignBook } from '../../shared/campaign/book';
import { campaign1563 } from '../../shared/campaign/builtin/campaign-1563';
import { CampaignBookSchema } from '../../shared/campaign/schema';
import { aggregate } from '../../shared/aggregate/index';
import { buildCampaign, campaignToRows, type WorkbookProblem } from '../../shared/campaign/workbook/index';
import { validateReport } from '../../shared/validation/engine';
import { checkWorkbook, writeCampaignWorkbook, type WorkbookCheck } from '../../electron/services/campaigns/workbook';
import { soffice } from '../documents/helpers';
import { refusal } from '../helpers/refusal';
import { useTempDirs } from '../helpers/temp';
import { UNION_CAMPAIGN_ID, UNION_UNITS, unionReportValues, unionSheets, unionWorkbookBytes, type UnionSheets } from '../helpers/union-campaign';

const tempDir = useTempDirs();
const builtin: CampaignBook = { campaign: campaign1563, issue: 1, units: [] };

const built = (r: WorkbookCheck): CampaignBook => {
  if (!r.ok) throw new Error(JSON.stringify(r.problems, null, 1));
  return r.book;
};

async function problemsOf(overrides: Partial<UnionSheets>): Promise<WorkbookProblem[]> {
  const r = await checkWorkbook(await unionWorkbookBytes(unionSheets(overrides)), 'dot-moi.xlsx');
  if (r.ok) throw new Error('the workbook was accepted');
  return r.problems;
}

/** The sheet with one more row (or a row replaced): Excel row numbers follow from the position. */
const withRow = (sheet: string, row: (string | number | Date | null)[], at?: number): (string | number | Date | null)[][] => {
  const rows = [...(unionSheets()[sheet] ?? [])];
  if (at === undefined) rows.push(row);
  else rows[at - 1] = row;
  return rows;
};

describe('the built-in 1563 campaign', () => {
  it('round-trips through an .xlsx file exactly', async () => {
    const file = join(tempDir(), '1563.xlsx');
    await writeCampaignWorkbook(builtin, file);
    expect(built(await checkWorkbook(readFileSync(file), '1563.xlsx'))).toStrictEqual(builtin);
  });

  it('round-trips after LibreOffice opened and re-saved the workbook', async () => {
    const dir = tempDir();
    const file = join(dir, '1563.xlsx');
    await writeCampaignWorkbook(builtin, file);
    const out = join(dir, 'lo');
    await soffice([file], 'xlsx:Calc Office Open XML', out);
    const resaved = readFileSync(join(out, '1563.xlsx'));
    expect(resaved.equals(readFileSync(file))).toBe(false);
    expect(built(await checkWorkbook(resaved, '1563.xlsx'))).toStrictEqual(builtin);
  }, 240_000);

  it('is written for clerks: every sheet with a bold frozen header, widths and wrapped text', async () => {
    const file = join(tempDir(), '1563.xlsx');
    await writeCampaignWorkbook(builtin, file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Đợt báo cáo', 'Văn bản căn cứ', 'Thời hạn', 'Mục', 'Trường', 'Cột bảng', 'Dòng gợi ý', 'Thời điểm', 'Chỉ tiêu', 'Quy tắc', 'Đơn vị']);
    const rules = wb.getWorksheet('Quy tắc');
    expect(rules?.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(rules?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(rules?.getColumn(6).width).toBeGreaterThan(40);
    expect(rules?.getRow(2).getCell(2).alignment?.wrapText).toBe(true);
    const periods = wb.getWorksheet('Thời điểm');
    expect([2, 3].map((r) => periods?.getRow(r).values)).toEqual([
      [undefined, 'start', 'Tháng 10/2019', '10/2019'],
      [undefined, 'end', 'Tháng 5/2023', '05/2023'],
    ]);
  });
});

describe('a second campaign authored in a workbook: the union six-month report', () => {
  it('is checked and built: one point in time, its own sections, fields, indicators, rules and units', async () => {
    const book = built(await checkWorkbook(await unionWorkbookBytes(), 'so-ket.xlsx'));
    const { campaign, units } = book;
    expect(campaign.id).toBe(UNION_CAMPAIGN_ID);
    expect(campaign.period).toEqual({ from: '2027-01', to: '2027-06' });
    expect(campaign.deadlines[0]).toEqual({ levelId: 'cd-cap-tren', finish: '2027-06-20', send: '2027-06-25', sendTo: 'Ban Tổ chức', recipients: ['LĐLĐ tỉnh (Ban Tổ chức)', 'Lưu VT'] });
    expect(campaign.template.appendix.periods).toEqual([{ id: 'cuoi_ky', label: 'Tháng 6/2027', month: '2027-06' }]);
    expect(campaign.template.appendix.guidance).toEqual(['Số liệu tính đến ngày 30/6/2027.', 'Lấy từ phần mềm quản lý đoàn viên.']);
    expect(campaign.template.appendix.groups.map((g) => [g.id, g.indicators.map((i) => i.id)])).toEqual([
      ['g1', ['cdcs', 'doan_vien', 'nu', 'ty_le_nu']],
      ['g2', ['lao_dong', 'chua_vao']],
    ]);
    expect(campaign.template.sections.map((s) => s.fields.map((f) => f.key))).toEqual([
      ['s1.tinh_hinh', 's1.doan_vien_moi', 's1.cdcs_moi'],
      ['s2.ho_tro', 's2.luot_ho_tro', 's2.hinh_thuc', 's2.hoat_dong'],
      ['s3.phuong_huong', 's3.kien_nghi'],
    ]);
    const [narrative] = campaign.template.sections[0]?.fields ?? [];
    expect(narrative).toEqual({ kind: 'narrative', key: 's1.tinh_hinh', label: 'Tình hình chung', help: 'Đánh giá ngắn gọn, có số liệu.', maxLength: 20_000, placeholder: 'Ví dụ: Trong 6 tháng, …' });
    const table = campaign.template.sections[1]?.fields[3];
    expect(table).toMatchObject({
      kind: 'table',
      optional: true,
      maxRows: 20,
      columns: [
        { id: 'ten', kind: 'text', maxLength: 300, required: true },
        { id: 'ngay', kind: 'date' },
        { id: 'ke_hoach', kind: 'number', integer: true, unit: 'người' },
        { id: 'so_nguoi', kind: 'number', integer: true, unit: 'người' },
      ],
      computed: [
        { id: 'ty_le', kind: 'rate', numerator: 'so_nguoi', denominator: 'ke_hoach' },
        { id: 'danh_gia', kind: 'status', numerator: 'so_nguoi', denominator: 'ke_hoach' },
      ],
      suggestedRows: [
        { ten: 'Thăm hỏi đoàn viên ốm đau', ngay: null, ke_hoach: null, so_nguoi: null },
        { ten: 'Tháng Công nhân', ngay: '2027-05-01', ke_hoach: 1200, so_nguoi: null },
      ],
    });
    expect(campaign.template.rules.find((r) => r.id === 'ho_tro_binh_quan')).toMatchObject({
      severity: 'warning',
      left: { ref: 's2.ho_tro' },
      op: '<=',
      right: { mul: [{ num: 5_000_000 }, { ref: 's2.luot_ho_tro' }] },
      when: { left: { add: [{ ref: 's2.luot_ho_tro' }] }, op: '>', right: { num: 0 } },
    });
    expect(units.map((u) => u.code)).toEqual([...UNION_UNITS]);
    expect(units[2]).toEqual({ code: 'CDX-BINHLU', name: 'Công đoàn xã Bình Lư', shortName: 'CĐ xã Bình Lư', levelId: 'cd-cap-tren', parentCode: 'LDLD-LAICHAU', place: 'Bình Lư' });
    // And it round-trips like the built-in one, and through JSON as a campaign file will carry it.
    expect(buildCampaign(campaignToRows(book))).toStrictEqual({ ok: true, book });
    expect(CampaignBookSchema.parse(JSON.parse(JSON.stringify(book)))).toStrictEqual(book);
  });

  it('validates a report of it with the existing engine', async () => {
    const { template } = built(await checkWorkbook(await unionWorkbookBytes(), 'so-ket.xlsx')).campaign;
    const good = unionReportValues();
    expect(validateReport(template, good as never).issues).toEqual([]);
    const bad = validateReport(template, { ...good, 'pl.nu.cuoi_ky': 500, 's2.ho_tro': 200_000_000 } as never);
    expect(bad.issues.map((i) => [i.ruleId, i.severity, i.message])).toEqual([
      ['nu_le_doan_vien', 'error', 'Số đoàn viên nữ (500) nhiều hơn tổng số đoàn viên (420). Hãy sửa lại một trong hai ô.'],
      ['ho_tro_binh_quan', 'warning', 'Kinh phí hỗ trợ (200.000.000 đồng) bình quân hơn 5 triệu đồng một lượt (mức 150.000.000). Nếu đúng, hãy ghi lý do.'],
    ]);
    expect(bad.issues[0]?.fields).toEqual(['pl.nu.cuoi_ky', 'pl.doan_vien.cuoi_ky']);
    expect(bad.unexplainedCount).toBe(1);
    // The condition: with no support given, the average is not judged.
    expect(validateReport(template, { ...good, 's2.ho_tro': 1, 's2.luot_ho_tro': 0 } as never).issues).toEqual([]);
    const off = validateReport(template, { ...good, 'pl.lao_dong.cuoi_ky': 600 } as never);
    expect(off.issues.map((i) => i.message)).toEqual(['Đoàn viên cộng người chưa vào công đoàn lệch 80 người so với số người lao động (mức cho phép 30). Nếu đúng, hãy ghi lý do.']);
  });
  it('is added up by the province engine over its one point in time', async () => {
    const { template } = built(await checkWorkbook(await unionWorkbookBytes(), 'so-ket.xlsx')).campaign;
    const reports = UNION_UNITS.map((_, i) => ({ templateId: template.id, templateVersion: 1, values: unionReportValues(i + 1), explanations: {} }));
    const agg = aggregate({
      template,
      basis: 'received',
      expected: UNION_UNITS.map((code) => ({ code, name: code })),
      candidates: UNION_UNITS.map((unitCode, i) => ({
        inboxId: i + 1,
        unitCode,
        revision: 1,
        manifestSha256: String(i).padStart(64, 'a'),
        packageSha256: String(i).padStart(64, 'b'),
        state: 'current' as const,
        review: null,
        receivedAt: '2027-06-21T02:00:00.000Z',
      })),
      reportOf: (id) => reports[id - 1] ?? null,
    });
    expect(agg.counts).toEqual({ expected: 3, counted: 3, notCounted: 0, missing: 0 });
    expect(agg.totals['pl.doan_vien.cuoi_ky']?.value).toBe(420 * 6);
    expect(agg.totals['s2.ho_tro']?.value).toBe(15_000_000 * 6);
    expect(agg.indicators.find((l) => l.indicatorId === 'ty_le_nu')).toMatchObject({ values: [(180 / 420) * 100], changes: [] });
  });
});

const place = (p: WorkbookProblem) => [p.sheet, p.row, p.column];

async function expectUnreadable(p: Promise<unknown>, words: string): Promise<void> {
  const e = await refusal(p);
  expect(e.code).toBe('E_WORKBOOK');
  expect(e.message).toContain(words);
}

describe('bad workbooks are refused with the place and a fix', () => {
  it('a missing sheet, and missing columns', async () => {
    const all = unionSheets();
    const bytes = await unionWorkbookBytes(Object.fromEntries(Object.entries(all).filter(([name]) => name !== 'Mục')));
    const r = await checkWorkbook(bytes, 'x.xlsx');
    expect(r.ok ? [] : r.problems.map(place)).toEqual([['Mục', null, null]]);
    expect(r.ok ? '' : r.problems[0]?.message).toContain('Thiếu trang «Mục». Hãy thêm trang này');

    const cols = await problemsOf({ 'Quy tắc': (all['Quy tắc'] ?? []).map((row) => row.slice(0, 3)) });
    expect(cols.map(place)).toEqual(['Vế phải', 'Mức', 'Thông báo', 'Ô hiển thị', 'Điều kiện'].map((c) => ['Quy tắc', 1, c]));
    expect(cols[0]?.message).toBe('Trang «Quy tắc» thiếu cột «Vế phải». Hãy thêm cột này vào dòng tiêu đề (dòng 1), đúng tên như trong mẫu.');
  });

  it('finds sheets and headers whatever their case, spacing or Unicode form, and reads texts as NFC', async () => {
    const all = unionSheets();
    const expected = built(await checkWorkbook(await unionWorkbookBytes(all), 'x.xlsx'));
    // Decomposed Vietnamese (as some Mac and web tools write it), upper-case sheet names, stray spaces.
    const nfd = (v: string | number | Date | null) => (typeof v === 'string' ? v.normalize('NFD') : v);
    const decomposed = Object.fromEntries(
      Object.entries(all).map(([name, rows]) => [`  ${name.normalize('NFD').toUpperCase()} `, rows.map((r, i) => r.map((v) => (i === 0 && typeof v === 'string' ? ` ${v.toLowerCase().normalize('NFD')}` : nfd(v))))]),
    );
    expect(JSON.stringify(decomposed)).not.toContain('Tình hình');
    expect(built(await checkWorkbook(await unionWorkbookBytes(decomposed), 'x.xlsx'))).toStrictEqual(expected);
  });

  it('duplicate field keys, indicator ids and rule ids', async () => {
    const problems = await problemsOf({
      Trường: withRow('Trường', [1, 'cdcs_moi', 'số nguyên', 'Trùng', 'CĐCS', null, null, null, null, null, null, null]),
      'Chỉ tiêu': withRow('Chỉ tiêu', ['Người lao động', 'nu', 'Nữ lao động', 'người', 1, null, null, null]),
      'Quy tắc': withRow('Quy tắc', ['nu_le_doan_vien', 'pl.nu.cuoi_ky', '<=', 'pl.lao_dong.cuoi_ky', 'lỗi', 'Trùng mã.', 'pl.nu.cuoi_ky', null]),
    });
    expect(problems.map(place)).toEqual([
      ['Trường', 11, 'Mã'],
      ['Chỉ tiêu', 8, 'Mã'],
      ['Quy tắc', 7, 'Mã'],
    ]);
    expect(problems[0]?.message).toBe('Mã «s1.cdcs_moi» đã dùng cho trường khác (thứ 3). Mỗi trường cần một mã riêng: hãy đổi một trong hai.');
  });

  it('a rule naming a field that does not exist, or a ratio indicator', async () => {
    const problems = await problemsOf({
      'Quy tắc': withRow('Quy tắc', ['sai', 'pl.nu.cuoi_nam + s1.doan_vien', '<=', 'pl.ty_le_nu.cuoi_ky', 'lỗi', 'Sai.', 's9.khong_co', 's1.tinh_hinh > 0']),
    });
    expect(problems.map((p) => [...place(p), p.message])).toEqual([
      ['Quy tắc', 7, 'Vế trái', 'Không có trường nào mã «pl.nu.cuoi_nam». Hãy ghi mã có thật: s<số mục>.<mã trường> hoặc pl.<mã chỉ tiêu>.<mã thời điểm>.'],
      ['Quy tắc', 7, 'Vế trái', 'Không có trường nào mã «s1.doan_vien». Hãy ghi mã có thật: s<số mục>.<mã trường> hoặc pl.<mã chỉ tiêu>.<mã thời điểm>.'],
      ['Quy tắc', 7, 'Vế phải', '«pl.ty_le_nu.cuoi_ky» là chỉ tiêu tỷ lệ, được tính chứ không nhập: hãy so sánh tử số và mẫu số của nó.'],
      ['Quy tắc', 7, 'Ô hiển thị', 'Ô hiển thị «s9.khong_co» không có trong mẫu: hãy ghi mã một trường có thật.'],
      ['Quy tắc', 7, 'Điều kiện', 'Trường «s1.tinh_hinh» không phải trường số (số nguyên hoặc tiền) nên không dùng được trong phép so sánh.'],
    ]);
  });

  it('a ratio over a missing indicator, a self-reference and a cycle', async () => {
    const rows = unionSheets()['Chỉ tiêu'] ?? [];
    const problems = await problemsOf({
      'Chỉ tiêu': [
        ...rows,
        ['Tỷ lệ', 'ty_le_dv', 'Tỷ lệ đoàn viên', '%', 1, 'tỷ lệ', 'doan_vien', 'nguoi_lao_dong'],
        ['Tỷ lệ', 'tu_than', 'Tự tính', '%', 1, 'tỷ lệ', 'tu_than', 'lao_dong'],
        ['Tỷ lệ', 'vong_a', 'Vòng A', '%', 1, 'tỷ lệ', 'vong_b', 'lao_dong'],
        ['Tỷ lệ', 'vong_b', 'Vòng B', '%', 1, 'tỷ lệ', 'vong_a', 'lao_dong'],
      ],
      'Cột bảng': withRow('Cột bảng', ['s2.hoat_dong', 'ty_le', 'Tỷ lệ tham gia (%)', 'tỷ lệ', null, null, 'ty_le', 'ke_hoach', null], 6),
    });
    expect(problems.map((p) => [...place(p), p.message])).toEqual([
      ['Cột bảng', 6, 'Tử số', 'Cột tính «ty_le» lấy chính nó làm tử số hoặc mẫu số. Hãy chọn mã của một cột số của bảng.'],
      ['Chỉ tiêu', 8, 'Mẫu số', 'Không có một chỉ tiêu nhập số (cách tổng hợp «cộng») nào mã «nguoi_lao_dong». Hãy ghi mã của một chỉ tiêu nhập số (cách tổng hợp «cộng») đã khai báo.'],
      ['Chỉ tiêu', 9, 'Tử số', 'Chỉ tiêu tỷ lệ «tu_than» lấy chính nó làm tử số hoặc mẫu số. Hãy chọn mã của một chỉ tiêu nhập số (cách tổng hợp «cộng»).'],
      ['Chỉ tiêu', 10, 'Tử số', 'Chỉ tiêu tỷ lệ «vong_a» tạo thành vòng tròn qua «vong_b»: hai cột, dòng tính từ nhau. Hãy lấy tử số, mẫu số là một chỉ tiêu nhập số (cách tổng hợp «cộng»).'],
      ['Chỉ tiêu', 11, 'Tử số', 'Chỉ tiêu tỷ lệ «vong_b» tạo thành vòng tròn qua «vong_a»: hai cột, dòng tính từ nhau. Hãy lấy tử số, mẫu số là một chỉ tiêu nhập số (cách tổng hợp «cộng»).'],
    ]);
  });

  it('no sections, no points in time', async () => {
    const problems = await problemsOf({ Mục: [['Số', 'Tiêu đề', 'Hướng dẫn']], 'Thời điểm': [['Mã', 'Nhãn', 'Tháng']], Trường: [unionSheets()['Trường']?.[0] ?? []], 'Cột bảng': [unionSheets()['Cột bảng']?.[0] ?? []], 'Dòng gợi ý': [['Trường']], 'Quy tắc': [unionSheets()['Quy tắc']?.[0] ?? []] });
    expect(problems.map((p) => [...place(p), p.message])).toEqual([
      ['Mục', null, null, 'Mẫu chưa có mục nào: hãy thêm các mục ở trang «Mục».'],
      ['Thời điểm', null, null, 'Phụ lục chưa có thời điểm nào: hãy thêm ít nhất một dòng ở trang «Thời điểm».'],
    ]);
  });

  it('a section without fields, and a field of a section that does not exist', async () => {
    const problems = await problemsOf({
      Mục: withRow('Mục', [4, 'Kiến nghị', null]),
      Trường: withRow('Trường', [7, 'thu', 'đoạn văn', 'Thừa', null, null, null, null, null, null, null, null]),
    });
    expect(problems.map((p) => [...place(p), p.message])).toEqual([
      ['Mục', 5, 'Số', 'Mục 4 chưa có trường nào: hãy thêm ít nhất một trường (ví dụ một «đoạn văn») ở trang «Trường», hoặc bỏ mục này.'],
      ['Trường', 11, 'Mục', 'Không có mục số 7 ở trang «Mục»: hãy ghi số của một mục có thật.'],
    ]);
  });

  it('text in number cells, words that are not kinds, and cells that do not apply to the kind', async () => {
    const problems = await problemsOf({
      Trường: withRow('Trường', [1, 'them', 'số nguyên', 'Thêm', 'người', 'mười nghìn', 'chưa', null, null, 'a = b', null, 'trung bình']),
      'Cột bảng': withRow('Cột bảng', ['s2.hoat_dong', 'ghi_chu', 'Ghi chú', 'văn bản', null, null, null, null, null]),
      'Dòng gợi ý': withRow('Dòng gợi ý', ['s2.hoat_dong', 'Hội thao', null, 'một trăm', null, 'x']),
    });
    expect(problems.map(place)).toEqual([
      ['Trường', 11, 'Tối đa'],
      ['Trường', 11, 'Không bắt buộc'],
      ['Trường', 11, 'Các lựa chọn'],
      ['Trường', 11, 'Cách tổng hợp'],
      ['Cột bảng', 8, 'Loại'],
      ['Dòng gợi ý', 4, 'ke_hoach'],
    ]);
    const byColumn = Object.fromEntries(problems.map((p) => [p.column, p.message]));
    expect(byColumn['Tối đa']).toBe('«mười nghìn» không phải là một số: hãy ghi chỉ chữ số, ví dụ 1.000 hoặc 1000 (dấu phẩy hoặc dấu chấm thập phân).');
    expect(byColumn['Các lựa chọn']).toBe('Cột «Các lựa chọn» không dùng cho loại «số nguyên»: hãy để trống ô này.');
    expect(byColumn['Loại']).toContain('«văn bản» không phải là một loại: hãy ghi một trong «chữ», «số», «số nguyên», «ngày», «tỷ lệ», «đạt/không đạt».');
  });

  it('dates and months that do not exist', async () => {
    const problems = await problemsOf({
      'Văn bản căn cứ': withRow('Văn bản căn cứ', ['13/KH-LĐLĐ', '30/02/2027', 'LĐLĐ tỉnh', 'Kế hoạch']),
      'Thời hạn': withRow('Thời hạn', ['cd-co-so', '31/06/2027', null, null, null, null]),
      'Thời điểm': withRow('Thời điểm', ['sau', 'Tháng 13/2027', '13/2027']),
    });
    expect(problems.map((p) => [...place(p), p.message])).toEqual([
      ['Văn bản căn cứ', 3, 'Ngày', 'Ngày 30/02/2027 không có thật (tháng 2/2027 không có ngày 30): hãy sửa lại.'],
      ['Thời hạn', 4, 'Hoàn thành', 'Ngày 31/06/2027 không có thật (tháng 6/2027 không có ngày 31): hãy sửa lại.'],
      ['Thời điểm', 3, 'Tháng', '«13/2027» không phải là một tháng: hãy ghi theo dạng mm/yyyy, ví dụ 06/2027.'],
    ]);
  });

  it('identifiers that could be misread, and a campaign id that cannot name a file', async () => {
    const settings = withRow('Đợt báo cáo', ['Mã đợt', '6t cd 2027'], 2);
    const problems = await problemsOf({
      'Đợt báo cáo': settings,
      Trường: withRow('Trường', [1, 'so-lop', 'số nguyên', 'Số lớp', 'lớp', null, null, null, null, null, null, null]),
    });
    expect(problems.map((p) => [...place(p), p.message])).toEqual([
      ['Đợt báo cáo', 2, 'Giá trị', 'Mã đợt «6t cd 2027» chưa đúng: mã đợt chỉ gồm chữ in hoa không dấu (A–Z), chữ số và dấu gạch ngang, ví dụ 6T-CD-2027.'],
      ['Trường', 11, 'Mã', 'Mã trường «so-lop» chưa đúng: mã chỉ gồm chữ thường không dấu (a–z), chữ số và dấu gạch dưới, bắt đầu bằng một chữ, ví dụ so_lop; khóa của trường là s1.ma.'],
    ]);
  });

  it('formulas and merged cells', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await unionWorkbookBytes()) as unknown as ArrayBuffer);
    const fields = wb.getWorksheet('Trường');
    if (fields) {
      fields.getCell('F3').value = { formula: '500*2', result: 1000 } as ExcelJS.CellFormulaValue;
      // Places are named as SPEC §9 writes them, whatever case the file uses.
      fields.name = 'TRƯỜNG'.normalize('NFD');
      fields.getCell('F1').value = 'tối đa';
    }
    wb.getWorksheet('Mục')?.mergeCells('B2:C2');
    const r = await checkWorkbook(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer), 'x.xlsx');
    const problems = r.ok ? [] : r.problems;
    expect(problems.map(place)).toEqual([
      ['Mục', 2, 'Tiêu đề'],
      ['Trường', 3, 'Tối đa'],
    ]);
    expect(problems[0]?.message).toContain('Các ô B2:C2 đang được gộp');
    expect(problems[1]?.message).toContain('Ô này chứa công thức');
  });

  it('10,000 rows in a sheet', async () => {
    const rows = unionSheets()['Đơn vị'] ?? [];
    const many = [...rows, ...Array.from({ length: 10_000 }, (_, i) => [`CDX-X${i}`, `Công đoàn xã ${i}`, `CĐ xã ${i}`, 'cd-cap-tren', 'LDLD-LAICHAU', `Xã ${i}`])];
    const problems = await problemsOf({ 'Đơn vị': many });
    expect(problems.map((p) => [...place(p), p.message])).toEqual([
      ['Đơn vị', null, null, 'Trang «Đơn vị» có 10.004 dòng có dữ liệu, quá 5.000 dòng cho phép. Hãy xóa các dòng thừa; một đợt báo cáo không cần nhiều dòng như vậy.'],
    ]);
    // Few rows, but one far down the sheet.
    const far = [...rows];
    far[19_999] = ['CDX-XA', 'Công đoàn xã Xa', 'CĐ xã Xa', 'cd-cap-tren', 'LDLD-LAICHAU', 'Xa'];
    const farProblems = await problemsOf({ 'Đơn vị': far });
    expect(farProblems.map(place)).toEqual([['Đơn vị', 20_000, null]]);
    expect(farProblems[0]?.message).toBe('Trang «Đơn vị» có dữ liệu ở dòng 20.000, quá 5.000 dòng cho phép. Hãy xóa các dòng thừa ở cuối trang.');
  });

  it('a password-protected workbook', async () => {
    const bytes = readFileSync(new URL('../fixtures/workbooks/encrypted.xlsx', import.meta.url));
    await expectUnreadable(checkWorkbook(bytes, 'mat-khau.xlsx'), 'sổ tính được đặt mật khẩu. Hãy mở trong Excel, bỏ mật khẩu');
  });

  it('a damaged, empty or foreign file', async () => {
    const good = await unionWorkbookBytes();
    await expectUnreadable(checkWorkbook(good.subarray(0, Math.floor(good.length / 2)), 'cat-cut.xlsx'), 'tệp bị hỏng hoặc bị cắt cụt');
    await expectUnreadable(checkWorkbook(Buffer.alloc(0), 'rong.xlsx'), 'tệp rỗng');
    await expectUnreadable(checkWorkbook(Buffer.from('Mã đợt;Tên đợt\n'), 'bang.csv'), 'không phải sổ tính .xlsx');
    const garbled = Buffer.from(good);
    garbled.fill(0x41, 200, 1200);
    await expectUnreadable(checkWorkbook(garbled, 'hong.xlsx'), 'Không đọc được sổ tính «hong.xlsx»');
  });
});

describe('a problem report lists every problem at once', () => {
  it('several sheets, in workbook order, each cell once', async () => {
    const problems = await problemsOf({
      'Quy tắc': withRow('Quy tắc', ['cung', 's1.cdcs_moi', '=>', 's1.cdcs_moi', 'nhẹ', 'Thông báo.', 's1.cdcs_moi', null]),
      'Thời điểm': withRow('Thời điểm', ['cuoi_ky', 'Tháng 6/2027', 'tháng 6'], 2),
      Mục: withRow('Mục', [1, '', null], 2),
    });
    expect(problems.map(place)).toEqual([
      ['Mục', 2, 'Tiêu đề'],
      ['Thời điểm', 2, 'Tháng'],
      ['Quy tắc', 7, 'So sánh'],
      ['Quy tắc', 7, 'Vế phải'],
      ['Quy tắc', 7, 'Mức'],
    ]);
    expect(problems[3]?.message).toBe('Vế phải giống hệt vế trái: quy tắc so sánh một giá trị với chính nó thì không kiểm tra được gì. Hãy sửa một vế.');
  });
});
