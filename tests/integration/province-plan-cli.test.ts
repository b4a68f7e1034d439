// The rest of the province's plan (issue 16, Plan 447 §IV.1) through the real `tongket` command: survey
// visits with findings quoted into the province's report and the survey report; units ranked for the
// conference by rates recomputed from each unit's own parts, the chosen ones with a reason and their
// list; the units' commendation proposals compiled, edited with the originals kept, exported. Every
// document is converted by LibreOffice and its text checked.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ratePercent } from '../../shared/format/vi';
import { formatPercent } from '../../shared/format/vi';
import type { CommendationsView, SpeakerCriterion, SpeakersView, SurveyVisit } from '../../shared/plan/types';
import { soffice } from '../documents/helpers';
import { runCli } from '../../electron/cli/main';
import { TEST_PASSPHRASE, tongket } from '../helpers/cli';
import { importInto, makeWorld, unitExports } from '../helpers/province-world';
import { variedValues } from '../helpers/province-sample';

// Tam Đường and Phong Thổ are accepted; Sìn Hồ is received, not accepted.
const UNITS = ['LDLD-TAMDUONG', 'LDLD-PHONGTHO', 'LDLD-SINHO'];
let root: string;
let data: string;

/** The command in this process (the same program as bin/tongket.js, without a process start per call). */
async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['--data', data, ...args], { out: (s) => out.push(s), err: (s) => err.push(s), env: { TONGKET_PASSPHRASE: TEST_PASSPHRASE }, cwd: root });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}
const ok = async (args: string[]): Promise<string> => {
  const r = await run(args);
  expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r.stdout;
};
const json = async <T>(args: string[]): Promise<T> => JSON.parse(await ok(['--json', ...args])) as T;
const refused = async (args: string[], code: string): Promise<string> => {
  const r = await run(args);
  expect(r.code, r.stdout).toBe(1);
  expect(r.stderr).toContain(`[${code}]`);
  return r.stderr;
};

