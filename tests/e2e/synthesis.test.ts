// The province's synthesis page in Chromium over real packages: three units send, two are accepted.
// The officer sees units by name (hashes only in a package's details), numbers in Vietnamese format
// right-aligned, rates with two decimals and changes in "điểm %", three charts drawn by the charting
// library (loaded only when the page is opened), each an image named by its sentence with its table,
// and the "Tính theo" choice still there after a reload. Screenshot: test-results/e2e/synthesis.png.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServices } from '../../electron/services/app-services';
import { formatRate, formatRateChange } from '../../shared/documents/table';
import { formatNumber } from '../../shared/format/vi';
import { TEST_PASSPHRASE } from '../helpers/cli';
import { variedValues } from '../helpers/province-sample';
import { importInto, unitExports, type World } from '../helpers/province-world';
import { SynthesisPage } from './pages/synthesis-page';
import { screenshot } from './support/artifacts';
import { seriousViolations } from './support/axe';
import { launchBrowser, type Browser } from './support/browser';
import { startTestHost, type TestHost } from './support/host';
import { preparePage } from './support/session';

const SENDING = ['LDLD-TAMDUONG', 'LDLD-PHONGTHO', 'LDLD-SINHO'];
const ACCEPTED = ['LDLD-TAMDUONG', 'LDLD-PHONGTHO'];
const NAMES = ['LĐLĐ huyện Tam Đường', 'LĐLĐ huyện Phong Thổ', 'LĐLĐ huyện Sìn Hồ'];

let root: string;
let host: TestHost;
let browser: Browser;
let page: Page;
let units: Map<string, AppServices>;
const scripts: string[] = [];
const consoleErrors: string[] = [];

