// The province's reading desk: a received report opened from the tracker, comments attached by
// clicking the paper, the decision from the report view, two revisions compared, home at a glance.
import type { Locator } from 'playwright-core';
import { AppPage } from './app-page';

export class ReadingPage extends AppPage {
  get paper(): Locator {
    return this.page.locator('article.paper');
  }

  /** A field on the paper (a passage, a table, or an appendix cell), by its key. */
  field(key: string): Locator {
    return this.paper.locator(`[data-field="${key}"]`).first();
  }

  fact(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  /** Clicks a field's text on the paper, as a reader points at what needs correcting. */
  async clickField(key: string): Promise<void> {
    await this.field(key).click();
    await this.commentBox(key).waitFor();
  }

  commentBox(key: string): Locator {
    return this.page.getByTestId('field-comments').locator(`[data-field="${key}"] textarea`);
  }

  get generalComment(): Locator {
    return this.page.getByLabel(/^Ý kiến chung/);
  }

  async decide(button: 'Chấp nhận báo cáo' | 'Trả lại để sửa'): Promise<string | null> {
    await this.page.getByRole('button', { name: button }).click();
    await this.page.locator('[data-testid="decision-done"], [data-testid="decision-error"]').first().waitFor();
    return this.page.getByTestId('decision-done').textContent();
  }

  async openCompare(): Promise<void> {
    await this.page.getByTestId('compare-link').click();
    await this.page.getByTestId('compare-count').waitFor();
  }

  changedFields(): Promise<string[]> {
    return this.page.getByTestId('change').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-field') ?? ''));
  }

  change(key: string): Locator {
    return this.page.locator(`[data-testid="change"][data-field="${key}"]`);
  }

  homeCount(key: string): Locator {
    return this.page.getByTestId(`count-${key}`).locator('.desk-number');
  }
}
