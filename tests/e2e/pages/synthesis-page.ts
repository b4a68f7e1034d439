// The province's synthesis page, as the officer reads it: counted units, the tables, the charts with
// their sentences and tables, and the "Tính theo" choice.
import type { Locator } from 'playwright-core';
import { AppPage } from './app-page';

export class SynthesisPage extends AppPage {
  async openFromNav(): Promise<void> {
    await this.nav(/^(Tổng hợp|Synthesis)$/).click();
    await this.units.waitFor();
  }

  get counted(): Locator {
    return this.page.getByTestId('synthesis-counted');
  }

  get units(): Locator {
    return this.page.getByTestId('synthesis-units');
  }

  get totals(): Locator {
    return this.page.getByTestId('synthesis-totals');
  }

  get basis(): Locator {
    return this.page.getByTestId('synthesis-basis');
  }

  unitRow(name: string): Locator {
    return this.units.locator('tbody tr').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  /** The cells of one indicator's row in the totals, as shown. */
  async totalsRow(indicatorId: string): Promise<string[]> {
    return this.totals.locator(`tr[data-indicator="${indicatorId}"] td`).allInnerTexts();
  }

  chart(id: 'status' | 'unit' | 'change'): Locator {
    return this.page.getByTestId(`chart-${id}`);
  }

  /** The drawing: an image named by the chart's sentence. */
  chartImage(id: 'status' | 'unit' | 'change'): Locator {
    return this.chart(id).getByRole('img').first();
  }

  /** Opens the chart's table (its text alternative) and returns its rows' cells. */
  async chartTable(id: 'status' | 'unit' | 'change'): Promise<string[][]> {
    const figure = this.chart(id);
    if (!(await figure.locator('details').evaluate((d) => (d as HTMLDetailsElement).open))) await figure.locator('summary').click();
    const rows = figure.locator('table.chart-table tbody tr');
    const out: string[][] = [];
    for (let i = 0; i < (await rows.count()); i++) out.push((await rows.nth(i).locator('th, td').allInnerTexts()).map((s) => s.trim()));
    return out;
  }

  async chooseBasis(value: 'accepted' | 'received'): Promise<void> {
    await this.basis.selectOption(value);
  }
}
