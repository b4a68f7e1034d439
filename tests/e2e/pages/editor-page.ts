// The guided editor: parts in a side list, fields found by their label or their report key.
import type { Locator } from 'playwright-core';
import { AppPage } from './app-page';

const domId = (key: string): string => `field-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;

export class EditorPage extends AppPage {
  async openPart(name: string | RegExp): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Các phần của báo cáo' }).getByRole('link', { name }).click();
    // The previous part's heading is still there until the page re-renders: wait for this part's.
    await this.page.locator('h1', { hasText: name }).waitFor();
  }

  /** The input of a report field by its key, e.g. "s2.narrative" or "pl.chairs.end". */
  field(key: string): Locator {
    return this.page.locator(`#${domId(key)}`);
  }

  /** The message shown at a field (its own error, or the validation note below it). */
  errorAt(key: string): Locator {
    return this.page.locator(`#${domId(key)}-error`);
  }

  issueAt(key: string): Locator {
    return this.page.locator(`div.issue[id^="${domId(key)}-issue-"]`);
  }

  async typeInto(key: string, text: string): Promise<void> {
    await this.field(key).fill(text);
  }

  /** Types like a person, key by key, without leaving the field. */
  async typeSlowly(key: string, text: string): Promise<void> {
    await this.field(key).click();
    await this.field(key).pressSequentially(text, { delay: 5 });
  }

  async leaveField(): Promise<void> {
    await this.page.keyboard.press('Tab');
  }

  explanationFor(key: string): Locator {
    return this.issueAt(key).locator('textarea');
  }

  sideListItem(name: string | RegExp): Locator {
    return this.page.getByRole('navigation', { name: 'Các phần của báo cáo' }).getByRole('link', { name });
  }
}

/** A table field of the editor, used like a spreadsheet. */
export class TableField {
  constructor(
    readonly editor: EditorPage,
    readonly key: string,
  ) {}

  private get page() {
    return this.editor.page;
  }

  /** The input of one cell: row from 1 as on screen, column by its template id. */
  cell(row: number, column: string): Locator {
    return this.page.locator(`#${domId(this.key)}-${row - 1}-${column}`);
  }

  /** The message kept beside a cell that cannot be read. */
  cellError(row: number, column: string): Locator {
    return this.page.locator(`#${domId(this.key)}-${row - 1}-${column}-error`);
  }

  get rows(): Locator {
    return this.page.locator(`#${domId(this.key)} tbody tr:has(input, textarea)`);
  }

  async addRow(itemLabel: string): Promise<void> {
    await this.page.getByRole('button', { name: `+ Thêm ${itemLabel}` }).click();
  }

  async removeRow(row: number): Promise<void> {
    await this.page.locator(`#${domId(this.key)}`).getByRole('button', { name: `Xóa dòng ${row}` }).click();
  }

  /** Pastes as the system clipboard would deliver a copy from Excel: plain text and, if given, HTML. */
  async pasteAt(row: number, column: string, data: { text: string; html?: string }): Promise<void> {
    const cell = this.cell(row, column);
    await cell.focus();
    await cell.evaluate((el, d) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', d.text);
      if (d.html) dt.setData('text/html', d.html);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, data);
  }
}
