// The rest of the province's plan in the real window (issue 16), over a province whose units sent
// their reports (Tam Đường and Phong Thổ accepted, Sìn Hồ received): a survey visit planned, a finding
// recorded and quoted into the province's report, the survey report written; units ranked by a rate
// and one chosen with a reason; the commendation proposals edited, one left out, one added; every
// document read back by LibreOffice.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { soffice } from '../documents/helpers';
import { TEST_PASSPHRASE } from '../helpers/cli';
import { importInto, makeWorld, unitExports } from '../helpers/province-world';
import { screenshot } from './support/artifacts';
import { seriousViolations } from './support/axe';
import { launchBrowser, type Browser } from './support/browser';
import { startTestHost, type TestHost } from './support/host';
import { preparePage } from './support/session';
import { PlanPage } from './pages/plan-page';

const UNITS = ['LDLD-TAMDUONG', 'LDLD-PHONGTHO', 'LDLD-SINHO'];
let root: string;
let browser: Browser;
let host: TestHost;
let page: Page;
let plan: PlanPage;

/** LibreOffice's text of a written file, spaces folded. */
async function textOf(file: string, format: string, ext: string): Promise<string> {
  const out = mkdtempSync(join(root, 'lo-'));
  await soffice([file], format, out);
  return readFileSync(join(out, file.replace(/^.*\//, '').replace(/\.\w+$/, ext)), 'utf8').replace(/\s+/g, ' ');
}

/** The file named in the page's notice ("Đã ghi X.docx, X.xlsx vào …"), in the host's export folder. */
async function writtenFiles(): Promise<string[]> {
  const text = await plan.noticeText();
  return [...text.matchAll(/[\w-]+\.(?:docx|xlsx)/g)].map((m) => join(host.exportsDir, m[0]));
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tongket-e2e-plan-'));
  const w = await makeWorld(root);
  const files = [];
  for (const [i, code] of UNITS.entries()) files.push({ name: `${code}.tongket`, bytes: await unitExports(w, code, i) });
  await importInto(w, files);
  for (const code of UNITS.slice(0, 2)) await w.province.api.issueReceipt({ unitCode: code, decision: 'accepted', comment: '', fields: [] });
  const dataDir = w.province.dataDir;
  w.close();
  host = await startTestHost({ dataDir, passphrase: TEST_PASSPHRASE });
  browser = await launchBrowser();
  page = await preparePage(await browser.context.newPage());
  plan = new PlanPage(page);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('survey visits in the window', () => {
  it('plans a visit, records a finding linked to a field, quotes it into the province report and writes the survey report', async () => {
    await plan.open(host.url);
    await plan.nav('Kế hoạch').click();
    await page.getByRole('heading', { name: 'Kế hoạch tổng kết của tỉnh' }).waitFor();
    expect(await plan.tab(/Khảo sát/).getAttribute('aria-current')).toBe('page');

    await plan.planVisit('LĐLĐ huyện Tam Đường', '05/06/2023', '07/06/2023', ['Nguyễn Văn Hùng – Trưởng ban TC-KT', 'Lò Thị Mai'], 'Khảo sát việc đào tạo chủ tịch CĐCS.');
    await plan.planVisit('LĐLĐ huyện Phong Thổ', '12/06/2023', '', ['Nguyễn Văn Hùng']);
    const tam = plan.visit('LĐLĐ huyện Tam Đường');
    expect(await tam.getByRole('heading').first().textContent()).toBe('LĐLĐ huyện Tam Đường · 05/6/2023 – 07/6/2023');
    expect(await tam.textContent()).toContain('Nguyễn Văn Hùng – Trưởng ban TC-KT; Lò Thị Mai');

    const finding = 'Các lớp tập huấn chủ tịch CĐCS được tổ chức đều đặn; tài liệu sát thực tế doanh nghiệp.';
    await plan.addFinding('LĐLĐ huyện Tam Đường', finding, /^5\. Nội dung, hình thức/);
    expect(await tam.getByTestId('survey-finding').textContent()).toContain('Liên quan: Nội dung, hình thức, kết quả đào tạo, bồi dưỡng');
    await plan.quoteFinding('LĐLĐ huyện Tam Đường', finding, /^8\. Ưu điểm/);
    const draft = await host.services.api.getDraft({});
    expect(draft.values['s8.strengths']).toBe(`Qua khảo sát tại LĐLĐ huyện Tam Đường: ${finding}`);

    // A visit that ends before it starts is refused with the services' sentence, nothing saved.
    await page.selectOption('#survey-unit', { label: 'LĐLĐ huyện Sìn Hồ' });
    await page.fill('#survey-from', '20/06/2023');
    await page.fill('#survey-to', '19/06/2023');
    await page.fill('#survey-team', 'Lò Thị Mai');
    await page.getByRole('button', { name: 'Lưu chuyến khảo sát' }).click();
    await expect.poll(() => plan.notice.textContent()).toContain('Ngày kết thúc phải bằng hoặc sau ngày bắt đầu');
    expect(await page.inputValue('#survey-team')).toBe('Lò Thị Mai');
    expect(await page.getByTestId('survey-visit').count()).toBe(2);

    await screenshot(page, 'province-survey');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /Xuất «Báo cáo kết quả khảo sát»/ }).click();
    await expect.poll(() => plan.notice.textContent()).toContain('bao-cao-khao-sat.docx');
    const [docx] = await writtenFiles();
    const text = await textOf(docx ?? '', 'txt:Text', '.txt');
    for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'BÁO CÁO', 'Kết quả khảo sát', '05/6/2023 – 07/6/2023', 'Nguyễn Văn Hùng – Trưởng ban TC-KT; Lò Thị Mai', finding, 'Khảo sát việc đào tạo chủ tịch CĐCS.', 'Nguyễn Thị Thiện']) {
      expect(text, s).toContain(s);
    }
  }, 180_000);
});

