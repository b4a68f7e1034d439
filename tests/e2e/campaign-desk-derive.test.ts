// A derived campaign in the province's campaign desk, in the window (SPEC §9, issue 15): on a campaign
// received from the confederation, «Phát hành cho đơn vị cấp dưới» starts a derived draft; the clerk
// sets its id and a deadline (the sections are not editable), saves and issues; the file names its parent.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../electron/services/package/hashing';
import { MANIFEST_ENTRY } from '../../shared/package/manifest';
import { entriesOf, entryData } from '../fixtures/hostile/base-package';
import { TEST_PASSPHRASE, tongketOk } from '../helpers/cli';
import { UNION_CAMPAIGN_ID, unionSheets, writeUnionWorkbook } from '../helpers/union-campaign';
import { DeskPage } from './pages/desk-page';
import { screenshot } from './support/artifacts';
import { launchBrowser, type Browser } from './support/browser';
import { startTestHost, type TestHost } from './support/host';
import { preparePage } from './support/session';

const DERIVED_ID = 'LC-6T-2027';

let root: string;
let parentFile: string;
let browser: Browser;
let province: TestHost;
let page: Page;

const ok = (args: string[]): string => tongketOk(args);

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tongket-e2e-desk-derive-'));
  // The confederation issues its campaign to the province; the province receives it (CLI).
  const tld = join(root, 'tld');
  ok(['--data', tld, 'setup', '--unit', 'TLD', '--signer', 'Nguyễn Văn Tổng']);
  const base = unionSheets();
  const wb = join(root, 'tld.xlsx');
  await writeUnionWorkbook(
    wb,
    unionSheets({
      'Văn bản căn cứ': [base['Văn bản căn cứ']?.[0] ?? [], ['324/KH-TLĐ', '02/05/2027', 'Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam', 'Kế hoạch sơ kết 6 tháng đầu năm 2027']],
      'Thời hạn': [base['Thời hạn']?.[0] ?? [], ['ldld-tinh', '05/07/2027', '10/07/2027', 'Ban Tổ chức', null, 'Tổng Liên đoàn (Ban Tổ chức)\nLưu VT']],
      'Đơn vị': [base['Đơn vị']?.[0] ?? [], ['LDLD-LAICHAU', 'Liên đoàn Lao động tỉnh Lai Châu', 'LĐLĐ tỉnh Lai Châu', 'ldld-tinh', 'TLD', 'Lai Châu']],
    }),
  );
  const issued = JSON.parse(ok(['--data', tld, '--json', 'campaign', 'issue', wb, '--out', join(root, 'tld-gui')])) as { file: string; fingerprint: string };
  parentFile = issued.file;
  const data = join(root, 'tinh');
  ok(['--data', data, 'setup', '--unit', 'LDLD-LAICHAU', '--signer', 'Nguyễn Văn Tỉnh']);
  ok(['--data', data, 'import', issued.file]);
  ok(['--data', data, 'key', 'confirm', 'X', '--fingerprint', issued.fingerprint]);
  province = await startTestHost({ dataDir: data, passphrase: TEST_PASSPHRASE });
  browser = await launchBrowser();
  page = await preparePage(await browser.context.newPage());
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await province?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('a derived campaign in the desk', () => {
  it('derives the campaign from above, edits its deadline and issues it', async () => {
    const desk = new DeskPage(page);
    await desk.open(province.url);
    await desk.openDesk();
    await page.locator(`button[data-derive="${UNION_CAMPAIGN_ID}"]`).click();
    await desk.input('desk-title').waitFor();
    expect(await page.locator('[data-derived-from]').getAttribute('data-derived-from')).toBe(UNION_CAMPAIGN_ID);
    // The template stays the parent's: no section editing, the period read-only.
    expect(await page.locator('#desk-section-0-guidance').count()).toBe(0);
    expect(await desk.input('desk-from').getAttribute('readonly')).not.toBeNull();

    await desk.input('desk-campaignId').fill(DERIVED_ID);
    await desk.input('desk-deadline-0-finish').fill('22/06/2027');
    await desk.input('desk-deadline-0-send').fill('26/06/2027');
    await desk.save();
    await screenshot(page, 'desk-derive-1-edited');

    await desk.issue();
    expect(readdirSync(province.exportsDir).filter((f) => f.endsWith('.tongket-campaign') || f.endsWith('.pub')).sort()).toEqual([`${DERIVED_ID}_v1.tongket-campaign`, 'LDLD-LAICHAU.pub']);
    expect(await page.locator('#desk-email-body').inputValue()).toContain('22/06/2027');
    await screenshot(page, 'desk-derive-2-issued');
    const manifest = JSON.parse(entryData(entriesOf(readFileSync(join(province.exportsDir, `${DERIVED_ID}_v1.tongket-campaign`))), MANIFEST_ENTRY).toString('utf8')) as { derivedFrom: string };
    expect(manifest.derivedFrom).toBe(sha256Hex(entryData(entriesOf(readFileSync(parentFile)), MANIFEST_ENTRY)));
  }, 240_000);
});
