// The compiled texts keep their structure (issue 16): a unit's paragraphs stay paragraphs, its "- "
// lines stay list lines, a table field stays a table with its columns, and the page shows them so.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fieldBlocks } from '../../shared/aggregate/compile';
import { campaign1563 } from '../../shared/campaign/builtin/campaign-1563';
import type { FieldDef } from '../../shared/campaign/model';
import { PassageView } from '../../renderer/components/reading/PassageView';

const def = (key: string): FieldDef => {
  for (const s of campaign1563.template.sections) for (const f of s.fields) if (f.key === key) return f;
  throw new Error(key);
};

describe('compiled passages with their structure', () => {
  it('reads a narrative as paragraphs and list lines, blank lines only separating', () => {
    const text = 'Mở đầu đoạn một.\n\n- Ý thứ nhất;\n- Ý thứ hai.\nĐoạn kết.';
    expect(fieldBlocks(def('s4.narrative'), text)).toEqual([
      { kind: 'paragraph', text: 'Mở đầu đoạn một.' },
      { kind: 'bullet', text: 'Ý thứ nhất;' },
      { kind: 'bullet', text: 'Ý thứ hai.' },
      { kind: 'paragraph', text: 'Đoạn kết.' },
    ]);
  });

  it('reads a table field as a table with its column labels and Vietnamese numbers', () => {
    const rows = [
      { name: 'Chủ tịch được tập huấn', unit: '%', target: 100, achieved: 95.3 },
      { name: '', unit: '', target: null, achieved: null },
    ];
    expect(fieldBlocks(def('s1.targets'), rows)).toEqual([
      { kind: 'table', columns: ['Tên chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu', 'Kết quả'], rows: [['Chủ tịch được tập huấn', '%', '100', '95,3']] },
    ]);
  });

  it('shows paragraphs as paragraphs, list lines as a list and a table as a table', () => {
    const html = renderToStaticMarkup(
      <PassageView
        label="Bảng chỉ tiêu"
        blocks={[
          { kind: 'paragraph', text: 'Một.' },
          { kind: 'bullet', text: 'A' },
          { kind: 'bullet', text: 'B' },
          { kind: 'table', columns: ['Tên', 'Số'], rows: [['x', '1.234']] },
        ]}
      />,
    );
    expect(html).toContain('<p class="passage-p">Một.</p>');
    expect(html).toContain('<ul class="passage-list"><li>A</li><li>B</li></ul>');
    expect(html).toMatch(/<table[^>]*>.*<th scope="col">Tên<\/th><th scope="col">Số<\/th>.*<td>x<\/td><td>1\.234<\/td>/);
  });
});
