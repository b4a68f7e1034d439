// The province's campaign desk in the window (issue 15): copy the 1563 campaign, change its title,
// deadlines, expected units and a section's guidance in the app; upload a workbook with two planted
// errors and see them by sheet and row; fix; preview; compare; issue. Then a new unit starts from the
// issued file in its own window and sees exactly the editor the province previewed.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint, parsePublicKeyFile } from '../../electron/services/signing/minisign';
import { TEST_PASSPHRASE } from '../helpers/cli';
import { CampaignStartPart } from './pages/campaign-parts';
import { DeskPage, editorShown } from './pages/desk-page';
import { HomePage } from './pages/home-page';
import { screenshot } from './support/artifacts';
import { launchBrowser, type Browser } from './support/browser';
import { startTestHost, type TestHost } from './support/host';
import { preparePage } from './support/session';

const NEW_ID = 'TK-2027-LAICHAU';
const NEW_TITLE = 'Tổng kết công tác công đoàn năm 2027 của tỉnh Lai Châu';
const GUIDANCE = ['Nêu rõ việc tổ chức quán triệt Chương trình ở các công đoàn xã, phường sau sắp xếp năm 2025.', 'Số liệu lấy theo sổ theo dõi của đơn vị đến hết tháng 10/2027.'];
const KEEP = ['LDLD-TAMDUONG', 'LDLD-PHONGTHO', 'CDVC-LAICHAU'];

let root: string;
let browser: Browser;
let province: TestHost;
let unit: TestHost | null = null;
let page: Page;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tongket-e2e-desk-'));
  province = await startTestHost({ passphrase: TEST_PASSPHRASE });
  await province.services.api.saveProfile({ unitCode: 'LDLD-LAICHAU', signerName: 'Nguyễn Thị Thiện', documentNumber: '12' });
  browser = await launchBrowser();
  page = await preparePage(await browser.context.newPage());
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await province?.stop();
  await unit?.stop();
  rmSync(root, { recursive: true, force: true });
});

/** A copy of the downloaded workbook with some cells changed: [sheet, excel row, header, value]. */
async function edited(from: string, to: string, changes: [string, number, string, string][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  for (const [sheet, row, header, value] of changes) {
    const ws = wb.getWorksheet(sheet);
    if (!ws) throw new Error(`no sheet ${sheet}`);
    const headers = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? '').trim());
    const col = headers.indexOf(header);
    if (col < 1) throw new Error(`no column ${header} in ${sheet}`);
    ws.getRow(row).getCell(col).value = value;
  }
  await wb.xlsx.writeFile(to);
}