/** Percent of women among a variant's chairs, from the test's own data. */
const womenRate = (i: number, p: 'start' | 'end'): number => ((variedValues(i)[`pl.women.${p}`] as number) / (variedValues(i)[`pl.chairs.${p}`] as number)) * 100;
const sumOf = (indices: number[], key: string): number => indices.reduce((a, i) => a + (variedValues(i)[key] as number), 0);

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tongket-e2e-synthesis-'));
  host = await startTestHost({ passphrase: TEST_PASSPHRASE });
  await host.services.api.saveProfile({ unitCode: 'LDLD-LAICHAU', signerName: 'Nguyễn Thị Thiện', documentNumber: '12' });
  units = new Map();
  const out = join(root, 'out');
  mkdirSync(out);
  // The province of the world is the host's own services: the packages land in the window's database.
  const w: World = { root, province: host.services, units, out, close: () => undefined };
  const files = [];
  for (const [i, code] of SENDING.entries()) files.push({ name: `${code}.tongket`, bytes: await unitExports(w, code, i) });
  await importInto(w, files);
  for (const code of ACCEPTED) await host.services.api.issueReceipt({ unitCode: code, decision: 'accepted', comment: '', fields: [] });
  browser = await launchBrowser();
  page = await preparePage(await browser.context.newPage());
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  for (const u of units?.values() ?? []) u.close();
  await host?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('province synthesis page', () => {
  it('shows units by name, numbers in Vietnamese format, and charts with their text alternatives', async () => {
    const s = new SynthesisPage(page);
    await s.open(host.url);
    // The first screen does not load the charting library.
    expect(scripts.filter((u) => /chart-engine/.test(u))).toEqual([]);
    await s.openFromNav();
    expect((await s.counted.innerText()).replace(/\s+/g, ' ')).toBe('2/9 đơn vị được tính (bản đã được chấp nhận)');

    // Names, not codes or hashes; the hashes wait in the package's details.
    const main = await page.locator('main').innerText();
    const hash = (await host.services.api.getAggregate({})).units.find((u) => u.unitCode === 'LDLD-TAMDUONG')?.source?.manifestSha256 as string;
    for (const name of NAMES) expect(main).toContain(name);
    expect(main).not.toContain('LDLD-TAMDUONG');
    expect(main).not.toContain(hash.slice(0, 8));
    await s.unitRow('LĐLĐ huyện Tam Đường').locator('summary').click();
    await expect.poll(() => s.unitRow('LĐLĐ huyện Tam Đường').innerText()).toContain(hash);

    // Totals: Vietnamese separators, right-aligned; the rate with two decimals, its change in points.
    const members = await s.totalsRow('members');
    expect(members.slice(0, 2)).toEqual([formatNumber(sumOf([0, 1], 'pl.members.start')), formatNumber(sumOf([0, 1], 'pl.members.end'))]);
    const align = await s.totals.locator('tr[data-indicator="members"] td').first().evaluate((td) => getComputedStyle(td).textAlign);
    expect(align).toBe('right');
    const rate = (p: 'start' | 'end') => (sumOf([0, 1], `pl.women.${p}`) / sumOf([0, 1], `pl.chairs.${p}`)) * 100;
    const women = await s.totalsRow('women_rate');
    expect(women).toEqual([formatRate(rate('start')), formatRate(rate('end')), formatRateChange(rate('end') - rate('start'))]);
    expect(women[2]).toMatch(/^[+-]?\d+,\d{2} điểm %$/);

    // Three charts drawn by the library (SVG), each an image named by its sentence, each with its table.
    for (const id of ['status', 'unit', 'change'] as const) await s.chart(id).locator('svg').first().waitFor({ timeout: 30_000 });
    expect(scripts.filter((u) => /chart-engine/.test(u))).toHaveLength(1);
    expect(await s.chartImage('status').getAttribute('aria-label')).toBe(
      'Biểu đồ cột ngang: Tình hình gửi báo cáo của các đơn vị, 3 mục; cao nhất Chưa nhận (6 đơn vị); thấp nhất Chưa chấp nhận (1 đơn vị).',
    );
    expect(await s.chartTable('status')).toEqual([
      ['Đã tính', '2'],
      ['Chưa chấp nhận', '1'],
      ['Chưa nhận', '6'],
    ]);
    const byUnit = await s.chartTable('unit');
    // Largest first.
    const order = [0, 1].sort((a, b) => womenRate(b, 'end') - womenRate(a, 'end'));
    expect(byUnit).toEqual(order.map((i) => [NAMES[i], formatRate(womenRate(i, 'end'))]));
    expect(await s.chartImage('unit').getAttribute('aria-label')).toContain(`cao nhất ${NAMES[order[0] as number]} (${formatRate(womenRate(order[0] as number, 'end'))})`);
    const change = await s.chartTable('change');
    // In the directory's order (by name), so that a unit keeps its place whatever the indicator.
    expect(change).toEqual(
      [1, 0].map((i) => [NAMES[i], formatRate(womenRate(i, 'start')), formatRate(womenRate(i, 'end')), formatRateChange(womenRate(i, 'end') - womenRate(i, 'start'))]),
    );
    // The chart's own labels are Vietnamese numbers too.
    expect(await s.chart('unit').locator('svg').textContent()).toContain(formatRate(womenRate(0, 'end')));

    await screenshot(page, 'synthesis');
    expect(await seriousViolations(page)).toEqual([]);
    // The library draws within the app's content security policy (no inline style or script refused).
    expect(consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  });

  it('follows the indicator the officer picks', async () => {
    const s = new SynthesisPage(page);
    await s.page.getByTestId('chart-indicator').selectOption('members');
    await expect.poll(() => s.chart('unit').locator('figcaption').innerText()).toContain('Số đoàn viên công đoàn theo đơn vị');
    const rows = await s.chartTable('unit');
    const members = (i: number) => variedValues(i)['pl.members.end'] as number;
    const order = [0, 1].sort((a, b) => members(b) - members(a));
    expect(rows).toEqual(order.map((i) => [NAMES[i], formatNumber(members(i))]));
  });

  it('remembers "Tính theo" and the indicator after a reload', async () => {
    const s = new SynthesisPage(page);
    await s.chooseBasis('received');
    await expect.poll(() => s.counted.innerText()).toContain('3/9');
    await s.reload();
    await s.units.waitFor();
    expect(await s.basis.inputValue()).toBe('received');
    await expect.poll(() => s.counted.innerText()).toContain('3/9 đơn vị được tính (bản mới nhận)');
    expect(await s.page.getByTestId('chart-indicator').inputValue()).toBe('members');
    await s.chart('unit').locator('svg').first().waitFor({ timeout: 30_000 });
    await screenshot(page, 'synthesis-received');
  });
});
