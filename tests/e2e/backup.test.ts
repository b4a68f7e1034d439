// Backup and restore from the app: back up from Settings, change the report, restore the backup; the
// report is as it was, the app goes on working, and the data that was replaced is itself kept.
import { describe, expect, it } from 'vitest';
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
});