describe('conference speakers in the window', () => {
  it('ranks the units by a picked rate, chooses one with a reason, and writes the list', async () => {
    await plan.tab(/Báo cáo tham luận/).click();
    await page.getByTestId('speakers-table').waitFor();
    const criterion = page.getByLabel('Tiêu chí 1');
    await criterion.selectOption({ label: 'Tỷ lệ đảng viên (Tháng 5/2023)' });
    await page.getByRole('columnheader', { name: 'Tỷ lệ đảng viên (Tháng 5/2023)' }).waitFor();
    const view = await host.services.api.getSpeakers({});
    expect(view.picked.map((c) => c.id)).toEqual(['rate:party_rate:end']);
    const shown = await page.getByTestId('speakers-table').locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-unit')));
    expect(shown).toEqual(view.rows.map((r) => r.unitCode));

    const row = plan.speakerRow('LDLD-PHONGTHO');
    await row.getByRole('textbox').fill('Nhiều cách làm hay trong đào tạo chủ tịch CĐCS.');
    await row.getByRole('button', { name: 'Chọn' }).click();
    await expect.poll(() => row.getAttribute('data-chosen')).toBe('true');

    await page.getByRole('button', { name: 'Xuất danh sách báo cáo tham luận (DOCX)' }).click();
    await expect.poll(() => plan.notice.textContent()).toContain('tham-luan.docx');
    const [docx] = await writtenFiles();
    const text = await textOf(docx ?? '', 'txt:Text', '.txt');
    for (const s of ['DANH SÁCH', 'LĐLĐ huyện Phong Thổ', 'Nhiều cách làm hay trong đào tạo chủ tịch CĐCS.', 'Tỷ lệ đảng viên (Tháng 5/2023)']) expect(text, s).toContain(s);
  }, 180_000);
});

describe('commendations in the window', () => {
  it('edits a proposal with the original kept, leaves one out, adds one, and exports DOCX and XLSX', async () => {
    await plan.tab(/Khen thưởng/).click();
    await page.getByTestId('commendations-table').waitFor();
    expect(await plan.commendationRows().count()).toBe(4);

    const first = plan.commendationRows().nth(0);
    await first.getByLabel('Chức vụ').fill('Chủ tịch CĐCS Công ty TNHH Xây dựng Thắng Lợi');
    await first.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => plan.commendationRows().nth(0).getAttribute('data-edited')).toBe('true');
    expect(await plan.commendationRows().nth(0).getByTestId('commendation-original').textContent()).toContain('Bản gốc: Lò Văn Thắng — Chủ tịch Công đoàn cơ sở');

    await plan.commendationRows().nth(3).getByRole('button', { name: 'Bỏ khỏi bảng' }).click();
    await expect.poll(() => plan.commendationRows().nth(3).getAttribute('data-excluded')).toBe('true');

    const added = page.getByTestId('commendation-new');
    await added.getByLabel('Họ và tên').fill('Hoàng Văn Sơn');
    await added.getByLabel('Chức vụ').fill('Chủ tịch CĐCS');
    await added.getByLabel('Thành tích').fill('Thương lượng thành công thỏa ước có lợi hơn luật.');
    await added.getByRole('button', { name: 'Thêm đề nghị của tỉnh' }).click();
    await expect.poll(() => plan.commendationRows().count()).toBe(5);
    await screenshot(page, 'province-commendations');

    await page.getByRole('button', { name: 'Xuất danh sách khen thưởng (DOCX và XLSX)' }).click();
    await expect.poll(() => plan.notice.textContent()).toContain('khen-thuong.xlsx');
    const [docx, xlsx] = await writtenFiles();
    const docText = await textOf(docx ?? '', 'txt:Text', '.txt');
    const csv = await textOf(xlsx ?? '', 'csv:Text - txt - csv (StarCalc):44,34,76', '.csv');
    for (const text of [docText, csv]) {
      expect(text).toContain('Chủ tịch CĐCS Công ty TNHH Xây dựng Thắng Lợi');
      expect(text).toContain('Hoàng Văn Sơn');
      expect(text.split('Tẩn Thị Mẩy').length - 1).toBe(1);
    }
  }, 180_000);
});
