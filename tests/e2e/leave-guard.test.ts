// Leaving a page or reloading the window while a change is not stored (here: the connection to the
// services is lost) asks first; staying keeps what was typed, and once the connection is back it is
// stored. The Electron shell turns the same beforeunload into its own question (electron/main).
import type { Dialog } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setUpUnit, useE2E } from './support/session';
import { EditorPage } from './pages/editor-page';

describe('leaving with changes not stored', () => {
  const e2e = useE2E();

  it('asks before following a link or reloading, and keeps the text when the user stays', async () => {
    await setUpUnit(e2e.host);
    const editor = new EditorPage(e2e.page);
    await editor.open(e2e.host.url);
    await editor.nav('Soạn báo cáo').click();
    await editor.openPart(/Công tác chỉ đạo, triển khai/);

    // The services cannot be reached: saves fail in transport and are kept for a retry.
    await e2e.page.route('**/api/saveField', (route) => route.abort());
    await editor.typeInto('s2.narrative', 'Đã ban hành Kế hoạch số 15/KH-LĐLĐ.');
    await editor.leaveField();
    await expect.poll(() => editor.saveStatus.textContent()).not.toMatch(/Đã lưu lúc/);

    const asked: { type: string; message: string }[] = [];
    const stay = (d: Dialog) => {
      asked.push({ type: d.type(), message: d.message() });
      void d.dismiss();
    };
    e2e.page.on('dialog', stay);

    // A link inside the app: the question, and "no" keeps the page and the text.
    await editor.sideListItem(/Công tác tuyên truyền/).click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toEqual({ type: 'confirm', message: 'Còn thay đổi chưa lưu được. Vẫn rời trang này?' });
    expect(await editor.heading.textContent()).toBe('2. Công tác chỉ đạo, triển khai thực hiện Chương trình');
    expect(await editor.field('s2.narrative').inputValue()).toBe('Đã ban hành Kế hoạch số 15/KH-LĐLĐ.');

    // A reload (or closing the window): the browser's own question; staying keeps the page.
    await e2e.page.reload({ timeout: 5000 }).catch(() => undefined);
    await expect.poll(() => asked.length).toBe(2);
    expect(asked[1]?.type).toBe('beforeunload');
    expect(await editor.field('s2.narrative').inputValue()).toBe('Đã ban hành Kế hoạch số 15/KH-LĐLĐ.');

    // The connection is back: the text is stored, and leaving no longer asks.
    await e2e.page.unroute('**/api/saveField');
    await editor.waitSaved();
    expect((await e2e.host.services.api.getDraft({})).values['s2.narrative']).toBe('Đã ban hành Kế hoạch số 15/KH-LĐLĐ.');
    await editor.sideListItem(/Công tác tuyên truyền/).click();
    await editor.heading.filter({ hasText: 'Công tác tuyên truyền' }).waitFor();
    expect(asked).toHaveLength(2);
  });
});
