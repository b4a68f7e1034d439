// The province reads what arrived, in Chromium through the real UI (issue 16): a received revision
// opened from the tracker with its text, numbers, signer, fingerprint and time received; revisions
// 1 and 2 of a unit compared; a report returned with comments attached to fields by clicking them,
// another accepted, both from the report view; home's counts for a prepared set of units.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../electron/services/inbox/import-files';
import { fingerprint } from '../../electron/services/signing/minisign';
import { formatNumber } from '../../shared/format/vi';
import { TEST_PASSPHRASE } from '../helpers/cli';
import { variedValues } from '../helpers/province-sample';
import { makeWorld, unitExports, type World } from '../helpers/province-world';
import { screenshot } from './support/artifacts';
import { launchBrowser, type Browser } from './support/browser';
import { startTestHost, type TestHost } from './support/host';
import { preparePage } from './support/session';
import { ReadingPage } from './pages/reading-page';
import { TrackerPage } from './pages/tracker-page';

const TAM = 'LDLD-TAMDUONG';
const REASON = 'Sửa số đoàn viên và nhận xét mục 4';
const NEW_TEXT = 'Đoạn đã sửa ở lần 2.\n- Ý thứ nhất\n- Ý thứ hai';
let root: string;
let w: World;
let province: TestHost;
let browser: Browser;
let page: Page;
const membersR2 = (variedValues(0)['pl.members.end'] as number) + 5;

/** A unit's package into the province, received when and how the test says. */
async function deliver(bytes: Buffer, source: string, receivedAt = new Date('2023-05-15T02:00:00Z'), receivedBasis: 'import' | 'mail-server' = 'import') {
  return importFiles(province.services.ctx, [{ source, bytes, receivedAt, receivedBasis }]);
}

