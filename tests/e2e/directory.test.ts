// The unit directory after July 2025 in the window (SPEC §9): a province renames a unit (its code stays,
// the tracker shows the new name), retires one (marked, no longer expected, no new campaign for it),
// adds a commune union and exports the directory as a workbook.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppPage } from './pages/app-page';
import { screenshot } from './support/artifacts';
import { useE2E } from './support/session';

describe('the unit directory at a province', () => {
  const e2e = useE2E();

  it('renames, retires, adds and exports; the new name shows in the tracker', async () => {
    const api = e2e.host.services.api;
    await api.saveProfile({ unitCode: 'LDLD-LAICHAU', signerName: 'Nguyễn Thị Thiện', documentNumber: '12' });
    const app = new AppPage(e2e.page);
    await app.open(e2e.host.url);
    await app.nav('Danh mục đơn vị').click();
    const page = e2e.page;
    const row = (code: string) => page.locator(`tr[data-unit="${code}"]`);
    await row('LDLD-TAMDUONG').waitFor();

    await row('LDLD-TAMDUONG').getByRole('button', { name: 'Đổi tên' }).click();
    await page.locator('#name-LDLD-TAMDUONG').fill('Công đoàn xã Tam Đường');
    await page.locator('#short-LDLD-TAMDUONG').fill('CĐ xã Tam Đường');
    await row('LDLD-TAMDUONG').getByRole('button', { name: 'Lưu tên mới' }).click();
    await expect.poll(() => row('LDLD-TAMDUONG').textContent(), { timeout: 10_000 }).toContain('CĐ xã Tam Đường');

    await row('LDLD-PHONGTHO').getByRole('button', { name: 'Cho thôi hoạt động' }).click();
    await expect.poll(() => row('LDLD-PHONGTHO').textContent(), { timeout: 10_000 }).toContain('Đã thôi hoạt động');
    // This unit itself cannot be retired.
    expect(await row('LDLD-LAICHAU').getByRole('button', { name: 'Cho thôi hoạt động' }).count()).toBe(0);

    await page.locator('#directory-add-code').fill('CDP-TANPHONG');
    await page.locator('#directory-add-name').fill('Công đoàn phường Tân Phong');
    await page.locator('#directory-add-shortName').fill('CĐ phường Tân Phong');
    await page.locator('#directory-add-place').fill('Tân Phong');
    await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await row('CDP-TANPHONG').waitFor({ timeout: 10_000 });
    expect(await row('CDP-TANPHONG').textContent()).toContain('LDLD-LAICHAU');

    await page.getByRole('button', { name: 'Xuất sổ tính danh mục' }).click();
    await page.getByText(/^Đã ghi tệp /).waitFor({ timeout: 10_000 });
    await screenshot(page, 'directory-1-changed');

    const units = await api.listDirectory({});
    expect(units.find((u) => u.code === 'LDLD-TAMDUONG')).toMatchObject({ name: 'Công đoàn xã Tam Đường', retiredAt: null });
    expect(units.find((u) => u.code === 'LDLD-PHONGTHO')?.retiredAt).not.toBeNull();
    expect(existsSync(`${e2e.host.exportsDir}/danh-muc-don-vi.xlsx`)).toBe(true);

    // The tracker: the new name, and the retired unit no longer expected.
    await app.nav('Theo dõi').click();
    await expect.poll(() => page.locator('#main').textContent(), { timeout: 10_000 }).toContain('CĐ xã Tam Đường');
    expect(await page.locator('#main').textContent()).not.toContain('LĐLĐ huyện Phong Thổ');
    await screenshot(page, 'directory-2-tracker');
  }, 180_000);
});
