// Export and send: what will be sent, the key, the export button, then what was written and the
// e-mail to copy; the history of revisions; a new revision with its reason.
import type { Locator } from 'playwright-core';
import { AppPage } from './app-page';

export class ExportPage extends AppPage {
  async openFromNav(): Promise<void> {
    await this.nav('Xuất và gửi').click();
    await this.page.getByRole('heading', { level: 1, name: 'Xuất và gửi báo cáo' }).waitFor();
  }

  get exportButton(): Locator {
    return this.page.getByRole('button', { name: /^(Xuất bộ hồ sơ|Xuất lại) lần gửi thứ \d+$/ });
  }

  get keyFingerprint(): Locator {
    return this.page.getByTestId('key-fingerprint');
  }

  get result(): Locator {
    return this.page.getByTestId('export-result');
  }

  get error(): Locator {
    return this.page.getByTestId('export-error');
  }

  /** The question asked before a revision is exported and frozen. */
  get confirmDialog(): Locator {
    return this.page.locator('dialog[open]');
  }

  /** Clicks export, says yes when asked (a first export freezes the revision), waits for the result or a refusal. */
  async exportNow(): Promise<void> {
    await this.exportButton.click();
    await this.result.or(this.error).or(this.confirmDialog).first().waitFor();
    if (await this.confirmDialog.isVisible()) {
      await this.confirmDialog.getByRole('button', { name: /^Xuất và khóa lần gửi thứ \d+$/ }).click();
      await this.result.or(this.error).first().waitFor();
    }
    // The button reads "Xuất …" again once the history and the draft were read back.
    await this.exportButton.waitFor();
  }

  resultFact(testId: 'package-file' | 'package-size' | 'package-fingerprint'): Locator {
    return this.result.getByTestId(testId);
  }

  async writtenFiles(): Promise<string[]> {
    return this.result.getByTestId('export-files').locator('li .mono').allTextContents();
  }

  get emailSubject(): Locator {
    return this.page.getByLabel('Tiêu đề thư');
  }

  get emailBody(): Locator {
    return this.page.getByLabel('Nội dung thư');
  }

  /** Clicks a copy button and returns what it says once it is done. */
  async copy(button: 'Chép tiêu đề' | 'Chép nội dung'): Promise<string> {
    const b = this.page.getByRole('button', { name: button });
    await b.click();
    const status = b.locator('xpath=following-sibling::*[@role="status"]');
    await status.filter({ hasText: /\S/ }).waitFor();
    return (await status.textContent()) ?? '';
  }

  async openFolder(): Promise<string> {
    await this.page.getByRole('button', { name: 'Mở thư mục' }).click();
    const note = this.page.getByTestId('folder-note');
    await note.waitFor();
    return (await note.textContent()) ?? '';
  }

  historyRows(): Locator {
    return this.page.getByTestId('export-history').locator('tbody tr');
  }

  problemLink(name: string | RegExp): Locator {
    return this.page.getByRole('link', { name });
  }

  get revisionDialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async askForRevision(): Promise<void> {
    await this.page.getByRole('button', { name: /^Sửa đổi báo cáo \(mở lần gửi thứ \d+\)$/ }).click();
    await this.revisionDialog.waitFor();
  }

  /** Types the reason and submits; returns the dialog's error, or null once it closed. */
  async submitReason(reason: string): Promise<string | null> {
    await this.revisionDialog.getByLabel('Lý do sửa đổi').fill(reason);
    await this.revisionDialog.getByRole('button', { name: /^Mở lần gửi thứ/ }).click();
    return this.dialogOutcome();
  }
}