function registerAtProvince(code: string): void {
  const key = w.units.get(code)?.ctx.keys.ownActive(code);
  if (!key) throw new Error(`no key for ${code}`);
  province.services.ctx.keys.registerForeign(code, key.publicKey, '2023-05-10T00:00:00.000Z');
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tongket-e2e-reading-'));
  province = await startTestHost({ passphrase: TEST_PASSPHRASE });
  await province.services.api.saveProfile({ unitCode: 'LDLD-LAICHAU', signerName: 'Nguyễn Thị Thiện', documentNumber: '12' });
  // The units work in their own data folders (real services, real keys); the province receives:
  // Tam Đường revisions 1 and 2, Phong Thổ and Nậm Nhùn on time, Sìn Hồ after its deadline by the
  // mail server's clock, Mường Tè under a key nobody confirmed; the others send nothing.
  w = await makeWorld(root);
  const sent: [string, number, boolean][] = [
    [TAM, 0, true],
    ['LDLD-PHONGTHO', 1, true],
    ['LDLD-NAMNHUN', 2, true],
    ['LDLD-SINHO', 3, true],
    ['LDLD-MUONGTE', 4, false],
  ];
  for (const [code, i, trusted] of sent) {
    const bytes = await unitExports(w, code, i, false);
    if (trusted) registerAtProvince(code);
    const late = code === 'LDLD-SINHO';
    const [line] = await deliver(bytes, `${code}.tongket`, late ? new Date('2023-05-25T03:00:00Z') : undefined, late ? 'mail-server' : 'import');
    expect(line?.outcome, code).toBe(trusted ? 'accepted' : 'held');
  }
  const tam = w.units.get(TAM);
  if (!tam) throw new Error('no unit');
  await tam.api.startRevision({ reason: REASON });
  await tam.api.saveField({ key: 's4.narrative', value: NEW_TEXT });
  await tam.api.saveField({ key: 'pl.members.end', value: membersR2 });
  const r2 = await tam.api.exportPackage({});
  expect((await deliver(readFileSync(join(root, TAM, 'out', r2.packageFile)), 'tam-r2.tongket', new Date('2023-05-16T02:00:00Z')))[0]?.outcome).toBe('superseded');

  browser = await launchBrowser();
  page = await preparePage(await browser.context.newPage());
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await province?.stop();
  w?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('reading what arrived', () => {
  it('opens a received revision from the tracker: its text and numbers, signer, fingerprint, time received and how it was established', async () => {
    const tracker = new TrackerPage(page);
    await tracker.open(province.url);
    await tracker.openFromNav();
    await tracker.row(TAM).getByRole('link', { name: 'Đọc báo cáo của LĐLĐ huyện Tam Đường' }).click();
    const r = new ReadingPage(page);
    await r.paper.waitFor();
    expect(await r.heading.textContent()).toBe('Báo cáo của LĐLĐ huyện Tam Đường — lần gửi 2');
    expect(await r.field('s4.narrative').innerText()).toContain('Đoạn đã sửa ở lần 2.');
    expect(await r.field('s4.narrative').innerText()).toContain('- Ý thứ nhất');
    expect(await r.field('pl.members.end').textContent()).toBe(formatNumber(membersR2));
    expect(await r.paper.textContent()).toContain('LĐLĐ HUYỆN TAM ĐƯỜNG');
    expect(await r.fact('received-signer').textContent()).toBe('CHỦ TỊCH Người Ký Thử');
    const key = w.units.get(TAM)?.ctx.keys.ownActive(TAM);
    expect(await r.fact('received-fingerprint').textContent()).toBe(key ? fingerprint(key.publicKey) : '?');
    expect(await r.fact('received-at').textContent()).toBe('16/05/2023 09:00');
    expect(await r.fact('received-basis').textContent()).toContain('theo lúc nhập vào TongKet');
    expect(await r.fact('received-reason').textContent()).toBe(REASON);
    expect(await r.fact('received-attachments').textContent()).toBe('Gói không có tệp đính kèm.');
    // Its DOCX saved as the unit signed it, into the host's export folder.
    await r.fact('received-documents').getByRole('button', { name: 'Lưu tệp LDLD-TAMDUONG_r2_report.docx' }).click();
    expect(await r.fact('file-saved').textContent()).toContain('LDLD-TAMDUONG_r2_report.docx');
    expect(existsSync(join(province.exportsDir, 'LDLD-TAMDUONG_r2_report.docx'))).toBe(true);
    await screenshot(page, 'province-report-view');
  });

  it('compares revisions 1 and 2: every changed field, old beside new, and the unit’s reason', async () => {
    const r = new ReadingPage(page);
    await r.openCompare();
    expect(await r.heading.textContent()).toBe('So sánh lần 1 và lần 2 — LĐLĐ huyện Tam Đường');
    expect(await r.changedFields()).toEqual(['s4.narrative', 'pl.members.end']);
    expect(await r.change('s4.narrative').getByTestId('change-old').textContent()).toBe(String(variedValues(0)['s4.narrative']).trim());
    expect(await r.change('s4.narrative').getByTestId('change-new').innerText()).toBe(NEW_TEXT);
    expect(await r.change('pl.members.end').getByTestId('change-old').textContent()).toBe(formatNumber(variedValues(0)['pl.members.end'] as number));
    expect(await r.change('pl.members.end').getByTestId('change-new').textContent()).toBe(formatNumber(membersR2));
    expect(await page.getByTestId('compare-reasons').textContent()).toContain(REASON);
    expect(await page.getByTestId('compare-count').textContent()).toBe('2 nội dung thay đổi.');
    await screenshot(page, 'province-compare');
  });

  it('returns revision 2 from the report view, with multi-line comments attached to fields by clicking them', async () => {
    const r = new ReadingPage(page);
    await page.getByRole('link', { name: 'Mở lần 2' }).click();
    await r.paper.waitFor();
    await r.clickField('s4.narrative');
    await r.commentBox('s4.narrative').fill('Đề nghị nêu rõ số chủ tịch được chọn.\nBổ sung nguồn số liệu.');
    await r.clickField('pl.members.end');
    await r.commentBox('pl.members.end').fill('Chưa khớp sổ theo dõi.');
    // The clicked fields are marked on the paper.
    expect(await r.field('s4.narrative').getAttribute('class')).toContain('doc-commented');
    await r.generalComment.fill('Đề nghị sửa hai chỗ.\nGửi lại trước 22/5.');
    await screenshot(page, 'province-report-view-comments');
    expect(await r.decide('Trả lại để sửa')).toContain('Đã ghi biên nhận trả lại cho LĐLĐ huyện Tam Đường');
    expect(await r.fact('received-decision').textContent()).toContain('Đã trả lại');
    const row = province.services.ctx.inbox.current('1563-TK-2023').find((x) => x.unitCode === TAM);
    const review = row ? province.services.ctx.inbox.lastReview(row.id) : null;
    expect(review?.comment).toBe('Đề nghị sửa hai chỗ.\nGửi lại trước 22/5.');
    expect(JSON.parse(review?.fieldsJson ?? '[]')).toEqual([
      { key: 's4.narrative', comment: 'Đề nghị nêu rõ số chủ tịch được chọn.\nBổ sung nguồn số liệu.' },
      { key: 'pl.members.end', comment: 'Chưa khớp sổ theo dõi.' },
    ]);
  });

  it('accepts another unit’s report from its report view', async () => {
    const tracker = new TrackerPage(page);
    await tracker.openFromNav();
    await tracker.row('LDLD-PHONGTHO').getByRole('link', { name: /^Đọc báo cáo/ }).click();
    const r = new ReadingPage(page);
    await r.paper.waitFor();
    expect(await r.decide('Chấp nhận báo cáo')).toContain('Đã ghi biên nhận chấp nhận cho LĐLĐ huyện Phong Thổ');
    await tracker.openFromNav();
    expect(await tracker.statusOf('LDLD-PHONGTHO')).toBe('Đã chấp nhận');
    expect(await tracker.statusOf(TAM)).toBe('Đã trả lại');
  });

  it('home counts the campaign exactly, with the days to the province’s own deadline and the next action for each unit', async () => {
    const r = new ReadingPage(page);
    await r.nav('Trang chính').click();
    await page.getByTestId('receiving-home').waitFor();
    const expected = (await province.services.api.getTracker({})).filter((x) => !x.notExpected).length;
    expect(expected).toBe(9);
    const counts: Record<string, string> = {};
    for (const k of ['expected', 'onTime', 'late', 'returned', 'accepted', 'waitingKey', 'missing']) counts[k] = (await r.homeCount(k).textContent()) ?? '';
    expect(counts).toEqual({ expected: '9', onTime: '1', late: '1', returned: '1', accepted: '1', waitingKey: '1', missing: '4' });
    expect(await page.getByTestId('held-packages').textContent()).toContain('1 gói đang tạm giữ');
    expect(await page.getByTestId('own-deadline').textContent()).toMatch(/^Hạn gửi báo cáo của đơn vị mình: \d\d?\/\d\d?\/2023 — còn \d+ ngày\.$/);
    const actions = page.getByTestId('next-actions');
    expect(await actions.locator('li[data-unit="LDLD-MUONGTE"]').getAttribute('data-kind')).toBe('confirm-key');
    expect(await actions.locator('li[data-unit="LDLD-SINHO"]').textContent()).toContain('Đọc lần gửi 1 và quyết định');
    expect(await actions.locator('li[data-unit="LDLD-TAMDUONG"]').textContent()).toContain('chờ đơn vị gửi lần sửa');
    expect(await actions.locator('li[data-unit="LDLD-PHONGTHO"]').count()).toBe(0);
    expect(await actions.locator('li[data-kind="remind"]').count()).toBe(4);
    await screenshot(page, 'province-home');
    // The link of an action opens the report it names.
    await actions.locator('li[data-unit="LDLD-SINHO"] a').click();
    await new ReadingPage(page).paper.waitFor();
    expect(await page.locator('h1').textContent()).toBe('Báo cáo của LĐLĐ huyện Sìn Hồ — lần gửi 1');
    expect(await page.getByTestId('received-basis').textContent()).toContain('máy chủ thư');
  });
});
