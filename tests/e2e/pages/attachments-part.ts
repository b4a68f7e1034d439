// Attachments (issue 17) as a user meets them: on the export page, a file chooser and a drop zone with
// the list of attached files; at the province, the tracker row's button and the dialog that saves them.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Locator, Page } from 'playwright-core';

export class AttachmentsPart {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByTestId('attachments');
  }

  get refused(): Locator {
    return this.page.getByTestId('attach-refused');
  }

  /** The attached files as the page lists them: "name (size)". */
  async listed(): Promise<string[]> {
    const none = this.page.getByTestId('attach-none');
    const list = this.page.getByTestId('attach-list');
    await none.or(list).first().waitFor();
    if (await none.isVisible()) return [];
    return list.locator('li').evaluateAll((items) => items.map((li) => (li.querySelector('.attachment-name')?.textContent ?? '') + ' ' + (li.querySelector('.muted')?.textContent ?? '')));
  }

  /** Chooses files with the file chooser and waits until the page has taken them. */
  async choose(paths: string[]): Promise<void> {
    await this.page.locator('#attach-files').setInputFiles(paths);
    await this.waitIdle();
  }

  /** Drops files on the drop zone, as dragged from the file manager. */
  async drop(paths: string[]): Promise<void> {
    const files = paths.map((p) => ({ name: basename(p), base64: readFileSync(p).toString('base64') }));
    const transfer = await this.page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) {
        const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
        dt.items.add(new File([bytes], f.name));
      }
      return dt;
    }, files);
    const zone = this.page.getByTestId('attach-drop');
    await zone.dispatchEvent('dragover', { dataTransfer: transfer });
    await zone.dispatchEvent('drop', { dataTransfer: transfer });
    await this.waitIdle();
  }

  async remove(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Gỡ tệp ${name}` }).click();
    await this.page.getByRole('button', { name: `Gỡ tệp ${name}` }).waitFor({ state: 'detached' });
  }

  private async waitIdle(): Promise<void> {
    await this.page.locator('label[for="attach-files"]', { hasText: 'Chọn tệp…' }).waitFor();
  }
}
