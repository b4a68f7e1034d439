// The editor saves as the user types: a narrative with paragraphs and bullets and a number typed the
// Vietnamese way survive a reload, and closing the window mid-typing loses nothing.
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/artifacts';
import { setUpUnit, useE2E } from './support/session';
import { EditorPage } from './pages/editor-page';
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

  it('refuses values the contract rejects with a Vietnamese message at the field, saving nothing', async () => {
    await setUpUnit(e2e.host);
    await e2e.host.services.api.saveField({ key: 's5.courses', value: 6 });
    const editor = new EditorPage(e2e.page);
    await editor.open(e2e.host.url);
    await editor.nav('Soạn báo cáo').click();
    await editor.openPart(/Công tác đào tạo, bồi dưỡng/);

    // Unreadable number: refused in the window, never sent.
    await editor.typeInto('s5.courses', '1.2.3,4');
    expect(await editor.errorAt('s5.courses').textContent()).toContain('Không đọc được số «1.2.3,4»');
    // Too large: refused by the services' contract, message at the field.
    await editor.typeInto('s5.courses', '99.999.999');
    await editor.leaveField();
    await expect.poll(() => editor.errorAt('s5.courses').textContent()).toContain('Quá lớn: tối đa 10.000.000');
    expect(await editor.saveStatus.textContent()).toContain('Có ô chưa lưu được');
    // The warning says where: a link to the field, whatever page is open.
    expect(await editor.saveStatus.getByRole('link').getAttribute('href')).toBe('#/edit/s5?field=s5.courses');
    await screenshot(e2e.page, 'editor-refused-value');
    expect((await e2e.host.services.api.getDraft({})).values['s5.courses']).toBe(6);

    // Leaving with a refused change asks first; saying yes leaves it behind.
    const asked: string[] = [];
    e2e.page.on('dialog', (d) => {
      asked.push(d.message());
      void d.accept();
    });
    await editor.openPart(/Công tác tuyên truyền/);
    expect(asked).toEqual(['Còn thay đổi chưa lưu được. Vẫn rời trang này?']);
    await editor.typeInto('s3.forms_other', 'x'.repeat(301));
    await editor.leaveField();
    await expect.poll(() => editor.errorAt('s3.forms_other').textContent()).toContain('Quá dài: tối đa 300 ký tự');
    expect((await e2e.host.services.api.getDraft({})).values['s3.forms_other']).toBeUndefined();

    // After a reload the stored value is the one shown.
    await editor.reload();
    await editor.openPart(/Công tác đào tạo, bồi dưỡng/);
    expect(await editor.field('s5.courses').inputValue()).toBe('6');
  });
});
