// A planned key replacement from the window: Settings makes the next key, the export that follows
// announces it (and its e-mail says so), and from then on the new key signs.
import { describe, expect, it } from 'vitest';
import { TEST_PASSPHRASE } from '../helpers/cli';
import { GOOD_SAMPLE, readFixture } from '../helpers/fixtures';
import { seriousViolations } from './support/axe';
import { screenshot } from './support/artifacts';
import { setUpUnit, useE2E } from './support/session';
import { ExportPage } from './pages/export-page';
import { KeyMoveModel } from './pages/settings-page';

describe('announcing a new key in the window', () => {
  const e2e = useE2E({ passphrase: TEST_PASSPHRASE });

  it('announces the next key in the next export, which then signs', async () => {
    await setUpUnit(e2e.host);
    const { api } = e2e.host.services;
    await api.loadDraft({ draft: { ...readFixture(GOOD_SAMPLE), unitCode: 'LDLD-TAMDUONG' } });
    const current = await api.getSigningKey({});

    const settings = new KeyMoveModel(e2e.page);
    await settings.open(e2e.host.url);
    await settings.nav('Cài đặt').click();
    await settings.keyPanel.getByRole('button', { name: 'Báo trước khóa mới cho cấp trên' }).click();
    const waiting = settings.keyPanel.getByTestId('key-next');
    await waiting.waitFor();
    const next = (await api.getSigningKey({}))?.next?.fingerprint ?? '?';
    expect(await waiting.textContent()).toContain(`Khóa mới ${next} sẽ được báo cho cấp trên trong lần gửi tới`);
    expect(await settings.keyPanel.getByRole('button', { name: 'Báo trước khóa mới cho cấp trên' }).count()).toBe(0);
    await screenshot(e2e.page, 'key-announce');
    expect(await seriousViolations(e2e.page)).toEqual([]);

    const exportPage = new ExportPage(e2e.page);
    await exportPage.openFromNav();
    await exportPage.exportNow();
    expect(await exportPage.resultFact('package-fingerprint').textContent()).toContain(current?.fingerprint ?? '?');
    expect(await exportPage.emailBody.inputValue()).toContain(`báo trước khóa ký mới của đơn vị, dấu vân tay ${next}`);
    expect(await api.getSigningKey({})).toMatchObject({ fingerprint: next, next: null, state: 'ready' });
  });
});
