// Receiving reports: files chosen in the file chooser, the progress, a result line per file, and the
// decision on a key first seen on a package.
import type { Locator } from 'playwright-core';
import { AppPage } from './app-page';

export class InboxPage extends AppPage {
  async openFromNav(): Promise<void> {
    await this.nav('Nhận báo cáo').click();
    await this.page.getByRole('heading', { level: 1, name: 'Nhận báo cáo của đơn vị cấp dưới' }).waitFor();
  }

  /** Chooses the files and waits until every one was checked. */
  async importFiles(paths: string[]): Promise<void> {
    await this.page.getByLabel('Chọn tệp để nhập…').setInputFiles(paths);
    await this.progressText.filter({ hasText: `Đã kiểm tra xong ${paths.length} tệp.` }).waitFor({ timeout: 30_000 });
  }

  /** Chooses a whole folder and waits until `count` files of it were checked. */
  async importFolder(path: string, count: number): Promise<void> {
    await this.page.getByLabel('Chọn cả thư mục…').setInputFiles(path);
    await this.progressText.filter({ hasText: `Đã kiểm tra xong ${count} tệp.` }).waitFor({ timeout: 30_000 });
  }

  get progressText(): Locator {
    return this.page.locator('#import-progress-text');
  }

  get progressBar(): Locator {
    return this.page.getByRole('progressbar', { name: 'Tiến độ kiểm tra tệp' });
  }

  result(source: string): Locator {
    return this.page.getByTestId('import-results').locator('.result', { hasText: source });
  }

  async outcomeOf(source: string): Promise<string | null> {
    return this.result(source).getAttribute('data-outcome');
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async openConfirm(source: string): Promise<void> {
    await this.result(source).getByRole('button', { name: 'Xác nhận khóa…' }).click();
    await this.dialog.waitFor();
  }

  /** Types the fingerprint heard on the phone; returns the dialog's error, or null once it closed. */
  async typeFingerprint(fingerprint: string): Promise<string | null> {
    await this.dialog.getByLabel('Dấu vân tay đọc qua điện thoại').fill(fingerprint);
    await this.dialog.getByRole('button', { name: 'Xác nhận khóa' }).click();
    return this.dialogOutcome();
  }

  /** A key in the list of held packages, named by its fingerprint (two keys may share a key id). */
  heldKey(fingerprint: string): Locator {
    return this.page.getByRole('region', { name: /Gói đang tạm giữ/ }).locator(`li[data-fingerprint="${fingerprint}"]`);
  }

  get heldKeys(): Locator {
    return this.page.getByRole('region', { name: /Gói đang tạm giữ/ }).locator('li[data-fingerprint]');
  }

  /** Refuses a held key from the list, through its warning; waits for the decision's sentence. */
  async refuseHeld(fingerprint: string): Promise<string> {
    await this.heldKey(fingerprint).getByRole('button', { name: 'Từ chối khóa…' }).click();
    await this.dialog.waitFor();
    const intro = (await this.dialog.textContent()) ?? '';
    await this.dialog.getByRole('button', { name: 'Từ chối khóa', exact: true }).click();
    await this.dialog.waitFor({ state: 'detached' });
    return intro;
  }

  /** Drops files on the window as a file manager would (a real DataTransfer carrying File objects). */
  async dropFiles(files: { name: string; bytes: Buffer }[], target = 'main'): Promise<void> {
    const payload = files.map((f) => ({ name: f.name, base64: f.bytes.toString('base64') }));
    const transfer = await this.page.evaluateHandle((items) => {
      const dt = new DataTransfer();
      for (const f of items) dt.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name));
      return dt;
    }, payload);
    await this.page.dispatchEvent(target, 'dragenter', { dataTransfer: transfer });
    await this.page.locator('.drop-overlay').waitFor();
    await this.page.dispatchEvent(target, 'dragover', { dataTransfer: transfer });
    await this.page.dispatchEvent(target, 'drop', { dataTransfer: transfer });
    await this.progressText.filter({ hasText: `Đã kiểm tra xong ${files.length} tệp.` }).waitFor({ timeout: 30_000 });
  }
}
