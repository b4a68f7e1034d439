import type { Locator } from 'playwright-core';
import { AppPage } from './app-page';

export class ReviewPage extends AppPage {
  get problems(): Locator {
    return this.page.locator('.review-problems');
  }

  problem(text: string | RegExp): Locator {
    return this.problems.locator('.problem', { hasText: text });
  }

  get document(): Locator {
    return this.page.locator('article.paper');
  }

  sectionOfDocument(id: string): Locator {
    return this.page.locator(`#doc-${id}`);
  }

  async followLink(problemText: string | RegExp): Promise<void> {
    await this.problem(problemText).getByRole('link').click();
    await this.page.locator('h1').waitFor();
  }
}
