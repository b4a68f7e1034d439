// The editor remembers a closed guidance box across reloads, its side list follows the part on screen,
// and a rule over a group of cells (a breakdown that must add up to T) is said once for the group.
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/artifacts';
import { setUpUnit, useE2E } from './support/session';
import { EditorPage } from './pages/editor-page';

describe('editor guidance, side list and group messages', () => {
  const e2e = useE2E();

  it('keeps the guidance closed across a reload once closed, and open once reopened', async () => {
    await setUpUnit(e2e.host);
    const editor = new EditorPage(e2e.page);
    await editor.open(e2e.host.url);
    await editor.nav('Soạn báo cáo').click();
    const toggle = e2e.page.locator('button.guidance-toggle');
    const body = e2e.page.locator('#guidance-body');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await body.textContent()).toContain('Kế hoạch số 133/KH-LĐLĐ');

    await toggle.click();
    expect(await body.count()).toBe(0);
    await editor.reload();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await body.count()).toBe(0);
    // Closed on every part, not only the one where it was closed.
    await editor.openPart(/Công tác chỉ đạo, triển khai/);
    expect(await body.count()).toBe(0);
    await screenshot(e2e.page, 'editor-guidance-closed');

    await toggle.click();
    await editor.reload();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await body.textContent()).toContain('quán triệt');
  });

  it('marks the part on screen in the side list and keeps it in sight when moving through the report', async () => {
    await setUpUnit(e2e.host);
    await e2e.page.setViewportSize({ width: 1366, height: 768 });
    const editor = new EditorPage(e2e.page);
    await editor.open(e2e.host.url);
    await editor.nav('Soạn báo cáo').click();
    const current = e2e.page.locator('nav.part-list a[aria-current="page"]');
    const inSight = () =>
      e2e.page.evaluate(() => {
        const list = document.querySelector('nav.part-list');
        const link = list?.querySelector('a[aria-current="page"]');
        if (!list || !link) return false;
        const l = list.getBoundingClientRect();
        const r = link.getBoundingClientRect();
        return r.top >= l.top - 1 && r.bottom <= l.bottom + 1;
      });
    // Through the pager, part after part, down to the appendix at the bottom of the list.
    for (const next of ['Mục 2', 'Mục 3', 'Mục 4', 'Mục 5', 'Mục 6', 'Mục 7', 'Mục 8', 'Mục 9', 'Mục 10', 'Phụ lục số liệu']) {
      await e2e.page.getByRole('link', { name: `Phần sau: ${next} →` }).click();
      const n = next.replace('Mục ', '');
      await expect.poll(() => current.textContent()).toMatch(next === 'Phụ lục số liệu' ? /^\s*Phụ lục/ : new RegExp(`^${n}\\.`));
      await expect.poll(inSight).toBe(true);
    }
    await screenshot(e2e.page, 'editor-side-list-appendix');
    // Back to the top by the side list itself.
    await editor.openPart(/Kết quả thực hiện các chỉ tiêu/);
    await expect.poll(() => current.textContent()).toMatch(/^1\./);
    await expect.poll(inSight).toBe(true);
  });

  it('says a breakdown that does not add up to T once for the group, not under every cell', async () => {
    await setUpUnit(e2e.host);
    for (const [key, value] of [
      ['pl.chairs.end', 10],
      ['pl.age_u35.end', 2],
      ['pl.age_35_50.end', 2],
      ['pl.age_o50.end', 2],
    ] as const) {
      await e2e.host.services.api.saveField({ key, value });
    }
    const editor = new EditorPage(e2e.page);
    await editor.open(e2e.host.url);
    await e2e.page.evaluate(() => (window.location.hash = '#/edit/appendix'));
    const message = 'Số chủ tịch chia theo độ tuổi (dưới 35, 35–50, trên 50) tại tháng 5/2023 cộng lại được 6, nhưng tổng số chủ tịch (T) là 10.';
    await expect.poll(() => e2e.page.locator('div.issue', { hasText: message }).count()).toBe(1);
    expect(await e2e.page.locator('div.issue[id$="-issue-pl-age_sum-end"]').count()).toBe(1);
    // Every cell of the group is still marked, and points at the message.
    for (const key of ['pl.age_u35.end', 'pl.age_35_50.end', 'pl.age_o50.end']) {
      expect(await editor.field(key).getAttribute('aria-invalid'), key).toBe('true');
    }
    await screenshot(e2e.page, 'editor-group-message-once');
  });
});