/** LibreOffice's text of a DOCX (or of every sheet of an XLSX, as CSV), spaces folded. */
async function textOf(file: string, format: 'txt:Text' | 'csv:Text - txt - csv (StarCalc):44,34,76'): Promise<string> {
  const outDir = mkdtempSync(join(root, 'lo-'));
  await soffice([file], format, outDir);
  const name = file.replace(/^.*\//, '').replace(/\.(docx|xlsx)$/, format.startsWith('csv') ? '.csv' : '.txt');
  return readFileSync(join(outDir, name), 'utf8').replace(/\s+/g, ' ');
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tongket-plan-cli-'));
  const w = await makeWorld(root);
  const files = [];
  for (const [i, code] of UNITS.entries()) files.push({ name: `${code}.tongket`, bytes: await unitExports(w, code, i) });
  const lines = await importInto(w, files);
  expect(lines.every((l) => l.outcome === 'accepted')).toBe(true);
  for (const code of UNITS.slice(0, 2)) await w.province.api.issueReceipt({ unitCode: code, decision: 'accepted', comment: '', fields: [] });
  data = w.province.dataDir;
  w.close();
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('tongket province --help', () => {
  it('lists the plan\'s three commands, in the real process', () => {
    const r = tongket(['province', '--help']);
    expect(r.code).toBe(0);
    for (const c of ['survey', 'speakers', 'commendations']) expect(r.stdout).toMatch(new RegExp(`^\\s+${c} `, 'm'));
    expect(tongket(['province', 'speakers', '--help']).stdout).toContain('criteria');
  });
});

describe('tongket province survey', () => {
  it('plans visits with dates as people write them, and refuses a wrong date or a visit that ends before it starts', async () => {
    const v = await json<SurveyVisit>(['province', 'survey', 'add', '--unit', 'LDLD-TAMDUONG', '--from', '05/6/2023', '--to', '07/06/2023', '--team', 'Nguyễn Văn Hùng – Trưởng ban TC-KT', '--team', 'Lò Thị Mai']);
    expect(v).toMatchObject({ unitCode: 'LDLD-TAMDUONG', unitName: 'LĐLĐ huyện Tam Đường', dateFrom: '2023-06-05', dateTo: '2023-06-07', team: ['Nguyễn Văn Hùng – Trưởng ban TC-KT', 'Lò Thị Mai'] });
    expect(await refused(['province', 'survey', 'add', '--unit', 'LDLD-PHONGTHO', '--from', '31/02/2023', '--team', 'A'], 'E_INPUT')).toContain('Ngày chưa đúng');
    expect(await refused(['province', 'survey', 'add', '--unit', 'LDLD-PHONGTHO', '--from', '09/06/2023', '--to', '08/06/2023', '--team', 'A'], 'E_INPUT')).toContain('Ngày kết thúc phải bằng hoặc sau ngày bắt đầu');
    expect(await refused(['province', 'survey', 'add', '--unit', 'LDLD-PHONGTHO', '--from', '09/06/2023'], 'E_INPUT')).toContain('ít nhất một thành viên');
    await json<SurveyVisit>(['province', 'survey', 'add', '--unit', 'LDLD-PHONGTHO', '--from', '12/6/2023', '--team', 'Nguyễn Văn Hùng']);
  });

  it('records findings per unit linked to a report field, and quotes one into the province report with its source', async () => {
    const [tam] = await json<SurveyVisit[]>(['province', 'survey', 'list']);
    if (!tam) throw new Error('no visit');
    const withFinding = await json<SurveyVisit>(['province', 'survey', 'finding', String(tam.id), '--field', 's5.narrative', '--text', 'Các lớp tập huấn chủ tịch CĐCS được tổ chức đều đặn; tài liệu sát thực tế doanh nghiệp.']);
    const finding = withFinding.findings[0];
    expect(finding).toMatchObject({ fieldKey: 's5.narrative', fieldLabel: expect.any(String), quotedInto: [] });
    await refused(['province', 'survey', 'finding', String(tam.id), '--field', 's99.nothing', '--text', 'X'], 'E_FIELD_UNKNOWN');
    await refused(['province', 'survey', 'finding', '999', '--text', 'X'], 'E_SURVEY_UNKNOWN');

    await ok(['province', 'survey', 'quote', String(finding?.id), '--field', 's8.strengths']);
    const draft = JSON.parse(await ok(['draft', 'show', '--json'])) as { values: Record<string, unknown> };
    expect(draft.values['s8.strengths']).toContain('Qua khảo sát tại LĐLĐ huyện Tam Đường: Các lớp tập huấn chủ tịch CĐCS');
    const after = await json<SurveyVisit[]>(['province', 'survey', 'list']);
    expect(after[0]?.findings[0]?.quotedInto).toEqual(['s8.strengths']);
    expect(await ok(['province', 'survey'])).toContain('đã trích vào s8.strengths');
  });

  it('writes the survey report in the administrative format, read back by LibreOffice', async () => {
    const out = join(root, 'khao-sat');
    const r = await json<{ files: { name: string }[] }>(['province', 'survey', 'report', '--out', out]);
    expect(r.files.map((f) => f.name)).toEqual(['LDLD-LAICHAU_1563-TK-2023_bao-cao-khao-sat.docx']);
    const text = await textOf(join(out, r.files[0]?.name ?? ''), 'txt:Text');
    for (const s of [
      'LĐLĐ TỈNH LAI CHÂU',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số:',
      'BÁO CÁO',
      'Kết quả khảo sát phục vụ tổng kết Chương trình 1563/CTr-TLĐ',
      '1. Thời gian, thành phần đoàn khảo sát',
      'LĐLĐ huyện Tam Đường',
      '05/6/2023 – 07/6/2023',
      'Nguyễn Văn Hùng – Trưởng ban TC-KT; Lò Thị Mai',
      'LĐLĐ huyện Phong Thổ',
      '(chưa ghi kết quả khảo sát tại đơn vị này)',
      'Các lớp tập huấn chủ tịch CĐCS được tổ chức đều đặn',
      '(Liên quan đến nội dung:',
      'Nơi nhận:',
      'Nguyễn Thị Thiện',
    ]) {
      expect(text, s).toContain(s);
    }
  }, 120_000);
});

describe('tongket province speakers', () => {
  it('offers the template rates and numbers as criteria, and refuses one it does not have', async () => {
    const criteria = await json<SpeakerCriterion[]>(['province', 'speakers', 'criteria']);
    expect(criteria).toContainEqual({ id: 'rate:party_rate:end', label: 'Tỷ lệ đảng viên (Tháng 5/2023)', kind: 'rate', unit: '%' });
    expect(criteria.map((c) => c.id)).toContain('s5.chairs_trained');
    expect(await refused(['province', 'speakers', 'criteria', 'rate:nothing'], 'E_CRITERION_UNKNOWN')).toContain('rate:nothing');
  });

  it('ranks the counted units by each unit’s own rate, computed from its parts', async () => {
    const v = await json<SpeakersView>(['province', 'speakers', 'criteria', 'rate:party_rate:end', 's5.chairs_trained']);
    const expected = UNITS.slice(0, 2)
      .map((code, i) => ({ code, rate: ratePercent(variedValues(i)['pl.party.end'] as number, variedValues(i)['pl.chairs.end'] as number) }))
      .sort((a, b) => (b.rate ?? 0) - (a.rate ?? 0));
    expect(v.rows.map((r) => r.unitCode)).toEqual(expected.map((e) => e.code));
    expect(v.rows.map((r) => r.values[0])).toEqual(expected.map((e) => e.rate));
    expect(v.rows.map((r) => r.rank)).toEqual([1, 2]);
    // Sìn Hồ is not accepted: not ranked on the accepted basis, ranked on the received one.
    expect((await json<SpeakersView>(['province', 'speakers', '--received'])).rows.map((r) => r.unitCode)).toContain('LDLD-SINHO');
  });

  it('marks the chosen units with a reason, refuses a unit not counted, and writes the list', async () => {
    const v = await json<SpeakersView>(['province', 'speakers', 'choose', 'LDLD-PHONGTHO', '--reason', 'Tỷ lệ chủ tịch CĐCS là đảng viên cao nhất, nhiều cách làm hay trong đào tạo.']);
    expect(v.rows.find((r) => r.unitCode === 'LDLD-PHONGTHO')).toMatchObject({ chosen: true, reason: expect.stringContaining('đảng viên cao nhất') });
    await refused(['province', 'speakers', 'choose', 'LDLD-SINHO', '--reason', 'Thử chọn đơn vị chưa được chấp nhận'], 'E_UNIT_UNKNOWN');
    await refused(['province', 'speakers', 'choose', 'LDLD-TAMDUONG', '--reason', 'x'], 'E_INPUT');
    await ok(['province', 'speakers', 'quote', '--field', 's10.orientations']);
    const draft = JSON.parse(await ok(['draft', 'show', '--json'])) as { values: Record<string, unknown> };
    expect(draft.values['s10.orientations']).toContain('- LĐLĐ huyện Phong Thổ: Tỷ lệ chủ tịch CĐCS là đảng viên cao nhất');

    const out = join(root, 'tham-luan');
    const r = await json<{ files: { name: string }[] }>(['province', 'speakers', 'document', '--out', out]);
    const text = await textOf(join(out, r.files[0]?.name ?? ''), 'txt:Text');
    const rate = v.rows.find((x) => x.unitCode === 'LDLD-PHONGTHO')?.values[0] ?? 0;
    for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'DANH SÁCH', 'báo cáo tham luận', 'LĐLĐ huyện Phong Thổ', 'đảng viên cao nhất', formatPercent(rate), 'Tỷ lệ đảng viên (Tháng 5/2023)']) {
      expect(text, s).toContain(s);
    }
    expect(text).not.toContain('LĐLĐ huyện Tam Đường');
  }, 120_000);
});

