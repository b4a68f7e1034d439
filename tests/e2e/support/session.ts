// One browser per test file, one fresh host and data folder per test.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchBrowser, type Browser } from './browser';
import { CAMPAIGN_DAY, startTestHost, type TestHost, type TestHostOptions } from './host';

export interface E2E {
  readonly browser: Browser;
  readonly host: TestHost;
  readonly page: Page;
  /** A new tab on the same host, as when the window is reopened. */
  newPage(): Promise<Page>;
}

export async function preparePage(page: Page): Promise<Page> {
  // The renderer's "today" is a day of the campaign; timers still run, so autosave behaves as in life.
  await page.clock.setFixedTime(CAMPAIGN_DAY);
  page.on('pageerror', (e) => console.error('[page error]', e.message));
  return page;
}

function need<T>(x: T | null, what: string): T {
  if (!x) throw new Error(`${what} not ready`);
  return x;
}

export function useE2E(hostOptions: TestHostOptions = {}, browserOptions: { locale?: string } = {}): E2E {
  let browser: Browser | null = null;
  let host: TestHost | null = null;
  let page: Page | null = null;
  beforeAll(async () => {
    browser = await launchBrowser(browserOptions);
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    host = await startTestHost(hostOptions);
    page = await preparePage(await need(browser, 'browser').context.newPage());
  });
  afterEach(async () => {
    for (const p of browser?.context.pages() ?? []) await p.close();
    await host?.stop();
  });
  return {
    get browser() {
      return need(browser, 'browser');
    },
    get host() {
      return need(host, 'host');
    },
    get page() {
      return need(page, 'page');
    },
    newPage: async () => preparePage(await need(browser, 'browser').context.newPage()),
  };
}

/** Sets the unit up through the services directly, for tests that start after the first run. */
export async function setUpUnit(host: TestHost, unitCode = 'LDLD-TAMDUONG'): Promise<void> {
  await host.services.api.saveProfile({ unitCode, signerName: 'Lò Văn Pình', documentNumber: '25' });
}
