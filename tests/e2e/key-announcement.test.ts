// A planned key replacement from the window: Settings makes the next key, the export that follows
// announces it (and its e-mail says so), and from then on the new key signs.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppServices } from '../../electron/services/app-services';
import { computerHooks } from '../helpers/device-protector';
import { useTempDirs } from '../helpers/temp';
import { TEST_PASSPHRASE } from '../helpers/cli';
import { GOOD_SAMPLE, readFixture } from '../helpers/fixtures';
import { seriousViolations } from './support/axe';
import { screenshot } from './support/artifacts';
import { setUpUnit, useE2E } from './support/session';
import { ExportPage } from './pages/export-page';
import { KeysPage } from './pages/keys-page';
import { KeyMoveModel } from './pages/settings-page';

describe('announcing a new key in the window', () => {
  const e2e = useE2E({ passphrase: TEST_PASSPHRASE });
  const tempDir = useTempDirs();

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

  it('shows the province the keys announced ahead, and confirms one by its fingerprint', async () => {
    const root = tempDir();
    const out = join(root, 'out');
    mkdirSync(out, { recursive: true });
    const unit = openAppServices({ dataDir: join(root, 'don-vi'), create: true, host: computerHooks(out) });
    try {
      const { api: p } = e2e.host.services;
      await p.saveProfile({ unitCode: 'LDLD-LAICHAU', signerName: 'Nguyễn Thị Thiện' });
      const u = unit.api;
      await u.saveProfile({ unitCode: 'LDLD-SINHO', signerName: 'Lò Văn Minh' });
      await u.loadDraft({ draft: { ...readFixture(GOOD_SAMPLE), unitCode: 'LDLD-SINHO' } });
      const pub = await u.exportPublicKey({});
      await p.registerKey({ publicKeyText: readFileSync(pub.path, 'utf8'), fingerprint: pub.fingerprint });
      const next = (await u.announceNewKey({})).next?.fingerprint ?? '?';
      const r1 = await u.exportPackage({});
      await p.importUploads({ files: [{ name: r1.packageFile, dataBase64: readFileSync(join(r1.folder, r1.packageFile)).toString('base64') }] });

      const keys = new KeysPage(e2e.page);
      await keys.open(e2e.host.url);
      await keys.openFromNav();
      const section = e2e.page.getByTestId('announced-keys');
      expect(await section.textContent()).toContain(next);
      await section.getByRole('button', { name: /Xác nhận khóa mới của/ }).click();
      const dialog = e2e.page.getByRole('dialog');
      await dialog.getByLabel('Dấu vân tay đọc qua điện thoại').fill(pub.fingerprint);
      await dialog.getByRole('button', { name: 'Xác nhận khóa' }).click();
      expect(await keys.dialogOutcome()).toContain('không khớp');
      await dialog.getByLabel('Dấu vân tay đọc qua điện thoại').fill(next);
      await dialog.getByRole('button', { name: 'Xác nhận khóa' }).click();
      expect(await keys.dialogOutcome()).toBeNull();
      expect(await keys.notice.textContent()).toContain('khóa cũ của đơn vị đã bị thu hồi');
      expect(await section.count()).toBe(0);
      expect((await p.listKeys({})).find((k) => k.fingerprint === pub.fingerprint)).toMatchObject({ status: 'revoked' });
      await screenshot(e2e.page, 'province-announced-confirmed');
    } finally {
      unit.close();
    }
  });
});