describe('tongket province commendations', () => {
  it('compiles the counted units’ proposals into one table, with who proposed each', async () => {
    const v = await json<CommendationsView>(['province', 'commendations']);
    expect(v.rows.map((r) => [r.name, r.proposedBy])).toEqual([
      // Units in the directory's order (by name): Phong Thổ, then Tam Đường.
      ['Lò Văn Thắng', 'LDLD-PHONGTHO'],
      ['Tẩn Thị Mẩy', 'LDLD-PHONGTHO'],
      ['Lò Văn Thắng', 'LDLD-TAMDUONG'],
      ['Tẩn Thị Mẩy', 'LDLD-TAMDUONG'],
    ]);
    expect(v.rows.every((r) => !r.edited && r.original !== null)).toBe(true);
  });

  it('stores the province’s edits beside the originals, leaves rows out, adds its own, and takes an edit back', async () => {
    const [first, , , fourth] = (await json<CommendationsView>(['province', 'commendations'])).rows;
    if (!first || !fourth) throw new Error('rows');
    let v = await json<CommendationsView>(['province', 'commendations', 'edit', first.key, '--position', 'Chủ tịch CĐCS Công ty TNHH Xây dựng Thắng Lợi']);
    expect(v.rows[0]).toMatchObject({ name: 'Lò Văn Thắng', position: 'Chủ tịch CĐCS Công ty TNHH Xây dựng Thắng Lợi', edited: true, original: { position: 'Chủ tịch Công đoàn cơ sở' } });
    v = await json<CommendationsView>(['province', 'commendations', 'edit', fourth.key, '--exclude']);
    expect(v.rows[3]).toMatchObject({ excluded: true, edited: false });
    v = await json<CommendationsView>(['province', 'commendations', 'add', '--name', 'Hoàng Văn Sơn', '--position', 'Chủ tịch CĐCS', '--unit', 'Công ty CP Thủy điện Nậm Na', '--achievement', 'Thương lượng thành công thỏa ước có lợi hơn luật.']);
    expect(v.rows[4]).toMatchObject({ name: 'Hoàng Văn Sơn', proposedBy: 'LDLD-LAICHAU', original: null, edited: true });
    await refused(['province', 'commendations', 'add', '--position', 'Không tên'], 'E_INPUT');
    await refused(['province', 'commendations', 'edit', 'f'.repeat(64) + ':9', '--name', 'X'], 'E_COMMENDATION_UNKNOWN');
    // An edit taken back: the unit's original again.
    await json<CommendationsView>(['province', 'commendations', 'edit', first.key, '--name', 'Lò Văn Thắng (tạm)']);
    v = await json<CommendationsView>(['province', 'commendations', 'reset', first.key]);
    expect(v.rows[0]).toMatchObject({ name: 'Lò Văn Thắng', position: 'Chủ tịch Công đoàn cơ sở', edited: false });
    await json<CommendationsView>(['province', 'commendations', 'edit', first.key, '--position', 'Chủ tịch CĐCS Công ty TNHH Xây dựng Thắng Lợi']);
    expect(await ok(['province', 'commendations'])).toContain('Bản gốc: Lò Văn Thắng — Chủ tịch Công đoàn cơ sở');
  });

  it('exports the edited table as DOCX and XLSX, read back by LibreOffice', async () => {
    const out = join(root, 'khen-thuong');
    const r = await json<{ files: { name: string }[] }>(['province', 'commendations', 'export', '--out', out]);
    expect(r.files.map((f) => f.name)).toEqual(['LDLD-LAICHAU_1563-TK-2023_khen-thuong.docx', 'LDLD-LAICHAU_1563-TK-2023_khen-thuong.xlsx']);
    const docx = await textOf(join(out, r.files[0]?.name ?? ''), 'txt:Text');
    const csv = await textOf(join(out, r.files[1]?.name ?? ''), 'csv:Text - txt - csv (StarCalc):44,34,76');
    for (const text of [docx, csv]) {
      expect(text).toContain('Chủ tịch CĐCS Công ty TNHH Xây dựng Thắng Lợi');
      expect(text).toContain('Hoàng Văn Sơn');
      expect(text).toContain('LĐLĐ huyện Tam Đường');
      // Tam Đường's second proposal was left out: that name appears once (Phong Thổ's).
      expect(text.split('Tẩn Thị Mẩy').length - 1).toBe(1);
    }
    for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'DANH SÁCH', 'Họ và tên', 'Chức vụ', 'Thành tích', 'Đơn vị đề nghị']) expect(docx, s).toContain(s);
    expect(csv).toContain('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG');
  }, 120_000);
});
