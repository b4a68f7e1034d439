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

/** The signing key and "move to a new computer" panels of the settings page. */
export class KeyMoveModel extends SettingsPage {
  get keyPanel() {
    return this.page.getByTestId('signing-key-panel');
  }

  get movePanel() {
    return this.page.getByTestId('move-panel');
  }

  /** Types the move passphrase twice and asks for the move file; returns what the panel then says. */
  async createMoveFile(passphrase: string, again = passphrase): Promise<string> {
    await this.movePanel.getByLabel('Mật khẩu chuyển máy', { exact: true }).fill(passphrase);
    await this.movePanel.getByLabel('Nhập lại mật khẩu').fill(again);
    await this.movePanel.getByRole('button', { name: 'Tạo bản chuyển máy' }).click();
    const outcome = this.movePanel.locator('[role="status"] .note, .field-error');
    await outcome.first().waitFor();
    return (await outcome.first().textContent()) ?? '';
  }

  /** Types the move passphrase on the new computer; returns the error, or null once the key is unlocked. */
  async unlockKey(passphrase: string): Promise<string | null> {
    await this.keyPanel.getByLabel('Mật khẩu chuyển máy').fill(passphrase);
    await this.keyPanel.getByRole('button', { name: 'Mở khóa trên máy này' }).click();
    const outcome = this.keyPanel.locator('[role="alert"], [role="status"] .note');
    await outcome.first().waitFor();
    return (await this.keyPanel.getByRole('alert').count()) ? this.keyPanel.getByRole('alert').textContent() : null;
  }
}

/** The first-run screen's way in for a unit that moves from another computer. */
export class MoveHereModel extends SettingsPage {
  get section() {
    return this.page.getByTestId('move-here');
  }

  async restoreFile(file: string): Promise<void> {
    await this.section.getByLabel('Chọn tệp sao lưu').setInputFiles(file);
  }
}
