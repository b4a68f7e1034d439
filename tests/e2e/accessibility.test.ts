// Every page passes an axe-core scan with no serious or critical violation, filled or empty, with
// errors and warnings showing; a screenshot of each is kept as an artifact.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/artifacts';
import { seriousViolations } from './support/axe';
import { setUpUnit, useE2E } from './support/session';
import { AppPage } from './pages/app-page';
import { EditorPage } from './pages/editor-page';

const sample = (): unknown => JSON.parse(readFileSync('tests/fixtures/sample-tamduong.json', 'utf8'));

describe('accessibility', () => {
  const e2e = useE2E();

  it('first-run setup has no serious violations', async () => {
    const app = new AppPage(e2e.page);
    await app.open(e2e.host.url);
    expect(await seriousViolations(e2e.page)).toEqual([]);
  });

  it('every page of a filled report has no serious violations', async () => {
    await setUpUnit(e2e.host);
    await e2e.host.services.api.loadDraft({ draft: sample() });
    // One inconsistency so that errors show too.
    await e2e.host.services.api.saveField({ key: 's7.admitted', value: 40 });
    const app = new AppPage(e2e.page);
    await app.open(e2e.host.url);

    const pages: [string, string][] = [
      ['home-filled', '#/home'],
      ['editor-s1-targets', '#/edit/s1'],
      ['editor-s3-choices', '#/edit/s3'],
      ['editor-s7-error', '#/edit/s7'],
      ['editor-s8-narratives', '#/edit/s8'],
      ['editor-s10', '#/edit/s10'],
      ['editor-appendix-filled', '#/edit/appendix'],
      ['review-filled', '#/review'],
      ['export-filled', '#/export'],
      ['keys-unit', '#/keys'],
      ['settings-profile', '#/profile'],
      ['settings-page', '#/settings'],
    ];
    const found: Record<string, unknown> = {};
    for (const [name, hash] of pages) {
      await e2e.page.evaluate((h) => {
        window.location.hash = h;
      }, hash);
      await e2e.page.locator('h1').first().waitFor();
      await screenshot(e2e.page, name);
      const v = await seriousViolations(e2e.page);
      if (v.length) found[name] = v;
    }
    expect(found).toEqual({});
  }, 300_000); // twelve pages, each scanned: longer than one page's test on a busy machine

  it('can be used with the keyboard alone: skip link, navigation, a field, autosave', async () => {
    await setUpUnit(e2e.host);
    const editor = new EditorPage(e2e.page);
    await editor.open(e2e.host.url);
    await e2e.page.keyboard.press('Tab');
    expect(await e2e.page.evaluate(() => document.activeElement?.textContent)).toBe('Bỏ qua, đến nội dung chính');
    // Tab order: skip link, then the main navigation in reading order.
    await e2e.page.keyboard.press('Tab');
    expect(await e2e.page.evaluate(() => document.activeElement?.textContent)).toBe('Trang chính');
    await e2e.page.keyboard.press('Tab');
    expect(await e2e.page.evaluate(() => document.activeElement?.textContent)).toBe('Soạn báo cáo');
    await e2e.page.keyboard.press('Enter');
    await expect.poll(() => editor.heading.textContent()).toBe('1. Kết quả thực hiện các chỉ tiêu của Chương trình');
    // The page title takes focus; Tab moves on into the side list, then the fields.
    expect(await e2e.page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await editor.sideListItem(/Việc lựa chọn đội ngũ/).focus();
    await e2e.page.keyboard.press('Enter');
    await expect.poll(() => editor.heading.textContent()).toContain('4. Việc lựa chọn');
    await e2e.page.keyboard.press('Tab');
    expect(await e2e.page.evaluate(() => document.activeElement?.id)).toBe('field-s4-narrative');
    await e2e.page.keyboard.type('Chọn người có uy tín.');
    await e2e.page.keyboard.press('Tab');
    await editor.waitSaved();
    expect((await e2e.host.services.api.getDraft({})).values['s4.narrative']).toBe('Chọn người có uy tín.');
  });
});
