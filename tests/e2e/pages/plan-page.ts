// The province's plan page (issue 16): survey visits, conference speakers, commendations.
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import { AppPage } from './app-page';

export class PlanPage extends AppPage {
  tab(name: RegExp): Locator {
    return this.page.getByRole('navigation', { name: /Phần của kế hoạch|Parts of the plan/ }).getByRole('link', { name });
  }

  get notice(): Locator {
    return this.page.getByTestId('plan-notice');
  }

  /** Waits for the notice of the last action and returns its text. */
  async noticeText(): Promise<string> {
    await this.notice.waitFor();
    return (await this.notice.textContent()) ?? '';
  }

  async planVisit(unit: string, from: string, to: string, team: string[], note = ''): Promise<void> {
    await this.page.selectOption('#survey-unit', { label: unit });
    await this.page.fill('#survey-from', from);
    await this.page.fill('#survey-to', to);
    await this.page.fill('#survey-team', team.join('\n'));
    await this.page.fill('#survey-note', note);
    await this.page.getByRole('button', { name: 'Lưu chuyến khảo sát' }).click();
    await expect.poll(() => this.notice.textContent()).toContain('Đã lưu chuyến khảo sát');
  }

  visit(unit: string): Locator {
    return this.page.getByTestId('survey-visit').filter({ has: this.page.getByRole('heading', { name: new RegExp(unit) }) });
  }

  async addFinding(unit: string, text: string, fieldLabel: RegExp): Promise<void> {
    const v = this.visit(unit);
    await v.getByLabel('Kết quả khảo sát mới').fill(text);
    const select = v.getByLabel('Liên quan đến ô của báo cáo');
    const label = (await select.locator('option').allTextContents()).find((o) => fieldLabel.test(o));
    await select.selectOption({ label: label ?? '' });
    await v.getByRole('button', { name: 'Ghi kết quả' }).click();
    await v.getByTestId('survey-finding').filter({ hasText: text }).waitFor();
  }

  async quoteFinding(unit: string, text: string, into: RegExp): Promise<void> {
    const f = this.visit(unit).getByTestId('survey-finding').filter({ hasText: text });
    const select = f.getByLabel('Trích vào phần');
    const label = (await select.locator('option').allTextContents()).find((o) => into.test(o));
    await select.selectOption({ label: label ?? '' });
    await f.getByRole('button', { name: 'Trích vào báo cáo của tỉnh' }).click();
    await f.getByText(/Đã trích vào:/).waitFor();
  }

  speakerRow(code: string): Locator {
    return this.page.getByTestId('speakers-table').locator(`tr[data-unit="${code}"]`);
  }

  commendationRows(): Locator {
    return this.page.getByTestId('commendation-row');
  }
}
