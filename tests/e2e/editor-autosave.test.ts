// The editor saves as the user types: a narrative with paragraphs and bullets and a number typed the
// Vietnamese way survive a reload, and closing the window mid-typing loses nothing.
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/artifacts';
import { setUpUnit, useE2E } from './support/session';
import { EditorPage, TableField } from './pages/editor-page';
import { HomePage } from './pages/home-page';

const NARRATIVE = [
  'Ban Thường vụ đã quán triệt Chương trình 1563 đến toàn thể cán bộ.',
  '- Ban hành Kế hoạch số 15/KH-LĐLĐ ngày 27/12/2019;',
  '- Lồng ghép vào chương trình công tác năm.',
].join('\n');

describe('editor autosave', () => {
  const e2e = useE2E();

  it('keeps a narrative and a number across a reload', async () => {
    await setUpUnit(e2e.host);
    const editor = new EditorPage(e2e.page);
    await editor.open(e2e.host.url);
    await editor.nav('Soạn báo cáo').click();
    await editor.openPart(/Công tác chỉ đạo, triển khai/);
    expect(await editor.heading.textContent()).toBe('2. Công tác chỉ đạo, triển khai thực hiện Chương trình');
    // Guidance sits beside the fields.
    expect(await e2e.page.getByRole('complementary', { name: 'Hướng dẫn' }).textContent()).toContain('quán triệt');

    await editor.typeInto('s2.narrative', NARRATIVE);
    await editor.typeInto('s2.conferences', '1.234');
    await editor.leaveField();
    await editor.waitSaved();
    // Shown back in Vietnamese format after leaving the field.
    expect(await editor.field('s2.conferences').inputValue()).toBe('1.234');
    await screenshot(e2e.page, 'editor-section-2');

    await editor.reload();
    expect(await editor.field('s2.narrative').inputValue()).toBe(NARRATIVE);
    expect(await editor.field('s2.conferences').inputValue()).toBe('1.234');
    const draft = await e2e.host.services.api.getDraft({});
    expect(draft.values['s2.conferences']).toBe(1234);
    expect(draft.values['s2.narrative']).toBe(NARRATIVE);

    // The side list and the home page follow.
    expect(await editor.sideListItem(/Công tác chỉ đạo/).textContent()).toContain('Đang nhập');
    await editor.nav('Trang chính').click();
    const home = new HomePage(e2e.page);
    expect(await home.progressOf('Công tác chỉ đạo, triển khai').textContent()).toContain('2/4 mục');
    expect(await home.lastSaved.textContent()).toMatch(/^15\/05\/2023 \d\d:\d\d$/);
  });

  it('loses nothing when the window closes in the middle of typing', async () => {
    await setUpUnit(e2e.host);
    const editor = new EditorPage(e2e.page);
    await editor.open(e2e.host.url);
    await editor.nav('Soạn báo cáo').click();
    await editor.openPart(/Việc lựa chọn đội ngũ/);
    await editor.typeSlowly('s4.narrative', 'Đã hướng dẫn 12 CĐCS tổ chức đại hội');
    // Close at once: the debounce has not fired; the page-hide flush must carry the text.
    await e2e.page.close({ runBeforeUnload: true });

    await expect.poll(async () => (await e2e.host.services.api.getDraft({})).values['s4.narrative'], { timeout: 5000 }).toBe(
      'Đã hướng dẫn 12 CĐCS tổ chức đại hội',
    );
    const again = new EditorPage(await e2e.newPage());
    await again.open(e2e.host.url);
    await again.nav('Soạn báo cáo').click();
    await again.openPart(/Việc lựa chọn đội ngũ/);
    expect(await again.field('s4.narrative').inputValue()).toBe('Đã hướng dẫn 12 CĐCS tổ chức đại hội');
  });

  it('keeps a value the services refuse as typed across a reload, marked, with its message', async () => {
    await setUpUnit(e2e.host);
    await e2e.host.services.api.saveField({ key: 's5.courses', value: 6 });
    const editor = new EditorPage(e2e.page);
    await editor.open(e2e.host.url);
    await editor.nav('Soạn báo cáo').click();
    await editor.openPart(/Công tác đào tạo, bồi dưỡng/);

    // Unreadable number: the window says so at once.
    await editor.typeInto('s5.courses', '1.2.3,4');
    expect(await editor.errorAt('s5.courses').textContent()).toContain('Không đọc được số «1.2.3,4»');
    // Too large: refused by the services' contract, message at the field, and kept as typed.
    await editor.typeInto('s5.courses', '99.999.999');
    await editor.leaveField();
    await expect.poll(() => editor.errorAt('s5.courses').textContent()).toContain('Quá lớn: tối đa 10.000.000');
    await editor.waitSaved();
    await screenshot(e2e.page, 'editor-refused-value');
    const draft = await e2e.host.services.api.getDraft({});
    expect(draft.values['s5.courses']).toBeUndefined();
    expect(draft.rawInputs['s5.courses']).toEqual({ '': '99.999.999' });
    // Kept, not a value: an error that blocks export until it is corrected.
    expect(draft.validation.issues.find((i) => i.ruleId === 'input:s5.courses:')?.message).toContain('Quá lớn: tối đa 10.000.000');

    // A text over its limit is kept whole too.
    await editor.openPart(/Công tác tuyên truyền/);
    await editor.typeInto('s3.forms_other', 'x'.repeat(301));
    await editor.leaveField();
    await expect.poll(() => editor.errorAt('s3.forms_other').textContent()).toContain('Quá dài: tối đa 300 ký tự');
    await editor.waitSaved();

    // After a reload both are shown as typed, marked, with their message.
    await editor.reload();
    expect(await editor.field('s3.forms_other').inputValue()).toBe('x'.repeat(301));
    expect(await editor.field('s3.forms_other').getAttribute('aria-invalid')).toBe('true');
    expect(await editor.issueAt('s3.forms_other').textContent()).toContain('Quá dài: tối đa 300 ký tự');
    await editor.openPart(/Công tác đào tạo, bồi dưỡng/);
    expect(await editor.field('s5.courses').inputValue()).toBe('99.999.999');
    expect(await editor.field('s5.courses').getAttribute('aria-invalid')).toBe('true');
    expect(await editor.issueAt('s5.courses').textContent()).toContain('Quá lớn: tối đa 10.000.000');

    // Corrected: a value again, nothing kept beside it, no message.
    await editor.typeInto('s5.courses', '12');
    await editor.leaveField();
    await editor.waitSaved();
    const after = await e2e.host.services.api.getDraft({});
    expect(after.values['s5.courses']).toBe(12);
    expect(after.rawInputs['s5.courses']).toBeUndefined();
    await expect.poll(() => editor.issueAt('s5.courses').count()).toBe(0);
  });

  it('keeps a table cell over its column’s limit as typed, with its message, across a reload', async () => {
    await setUpUnit(e2e.host);
    const editor = new EditorPage(e2e.page);
    await editor.open(e2e.host.url);
    await editor.nav('Soạn báo cáo').click();
    await editor.openPart(/Kết quả thực hiện các chỉ tiêu/);
    const table = new TableField(editor, 's1.targets');
    await table.addRow('chỉ tiêu');
    await table.cell(1, 'name').fill('Số đoàn viên');
    await table.cell(1, 'target').fill('2.000.000.000.000');
    await table.cell(1, 'achieved').fill('5');
    await editor.leaveField();
    await editor.waitSaved();
    expect(await table.cellError(1, 'target').textContent()).toContain('Quá lớn: tối đa 1.000.000.000.000');
    const draft = await e2e.host.services.api.getDraft({});
    expect(draft.values['s1.targets']).toEqual([{ name: 'Số đoàn viên', unit: null, target: null, achieved: 5 }]);
    expect(draft.rawInputs['s1.targets']).toEqual({ '0:target': '2.000.000.000.000' });
    await editor.reload();
    expect(await table.cell(1, 'target').inputValue()).toBe('2.000.000.000.000');
    expect(await table.cell(1, 'target').getAttribute('aria-invalid')).toBe('true');
    expect(await table.cellError(1, 'target').textContent()).toContain('Quá lớn: tối đa 1.000.000.000.000');
  });
});
