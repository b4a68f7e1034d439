// Every page of a reporting unit and of a receiving unit is usable at 1024×768 (a window not maximised,
// an old projector) and at 1366×768: no inner horizontal scrolling, every control reachable, the header
// at most 15 % of the height. Screenshots of each page at both sizes are kept.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/artifacts';
import { checkLayout } from './support/layout';
import { setUpUnit, useE2E } from './support/session';
import { AppPage } from './pages/app-page';

const sample = (): unknown => JSON.parse(readFileSync('tests/fixtures/sample-tamduong.json', 'utf8'));
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
];
const EDITOR = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10', 'appendix'].map((p) => `edit/${p}`);
// Home holds the campaign list and its panel; the receiving unit's editor is the same component as the
// unit's, so two of its parts stand for the rest.
const UNIT_PAGES = ['home', ...EDITOR, 'review', 'export', 'keys', 'settings', 'profile'];
const RECEIVING_PAGES = ['home', 'inbox', 'tracker', 'synthesis', 'desk', 'directory', 'plan/survey', 'plan/speakers', 'plan/commendations', 'edit/s1', 'edit/s10', 'edit/appendix', 'review', 'export', 'keys', 'settings', 'profile'];

describe('layout on office screens', () => {
  const e2e = useE2E();

  async function walk(who: string, pages: string[]): Promise<string[]> {
    const app = new AppPage(e2e.page);
    await app.open(e2e.host.url);
    const problems: string[] = [];
    for (const size of SIZES) {
      await e2e.page.setViewportSize(size);
      for (const p of pages) {
        await e2e.page.evaluate((h) => (window.location.hash = h), `#/${p}`);
        await e2e.page.locator('h1').first().waitFor();
        await e2e.page.waitForTimeout(150);
        await screenshot(e2e.page, `layout-${who}-${p.replace('/', '-')}-${size.width}x${size.height}`);
        const report = await checkLayout(e2e.page);
        const at = `${who} ${p} ${size.width}×${size.height}`;
        if (report.headerHeight > size.height * 0.15) problems.push(`${at}: header ${report.headerHeight}px`);
        for (const s of report.horizontalScrollers) problems.push(`${at}: scrolls sideways: ${s}`);
        for (const u of report.unreachable) problems.push(`${at}: not reachable: ${u}`);
      }
    }
    return problems;
  }

  it('every page of a reporting unit', async () => {
    await setUpUnit(e2e.host);
    await e2e.host.services.api.loadDraft({ draft: sample() });
    expect(await walk('unit', UNIT_PAGES)).toEqual([]);
  });

  it('keeps a table’s names to a line or two on a 1920×1080 screen', async () => {
    await setUpUnit(e2e.host);
    await e2e.host.services.api.loadDraft({ draft: sample() });
    await e2e.page.setViewportSize({ width: 1920, height: 1080 });
    const app = new AppPage(e2e.page);
    await app.open(e2e.host.url);
    const lines = async (part: string, table: string): Promise<number[]> => {
      await e2e.page.evaluate((h) => (window.location.hash = h), `#/edit/${part}`);
      await e2e.page.locator(`#${table}`).waitFor();
      await screenshot(e2e.page, `layout-unit-edit-${part}-1920x1080`);
      return e2e.page.evaluate((id) => {
        const count = (el: HTMLElement): number => {
          const s = getComputedStyle(el);
          const inner = el.scrollHeight - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom);
          return Math.round(inner / parseFloat(s.lineHeight));
        };
        const header = document.querySelector<HTMLElement>(`#${id} thead th.col-wide`);
        const names = [...document.querySelectorAll<HTMLElement>(`#${id} tbody textarea`)].filter((el) => /-name$/.test(el.id));
        return [header ? Math.round(header.getBoundingClientRect().height) : -1, ...names.map(count)];
      }, table);
    };
    const [header, ...names] = await lines('s1', 'field-s1-targets');
    expect(names.length).toBe(4);
    // "Tên chỉ tiêu" and its entries: no name wraps past two lines, the heading row stays one line high.
    expect(Math.max(...names)).toBeLessThanOrEqual(2);
    expect(header).toBeLessThan(50);
  });

  it('every page of a receiving unit', async () => {
    await e2e.host.services.api.saveProfile({ unitCode: 'LDLD-LAICHAU', signerName: 'Nguyễn Thị Thiện', documentNumber: '12' });
    expect(await walk('province', RECEIVING_PAGES)).toEqual([]);
  });
});
