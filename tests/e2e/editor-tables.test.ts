// Tables in the editor work like the spreadsheet they replace, and nothing typed in them is lost: a cell
// that cannot be read is kept as typed and marked, while the rest of the table is saved at once.
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/artifacts';
import { setUpUnit, useE2E } from './support/session';
import { EditorPage, TableField } from './pages/editor-page';

const TARGETS = /Kết quả thực hiện các chỉ tiêu/;

describe('editor tables', () => {
  const e2e = useE2E();

  async function openTargets(): Promise<{ editor: EditorPage; table: TableField }> {
    await setUpUnit(e2e.host);
    const editor = new EditorPage(e2e.page);
    await editor.open(e2e.host.url);
    await editor.nav('Soạn báo cáo').click();
    await editor.openPart(TARGETS);
    return { editor, table: new TableField(editor, 's1.targets') };
  }

  it('saves a new row while another cell cannot be read, and keeps that cell as typed across a reload and navigation', async () => {
    const { editor, table } = await openTargets();
    await table.addRow('chỉ tiêu');
    await table.cell(1, 'name').fill('Số CĐCS được hướng dẫn');
    await table.cell(1, 'target').fill('4 người');
    await table.cell(1, 'achieved').fill('3');
    await table.addRow('chỉ tiêu');
    await table.cell(2, 'name').fill('Số lớp tập huấn');
    await table.cell(2, 'unit').fill('lớp');
    await table.cell(2, 'target').fill('10');
    await table.cell(2, 'achieved').fill('8');
    await editor.leaveField();
    await editor.waitSaved();
    expect(await table.cellError(1, 'target').textContent()).toContain('Không đọc được số «4 người»');

    const draft = await e2e.host.services.api.getDraft({});
    expect(draft.values['s1.targets']).toEqual([
      { name: 'Số CĐCS được hướng dẫn', unit: null, target: null, achieved: 3 },
      { name: 'Số lớp tập huấn', unit: 'lớp', target: 10, achieved: 8 },
    ]);
    expect(draft.rawInputs['s1.targets']).toEqual({ '0:target': '4 người' });
    // Kept, but not a value: an error that blocks export until it is corrected.
    expect(draft.validation.issues.find((i) => i.ruleId === 'input:s1.targets:0:target')?.severity).toBe('error');

    const check = async () => {
      expect(await table.rows.count()).toBe(2);
      expect(await table.cell(1, 'target').inputValue()).toBe('4 người');
      expect(await table.cell(1, 'target').getAttribute('aria-invalid')).toBe('true');
      expect(await table.cellError(1, 'target').textContent()).toContain('Không đọc được số «4 người»');
      expect(await table.cell(2, 'achieved').inputValue()).toBe('8');
    };
    await editor.reload();
    await check();
    await screenshot(e2e.page, 'editor-table-kept-as-typed');
    await editor.openPart(/Công tác chỉ đạo, triển khai/);
    await editor.openPart(TARGETS);
    await check();

    // Corrected: stored as a number, and nothing is kept beside the table any more.
    await table.cell(1, 'target').fill('4');
    await editor.leaveField();
    await editor.waitSaved();
    const after = await e2e.host.services.api.getDraft({});
    expect(after.rawInputs['s1.targets']).toBeUndefined();
    expect((after.values['s1.targets'] as Array<Record<string, unknown>>)[0]?.target).toBe(4);
    expect(await table.cellError(1, 'target').count()).toBe(0);
  });

  it('turns a block of three tab-separated rows pasted from Excel into three rows, keeping an unreadable cell as typed', async () => {
    const { editor, table } = await openTargets();
    await table.addRow('chỉ tiêu');
    await table.pasteAt(1, 'name', {
      text: 'Số đoàn viên\tngười\t1.234\t1.100\r\nTỷ lệ tham gia\t%\t92.5\t90\r\nSố buổi\tbuổi\t4 buổi\t3\r\n',
    });
    await editor.waitSaved();
    expect(await table.rows.count()).toBe(3);
    const draft = await e2e.host.services.api.getDraft({});
    expect(draft.values['s1.targets']).toEqual([
      { name: 'Số đoàn viên', unit: 'người', target: 1234, achieved: 1100 },
      { name: 'Tỷ lệ tham gia', unit: '%', target: 92.5, achieved: 90 },
      { name: 'Số buổi', unit: 'buổi', target: null, achieved: 3 },
    ]);
    expect(draft.rawInputs['s1.targets']).toEqual({ '2:target': '4 buổi' });
    expect(await table.cell(2, 'target').inputValue()).toBe('92,5');
    expect(await table.cell(3, 'target').inputValue()).toBe('4 buổi');
    expect(await table.cellError(3, 'target').textContent()).toContain('Không đọc được số «4 buổi»');
  });

  it('reads an HTML table pasted from Word into rows', async () => {
    const { editor, table } = await openTargets();
    await table.addRow('chỉ tiêu');
    await table.pasteAt(1, 'name', {
      text: 'Số hội nghị 12 10',
      html: '<table><tr><td><p>Số hội nghị</p></td><td>cuộc</td><td>12</td><td>10</td></tr><tr><td>Số tài liệu</td><td>bộ</td><td>2.000</td><td>1.950</td></tr></table>',
    });
    await editor.waitSaved();
    const draft = await e2e.host.services.api.getDraft({});
    expect(draft.values['s1.targets']).toEqual([
      { name: 'Số hội nghị', unit: 'cuộc', target: 12, achieved: 10 },
      { name: 'Số tài liệu', unit: 'bộ', target: 2000, achieved: 1950 },
    ]);
  });

  it('puts a deleted row back when the deletion is undone', async () => {
    const { editor, table } = await openTargets();
    await table.addRow('chỉ tiêu');
    await table.pasteAt(1, 'name', { text: 'Một\tlớp\t1\t1\nHai\tlớp\t2\t2\nBa\tlớp\t3\t3\n' });
    await editor.waitSaved();
    const before = (await e2e.host.services.api.getDraft({})).values['s1.targets'];

    await table.removeRow(2);
    await editor.waitSaved();
    expect((await e2e.host.services.api.getDraft({})).values['s1.targets']).toEqual([
      { name: 'Một', unit: 'lớp', target: 1, achieved: 1 },
      { name: 'Ba', unit: 'lớp', target: 3, achieved: 3 },
    ]);
    await e2e.page.getByRole('button', { name: 'Hoàn tác' }).click();
    await editor.waitSaved();
    expect((await e2e.host.services.api.getDraft({})).values['s1.targets']).toEqual(before);
    expect(await table.cell(2, 'name').inputValue()).toBe('Hai');
    // The delete control is not a tab stop in every row.
    expect(await e2e.page.locator('#field-s1-targets button[aria-label^="Xóa dòng"]').first().getAttribute('tabindex')).toBe('-1');
  });

  it('moves between cells with Enter and the arrow keys, and undoes the last change with Ctrl+Z', async () => {
    const { editor, table } = await openTargets();
    await table.addRow('chỉ tiêu');
    await table.pasteAt(1, 'name', { text: 'Một\tlớp\t1\t1\nHai\tlớp\t2\t2\n' });
    await table.cell(1, 'target').click();
    await e2e.page.keyboard.press('Enter');
    expect(await e2e.page.evaluate(() => document.activeElement?.id)).toBe('field-s1-targets-1-target');
    await e2e.page.keyboard.press('ArrowUp');
    expect(await e2e.page.evaluate(() => document.activeElement?.id)).toBe('field-s1-targets-0-target');
    // The cell's text is selected on arrival: typing replaces it.
    await e2e.page.keyboard.type('7');
    await e2e.page.keyboard.press('End');
    await e2e.page.keyboard.press('ArrowRight');
    expect(await e2e.page.evaluate(() => document.activeElement?.id)).toBe('field-s1-targets-0-achieved');
    await editor.waitSaved();
    expect((await e2e.host.services.api.getDraft({})).values['s1.targets']).toMatchObject([{ target: 7 }, { target: 2 }]);
    await e2e.page.keyboard.press('Control+z');
    await editor.waitSaved();
    expect(await table.cell(1, 'target').inputValue()).toBe('1');
    expect((await e2e.host.services.api.getDraft({})).values['s1.targets']).toMatchObject([{ target: 1 }, { target: 2 }]);
  });
  it('pastes a passage from Word into a narrative as paragraphs and "- " list lines, and Ctrl+Z takes it back', async () => {
    const { editor } = await openTargets();
    await editor.openPart(/Công tác chỉ đạo, triển khai/);
    const word =
      '<html><body><p class=MsoNormal>Ban Thường vụ đã triển khai:</p>' +
      '<p class=MsoListParagraph style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">·<span>&nbsp;&nbsp;</span></span>Ban hành Kế hoạch số 15/KH-LĐLĐ;</p>' +
      '<p class=MsoListParagraph style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">2.<span>&nbsp;</span></span>Lồng ghép vào chương trình công tác năm.</p>' +
      '<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Kết quả tốt.</p></body></html>';
    const field = editor.field('s2.narrative');
    await field.focus();
    await field.evaluate((el, html) => {
      const dt = new DataTransfer();
      dt.setData('text/html', html);
      dt.setData('text/plain', 'ignored');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, word);
    const expected = ['Ban Thường vụ đã triển khai:', '- Ban hành Kế hoạch số 15/KH-LĐLĐ;', '- Lồng ghép vào chương trình công tác năm.', 'Kết quả tốt.'].join('\n');
    expect(await field.inputValue()).toBe(expected);
    await editor.leaveField();
    await editor.waitSaved();
    expect((await e2e.host.services.api.getDraft({})).values['s2.narrative']).toBe(expected);
    await field.focus();
    await e2e.page.keyboard.press('Control+z');
    expect(await field.inputValue()).toBe('');
  });
  it('shows a rate and Đạt/Không đạt only from finished values, never from a cell being typed or unreadable', async () => {
    const { editor, table } = await openTargets();
    await table.addRow('chỉ tiêu');
    await table.pasteAt(1, 'name', { text: 'Một\tlớp\t10\t8\n' });
    const computed = e2e.page.locator('#field-s1-targets tbody tr').first().locator('td.col-computed');
    expect(await computed.allTextContents()).toEqual(['80%', 'Không đạt']);
    await table.cell(1, 'target').click();
    await e2e.page.keyboard.press('End');
    await e2e.page.keyboard.type('0');
    // "100" half-typed as "100" or "10" is not shown as a result while the cell is being typed in.
    expect(await computed.allTextContents()).toEqual(['', '']);
    await editor.field('s1.narrative').focus();
    expect(await computed.allTextContents()).toEqual(['8%', 'Không đạt']);
    await table.cell(1, 'achieved').fill('8 lớp');
    await editor.field('s1.narrative').focus();
    expect(await computed.allTextContents()).toEqual(['', '']);
  });
});
