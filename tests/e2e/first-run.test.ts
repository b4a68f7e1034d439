// First run: choose the unit and the signer, then the home page shows the campaign with its deadlines.
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/artifacts';
import { useE2E } from './support/session';
import { HomePage } from './pages/home-page';
import { SetupPage } from './pages/setup-page';

describe('first run', () => {
  const e2e = useE2E();

  it('sets up the unit and signer, then shows deadlines and progress on the home page', async () => {
    const setup = new SetupPage(e2e.page);
    await setup.open(e2e.host.url);
    expect(await setup.heading.textContent()).toBe('Thiết lập ban đầu');
    await screenshot(e2e.page, 'setup');

    // Saving without a unit is refused at the field, in Vietnamese.
    await setup.submit();
    expect(await setup.fieldError('Đơn vị (bắt buộc)').textContent()).toBe('Hãy chọn đơn vị báo cáo.');

    await setup.chooseUnit('Liên đoàn Lao động huyện Tam Đường');
    await setup.fillSigner({ name: 'Lò Văn Pình', title: 'CHỦ TỊCH', authority: 'TM. BAN THƯỜNG VỤ', documentNumber: '25', place: 'Tam Đường' });
    await setup.submit();

    const home = new HomePage(e2e.page);
    await home.heading.waitFor();
    await expect.poll(() => home.heading.textContent()).toContain('1563');
    // 15/5/2023: five days to finish (amber), seven days to send (not yet).
    expect(await home.deadline('Hoàn thành báo cáo').textContent()).toContain('Còn 5 ngày');
    expect(await home.urgencyOf('Hoàn thành báo cáo')).toBe('soon');
    expect(await home.urgencyOf(/Gửi báo cáo lên cấp trên/)).toBe('calm');
    expect(await home.progressOf('Bài học kinh nghiệm').textContent()).toContain('0/1 mục');
    expect(await home.lastSaved.textContent()).toBe('Chưa nhập nội dung nào');
    await screenshot(e2e.page, 'home-empty');

    const profile = await e2e.host.services.api.getProfile({});
    expect(profile?.unit.code).toBe('LDLD-TAMDUONG');
    expect(profile?.signerName).toBe('Lò Văn Pình');
  });

  it('adds a unit that is not in the directory, refusing a bad code at the field', async () => {
    const setup = new SetupPage(e2e.page);
    await setup.open(e2e.host.url);
    await setup.startNewUnit();
    await setup.fillNewUnit({ code: 'cđ xã', name: 'Công đoàn xã Bản Bo', shortName: 'CĐ xã Bản Bo', place: 'Bản Bo' });
    await setup.submit();
    expect(await setup.fieldError('Mã đơn vị').textContent()).toMatch(/Mã đơn vị chỉ gồm chữ in hoa không dấu/);
    await screenshot(e2e.page, 'setup-new-unit-error');

    await e2e.page.getByLabel('Mã đơn vị').fill('CD-BANBO');
    await setup.submit();
    await expect.poll(() => new HomePage(e2e.page).heading.textContent()).toContain('1563');
    expect((await e2e.host.services.api.getProfile({}))?.unit.name).toBe('Công đoàn xã Bản Bo');
  });
});
