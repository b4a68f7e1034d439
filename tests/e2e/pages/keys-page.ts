// Signing keys: this unit's fingerprint and public key file; the registry; register and revoke.
import type { Locator } from 'playwright-core';
import { AppPage } from './app-page';

export class KeysPage extends AppPage {
  async openFromNav(): Promise<void> {
    await this.nav('Khóa ký').click();
    await this.page.getByRole('heading', { level: 1, name: 'Khóa ký số' }).waitFor();
  }

  get ownFingerprint(): Locator {
    return this.page.getByTestId('own-fingerprint');
  }

  get notice(): Locator {
    return this.page.getByTestId('keys-notice');
  }

  /** Chooses the .pub file and types the fingerprint read over the phone; returns the error, or null. */
  async register(pubFile: string, fingerprint: string): Promise<string | null> {
    await this.page.getByLabel('Chọn tệp .pub…').setInputFiles(pubFile);
    await this.page.getByTestId('pub-file-chosen').filter({ hasText: 'Đã chọn' }).waitFor();
    await this.page.getByLabel('Dấu vân tay đã đối chiếu qua điện thoại').fill(fingerprint);
    await this.page.getByRole('button', { name: 'Đăng ký khóa' }).click();
    const error = this.page.locator('#key-register-error');
    await error.or(this.notice.filter({ hasText: 'Đã đăng ký' })).first().waitFor();
    return (await error.isVisible()) ? error.textContent() : null;
  }

  row(unitCode: string): Locator {
    return this.page.getByTestId('key-table').locator('tbody tr', { hasText: unitCode });
  }

  /** Opens the revoke warning for a unit's key; confirms it, or cancels. */
  async revoke(unitName: string, confirm: boolean): Promise<void> {
    await this.page.getByRole('button', { name: `Thu hồi khóa của ${unitName}` }).click();
    const dialog = this.page.getByRole('dialog', { name: `Thu hồi khóa của ${unitName}?` });
    await dialog.getByRole('button', { name: confirm ? 'Thu hồi khóa' : 'Hủy' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  async savePublicKey(): Promise<string> {
    await this.page.getByRole('button', { name: 'Lưu tệp khóa công khai (.pub)' }).click();
    await this.notice.filter({ hasText: 'Đã ghi' }).waitFor();
    return (await this.notice.textContent()) ?? '';
  }
}
