// Vietnamese by default; English can be chosen in settings, is kept across a reload, and switching
// back restores Vietnamese. The report itself stays Vietnamese.
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/artifacts';
import { setUpUnit, useE2E } from './support/session';
import { AppPage } from './pages/app-page';
import { SettingsPage } from './pages/settings-page';

describe('interface language', () => {
  const e2e = useE2E();

  it('switches to English in settings and back', async () => {
    await setUpUnit(e2e.host);
    const app = new AppPage(e2e.page);
    await app.open(e2e.host.url);
    expect(await e2e.page.getAttribute('html', 'lang')).toBe('vi');
    await app.nav('Cài đặt').click();
    const settings = new SettingsPage(e2e.page);
    await expect.poll(() => settings.heading.textContent()).toBe('Cài đặt');
    await screenshot(e2e.page, 'settings');

    await settings.chooseLanguage('English');
    await expect.poll(() => settings.heading.textContent()).toBe('Settings');
    expect(await e2e.page.getAttribute('html', 'lang')).toBe('en');
    expect(await settings.nav('Home').isVisible()).toBe(true);
    await settings.reload();
    expect(await settings.heading.textContent()).toBe('Settings');

    await settings.nav('Review and check').click();
    // The settings heading stays until the page re-renders: wait for the review's.
    await expect.poll(() => settings.heading.textContent()).toBe('Review and check');
    // The printed report is Vietnamese whatever the interface language.
    expect(await e2e.page.locator('article.paper').textContent()).toContain('BÁO CÁO');
    await screenshot(e2e.page, 'review-english');

    await settings.nav('Settings').click();
    await settings.chooseLanguage('Tiếng Việt');
    await expect.poll(() => settings.heading.textContent()).toBe('Cài đặt');
    expect(await e2e.page.getAttribute('html', 'lang')).toBe('vi');
  });
});
