// The tracker: rows by unit, the status chart, filter and sort, accept/return, XLSX.
import type { Locator } from 'playwright-core';
import { AppPage } from './app-page';

export class TrackerPage extends AppPage {
  async openFromNav(): Promise<void> {
    await this.nav('Theo dõi').click();
    await this.page.getByRole('heading', { level: 1, name: 'Theo dõi tiếp nhận báo cáo' }).waitFor();
    await this.table.waitFor();
  }

  get table(): Locator {
    return this.page.getByTestId('tracker-table');
  }

  row(unitCode: string): Locator {
    return this.table.locator(`tr[data-unit="${unitCode}"]`);
  }

  async statusOf(unitCode: string): Promise<string | null> {
    return this.row(unitCode).getByTestId('status').textContent();
  }

  async unitOrder(): Promise<string[]> {
    return this.table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-unit') ?? ''));
  }

  count(status: 'missing' | 'on-time' | 'late' | 'returned' | 'accepted'): Locator {
    return this.page.getByTestId(`count-${status}`);
  }

  get shown(): Locator {
    return this.page.getByTestId('tracker-shown');
  }

  async filterStatus(label: string): Promise<void> {
    await this.page.getByLabel('Lọc theo trạng thái').selectOption({ label });
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel('Tìm theo tên hoặc mã đơn vị').fill(text);
  }

  async sortBy(column: string): Promise<void> {
    await this.table.getByRole('button', { name: column }).click();
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  get notice(): Locator {
    return this.page.getByTestId('tracker-notice');
  }

  async openReturn(unitName: string): Promise<void> {
    await this.page.getByRole('button', { name: `Trả lại báo cáo của ${unitName}` }).click();
    await this.dialog.waitFor();
  }

  /** Fills the return dialog: a general comment and optional comments on fields (by their label). */
  async fillReturn(comment: string, fields: { label: string; comment: string }[] = []): Promise<void> {
    await this.dialog.getByLabel('Ý kiến chung').fill(comment);
    for (const [i, f] of fields.entries()) {
      await this.dialog.getByRole('button', { name: 'Thêm ý kiến cho một ô' }).click();
      await this.dialog.getByLabel(`Ô của báo cáo ${i + 1}`).selectOption({ label: f.label });
      await this.dialog.getByLabel('Ý kiến về ô này').nth(i).fill(f.comment);
    }
  }

  async submitReturn(): Promise<string> {
    await this.dialog.getByRole('button', { name: 'Trả lại và ghi biên nhận' }).click();
    await this.dialog.waitFor({ state: 'detached' });
    await this.notice.waitFor();
    return (await this.notice.textContent()) ?? '';
  }

  async exportXlsx(): Promise<string> {
    await this.page.getByRole('button', { name: 'Xuất bảng theo dõi (XLSX)' }).click();
    await this.notice.filter({ hasText: 'bảng theo dõi' }).waitFor();
    return (await this.notice.textContent()) ?? '';
  }
}
