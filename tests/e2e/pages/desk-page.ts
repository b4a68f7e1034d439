// The campaign desk at a province ("Đợt báo cáo"): start from a copy, edit what changes every time,
// round-trip the workbook, preview, compare, issue. Reads like what the clerk does.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { AppPage } from './app-page';

export class DeskPage extends AppPage {
  async openDesk(): Promise<void> {
    await this.nav('Đợt báo cáo').click();
    await this.page.getByRole('heading', { name: 'Lập đợt báo cáo mới' }).waitFor();
  }

  async copy(campaignId: string): Promise<void> {
    await this.page.getByLabel('Sao chép từ đợt').selectOption(campaignId);
    await this.page.getByRole('button', { name: 'Sao chép thành đợt mới' }).click();
    await this.page.locator('#desk-title').waitFor();
  }

  input(id: string): Locator {
    return this.page.locator(`#${id}`);
  }

  unitBox(code: string): Locator {
    return this.page.locator('#desk-units label').filter({ hasText: `(${code})` }).locator('input[type="checkbox"]');
  }

  async expectedCodes(): Promise<string[]> {
    return this.page.locator('#desk-units label').evaluateAll((labels) =>
      labels.filter((l) => (l.querySelector('input') as HTMLInputElement | null)?.checked).map((l) => /\(([A-Z0-9-]+)\)/.exec(l.textContent ?? '')?.[1] ?? ''),
    );
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect.poll(() => this.page.getByText('Đã lưu bản nháp đợt báo cáo.').count(), { timeout: 20_000 }).toBe(1);
  }

  async downloadWorkbook(): Promise<string> {
    await this.page.getByRole('button', { name: 'Tải sổ tính về' }).click();
    const note = this.page.getByText(/^Đã ghi tệp /);
    await note.waitFor();
    return ((await note.textContent()) ?? '').replace(/^Đã ghi tệp /, '').replace(/\.$/, '');
  }

  async uploadWorkbook(path: string): Promise<void> {
    await this.page.locator('#desk-upload-workbook').setInputFiles(path);
  }

  get problemRows(): Locator {
    return this.page.locator('.desk-problem');
  }

  /** [sheet, row] of each problem listed. */
  async problems(): Promise<[string, string][]> {
    return this.problemRows.evaluateAll((rows) => rows.map((r) => [r.children[0]?.textContent ?? '', r.children[1]?.textContent ?? ''] as [string, string]));
  }

  async openPreview(): Promise<void> {
    await this.page.getByRole('link', { name: 'Xem trước như đơn vị sẽ thấy' }).click();
    await this.page.getByText('XEM TRƯỚC — không lưu gì.').waitFor();
  }

  async leavePreview(): Promise<void> {
    await this.page.getByRole('link', { name: 'Thoát xem trước' }).click();
    await this.page.locator('#desk-title').waitFor();
  }

  async compare(): Promise<void> {
    await this.page.getByRole('button', { name: 'So sánh với đợt gốc' }).click();
    await this.page.getByRole('heading', { name: 'Khác với đợt gốc' }).waitFor();
  }

  /** "kind change id" of every line of the comparison. */
  async diffLines(): Promise<string[]> {
    return this.page.locator('.desk-diff-row').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-kind')} ${r.getAttribute('data-change')} ${r.querySelector('code')?.textContent ?? ''}`));
  }

  async issue(): Promise<void> {
    await this.page.getByRole('button', { name: 'Ký và ban hành' }).click();
    await this.page.locator('#desk-email-body').waitFor({ timeout: 60_000 });
  }
}

/** What the editor shows for one part, read the same way in the preview and at the unit. */
export async function editorShown(page: Page): Promise<{ title: string; parts: string; fields: string; guidance: string }> {
  await page.locator('.editor-fields').waitFor();
  const text = async (sel: string) => ((await page.locator(sel).first().innerText({ timeout: 5_000 })) ?? '').replace(/\s+/g, ' ').trim();
  return { title: await text('.editor-main h1'), parts: await text('.part-list'), fields: await text('.editor-fields'), guidance: await text('#guidance-body') };
}
