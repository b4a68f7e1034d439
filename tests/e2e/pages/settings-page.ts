import { AppPage } from './app-page';

export class SettingsPage extends AppPage {
  async chooseLanguage(label: 'Tiếng Việt' | 'English'): Promise<void> {
    await this.page.getByRole('radio', { name: label }).check();
  }
}

/** The backup panel of the settings page. */
export class BackupPanelModel extends SettingsPage {
  get panel() {
    return this.page.getByTestId('backup-panel');
  }

  async backupNow(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Sao lưu ngay' }).click();
    await this.panel.getByRole('status').getByText('Đã sao lưu').waitFor();
  }

  /** Restores the backup whose file name matches, confirming when asked. */
  async restore(name: RegExp): Promise<void> {
    await this.panel.getByRole('button', { name }).click();
    await this.panel.getByRole('button', { name: 'Khôi phục', exact: true }).click();
    await this.panel.getByRole('status').getByText('Đã khôi phục').waitFor();
  }
}
