// The English interface is complete: on every page of a reporting unit and of a receiving unit no
// interface text is left in Vietnamese. What the campaign or the user wrote (titles, guidance, field
// names, unit names, validation messages of the report, the printed report) stays as written and is
// marked data-source-text. Both sides hold real data: a package sent, a report returned with comments.
// Each page also passes an axe scan with no serious violation in English.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_PASSPHRASE } from '../helpers/cli';
import { GOOD_SAMPLE, readFixture } from '../helpers/fixtures';
import { screenshot } from './support/artifacts';
import { startTestHost, type TestHost } from './support/host';
import { seriousViolations } from './support/axe';
import { vietnameseLeaks, type Leak } from './support/language-scan';
import { setUpUnit, useE2E } from './support/session';
import { AppPage } from './pages/app-page';

const EDITOR = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10', 'appendix'].map((p) => `edit/${p}`);
const UNIT_PAGES = ['home', ...EDITOR, 'review', 'export', 'keys', 'settings', 'profile'];
const RECEIVING_PAGES = ['home', 'inbox', 'tracker', 'synthesis', ...EDITOR, 'review', 'export', 'keys', 'settings', 'profile'];
// Two hosts, a package and a receipt, then some twenty pages each scanned: longer than one page's test.
const WALK_TIMEOUT = 420_000;
const upload = (path: string) => ({ name: path.split('/').pop() ?? 'file', dataBase64: readFileSync(path).toString('base64') });

describe('English interface', () => {
  const e2e = useE2E({ passphrase: TEST_PASSPHRASE });
  let other: TestHost | null = null;
  afterEach(async () => {
    await other?.stop();
    other = null;
  });

  /** The unit exports revision 1 of the sample; the province knows its key and imports the package. */
  async function send(unit: TestHost, province: TestHost): Promise<void> {
    await unit.services.api.saveProfile({ unitCode: 'LDLD-TAMDUONG', signerName: 'Lò Văn Pình', documentNumber: '25' });
    await unit.services.api.loadDraft({ draft: readFixture(GOOD_SAMPLE) });
    const sent = await unit.services.api.exportPackage({});
    await province.services.api.saveProfile({ unitCode: 'LDLD-LAICHAU', signerName: 'Nguyễn Thị Thiện', documentNumber: '12' });
    const unitKey = unit.services.ctx.keys.ownActive('LDLD-TAMDUONG');
    if (!unitKey) throw new Error('no unit key');
    province.services.ctx.keys.registerForeign('LDLD-TAMDUONG', unitKey.publicKey, new Date().toISOString());
    const lines = await province.services.api.importUploads({ files: [upload(join(unit.exportsDir, sent.packageFile))] });
    expect(lines.map((l) => l.outcome)).toEqual(['accepted']);
  }

  async function walk(who: string, pages: string[]): Promise<string[]> {
    await e2e.page.addInitScript(() => window.localStorage.setItem('tongket.lang', 'en'));
    const app = new AppPage(e2e.page);
    await app.open(e2e.host.url);
    expect(await e2e.page.getAttribute('html', 'lang')).toBe('en');
    const found: string[] = [];
    for (const p of pages) {
      await e2e.page.evaluate((h) => (window.location.hash = h), `#/${p}`);
      await e2e.page.locator('h1').first().waitFor();
      await e2e.page.waitForTimeout(150);
      const leaks = await vietnameseLeaks(e2e.page);
      await screenshot(e2e.page, `english-${who}-${p.replace('/', '-')}`);
      // One line per place and text, so that a failure reads as a list of what to translate or mark.
      found.push(...new Set(leaks.map((l: Leak) => `${p}: ${l.where} «${l.text}»`)));
      // Source text marked lang="vi" inside an English page must keep the page accessible.
      // The editor's middle parts are the same components as its first and last: scanned once is enough.
      if (!/^edit\/s[2-9]$/.test(p)) for (const v of await seriousViolations(e2e.page)) found.push(`${p}: axe ${v.id} ${v.targets.join(', ')}`);
    }
    return found;
  }

  it('has no Vietnamese interface text on any page of a reporting unit whose report came back with comments', async () => {
    await setUpUnit(e2e.host);
    other = await startTestHost({ passphrase: TEST_PASSPHRASE });
    const province = other;
    await send(e2e.host, province);
    const receipt = await province.services.api.issueReceipt({
      unitCode: 'LDLD-TAMDUONG',
      decision: 'returned',
      comment: 'Kiểm tra lại phụ lục.',
      fields: [{ key: 'pl.chairs.end', comment: 'Chưa khớp sổ theo dõi.' }],
    });
    const provinceKey = province.services.ctx.keys.ownActive('LDLD-LAICHAU');
    if (!provinceKey) throw new Error('no province key');
    e2e.host.services.ctx.keys.registerForeign('LDLD-LAICHAU', provinceKey.publicKey, new Date().toISOString());
    expect((await e2e.host.services.api.importUploads({ files: [upload(receipt.path)] })).map((l) => l.outcome)).toEqual(['receipt']);
    // An inconsistency and a text that cannot be read, so that errors and their messages show too.
    await e2e.host.services.api.saveField({ key: 's7.admitted', value: 40 });
    await e2e.host.services.api.saveField({ key: 's5.courses', value: null, raw: { '': '4 lớp' } });
    expect(await walk('unit', UNIT_PAGES)).toEqual([]);
  }, WALK_TIMEOUT);

  it('has no Vietnamese interface text on any page of a receiving unit holding a unit’s package', async () => {
    other = await startTestHost({ passphrase: TEST_PASSPHRASE });
    await send(other, e2e.host);
    expect(await walk('province', RECEIVING_PAGES)).toEqual([]);
  }, WALK_TIMEOUT);
});
