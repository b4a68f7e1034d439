import type { Locator } from 'playwright-core';
import { AppPage } from './app-page';

export interface SignerDetails {
  name?: string;
  title?: string;
  authority?: string;
  documentNumber?: string;
  place?: string;
}

export class SetupPage extends AppPage {
  get unitSelect(): Locator {
    return this.page.getByLabel('Đơn vị (bắt buộc)');
  }

  async chooseUnit(name: string): Promise<void> {
    await this.unitSelect.selectOption({ label: name });
  }

  async startNewUnit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Đơn vị chưa có trong danh sách? Thêm đơn vị mới' }).click();
  }

  async fillNewUnit(unit: { code: string; name: string; shortName: string; place: string }): Promise<void> {
    await this.page.getByLabel('Mã đơn vị').fill(unit.code);
    await this.page.getByLabel('Tên đầy đủ').fill(unit.name);
    await this.page.getByLabel('Tên viết tắt (in ở phần đầu văn bản)').fill(unit.shortName);
    await this.page.getByLabel('Địa danh', { exact: false }).first().fill(unit.place);
  }

  async fillSigner(details: SignerDetails): Promise<void> {
    if (details.name !== undefined) await this.page.getByLabel('Họ và tên người ký').fill(details.name);
    if (details.title !== undefined) await this.page.getByLabel('Chức vụ').fill(details.title);
    if (details.authority !== undefined) await this.page.getByLabel('Dòng thẩm quyền').fill(details.authority);
    if (details.documentNumber !== undefined) await this.page.getByLabel('Số văn bản').fill(details.documentNumber);
    if (details.place !== undefined) await this.page.getByLabel('Địa danh ở dòng ngày tháng').fill(details.place);
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: /Lưu và bắt đầu|Lưu thay đổi/ }).click();
  }

  fieldError(label: string): Locator {
    return this.page.locator('.field-invalid', { has: this.page.getByLabel(label) }).locator('.field-error');
  }
}