describe('the campaign desk at a province', () => {
  let preview: Awaited<ReturnType<typeof editorShown>>;
  let campaignFile: string;

  it('copies 1563, edits it in the app, catches a bad workbook by row, previews, compares and issues', async () => {
    const desk = new DeskPage(page);
    await desk.open(province.url);
    await desk.openDesk();
    await screenshot(page, 'desk-1-overview');
    await desk.copy('1563-TK-2023');

    // What changes every time, in the app.
    await desk.input('desk-campaignId').fill(NEW_ID);
    await desk.input('desk-title').fill(NEW_TITLE);
    await desk.input('desk-deadline-0-finish').fill('20/11/2027');
    await desk.input('desk-deadline-0-send').fill('25/11/2027');
    await desk.input('desk-deadline-1-finish').fill('30/11/2027');
    for (const box of await page.locator('#desk-units input[type="checkbox"]').all()) await box.uncheck();
    for (const code of KEEP) await desk.unitBox(code).check();
    await desk.input('desk-section-0-guidance').fill(GUIDANCE.join('\n'));
    await desk.save();
    expect(await desk.input('desk-title').inputValue()).toBe(NEW_TITLE);
    expect((await desk.expectedCodes()).sort()).toEqual([...KEEP].sort());
    await screenshot(page, 'desk-2-edited');
    const saved = (await province.services.api.deskOverview({})).drafts;
    expect(saved).toEqual([expect.objectContaining({ campaignId: NEW_ID, title: NEW_TITLE, sourceLabel: 'Bản sao của 1563-TK-2023' })]);

    // The workbook, with two planted errors: refused, each shown by sheet and row, nothing changed.
    const downloaded = await desk.downloadWorkbook();
    expect(existsSync(downloaded)).toBe(true);
    const bad = join(root, 'sai.xlsx');
    await edited(downloaded, bad, [
      ['Thời hạn', 2, 'Hoàn thành', '31/02/2027'],
      ['Trường', 3, 'Loại', 'số thực'],
    ]);
    await desk.uploadWorkbook(bad);
    await expect.poll(() => desk.problemRows.count(), { timeout: 20_000 }).toBe(2);
    expect(await desk.problems()).toEqual([
      ['Thời hạn', '2'],
      ['Trường', '3'],
    ]);
    await screenshot(page, 'desk-3-workbook-problems');
    // The deadline's problem links to its place on the page.
    await desk.problemRows.first().getByRole('button', { name: 'Đến chỗ này trên trang' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('desk-deadline-0-finish');
    expect(await desk.input('desk-title').inputValue()).toBe(NEW_TITLE);

    // Fixed: the structural change (a field's label) is taken, the edits made in the app travel with it.
    const good = join(root, 'dung.xlsx');
    await edited(downloaded, good, [['Trường', 3, 'Nhãn', 'Số cuộc họp quán triệt đã tổ chức (sửa)']]);
    await desk.uploadWorkbook(good);
    await expect.poll(() => desk.problemRows.count(), { timeout: 20_000 }).toBe(0);
    await expect.poll(() => desk.input('desk-title').inputValue(), { timeout: 20_000 }).toBe(NEW_TITLE);
    expect(await desk.input('desk-section-0-guidance').inputValue()).toBe(GUIDANCE.join('\n'));
    await screenshot(page, 'desk-4-workbook-fixed');

    // The preview: the editor itself on an empty report, marked, nothing saved.
    await desk.openPreview();
    preview = await editorShown(page);
    expect(preview.guidance).toBe(GUIDANCE.join(' '));
    expect(preview.fields).toContain('Số cuộc họp quán triệt đã tổ chức (sửa)');
    await screenshot(page, 'desk-5-preview');
    await desk.leavePreview();

    // The comparison with 1563.
    await desk.compare();
    const lines = await desk.diffLines();
    expect(lines).toEqual(
      expect.arrayContaining(['setting changed id', 'setting changed title', 'setting changed deadlines', 'section changed 1', 'unit removed LDLD-SINHO']),
    );
    expect(lines.filter((l) => l.startsWith('field changed'))).toHaveLength(1);
    await screenshot(page, 'desk-6-compare');

    // Issued: the signed file and the .pub in the folder, a ready e-mail.
    await desk.issue();
    expect(readdirSync(province.exportsDir).filter((f) => f.endsWith('.tongket-campaign') || f.endsWith('.pub')).sort()).toEqual(['LDLD-LAICHAU.pub', `${NEW_ID}_v1.tongket-campaign`]);
    expect(await page.locator('#desk-email-subject').inputValue()).toContain(NEW_TITLE);
    expect(await page.locator('#desk-email-body').inputValue()).toContain('20/11/2027');
    await screenshot(page, 'desk-7-issued');
    campaignFile = join(province.exportsDir, `${NEW_ID}_v1.tongket-campaign`);
    expect((await province.services.api.deskOverview({})).issued.map((c) => c.id)).toEqual([NEW_ID]);
  }, 180_000);

  it('a unit starting from the issued file sees exactly the previewed editor', async () => {
    const pub = parsePublicKeyFile(readFileSync(join(province.exportsDir, 'LDLD-LAICHAU.pub'), 'utf8'));
    unit = await startTestHost({ passphrase: TEST_PASSPHRASE });
    const unitPage = await preparePage(await browser.context.newPage());
    const start = new CampaignStartPart(unitPage);
    await start.open(unit.url);
    await start.chooseFile(campaignFile);
    await start.start('Liên đoàn Lao động huyện Tam Đường', 'Lò Văn Pình', fingerprint(pub));
    await expect.poll(() => new HomePage(unitPage).heading.textContent(), { timeout: 20_000 }).toContain(NEW_TITLE);
    // The first run ends by going home once the campaigns are loaded; the editor is opened after that.
    await unitPage.waitForFunction(() => window.location.hash === '#/home', undefined, { timeout: 30_000 });
    await unitPage.evaluate(() => (window.location.hash = '#/edit/s1'));
    // The editor loads its draft after the page: read until it has settled on the campaign's first part.
    await unitPage.locator('.editor-main h1').waitFor({ timeout: 20_000 });
    await expect.poll(() => editorShown(unitPage), { timeout: 30_000 }).toEqual(preview);
    await screenshot(unitPage, 'desk-8-unit-editor');
  }, 180_000);
});
