// The campaign parts of two screens: the start from a campaign file at first run, the list on home.
import type { Locator } from 'playwright-core';
import { AppPage } from './app-page';

export class CampaignStartPart extends AppPage {
  async chooseFile(path: string): Promise<void> {
    await this.page.getByLabel('Chọn tệp đợt báo cáo…').setInputFiles(path);
    await this.page.getByLabel('Đơn vị của mình').waitFor();
  }

  get issuerLine(): Locator {
    return this.page.getByTestId('campaign-start').getByText(/Đơn vị ban hành/);
  }

  async start(unitName: string, signer: string, fingerprint: string): Promise<void> {
    await this.page.getByLabel('Đơn vị của mình').selectOption({ label: unitName });
    await this.page.getByLabel('Họ tên người ký').fill(signer);
    await this.page.getByLabel('Dấu vân tay khóa của cấp trên, đọc qua điện thoại').fill(fingerprint);
    await this.page.getByRole('button', { name: 'Thiết lập từ tệp đợt' }).click();
  }

  get error(): Locator {
    return this.page.getByTestId('campaign-start').getByRole('alert');
  }
}

export class CampaignListPart extends AppPage {
  item(id: string): Locator {
    return this.page.getByTestId('campaign-list').locator(`[data-campaign="${id}"]`);
  }

  async ids(): Promise<string[]> {
    return this.page.getByTestId('campaign-list').locator('[data-campaign]').evaluateAll((els) => els.map((e) => e.getAttribute('data-campaign') ?? ''));
  }

  async stateOf(id: string): Promise<string | null> {
    return this.item(id).getAttribute('data-state');
  }

  async isCurrent(id: string): Promise<boolean> {
    return (await this.item(id).getAttribute('aria-current')) === 'true';
  }

  async use(id: string): Promise<void> {
    await this.item(id).getByRole('button', { name: 'Làm đợt này' }).click();
  }
}
