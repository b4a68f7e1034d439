// The province's weeks in the real window (issue 6), against real data folders: three units build
// their packages with the CLI; the province registers one key in the Keys page, imports the files with
// the file chooser (one accepted, one held until its key is confirmed by fingerprint, one tampered and
// rejected), follows the tracker, returns a report with comments and exports the tracker; the unit,
// in its own window over its own data folder, imports the receipt and sees the comments at home.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint, keyIdHex, parsePublicKeyFile } from '../../electron/services/signing/minisign';
import { TEST_PASSPHRASE } from '../helpers/cli';
import { forgePackage, forgeReceipt, keyUnderIdOf, receiptFieldsOf } from '../helpers/forgery';
import { makeUnit, packageBytes, packageOf, tampered, type UnitSide } from '../helpers/unit-package';
import { screenshot } from './support/artifacts';
import { seriousViolations, type AxeFinding } from './support/axe';
import { launchBrowser, type Browser } from './support/browser';
import { startTestHost, type TestHost } from './support/host';
import { preparePage } from './support/session';
import { HomePage } from './pages/home-page';
import { InboxPage } from './pages/inbox-page';
import { KeysPage } from './pages/keys-page';
import { TrackerPage } from './pages/tracker-page';
import { EditorPage } from './pages/editor-page';

let root: string;
let inboxDir: string;
const units: Record<string, UnitSide> = {};
const u = (code: string) => units[code] as UnitSide;
let browser: Browser;
let province: TestHost;
let page: Page;
const axe: Record<string, AxeFinding[]> = {};

