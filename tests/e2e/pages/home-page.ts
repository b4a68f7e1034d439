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
}
