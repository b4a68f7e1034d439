// The home page after sending tells the truth: the day the report was sent (never "Quá hạn" in red),
// then the level above's decision; a returned notice gives way once the corrected revision is sent.
// Real packages and receipts: the province is a second host with its own data folder and key.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_PASSPHRASE } from '../helpers/cli';
import { GOOD_SAMPLE, readFixture } from '../helpers/fixtures';
import { screenshot } from './support/artifacts';
import { startTestHost, type TestHost } from './support/host';
import { setUpUnit, useE2E } from './support/session';
import { HomePage } from './pages/home-page';

// The home page reads the export history with the signing key's state (a key derivation): slow on a busy machine.
const SLOW = { timeout: 20_000 };
const upload = (path: string) => ({ name: path.split('/').pop() ?? 'file', dataBase64: readFileSync(path).toString('base64') });

describe('home page after sending', () => {
  const e2e = useE2E({ passphrase: TEST_PASSPHRASE });
  let province: TestHost | null = null;
  afterEach(async () => {
    await province?.stop();
    province = null;
  });

  /** The unit exports revision 1; the province knows its key and imports the package. */
  async function sendToProvince(): Promise<TestHost> {
    const unit = e2e.host.services;
    const sent = await unit.api.exportPackage({});
    const p = await startTestHost({ passphrase: TEST_PASSPHRASE });
    province = p;
    await p.services.api.saveProfile({ unitCode: 'LDLD-LAICHAU', signerName: 'Nguyễn Thị Thiện', documentNumber: '12' });
    const unitKey = unit.ctx.keys.ownActive('LDLD-TAMDUONG');
    if (!unitKey) throw new Error('no unit key');
    p.services.ctx.keys.registerForeign('LDLD-TAMDUONG', unitKey.publicKey, new Date().toISOString());
    const lines = await p.services.api.importUploads({ files: [upload(join(e2e.host.exportsDir, sent.packageFile))] });
    expect(lines.map((l) => l.outcome)).toEqual(['accepted']);
    return p;
  }

  /** The province decides; the unit, which knows the province's key, imports the receipt. */
  async function decide(p: TestHost, decision: 'accepted' | 'returned'): Promise<void> {
    const receipt = await p.services.api.issueReceipt({ unitCode: 'LDLD-TAMDUONG', decision, comment: decision === 'returned' ? 'Kiểm tra lại phụ lục.' : '',
      fields: decision === 'returned' ? [{ key: 'pl.chairs.end', comment: 'Chưa khớp sổ theo dõi.' }] : [],
    });
    const provinceKey = p.services.ctx.keys.ownActive('LDLD-LAICHAU');
    if (!provinceKey) throw new Error('no province key');
    e2e.host.services.ctx.keys.registerForeign('LDLD-LAICHAU', provinceKey.publicKey, new Date().toISOString());
    const lines = await e2e.host.services.api.importUploads({ files: [upload(receipt.path)] });
    expect(lines.map((l) => l.outcome)).toEqual(['receipt']);
  }

  it('says the day it was sent, then that it was accepted', async () => {
    await setUpUnit(e2e.host);
    await e2e.host.services.api.loadDraft({ draft: readFixture(GOOD_SAMPLE) });
    const p = await sendToProvince();
    const home = new HomePage(e2e.page);
    await home.open(e2e.host.url);
    await expect.poll(() => home.deadline('Hoàn thành báo cáo').locator('.deadline-days').textContent(), SLOW).toBe('Đã gửi ngày 15/5/2023.');
    expect(await home.urgencyOf('Hoàn thành báo cáo')).toBe('sent');
    expect(await home.page.locator('.deadline-days').allTextContents()).not.toContain(expect.stringContaining('Quá hạn'));
    await screenshot(e2e.page, 'home-sent');

    await decide(p, 'accepted');
    await home.reload();
    await expect.poll(() => home.deadline('Hoàn thành báo cáo').locator('.deadline-days').textContent(), SLOW).toBe(
      'Đã gửi ngày 15/5/2023. Lần gửi thứ 1 đã được chấp nhận.',
    );
    await screenshot(e2e.page, 'home-accepted');
  });

  it('says a returned revision is being corrected, and drops the returned notice once the next one is sent', async () => {
    await setUpUnit(e2e.host);
    await e2e.host.services.api.loadDraft({ draft: readFixture(GOOD_SAMPLE) });
    const lastWritten = (await e2e.host.services.api.getDraft({})).lastSavedAt;
    const p = await sendToProvince();
    await decide(p, 'returned');
    const home = new HomePage(e2e.page);
    await home.open(e2e.host.url);
    await expect.poll(() => home.deadline('Hoàn thành báo cáo').locator('.deadline-days').textContent(), SLOW).toBe(
      'Đã gửi ngày 15/5/2023. Lần gửi thứ 1 bị trả lại để sửa.',
    );
    expect(await home.decision.locator('.decision-title').textContent()).toMatch(/^Lần gửi thứ 1 đã bị trả lại lúc /);
    // The reopened revision 2 has no change of its own yet: the last change is still the one written.
    const draft = await e2e.host.services.api.getDraft({});
    expect(draft.revision).toBe(2);
    expect(draft.lastSavedAt).toBe(lastWritten);
    await screenshot(e2e.page, 'home-returned');

    // The comment on a field is shown at that field in the editor, while revision 2 is being corrected.
    await e2e.page.evaluate(() => (window.location.hash = '#/edit/appendix'));
    const review = e2e.page.locator('#field-pl-chairs-end-review');
    expect(await review.textContent()).toMatch(/^Ý kiến của .+ về lần gửi thứ 1: Chưa khớp sổ theo dõi\.$/);
    expect(await e2e.page.locator('#field-pl-chairs-end').getAttribute('aria-describedby')).toContain('field-pl-chairs-end-review');
    await screenshot(e2e.page, 'editor-review-comment');
    await e2e.page.evaluate(() => (window.location.hash = '#/home'));

    await e2e.host.services.api.exportPackage({});
    await home.reload();
    await expect.poll(() => home.deadline('Hoàn thành báo cáo').locator('.deadline-days').textContent(), SLOW).toBe(
      'Đã gửi ngày 15/5/2023. Đã gửi lại lần thứ 2 ngày 15/5/2023.',
    );
    expect(await home.decision.textContent()).toBe('Đã gửi lần thứ 2; đang chờ cấp trên xem xét.');
    await screenshot(e2e.page, 'home-resent');
  });
});
