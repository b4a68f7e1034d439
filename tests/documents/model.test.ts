// The document model built from the Tam Đường sample: what the report says, before any file format.
import { describe, expect, it } from 'vitest';
import { buildReportDocument, documentGaps } from '../../shared/documents/build';
import type { DocRow, DocTable, ReportDocument } from '../../shared/documents/model';
import { emptySections, EMPTY_TEXT } from '../../shared/documents/sections';
import { displayCell, resolveFormulas } from '../../shared/documents/table';
import { campaign1563 } from '../../shared/campaign/builtin/campaign-1563';
import { sampleInput, tamDuongProfile } from './helpers';

const dataRow = (t: DocTable, id: string): DocRow & { kind: 'data' } => {
  const r = t.rows.find((x) => x.id === id);
  if (r?.kind !== 'data') throw new Error(`no data row ${id}`);
  return r;
};
const shown = (t: DocTable, rowId: string, col: string): string => {
  const i = t.columns.findIndex((c) => c.id === col);
  const cell = dataRow(t, rowId).cells[i];
  return cell ? displayCell(cell) : '';
};
const allText = (doc: ReportDocument): string => JSON.stringify(doc);

describe('buildReportDocument (Tam Đường sample)', () => {
  it('writes the administrative header of a district report', async () => {
    const doc = buildReportDocument(await sampleInput());
    expect(doc.header).toEqual({
      parentUnit: 'LĐLĐ TỈNH LAI CHÂU',
      issuingUnit: 'LĐLĐ HUYỆN TAM ĐƯỜNG',
      number: 'Số: 25/BC-LĐLĐ',
      nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      dateLine: 'Tam Đường, ngày 19 tháng 5 năm 2023',
    });
    expect(doc.kind).toBe('BÁO CÁO');
    expect(doc.summary).toContain('Chương trình số 1563/CTr-TLĐ ngày 09/10/2019');
    expect(doc.summary).toContain('Kế hoạch số 133/KH-LĐLĐ ngày 13/12/2019');
  });

  it('keeps a leading zero only for days 1–9 and months 1–2 in the date line', async () => {
    const jan = buildReportDocument(await sampleInput({ issuedOn: '2024-02-05' }));
    expect(jan.header.dateLine).toBe('Tam Đường, ngày 05 tháng 02 năm 2024');
    const nov = buildReportDocument(await sampleInput({ issuedOn: '2023-11-21' }));
    expect(nov.header.dateLine).toBe('Tam Đường, ngày 21 tháng 11 năm 2023');
  });

  it('opens with the campaign opening naming the unit and cites Plan 447', async () => {
    const doc = buildReportDocument(await sampleInput());
    const opening = JSON.stringify(doc.opening);
    expect(opening).toContain('Kế hoạch số 447/KH-LĐLĐ ngày 17/5/2023');
    expect(opening).toContain('Liên đoàn Lao động huyện Tam Đường báo cáo');
    expect(JSON.stringify(doc.closing)).toContain('./.');
  });

  it('has the ten sections in the plan’s order and wording', async () => {
    const doc = buildReportDocument(await sampleInput());
    expect(doc.sections.map((s) => s.heading)).toEqual(campaign1563.template.sections.map((s) => `${s.number}. ${s.title}`));
    expect(doc.sections[0]?.heading).toBe('1. Kết quả thực hiện các chỉ tiêu của Chương trình');
    expect(doc.sections.every((s) => !s.empty)).toBe(true);
  });

  it('computes the targets table: rate and Đạt/Không đạt', async () => {
    const doc = buildReportDocument(await sampleInput());
    const table = doc.sections[0]?.blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no targets table');
    const t = table.table;
    expect(t.columns.map((c) => c.label)).toEqual(['STT', 'Tên chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu', 'Kết quả', 'Tỷ lệ đạt (%)', 'Đánh giá']);
    expect(shown(t, 'r1', 'rate')).toBe('95,30%');
    expect(shown(t, 'r1', 'status')).toBe('Không đạt');
    expect(shown(t, 'r3', 'rate')).toBe('112,50%');
    expect(shown(t, 'r3', 'status')).toBe('Đạt');
  });

  it('turns counts into sentences, lessons into a numbered list, commendations into a table', async () => {
    const doc = buildReportDocument(await sampleInput());
    const text = allText(doc);
    // The narratives already say 4 conferences, 1.850 participants and 186.500.000 đồng: no sentence repeats them.
    expect(text).not.toContain('Tổ chức 4 hội nghị quán triệt, triển khai Chương trình.');
    expect(text).not.toContain('Tổng số lượt người tham dự');
    expect(text).not.toContain('Tổng kinh phí đào tạo, bồi dưỡng');
    expect(text).toContain('Số liệu chi tiết tại Phụ lục kèm theo.');
    expect(text).toContain('Các hình thức tuyên truyền đã sử dụng: hội nghị; lớp tập huấn;');
    // A count the narrative does not mention reads as the template's sentence.
    const input = await sampleInput();
    const quiet = buildReportDocument({ ...input, values: { ...input.values, 's2.narrative': 'Ban Thường vụ đã quán triệt Chương trình.' } });
    expect(allText(quiet)).toContain('Tổ chức 4 hội nghị quán triệt, triển khai Chương trình.');
    expect(doc.sections[8]?.blocks[0]).toMatchObject({ kind: 'numbered' });
    const s10 = doc.sections[9]?.blocks ?? [];
    const commendations = s10.find((b) => b.kind === 'table');
    expect(commendations?.kind === 'table' && commendations.table.columns.map((c) => c.label)).toEqual(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Thành tích']);
    expect(s10.filter((b) => b.kind === 'subheading').map((b) => b.kind === 'subheading' && b.text)).toEqual([
      'a) Định hướng trong tình hình mới',
      'b) Đề xuất, kiến nghị với LĐLĐ tỉnh',
      'c) Đề xuất, kiến nghị với Tổng LĐLĐ Việt Nam',
    ]);
    // A line starting with "- " is a bullet.
    expect(doc.sections[2]?.blocks.some((b) => b.kind === 'bullet')).toBe(true);
  });

  it('builds the appendix with both periods, the change, and ratios from their parts', async () => {
    const doc = buildReportDocument(await sampleInput());
    const t = doc.appendix?.tables[0];
    if (!t) throw new Error('no appendix');
    expect(t.columns.map((c) => c.label)).toEqual(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Tháng 10/2019', 'Tháng 5/2023', 'Tăng (+), giảm (-)']);
    expect(shown(t, 'members', 'start')).toBe('1.456');
    expect(shown(t, 'members', 'end')).toBe('2.103');
    expect(shown(t, 'members', 'change')).toBe('+647');
    // 9 of 27 and 13 of 43 women chairs.
    expect(shown(t, 'women_rate', 'start')).toBe('33,33%');
    expect(shown(t, 'women_rate', 'end')).toBe('30,23%');
    expect(shown(t, 'women_rate', 'change')).toBe('-3,10 điểm %');
    expect(doc.appendix?.reference).toBe('(Kèm theo Báo cáo số 25/BC-LĐLĐ ngày 19/5/2023 của LĐLĐ huyện Tam Đường)');
  });

  it('prints the explanations of warnings under the appendix as "Giải trình số liệu"', async () => {
    const doc = buildReportDocument(await sampleInput());
    const notes = JSON.stringify(doc.appendix?.notes);
    expect(notes).toContain('Giải trình số liệu:');
    expect(notes).toContain('Số CĐCS ngoài khu vực nhà nước (Tháng 10/2019: 28; Tháng 5/2023: 45): Số CĐCS ngoài khu vực nhà nước tăng từ 28 lên 45');
    expect(doc.workbook[0]?.notes).toHaveLength(3);
  });

  it('signs for the standing committee and lists the district recipients', async () => {
    const doc = buildReportDocument(await sampleInput());
    expect(doc.signature).toEqual({
      recipientsLabel: 'Nơi nhận:',
      recipients: ['- LĐLĐ tỉnh Lai Châu (Ban TC-KT);', '- Thường trực LĐLĐ huyện;', '- Lưu: VT.'],
      authority: 'TM. BAN THƯỜNG VỤ',
      title: 'CHỦ TỊCH',
      signerName: 'Lò Văn Thành',
    });
  });

  it('serves a province report: Tổng LĐLĐ as parent, "Nơi nhận" and opening as the plan sets them for the province', async () => {
    const province = tamDuongProfile({
      unit: { code: 'LDLD-LAICHAU', name: 'Liên đoàn Lao động tỉnh Lai Châu', shortName: 'LĐLĐ tỉnh Lai Châu', levelId: 'ldld-tinh', parentCode: 'TLD', place: 'Lai Châu' },
      parent: { code: 'TLD', name: 'Tổng Liên đoàn Lao động Việt Nam', shortName: 'Tổng LĐLĐ Việt Nam', levelId: 'tong-ldld', parentCode: null, place: 'Hà Nội' },
      place: 'Lai Châu',
    });
    const doc = buildReportDocument(await sampleInput({ profile: province }));
    expect(doc.header.parentUnit).toBe('TỔNG LĐLĐ VIỆT NAM');
    expect(doc.header.issuingUnit).toBe('LĐLĐ TỈNH LAI CHÂU');
    expect(doc.header.dateLine).toBe('Lai Châu, ngày 19 tháng 5 năm 2023');
    // The "Nơi nhận" of Plan 447/KH-LĐLĐ, line for line.
    expect(doc.signature.recipients).toEqual(['- Tổng LĐLĐ Việt Nam;', '- Thường trực LĐLĐ tỉnh;', '- LĐLĐ các huyện, thành phố, CĐ ngành, CĐVC tỉnh;', '- Lưu: VT, Ban TC-KT.']);
    // The province reports under the confederation's plan, not under its own.
    expect(doc.opening).toEqual([{ kind: 'paragraph', runs: [{ text: expect.stringMatching(/^Thực hiện Kế hoạch số 324\/KH-TLĐ ngày 12\/5\/2023 .*, Liên đoàn Lao động tỉnh Lai Châu báo cáo kết quả thực hiện như sau:$/) as unknown as string }] }]);
  });

  it('orders the workbook: appendix, targets, activities', async () => {
    const doc = buildReportDocument(await sampleInput());
    expect(doc.workbook.map((s) => s.name)).toEqual(['Phụ lục', 'Bảng chỉ tiêu', 'Hoạt động']);
  });
});

describe('empty sections', () => {
  it('prints "(chưa có nội dung)" and lists the empty sections for the review page', async () => {
    const input = await sampleInput();
    const values = { ...input.values };
    delete values['s4.narrative'];
    delete values['s9.lessons'];
    const doc = buildReportDocument({ ...input, values });
    const s4 = doc.sections[3];
    expect(s4?.empty).toBe(true);
    expect(s4?.blocks).toEqual([{ kind: 'paragraph', runs: [{ text: EMPTY_TEXT, italic: true }] }]);
    expect(emptySections(campaign1563.template, values).map((s) => s.id)).toEqual(['s4', 's9']);
    expect(documentGaps({ ...input, values }).emptySections.map((s) => s.number)).toEqual([4, 9]);
  });

  it('marks every section empty for an empty report', async () => {
    const doc = buildReportDocument(await sampleInput({ values: {}, explanations: {} }));
    expect(doc.sections.every((s) => s.empty)).toBe(true);
    expect(emptySections(campaign1563.template, {})).toHaveLength(10);
  });
});

describe('formulas', () => {
  it('sums a column of unit rows and recomputes a rate from summed parts (province totals)', () => {
    const num = (value: number | null) => ({ kind: 'number' as const, value, format: 'integer' as const });
    const table: DocTable = {
      id: 'units',
      columns: [
        { id: 'unit', label: 'Đơn vị', width: 30, align: 'left' },
        { id: 'women', label: 'Nữ', width: 10, align: 'right' },
        { id: 'chairs', label: 'T', width: 10, align: 'right' },
        { id: 'rate', label: 'Tỷ lệ nữ', width: 10, align: 'right' },
      ],
      rows: [
        { kind: 'data', id: 'a', cells: [{ kind: 'text', text: 'A' }, num(9), num(27), { kind: 'formula', formula: { op: 'rate', numerator: { row: 'a', col: 'women' }, denominator: { row: 'a', col: 'chairs' } }, value: null, format: 'percent' }] },
        { kind: 'data', id: 'b', cells: [{ kind: 'text', text: 'B' }, num(1), num(3), { kind: 'formula', formula: { op: 'rate', numerator: { row: 'b', col: 'women' }, denominator: { row: 'b', col: 'chairs' } }, value: null, format: 'percent' }] },
        {
          kind: 'data',
          id: 'total',
          bold: true,
          cells: [
            { kind: 'text', text: 'Tổng cộng' },
            { kind: 'formula', formula: { op: 'sum', cells: [{ row: 'a', col: 'women' }, { row: 'b', col: 'women' }] }, value: null, format: 'integer' },
            { kind: 'formula', formula: { op: 'sum', cells: [{ row: 'a', col: 'chairs' }, { row: 'b', col: 'chairs' }] }, value: null, format: 'integer' },
            { kind: 'formula', formula: { op: 'rate', numerator: { row: 'total', col: 'women' }, denominator: { row: 'total', col: 'chairs' } }, value: null, format: 'percent' },
          ],
        },
      ],
    };
    resolveFormulas(table);
    const total = table.rows[2];
    if (total?.kind !== 'data') throw new Error('no total');
    expect(total.cells.map(displayCell)).toEqual(['Tổng cộng', '10', '30', '33,33%']);
  });

  it('gives an empty result, not 0 or an error, for a missing operand or a zero denominator', async () => {
    const input = await sampleInput();
    const values: Record<string, unknown> = { ...input.values, 'pl.chairs.start': 0 };
    delete values['pl.women.end'];
    const t = buildReportDocument({ ...input, values }).appendix?.tables[0];
    if (!t) throw new Error('no appendix');
    expect(shown(t, 'women_rate', 'start')).toBe('');
    expect(shown(t, 'women_rate', 'end')).toBe('');
    expect(shown(t, 'women', 'change')).toBe('');
  });
});

it('refuses an impossible issue date with E_INPUT', async () => {
  const input = await sampleInput({ issuedOn: '2023-02-30' });
  expect(() => buildReportDocument(input)).toThrowError(expect.objectContaining({ code: 'E_INPUT' }));
});
