import type { Locator } from 'playwright-core';
import { AppPage } from './app-page';

export class HomePage extends AppPage {
  deadline(label: string | RegExp): Locator {
    return this.page.locator('.deadline', { has: this.page.getByRole('heading', { name: label }) });
  }

  async urgencyOf(label: string | RegExp): Promise<string | null> {
    return this.deadline(label).getAttribute('data-urgency');
  }

  progressOf(partTitle: string | RegExp): Locator {
    return this.page.locator('.progress-item', { hasText: partTitle });
  }

  stat(label: string): Locator {
    return this.page.locator('.stat', { has: this.page.locator('dt', { hasText: label }) }).locator('dd');
  }

  get lastSaved(): Locator {
    return this.page.getByTestId('last-saved');
  }

  /** Chooses a receipt file in the "decision of the level above" panel and waits for its result line. */
  async importReceipt(path: string): Promise<string | null> {
    await this.page.getByLabel('Nhập tệp biên nhận…').setInputFiles(path);
    const line = this.page.getByTestId('import-results').locator('.result').first();
    await line.waitFor();
    return line.getAttribute('data-outcome');
  }

  get decision(): Locator {
    return this.page.getByTestId('receipt-decision');
  }
}
