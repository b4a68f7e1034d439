// Dates in tables are typed and shown day first, whatever the browser's language: a browser set to
// English (which would show mm/dd/yyyy in a date picker) still reads 15112019 as 15 November 2019.
import { describe, expect, it } from 'vitest';
import { setUpUnit, useE2E } from './support/session';
import { EditorPage, TableField } from './pages/editor-page';

describe('dates in the editor, browser in English', () => {
  const e2e = useE2E({}, { locale: 'en-US' });

  it('stores 15112019, 15-11-2019 and 15/11/2019 as 2019-11-15 and shows them as 15/11/2019', async () => {
    await setUpUnit(e2e.host);
    expect(await e2e.page.evaluate(() => navigator.language)).toBe('en-US');
    const editor = new EditorPage(e2e.page);
    await editor.open(e2e.host.url);
    await editor.nav('Soạn báo cáo').click();
    await editor.openPart(/Công tác chỉ đạo, triển khai/);
    const table = new TableField(editor, 's2.documents');
    for (const [i, typed] of ['15112019', '15-11-2019', '15/11/2019'].entries()) {
      await table.addRow('văn bản');
      await table.cell(i + 1, 'number').fill(`${i + 1}/KH-LĐLĐ`);
      await table.cell(i + 1, 'date').fill(typed);
    }
    await table.cell(1, 'date').fill('31/02/2020');
    await table.cell(1, 'date').fill('15112019');
    await editor.leaveField();
    await editor.waitSaved();
    const rows = (await e2e.host.services.api.getDraft({})).values['s2.documents'] as Array<Record<string, unknown>>;
    expect(rows.map((r) => r.date)).toEqual(['2019-11-15', '2019-11-15', '2019-11-15']);
    for (const row of [1, 2, 3]) expect(await table.cell(row, 'date').inputValue()).toBe('15/11/2019');

    // A day that does not exist is kept as typed and marked, not turned into another day.
    await table.cell(2, 'date').fill('31/02/2020');
    await editor.leaveField();
    await editor.waitSaved();
    expect(await table.cellError(2, 'date').textContent()).toBe('Ngày ban hành: Không đọc được ngày «31/02/2020». Gõ ngày/tháng/năm, ví dụ 15/11/2019.');
    expect((await e2e.host.services.api.getDraft({})).rawInputs['s2.documents']).toEqual({ '1:date': '31/02/2020' });
  });
});
