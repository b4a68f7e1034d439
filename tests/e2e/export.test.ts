// Export and send (issue 5) in the real window: the report that will be sent, the key's fingerprint,
// the export with the files it wrote and the e-mail to copy, "open folder", the history, the editor
// locked after export and a new revision opened with its reason. Also: what blocks an export, and a
// host without a passphrase.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../shared/format/vi';
import { TEST_PASSPHRASE } from '../helpers/cli';
import { GOOD_SAMPLE, readFixture } from '../helpers/fixtures';
import { screenshot } from './support/artifacts';
import { seriousViolations } from './support/axe';
import { setUpUnit, useE2E, type E2E } from './support/session';
import { EditorPage } from './pages/editor-page';
import { ExportPage } from './pages/export-page';
import { HomePage } from './pages/home-page';

const PACKAGE = 'LDLD-TAMDUONG_1563-TK-2023_r1.tongket';

async function openWithSample(e2e: E2E): Promise<ExportPage> {
  await setUpUnit(e2e.host);
  await e2e.host.services.api.loadDraft({ draft: readFixture(GOOD_SAMPLE) });
  const page = new ExportPage(e2e.page);
  await page.open(e2e.host.url);
  await page.openFromNav();
  return page;
}

describe('export and send', () => {
  const e2e = useE2E({ passphrase: TEST_PASSPHRASE });

  it('exports the report, shows what was written and the e-mail to copy, then locks it until a new revision', async () => {
    await e2e.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.host.origin });
    const page = await openWithSample(e2e);
    const key = await e2e.host.services.api.getSigningKey({});
    expect(await page.keyFingerprint.textContent()).toBe(key?.fingerprint);
    expect(await page.page.locator('.checklist').textContent()).toContain('có thể xuất');
    expect(await page.historyRows().count()).toBe(0);
    await screenshot(e2e.page, 'export-ready');
    expect(await seriousViolations(e2e.page)).toEqual([]);

    await page.exportNow();
    expect(await page.resultFact('package-file').textContent()).toBe(PACKAGE);
    const size = statSync(join(e2e.host.exportsDir, PACKAGE)).size;
    expect(await page.resultFact('package-size').textContent()).toBe(`${formatNumber(size / 1024, 1)} KB`);
    expect(await page.resultFact('package-fingerprint').textContent()).toBe(key?.fingerprint);
    const files = await page.writtenFiles();
    expect(files).toEqual([PACKAGE, 'LDLD-TAMDUONG_1563-TK-2023_r1.docx', 'LDLD-TAMDUONG_1563-TK-2023_r1.pdf', 'LDLD-TAMDUONG_1563-TK-2023_r1.xlsx']);
    for (const f of files) expect(existsSync(join(e2e.host.exportsDir, f)), f).toBe(true);

    // The e-mail, ready to copy.
    const subject = await page.emailSubject.inputValue();
    expect(subject).toMatch(/^\[TongKet\] LĐLĐ huyện Tam Đường gửi .+ — lần 1$/);
    expect(await page.emailBody.inputValue()).toContain(`dấu vân tay ${key?.fingerprint}`);
    expect(await page.copy('Chép tiêu đề')).toBe('Đã chép.');
    expect(await e2e.page.evaluate(() => navigator.clipboard.readText())).toBe(subject);
    expect(await page.copy('Chép nội dung')).toBe('Đã chép.');
    expect(await e2e.page.evaluate(() => navigator.clipboard.readText())).toContain(PACKAGE);

    // "Open folder" in the browser reports the folder the host chose.
    expect(await page.openFolder()).toBe(`Các tệp nằm trong thư mục: ${e2e.host.exportsDir}`);
    expect(await page.historyRows().count()).toBe(1);
    expect(await page.historyRows().first().textContent()).toContain(PACKAGE);
    expect(await page.page.getByTestId('frozen-banner').textContent()).toContain('Lần gửi thứ 1 đã xuất lúc 15/05/2023');
    await screenshot(e2e.page, 'export-done');
    expect(await seriousViolations(e2e.page)).toEqual([]);

    // The editor is read-only for the revision sent.
    const editor = new EditorPage(e2e.page);
    await editor.nav('Soạn báo cáo').click();
    await editor.openPart(/Việc lựa chọn đội ngũ/);
    expect(await editor.field('s4.narrative').isDisabled()).toBe(true);
    expect(await editor.saveStatus.textContent()).toContain('Lần gửi này đã khóa');
    // Frozen fields read as a record: no "add row", no delete controls, the narrative's box dimmed.
    await editor.openPart(/Kết quả thực hiện các chỉ tiêu/);
    expect(await e2e.page.getByRole('button', { name: '+ Thêm chỉ tiêu' }).isVisible()).toBe(false);
    expect(await e2e.page.getByRole('button', { name: 'Xóa dòng 1' }).isVisible()).toBe(false);
    expect(await editor.field('s1.narrative').evaluate((el) => getComputedStyle(el).borderStyle)).toBe('dashed');
    await screenshot(e2e.page, 'editor-frozen');
    await editor.openPart(/Việc lựa chọn đội ngũ/);

    // Editing again asks for the reason, then reopens the editor on revision 2.
    await page.askForRevision();
    expect(await page.submitReason('sửa')).toContain('ít nhất 5 ký tự');
    await screenshot(e2e.page, 'revision-dialog');
    expect(await seriousViolations(e2e.page)).toEqual([]);
    expect(await page.submitReason('Bổ sung số liệu tập huấn theo ý kiến của Ban Tổ chức – Kiểm tra')).toBeNull();
    expect(await editor.field('s4.narrative').isDisabled()).toBe(false);
    const draft = await e2e.host.services.api.getDraft({});
    expect(draft).toMatchObject({ revision: 2, status: 'draft' });
    await editor.typeInto('s4.narrative', 'Đã bổ sung.');
    await editor.leaveField();
    await editor.waitSaved();

    await editor.nav('Trang chính').click();
    await expect.poll(() => new HomePage(e2e.page).page.locator('.home .lead').textContent()).toContain('Lần gửi thứ 2');
    await page.openFromNav();
    expect(await page.exportButton.textContent()).toBe('Xuất bộ hồ sơ lần gửi thứ 2');
    expect(await page.historyRows().count()).toBe(1);
  });

  it('blocks the export while the report has errors, with links to the fields and the review page', async () => {
    await setUpUnit(e2e.host);
    await e2e.host.services.api.loadDraft({ draft: readFixture(GOOD_SAMPLE) });
    await e2e.host.services.api.saveField({ key: 's7.admitted', value: 400 });
    const page = new ExportPage(e2e.page);
    await page.open(e2e.host.url);
    await page.openFromNav();
    expect(await page.exportButton.isDisabled()).toBe(true);
    expect(await page.page.locator('#export-blocked').textContent()).toContain('hết lỗi');
    expect(await page.page.getByRole('heading', { name: /Lỗi phải sửa trước khi xuất \(\d+\)/ }).count()).toBe(1);
    await screenshot(e2e.page, 'export-blocked');
    expect(await seriousViolations(e2e.page)).toEqual([]);
    await page.problemLink('Mở trang Xem lại và kiểm tra').click();
    await e2e.page.getByRole('heading', { level: 1, name: 'Xem lại và kiểm tra' }).waitFor();
    expect(existsSync(e2e.host.exportsDir)).toBe(false);
  });

  it('asks before exporting, since an export locks the revision; Cancel changes nothing', async () => {
    const page = await openWithSample(e2e);
    await page.exportButton.click();
    expect(await page.confirmDialog.getByRole('heading').textContent()).toBe('Xuất và khóa lần gửi thứ 1?');
    expect(await page.confirmDialog.textContent()).toContain('phải mở lần sửa đổi thứ 2 và ghi lý do');
    expect(await seriousViolations(e2e.page)).toEqual([]);
    await screenshot(e2e.page, 'export-confirm');
    await page.confirmDialog.getByRole('button', { name: 'Hủy' }).click();
    expect(await page.confirmDialog.count()).toBe(0);
    expect(await e2e.host.services.api.listExports({})).toEqual([]);
    expect((await e2e.host.services.api.getDraft({})).status).toBe('draft');

    await page.exportNow();
    expect(await page.resultFact('package-file').textContent()).toBe(PACKAGE);
    expect((await e2e.host.services.api.getDraft({})).status).toBe('frozen');
  });
});

describe('export without a passphrase', () => {
  const e2e = useE2E();

  it('says in Vietnamese that the signing key cannot be opened, and writes nothing', async () => {
    const page = await openWithSample(e2e);
    expect(await page.page.getByTestId('key-none').textContent()).toContain('Chưa có khóa ký');
    await page.exportNow();
    const error = (await page.error.textContent()) ?? '';
    expect(error).toContain('Không mở được khóa ký');
    expect(error).toContain('TONGKET_PASSPHRASE');
    // The folder may exist (chosen before the key was asked for), but nothing is in it.
    expect(existsSync(e2e.host.exportsDir) ? readdirSync(e2e.host.exportsDir) : []).toEqual([]);
    expect((await e2e.host.services.api.getDraft({})).status).toBe('draft');
    await screenshot(e2e.page, 'export-key-locked');
  });
});
