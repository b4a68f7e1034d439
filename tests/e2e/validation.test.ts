// Inconsistent figures are shown at the field and in the review list, whose link jumps back to the
// field; a warning's explanation is written right at the field and kept.
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/artifacts';
import { setUpUnit, useE2E } from './support/session';
import { EditorPage } from './pages/editor-page';
import { ReviewPage } from './pages/review-page';

describe('validation in the editor and the review', () => {
  const e2e = useE2E();

  it('shows an inconsistent appendix at the field and in the review, whose link jumps to it', async () => {
    await setUpUnit(e2e.host);
    const editor = new EditorPage(e2e.page);
    await editor.open(e2e.host.url);
    await editor.nav('Soạn báo cáo').click();
    await editor.openPart(/Phụ lục số liệu/);

    await editor.typeInto('pl.unions.end', '5');
    await editor.typeInto('pl.chairs.end', '10');
    await editor.leaveField();
    await editor.waitSaved();
    const message = 'Tổng số chủ tịch CĐCS (T) tại tháng 5/2023 là 10, nhiều hơn số CĐCS ngoài khu vực nhà nước (5).';
    await expect.poll(() => editor.issueAt('pl.chairs.end').textContent()).toContain(message);
    expect(await editor.field('pl.chairs.end').getAttribute('aria-invalid')).toBe('true');
    expect(await editor.sideListItem(/Phụ lục số liệu/).textContent()).toContain('1 lỗi');
    await screenshot(e2e.page, 'editor-appendix-error');

    await editor.nav('Xem lại và kiểm tra').click();
    const review = new ReviewPage(e2e.page);
    await review.heading.waitFor();
    expect(await review.problem(message).textContent()).toContain('Sửa ô «Tổng số chủ tịch CĐCS (T) (Tháng 5/2023)»');
    // Empty sections print "(chưa có nội dung)" and are listed.
    expect(await review.sectionOfDocument('s4').textContent()).toContain('(chưa có nội dung)');
    expect(await review.problems.textContent()).toContain('4. Việc lựa chọn đội ngũ chủ tịch');
    await screenshot(e2e.page, 'review-problems');

    await review.followLink(message);
    expect(await editor.heading.textContent()).toBe('Phụ lục số liệu đội ngũ chủ tịch công đoàn cơ sở ngoài khu vực nhà nước');
    await expect.poll(() => e2e.page.evaluate(() => document.activeElement?.id)).toBe('field-pl-chairs-end');

    // Fixing it clears the problem everywhere.
    await editor.typeInto('pl.chairs.end', '5');
    await editor.leaveField();
    await editor.waitSaved();
    await expect.poll(() => editor.issueAt('pl.chairs.end').count()).toBe(0);
    // Only the required narratives of this otherwise empty draft remain.
    const left = (await e2e.host.services.api.checkDraft({})).issues.filter((i) => i.severity === 'error');
    expect(left.length).toBeGreaterThan(0);
    expect(left.filter((i) => !i.ruleId.startsWith('required.'))).toEqual([]);
  });

  it('keeps the explanation of a warning written at the field', async () => {
    await setUpUnit(e2e.host);
    const editor = new EditorPage(e2e.page);
    await editor.open(e2e.host.url);
    await editor.nav('Soạn báo cáo').click();
    await editor.openPart(/Phụ lục số liệu/);
    await editor.typeInto('pl.unions.start', '30');
    await editor.typeInto('pl.unions.end', '64');
    await editor.leaveField();
    await editor.waitSaved();
    await expect.poll(() => editor.issueAt('pl.unions.end').textContent()).toContain('thay đổi hơn 50%');
    expect(await editor.issueAt('pl.unions.end').textContent()).toContain('Chưa giải trình');

    const reason = 'Năm 2022 thành lập mới 34 CĐCS tại khu công nghiệp Tam Đường.';
    await editor.explanationFor('pl.unions.end').fill(reason);
    await editor.leaveField();
    await editor.waitSaved();
    expect(await editor.issueAt('pl.unions.end').textContent()).toContain('Đã giải trình');
    await screenshot(e2e.page, 'editor-appendix-warning');

    await editor.reload();
    expect(await editor.explanationFor('pl.unions.end').inputValue()).toBe(reason);
    const draft = await e2e.host.services.api.getDraft({});
    expect(draft.explanations['pl.unions_change']).toBe(reason);
    expect(draft.validation.unexplainedCount).toBe(0);

    await editor.nav('Xem lại và kiểm tra').click();
    const review = new ReviewPage(e2e.page);
    await review.heading.waitFor();
    expect(await review.problem('thay đổi hơn 50%').textContent()).toContain(`Đã giải trình: ${reason}`);
    // The explanation travels with the printed appendix too.
    expect(await review.sectionOfDocument('appendix').textContent()).toContain(reason);
  });
  it('links a message kept at a field of another part to that field', async () => {
    await setUpUnit(e2e.host);
    await e2e.host.services.api.saveField({ key: 'pl.chairs.end', value: 10 });
    await e2e.host.services.api.saveField({ key: 's5.chairs_trained', value: 12 });
    const editor = new EditorPage(e2e.page);
    await editor.open(e2e.host.url);
    await e2e.page.evaluate(() => (window.location.hash = '#/edit/appendix'));
    const link = editor.issueAt('pl.chairs.end').getByRole('link');
    expect(await link.getAttribute('href')).toBe('#/edit/s5?field=s5.chairs_trained');
    await link.click();
    await expect.poll(() => e2e.page.evaluate(() => document.activeElement?.id)).toBe('field-s5-chairs_trained');
  });
});
