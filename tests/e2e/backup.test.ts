// Backup and restore from the app: back up from Settings, change the report, restore the backup; the
// report is as it was, the app goes on working, and the data that was replaced is itself kept.
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppServices } from '../../electron/services/app-services';
import { databasePath } from '../../electron/services/data-dir';
import { sha256Hex } from '../../electron/services/package/hashing';
import { startTestHost } from './support/host';
import { seriousViolations } from './support/axe';
import { screenshot } from './support/artifacts';
import { setUpUnit, useE2E } from './support/session';
import { EditorPage } from './pages/editor-page';
import { BackupPanelModel } from './pages/settings-page';

describe('backup and restore in the app', () => {
  const e2e = useE2E();

  it('restores a backup made from Settings', async () => {
    await setUpUnit(e2e.host);
    const { api } = e2e.host.services;
    await api.saveField({ key: 's5.courses', value: 7 });
    const settings = new BackupPanelModel(e2e.page);
    await settings.open(e2e.host.url);
    await settings.nav('Cài đặt').click();
    await settings.backupNow();
    expect(await settings.panel.textContent()).toMatch(/thu-cong\.sqlite/);

    await api.saveField({ key: 's5.courses', value: 70 });
    await settings.restore(/Khôi phục bản sao lưu .*thu-cong\.sqlite/);
    await screenshot(e2e.page, 'settings-backup');
    expect((await api.getDraft({})).values['s5.courses']).toBe(7);
    expect(await settings.panel.textContent()).toMatch(/truoc-khoi-phuc\.sqlite/);

    // The editor shows the restored value and still saves.
    const editor = new EditorPage(e2e.page);
    await editor.nav('Soạn báo cáo').click();
    await editor.openPart(/Công tác đào tạo, bồi dưỡng/);
    expect(await editor.field('s5.courses').inputValue()).toBe('7');
    await editor.typeInto('s5.courses', '9');
    await editor.leaveField();
    await editor.waitSaved();
    expect((await api.getDraft({})).values['s5.courses']).toBe(9);
  });

  it('has no serious accessibility problem on the backup panel', async () => {
    await setUpUnit(e2e.host);
    const settings = new BackupPanelModel(e2e.page);
    await settings.open(e2e.host.url);
    await settings.nav('Cài đặt').click();
    await settings.backupNow();
    const violations = await seriousViolations(e2e.page);
    expect(violations).toEqual([]);
  });

  it('offers the backups when the database is damaged at start, writes nothing, and restores one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tongket-e2e-damaged-'));
    try {
      const before = openAppServices({ dataDir: dir, create: true });
      await before.api.saveProfile({ unitCode: 'LDLD-TAMDUONG', signerName: 'Lò Văn Pình' });
      await before.api.saveField({ key: 's5.courses', value: 7 });
      await before.api.createBackup({});
      before.close();
      // Damage pages in the middle of the file, as a failing disk would.
      const fd = openSync(databasePath(dir), 'r+');
      writeSync(fd, Buffer.alloc(8192, 0xa5), 0, 8192, 4096 * 3);
      closeSync(fd);
      const damaged = sha256Hex(readFileSync(databasePath(dir)));

      const host = await startTestHost({ dataDir: dir });
      try {
        const page = await e2e.newPage();
        const settings = new BackupPanelModel(page);
        await page.goto(host.url);
        await page.getByRole('heading', { level: 1, name: 'Dữ liệu bị hỏng' }).waitFor();
        expect(await page.locator('main').textContent()).toContain('TongKet không ghi gì');
        expect(sha256Hex(readFileSync(databasePath(dir)))).toBe(damaged);
        expect(await settings.panel.getByRole('button', { name: 'Sao lưu ngay' }).count()).toBe(0);
        await screenshot(page, 'recovery');
        expect(await seriousViolations(page)).toEqual([]);
        await settings.panel.getByRole('button', { name: /Khôi phục bản sao lưu .*thu-cong\.sqlite/ }).click();
        await settings.panel.getByRole('button', { name: 'Khôi phục', exact: true }).click();
        // The app opens normally on the restored data.
        await page.getByRole('navigation', { name: 'Điều hướng chính' }).waitFor();
        expect((await host.services.api.getDraft({})).values['s5.courses']).toBe(7);
      } finally {
        await host.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