async function scan(name: string): Promise<void> {
  await screenshot(page, name);
  const v = await seriousViolations(page);
  if (v.length) axe[name] = v;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tongket-e2e-province-'));
  for (const code of ['LDLD-TAMDUONG', 'LDLD-PHONGTHO', 'LDLD-SINHO']) units[code] = makeUnit(root, code);
  inboxDir = join(root, 'thu-den');
  mkdirSync(inboxDir);
  copyFileSync(packageOf(u('LDLD-TAMDUONG')), join(inboxDir, 'LDLD-TAMDUONG_1563-TK-2023_r1.tongket'));
  copyFileSync(packageOf(u('LDLD-PHONGTHO')), join(inboxDir, 'LDLD-PHONGTHO_1563-TK-2023_r1.tongket'));
  writeFileSync(join(inboxDir, 'LDLD-SINHO_1563-TK-2023_r1.tongket'), tampered(packageBytes(u('LDLD-SINHO'))));

  province = await startTestHost({ passphrase: TEST_PASSPHRASE });
  await province.services.api.saveProfile({ unitCode: 'LDLD-LAICHAU', signerName: 'Nguyễn Thị Thiện', documentNumber: '12' });
  browser = await launchBrowser();
  page = await preparePage(await browser.context.newPage());
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await province?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('province inbox in the window', () => {
  it('shows the receiving pages, and registers a unit key from its .pub file by the fingerprint read over the phone', async () => {
    const keys = new KeysPage(page);
    await keys.open(province.url);
    for (const name of ['Nhận báo cáo', 'Theo dõi', 'Khóa ký']) expect(await keys.nav(name).count(), name).toBe(1);
    await keys.openFromNav();
    const own = (await province.services.api.listKeys({})).find((k) => k.own);
    expect(await keys.ownFingerprint.textContent()).toBe(own?.fingerprint);

    const tam = u('LDLD-TAMDUONG');
    expect(await keys.register(tam.pubFile, '0000-0000-0000-0000')).toContain('không khớp');
    expect(await keys.register(tam.pubFile, tam.fingerprint.toLowerCase().replace(/-/g, ''))).toBeNull();
    expect(await keys.notice.textContent()).toContain('Đã đăng ký khóa');
    expect(await keys.row('LDLD-TAMDUONG').textContent()).toContain(tam.fingerprint);
    expect(await keys.row('LDLD-TAMDUONG').textContent()).toContain('Đang dùng');
    await scan('province-keys');
  });

  it('imports three files by the file chooser: one accepted, one held for an unknown key, one tampered and rejected', async () => {
    const inbox = new InboxPage(page);
    await inbox.openFromNav();
    await scan('province-inbox-empty');
    await inbox.importFiles([
      join(inboxDir, 'LDLD-TAMDUONG_1563-TK-2023_r1.tongket'),
      join(inboxDir, 'LDLD-PHONGTHO_1563-TK-2023_r1.tongket'),
      join(inboxDir, 'LDLD-SINHO_1563-TK-2023_r1.tongket'),
    ]);
    expect(await inbox.progressBar.getAttribute('value')).toBe('3');
    expect(await inbox.outcomeOf('LDLD-TAMDUONG')).toBe('accepted');
    expect(await inbox.result('LDLD-TAMDUONG').textContent()).toContain('Đã nhận lần gửi 1 của LDLD-TAMDUONG');
    expect(await inbox.outcomeOf('LDLD-PHONGTHO')).toBe('held');
    expect(await inbox.result('LDLD-PHONGTHO').textContent()).toContain(u('LDLD-PHONGTHO').fingerprint);
    expect(await inbox.outcomeOf('LDLD-SINHO')).toBe('rejected');
    expect(await inbox.result('LDLD-SINHO').textContent()).toContain('E_HASH');
    expect(await page.getByTestId('import-summary').textContent()).toBe('1 đã nhận · 1 tạm giữ · 1 từ chối hoặc xung đột · 0 đã có hoặc bỏ qua');
    await scan('province-inbox-results');
  });

  it('confirms the held key only with the right fingerprint, and the package is then accepted', async () => {
    const inbox = new InboxPage(page);
    await inbox.openConfirm('LDLD-PHONGTHO');
    // The dialog does not show the fingerprint: the person types what the unit reads out.
    expect(await inbox.dialog.textContent()).not.toContain(u('LDLD-PHONGTHO').fingerprint);
    expect(await inbox.typeFingerprint('1111-2222-3333-4444')).toContain('không khớp');
    await scan('province-confirm-key');
    expect(await inbox.typeFingerprint(u('LDLD-PHONGTHO').fingerprint)).toBeNull();
    expect(await inbox.outcomeOf('LDLD-PHONGTHO')).toBe('accepted');
    expect(await page.getByTestId('key-decision').textContent()).toContain('Đã xác nhận khóa');
    expect(await province.services.api.listHeld({})).toEqual([]);
  });

  it('imports files dropped anywhere on the window, from any page', async () => {
    const inbox = new InboxPage(page);
    await inbox.nav('Trang chính').click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await inbox.dropFiles([{ name: 'lai-lan-nua.tongket', bytes: packageBytes(u('LDLD-TAMDUONG')) }, { name: 'ghi-chu.txt', bytes: Buffer.from('không phải gói') }]);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Nhận báo cáo của đơn vị cấp dưới');
    expect(await inbox.outcomeOf('lai-lan-nua.tongket')).toBe('duplicate');
    expect(await inbox.outcomeOf('ghi-chu.txt')).toBe('skipped');
    expect(await page.locator('.drop-overlay').count()).toBe(0);
  });

  it('tracks every expected unit with its status, days left, a chart, filter and sort', async () => {
    const tracker = new TrackerPage(page);
    await tracker.openFromNav();
    expect(await tracker.statusOf('LDLD-TAMDUONG')).toBe('Đúng hạn');
    expect(await tracker.statusOf('LDLD-PHONGTHO')).toBe('Đúng hạn');
    expect(await tracker.statusOf('LDLD-SINHO')).toBe('Chưa nhận');
    const sinho = (await tracker.row('LDLD-SINHO').textContent()) ?? '';
    expect(sinho).toContain('22/5/2023');
    expect(sinho).toContain('Còn 7 ngày');
    expect(await tracker.row('LDLD-TAMDUONG').textContent()).toMatch(/15\/05\/2023 \d\d:\d\d/);
    expect(await tracker.row('LDLD-TAMDUONG').textContent()).toContain('CHỦ TỊCH Người Ký Thử');
    // How the time received was established: a file chosen in the window is received when imported.
    // The unit's package was made today by the CLI while this host's clock says May 2023: flagged.
    expect(await tracker.row('LDLD-TAMDUONG').getByTestId('received-basis').textContent()).toBe('theo lúc nhập vào TongKet');
    expect(await tracker.row('LDLD-TAMDUONG').getByTestId('created-after-received').textContent()).toBe('Gói ghi lập sau lúc nhận');
    const rows = await province.services.api.getTracker({});
    expect(await tracker.count('on-time').textContent()).toBe('2 đơn vị');
    expect(await tracker.count('missing').textContent()).toBe(`${rows.length - 2} đơn vị`);
    await scan('province-tracker');

    await tracker.filterStatus('Đúng hạn');
    expect(await tracker.shown.textContent()).toBe(`Đang hiện 2/${rows.length} đơn vị`);
    await tracker.filterStatus('Tất cả trạng thái');
    await tracker.search('sin ho');
    expect(await tracker.unitOrder()).toEqual(['LDLD-SINHO']);
    await tracker.search('');
    await tracker.sortBy('Đơn vị');
    const order = await tracker.unitOrder();
    expect(order).toHaveLength(rows.length);
    await tracker.sortBy('Đơn vị');
    expect(await tracker.unitOrder()).toEqual([...order].reverse());
    expect(await tracker.table.locator('th[aria-sort="descending"]').textContent()).toContain('Đơn vị');
  });

  it('shows the province synthesis: which units count, the totals and the units not counted', async () => {
    await page.getByRole('link', { name: 'Tổng hợp' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tổng hợp của tỉnh' }).waitFor();
    // The figures load after the heading: wait for the units' table before reading the page.
    await page.getByRole('heading', { level: 2, name: 'Tình hình gửi báo cáo' }).waitFor();
    await page.locator('main').getByText('LĐLĐ huyện Sìn Hồ', { exact: true }).first().waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    // Nothing is accepted yet: the units received are listed as not counted, never silently dropped.
    expect(text).toContain('LĐLĐ huyện Tam Đường');
    expect(text).toContain('LĐLĐ huyện Sìn Hồ');
    await scan('province-synthesis');
    await new TrackerPage(page).openFromNav();
  });

  it('returns one report with a general and a field comment, writing the signed receipt', async () => {
    const tracker = new TrackerPage(page);
    await tracker.sortBy('Trạng thái');
    await tracker.openReturn('LĐLĐ huyện Tam Đường');
    await tracker.fillReturn('Đề nghị kiểm tra lại phụ lục số liệu.', [{ label: 'Tổng số chủ tịch CĐCS (T) (Tháng 5/2023)', comment: 'Chưa khớp sổ theo dõi' }]);
    await scan('province-return-dialog');
    const notice = await tracker.submitReturn();
    expect(notice).toMatch(/Đã ghi biên nhận trả lại cho LĐLĐ huyện Tam Đường vào .*LDLD-TAMDUONG.*_tra-lai\.tongket-receipt/);
    expect(await tracker.statusOf('LDLD-TAMDUONG')).toBe('Đã trả lại');
    expect(await tracker.row('LDLD-TAMDUONG').textContent()).toContain('Ý kiến: Đề nghị kiểm tra lại phụ lục số liệu.');
    expect(await tracker.count('returned').textContent()).toBe('1 đơn vị');
    await scan('province-tracker-returned');
  });

  it('exports the tracker as an XLSX with real dates and a count per status', async () => {
    const tracker = new TrackerPage(page);
    const notice = await tracker.exportXlsx();
    const path = /vào (.+\.xlsx)$/.exec(notice)?.[1] ?? '';
    expect(path.startsWith(province.exportsDir)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const sheet = wb.getWorksheet('Theo dõi');
    expect(sheet?.getCell('A1').value).toBe('BẢNG THEO DÕI TIẾP NHẬN BÁO CÁO');
    const byCode = new Map<string, ExcelJS.Row>();
    sheet?.eachRow((row) => {
      const code = row.getCell(2).value;
      if (typeof code === 'string' && code.startsWith('LDLD-')) byCode.set(code, row);
    });
    expect(byCode.get('LDLD-TAMDUONG')?.getCell(4).value).toBe('Đã trả lại');
    expect(byCode.get('LDLD-PHONGTHO')?.getCell(4).value).toBe('Đúng hạn');
    expect(byCode.get('LDLD-SINHO')?.getCell(4).value).toBe('Chưa nhận');
    expect(byCode.get('LDLD-SINHO')?.getCell(10).value).toBe(7);
    expect(byCode.get('LDLD-PHONGTHO')?.getCell(8).value).toBe('theo lúc nhập vào TongKet. Chú ý: gói ghi lập sau thời điểm nhận');
    expect(byCode.get('LDLD-PHONGTHO')?.getCell(7).value).toBeInstanceOf(Date);
    expect(byCode.get('LDLD-PHONGTHO')?.getCell(7).numFmt).toBe('dd/mm/yyyy hh:mm');
  });

  it('the unit imports the receipt in its own window and sees the comments, linked to its fields', async () => {
    // The province hands over its public key file; the unit registers it after a phone call.
    const keys = new KeysPage(page);
    await keys.openFromNav();
    expect(await keys.savePublicKey()).toContain('LDLD-LAICHAU.pub');
    const provincePub = join(province.exportsDir, 'LDLD-LAICHAU.pub');
    expect(existsSync(provincePub)).toBe(true);
    const provinceFingerprint = (await keys.ownFingerprint.textContent()) ?? '';
    const receipt = (await province.services.api.getTracker({})).find((r) => r.unitCode === 'LDLD-TAMDUONG');
    expect(receipt?.status).toBe('returned');
    const receiptFile = join(province.exportsDir, readdirSync(province.exportsDir).find((f) => f.endsWith('.tongket-receipt')) ?? '');

    const unitHost = await startTestHost({ dataDir: u('LDLD-TAMDUONG').data, passphrase: TEST_PASSPHRASE });
    try {
      const unitPage = await preparePage(await browser.context.newPage());
      const home = new HomePage(unitPage);
      await home.open(unitHost.url);
      expect(await home.nav('Nhận báo cáo').count()).toBe(0);
      expect(await unitPage.locator('#h-receipt + p').textContent()).toContain('Chưa có biên nhận');
      // Before the province's key is registered, the receipt waits.
      expect(await home.importReceipt(receiptFile)).toBe('held');
      await unitPage.getByRole('link', { name: 'Mở trang Khóa ký' }).click();
      const unitKeys = new KeysPage(unitPage);
      await unitPage.getByRole('heading', { level: 1, name: 'Khóa ký số' }).waitFor();
      expect(await unitKeys.register(provincePub, provinceFingerprint)).toBeNull();
      expect(await unitKeys.notice.textContent()).toContain('Đã nhận thêm 1 gói hoặc biên nhận');

      await home.nav('Trang chính').click();
      await home.decision.waitFor();
      // The held line became the applied receipt; the hint about the key is gone.
      expect(await unitPage.getByTestId('import-results').locator('.result').first().getAttribute('data-outcome')).toBe('receipt');
      expect(await unitPage.getByRole('link', { name: 'Mở trang Khóa ký' }).count()).toBe(0);
      const decision = (await home.decision.textContent()) ?? '';
      expect(decision).toMatch(/Lần gửi thứ 1 đã bị trả lại lúc 15\/05\/2023 \d\d:\d\d/);
      expect(decision).toContain('Đề nghị kiểm tra lại phụ lục số liệu.');
      expect(decision).toContain('Chưa khớp sổ theo dõi');
      expect(decision).toContain('mở lại thành lần gửi thứ 2');
      await screenshot(unitPage, 'unit-home-returned');
      const v = await seriousViolations(unitPage);
      if (v.length) axe['unit-home-returned'] = v;

      // A receipt under the province's key id, signed by another key, saying "accepted": held, said
      // plainly, refused from the same panel; the decision shown stays the genuine one.
      const forger = keyUnderIdOf(parsePublicKeyFile(readFileSync(provincePub, 'utf8')));
      const forgedFile = join(root, 'gia-chap-nhan.tongket-receipt');
      writeFileSync(forgedFile, await forgeReceipt({ ...receiptFieldsOf(readFileSync(receiptFile)), decision: 'accepted', comment: '', fields: [] }, forger));
      await unitPage.getByLabel('Nhập tệp biên nhận…').setInputFiles(forgedFile);
      const forgedLine = unitPage.getByTestId('import-results').locator('.result', { hasText: 'gia-chap-nhan' });
      await forgedLine.waitFor();
      expect(await forgedLine.getAttribute('data-outcome')).toBe('held');
      expect(await forgedLine.textContent()).toContain('KHÔNG phải khóa đã đăng ký của cấp trên LDLD-LAICHAU');
      await forgedLine.getByRole('button', { name: 'Từ chối khóa…' }).click();
      const refuse = unitPage.getByRole('dialog');
      expect(await refuse.textContent()).toContain(fingerprint(forger));
      await refuse.getByRole('button', { name: 'Từ chối khóa', exact: true }).click();
      await refuse.waitFor({ state: 'detached' });
      await expect.poll(() => forgedLine.getAttribute('data-outcome')).toBe('rejected');
      expect(await home.decision.textContent()).toMatch(/Lần gửi thứ 1 đã bị trả lại/);
      expect(await unitHost.services.api.getReceiptStatus({})).toMatchObject({ decision: 'returned' });

      // The field comment links to the field in the editor, now open for revision 2.
      await home.decision.getByRole('link', { name: 'Tổng số chủ tịch CĐCS (T) (Tháng 5/2023)' }).click();
      const editor = new EditorPage(unitPage);
      await expect.poll(() => unitPage.evaluate(() => document.activeElement?.id)).toBe('field-pl-chairs-end');
      expect(await editor.field('pl.chairs.end').isDisabled()).toBe(false);
      expect(await unitHost.services.api.getDraft({})).toMatchObject({ revision: 2, status: 'draft' });
      await unitPage.close();
    } finally {
      await unitHost.stop();
    }
    expect(existsSync(u('LDLD-TAMDUONG').data)).toBe(true);
  });

  it('revokes a unit key only once the warning is confirmed', async () => {
    const keys = new KeysPage(page);
    await keys.openFromNav();
    await keys.revoke('LĐLĐ huyện Phong Thổ', false);
    expect(await keys.row('LDLD-PHONGTHO').textContent()).toContain('Đang dùng');
    await keys.revoke('LĐLĐ huyện Phong Thổ', true);
    await keys.notice.filter({ hasText: 'Đã thu hồi khóa' }).waitFor();
    expect(await keys.row('LDLD-PHONGTHO').textContent()).toContain('Đã thu hồi');
    const revoked = (await province.services.api.listKeys({})).find((k) => k.unitCode === 'LDLD-PHONGTHO');
    expect(revoked?.status).toBe('revoked');
  });

  it('lists two keys under one key id apart, each by its fingerprint, and a decision about one leaves the other', async () => {
    const sinho = u('LDLD-SINHO');
    const genuineKey = parsePublicKeyFile(readFileSync(sinho.pubFile, 'utf8'));
    const forger = keyUnderIdOf(genuineKey);
    const forgedFp = fingerprint(forger);
    const genuine = packageBytes(sinho);
    const inbox = new InboxPage(page);
    await inbox.openFromNav();
    await inbox.dropFiles([
      { name: 'sinho-that.tongket', bytes: genuine },
      { name: 'sinho-gia.tongket', bytes: forgePackage(genuine, forger, { values: { 's3.sessions': 999 } }) },
    ]);
    expect(await inbox.outcomeOf('sinho-that.tongket')).toBe('held');
    expect(await inbox.outcomeOf('sinho-gia.tongket')).toBe('held');
    // Another day, another window: the held list, one entry per key, the shared key id pointed out on each.
    const later = await preparePage(await browser.context.newPage());
    try {
      const held = new InboxPage(later);
      await held.open(province.url);
      await held.openFromNav();
      await held.heldKey(forgedFp).waitFor();
      expect(await held.heldKeys.count()).toBe(2);
      for (const fp of [sinho.fingerprint, forgedFp]) {
        const text = (await held.heldKey(fp).textContent()) ?? '';
        expect(text).toContain(fp);
        expect(text).toContain(keyIdHex(genuineKey.keyId));
        expect(text).toContain('một khóa khác cũng mang mã');
      }
      await screenshot(later, 'province-held-two-keys');
      const v = await seriousViolations(later);
      if (v.length) axe['province-held-two-keys'] = v;
      expect(await held.refuseHeld(forgedFp)).toContain(forgedFp);
      await held.heldKey(forgedFp).waitFor({ state: 'detached' });
      expect((await province.services.api.listHeld({})).map((h) => h.source)).toEqual(['sinho-that.tongket']);
      await held.heldKey(sinho.fingerprint).getByRole('button', { name: 'Xác nhận khóa…' }).click();
      expect(await held.typeFingerprint(sinho.fingerprint)).toBeNull();
      expect(await later.getByTestId('key-decision').textContent()).toContain('Đã nhận lần gửi 1 của LDLD-SINHO');
      expect(await province.services.api.listHeld({})).toEqual([]);
    } finally {
      await later.close();
    }
  });

  it('has no serious accessibility violations on the pages it went through', () => {
    expect(axe).toEqual({});
  });
});
