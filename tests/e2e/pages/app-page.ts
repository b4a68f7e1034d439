// What every screen has: the main navigation and the save state. Page objects read like what a user
// does, so that the tests read like the workflow of the office.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export class AppPage {
  constructor(readonly page: Page) {}

  /** Opens the address the host printed, token included, as a user pasting it would. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator('h1').first().waitFor();
  }

  nav(name: string | RegExp): Locator {
    return this.page.getByRole('navigation', { name: /Điều hướng chính|Main navigation/ }).getByRole('link', { name });
  }

  get saveStatus(): Locator {
    return this.page.getByTestId('save-status');
  }

  get heading(): Locator {
    return this.page.locator('h1');
  }

  /** Waits until the status says every change is stored ("Đã lưu lúc …"). */
  async waitSaved(): Promise<void> {
    await expect.poll(() => this.saveStatus.textContent(), { timeout: 10_000 }).toMatch(/Đã lưu lúc|Saved at/);
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.page.locator('h1').first().waitFor();
  }

  /** Waits until the open dialog either shows an error or closes; returns the error, or null when it closed. */
  async dialogOutcome(): Promise<string | null> {
    await this.page.waitForFunction(() => document.querySelector('dialog[open] [role="alert"]') !== null || document.querySelector('dialog[open]') === null);
    const error = this.page.locator('dialog[open] [role="alert"]');
    return (await error.count()) ? error.first().textContent() : null;
  }
}
