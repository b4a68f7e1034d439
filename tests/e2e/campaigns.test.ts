// The unit's side of campaigns in the window (SPEC §9): a brand-new commune union's first run from the
// campaign file it received, the fingerprint read over the phone, the campaign list on home, switching.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../electron/services/campaigns/workbook';
import { fingerprint } from '../../electron/services/signing/minisign';
import { validCampaignFile } from '../fixtures/hostile/cases-campaign';
import { KEY_A } from '../fixtures/hostile/test-keys';
import { useTempDirs } from '../helpers/temp';
import { UNION_CAMPAIGN_ID, unionWorkbookBytes } from '../helpers/union-campaign';
import { CampaignListPart, CampaignStartPart } from './pages/campaign-parts';
import { HomePage } from './pages/home-page';
import { screenshot } from './support/artifacts';
import { useE2E } from './support/session';

const tempDir = useTempDirs();

async function campaignFile(): Promise<string> {
  const checked = await checkWorkbook(await unionWorkbookBytes(), 'dot.xlsx');
  if (!checked.ok) throw new Error('the union workbook does not build');
  const file = join(tempDir(), `${UNION_CAMPAIGN_ID}_v1.tongket-campaign`);
  writeFileSync(file, await validCampaignFile(checked.book));
  return file;
}

describe('campaigns at a unit, in the window', () => {
  const e2e = useE2E();

  it('starts a new unit from a campaign file with the fingerprint confirmed, lists the campaigns and switches', async () => {
    const file = await campaignFile();
    const start = new CampaignStartPart(e2e.page);
    await start.open(e2e.host.url);
    await start.chooseFile(file);
    expect(await start.issuerLine.textContent()).toContain('LDLD-LAICHAU');
    await screenshot(e2e.page, 'campaign-first-run');
    // A wrong fingerprint is refused and sets nothing up.
    await start.start('Công đoàn phường Tân Phong', 'Lò Thị Xã', '0000-0000-0000-0000');
    await expect.poll(() => start.error.textContent()).toContain('không khớp');
    expect(await e2e.host.services.api.getProfile({})).toBeNull();
    await start.start('Công đoàn phường Tân Phong', 'Lò Thị Xã', fingerprint(KEY_A));

    const home = new HomePage(e2e.page);
    await expect.poll(() => home.heading.textContent()).toContain('Sơ kết công tác công đoàn 6 tháng');
    const list = new CampaignListPart(e2e.page);
    await expect.poll(() => list.ids()).toEqual(expect.arrayContaining([UNION_CAMPAIGN_ID, '1563-TK-2023']));
    expect(await list.isCurrent(UNION_CAMPAIGN_ID)).toBe(true);
    expect(await list.stateOf(UNION_CAMPAIGN_ID)).toBe('active');
    await screenshot(e2e.page, 'campaign-list');
    const profile = await e2e.host.services.api.getProfile({});
    expect([profile?.unit.code, profile?.parent?.code, profile?.signerName]).toEqual(['CDP-TANPHONG', 'LDLD-LAICHAU', 'Lò Thị Xã']);

    await list.use('1563-TK-2023');
    await expect.poll(() => home.heading.textContent()).toContain('1563');
    expect(await list.isCurrent('1563-TK-2023')).toBe(true);
    await screenshot(e2e.page, 'campaign-switched');
  });

  it('without the fingerprint the campaign is held, shown so, and cannot be chosen', async () => {
    const file = await campaignFile();
    const start = new CampaignStartPart(e2e.page);
    await start.open(e2e.host.url);
    await start.chooseFile(file);
    await start.start('Công đoàn phường Đoàn Kết', 'Lò Văn Phường', '');
    const list = new CampaignListPart(e2e.page);
    await expect.poll(() => list.stateOf(UNION_CAMPAIGN_ID)).toBe('held');
    expect(await list.item(UNION_CAMPAIGN_ID).getByRole('button', { name: 'Làm đợt này' }).isDisabled()).toBe(true);
    await screenshot(e2e.page, 'campaign-held');
  });
});
