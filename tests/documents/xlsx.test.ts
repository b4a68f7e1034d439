// The XLSX appendix read back with exceljs and as raw XML: real numbers with number formats, formulas
// for changes, rates and statuses, title block, frozen header, A4 landscape print setup.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportDocument } from '../../shared/documents/build';
import { resolveFormulas } from '../../shared/documents/table';
import { renderXlsx } from '../../electron/services/documents/xlsx';
import { assertWellFormed, sampleInput, xmlParts } from './helpers';

let wb: ExcelJS.Workbook;
let parts: Map<string, string>;

const sheet = (name: string): ExcelJS.Worksheet => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
};

/** The row whose column B reads `label`. */
function rowOf(ws: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(2).value === label) return ws.getRow(r);
  throw new Error(`no row ${label}`);
}

const formulaOf = (c: ExcelJS.Cell): ExcelJS.CellFormulaValue => {
  const v = c.value;
  if (typeof v !== 'object' || v === null || !('formula' in v)) throw new Error(`${c.address} is not a formula: ${JSON.stringify(v)}`);
  return v as ExcelJS.CellFormulaValue;
};

beforeAll(async () => {
  const xlsx = await renderXlsx(buildReportDocument(await sampleInput()));
  parts = await xmlParts(xlsx);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
});

describe('XLSX appendix', () => {
  it('is well-formed and has the appendix, targets and activity sheets', () => {
    expect(() => assertWellFormed(parts)).not.toThrow();
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Phụ lục', 'Bảng chỉ tiêu', 'Hoạt động', 'Giải trình số liệu']);
  });

  it('prints the explanations on a sheet of their own, never under a repeated column header', () => {
    const texts = (ws: ExcelJS.Worksheet): string[] => {
      const out: string[] = [];
      ws.eachRow((r) => out.push(String(r.getCell(1).value ?? '')));
      return out;
    };
    // Below the indicator table, only the note on regional settings remains.
    expect(texts(sheet('Phụ lục')).filter((t) => t.startsWith('- ') || t === 'Giải trình số liệu:')).toEqual([]);
    const notes = sheet('Giải trình số liệu');
    expect(texts(notes)[0]).toBe('LIÊN ĐOÀN LAO ĐỘNG HUYỆN TAM ĐƯỜNG');
    expect(texts(notes)).toContain('Giải trình số liệu:');
    expect(texts(notes).filter((t) => t.startsWith('- '))).toHaveLength(3);
    expect(texts(notes).join('\n')).toContain('Số CĐCS ngoài khu vực nhà nước tăng từ 28 lên 45');
    // No rows repeated at the top of its pages, and its page number in Times New Roman.
    expect(notes.pageSetup.printTitlesRow).toBeUndefined();
    expect(notes.headerFooter.oddHeader).toBe('&C&"Times New Roman,Regular"&12&P');
    expect(sheet('Phụ lục').headerFooter.oddHeader).toBe('&C&"Times New Roman,Regular"&12&P');
  });

  it('opens with a title block naming the unit and the campaign', () => {
    const ws = sheet('Phụ lục');
    expect(ws.getCell('A1').value).toBe('LIÊN ĐOÀN LAO ĐỘNG HUYỆN TAM ĐƯỜNG');
    expect(ws.getCell('A3').value).toBe('PHỤ LỤC SỐ LIỆU ĐỘI NGŨ CHỦ TỊCH CÔNG ĐOÀN CƠ SỞ NGOÀI KHU VỰC NHÀ NƯỚC');
    expect(ws.getCell('A4').value).toBe('Tổng kết Chương trình 1563/CTr-TLĐ (2019–2023)');
    expect(ws.getRow(7).values).toEqual([undefined, 'STT', 'Chỉ tiêu', 'Đơn vị tính', 'Tháng 10/2019', 'Tháng 5/2023', 'Tăng (+), giảm (-)']);
  });

  it('stores both dates as real numbers with a grouping number format', () => {
    const r = rowOf(sheet('Phụ lục'), 'Số đoàn viên công đoàn');
    expect(r.getCell(4).value).toBe(1456);
    expect(r.getCell(5).value).toBe(2103);
    expect(r.getCell(4).numFmt).toBe('#,##0');
    expect(r.getCell(4).type).toBe(ExcelJS.ValueType.Number);
  });

  it('computes the change with a formula', () => {
    const r = rowOf(sheet('Phụ lục'), 'Số đoàn viên công đoàn');
    const n = r.number;
    expect(formulaOf(r.getCell(6))).toEqual({ formula: `IF(COUNT(E${n},D${n})<2,"",E${n}-D${n})`, result: 647 });
    expect(r.getCell(6).numFmt).toBe('+#,##0;-#,##0;0');
  });

  it('computes rates as percentage formulas over their parts', () => {
    const ws = sheet('Phụ lục');
    const rate = rowOf(ws, 'Tỷ lệ nữ');
    const women = rowOf(ws, 'Trong đó: nữ').number;
    const chairs = rowOf(ws, 'Tổng số chủ tịch CĐCS (T)').number;
    const f = formulaOf(rate.getCell(4));
    expect(f.formula).toBe(`IF(COUNT(D${women},D${chairs})<2,"",IF(D${chairs}=0,"",D${women}/D${chairs}))`);
    expect(f.result).toBeCloseTo(9 / 27, 10);
    expect(rate.getCell(4).numFmt).toBe('0.00%');
  });

  it('freezes the header rows and prints A4 landscape with the header repeated', () => {
    const xml = parts.get('xl/worksheets/sheet1.xml') ?? '';
    expect(xml).toMatch(/<pane [^>]*ySplit="7"[^>]*state="frozen"/);
    expect(xml).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"/);
    expect(xml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    expect(parts.get('xl/workbook.xml')).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Phụ lục&apos;!$7:$7</definedName>');
    // The table and the note on regional settings; the explanations have their own sheet.
    expect(parts.get('xl/workbook.xml')).toContain('<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;Phụ lục&apos;!$A$1:$F$37</definedName>');
  });

  it('writes the targets sheet with rate and Đạt/Không đạt formulas', () => {
    const ws = sheet('Bảng chỉ tiêu');
    const head = ws.getRow(5).values as unknown[];
    expect(head.slice(1)).toEqual(['STT', 'Tên chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu', 'Kết quả', 'Tỷ lệ đạt (%)', 'Đánh giá']);
    const r = ws.getRow(6);
    expect(r.getCell(4).value).toBe(100);
    expect(r.getCell(5).value).toBe(95.3);
    expect(formulaOf(r.getCell(6)).formula).toBe('IF(COUNT(E6,D6)<2,"",IF(D6=0,"",E6/D6))');
    expect(formulaOf(r.getCell(7))).toEqual({ formula: 'IF(COUNT(E6,D6)<2,"",IF(E6>=D6,"Đạt","Không đạt"))', result: 'Không đạt' });
  });

  it('asks spreadsheet programs to recalculate on opening', () => {
    expect(parts.get('xl/workbook.xml')).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
  });
});

describe('XLSX for a province (one row per unit, totals)', () => {
  it('sums unit rows with a range and recomputes the total rate from the summed parts', async () => {
    const doc = buildReportDocument(await sampleInput());
    const num = (value: number) => ({ kind: 'number' as const, value, format: 'integer' as const });
    const rate = (row: string) => ({
      kind: 'formula' as const,
      formula: { op: 'rate' as const, numerator: { row, col: 'women' }, denominator: { row, col: 'chairs' } },
      value: null,
      format: 'percent' as const,
    });
    const units = ['Tam Đường', 'Phong Thổ', 'Sìn Hồ'];
    const table = resolveFormulas({
      id: 'province',
      columns: [
        { id: 'unit', label: 'Đơn vị', width: 30, align: 'left' },
        { id: 'women', label: 'Nữ', width: 10, align: 'right' },
        { id: 'chairs', label: 'T', width: 10, align: 'right' },
        { id: 'rate', label: 'Tỷ lệ nữ', width: 10, align: 'right' },
      ],
      rows: [
        ...units.map((u, i) => ({ kind: 'data' as const, id: `u${i}`, cells: [{ kind: 'text' as const, text: u }, num(9 + i), num(27 + i), rate(`u${i}`)] })),
        {
          kind: 'data',
          id: 'total',
          bold: true,
          cells: [
            { kind: 'text', text: 'Tổng cộng' },
            { kind: 'formula', formula: { op: 'sum', cells: units.map((_, i) => ({ row: `u${i}`, col: 'women' })) }, value: null, format: 'integer' },
            { kind: 'formula', formula: { op: 'sum', cells: units.map((_, i) => ({ row: `u${i}`, col: 'chairs' })) }, value: null, format: 'integer' },
            rate('total'),
          ],
        },
      ],
    });
    doc.workbook = [{ name: 'Tổng hợp', unit: 'Liên đoàn Lao động tỉnh Lai Châu', title: 'TỔNG HỢP', subtitles: [], table, notes: [] }];
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderXlsx(doc)) as unknown as ArrayBuffer);
    const ws = book.getWorksheet('Tổng hợp');
    if (!ws) throw new Error('no sheet');
    // Title, blank, title line, blank → header on row 4, units on 5–7, totals on 8.
    expect(ws.getCell('A8').value).toBe('Tổng cộng');
    expect(formulaOf(ws.getCell('B8'))).toEqual({ formula: 'IF(COUNT(B5:B7)=0,"",SUM(B5:B7))', result: 30 });
    expect(formulaOf(ws.getCell('C8'))).toEqual({ formula: 'IF(COUNT(C5:C7)=0,"",SUM(C5:C7))', result: 84 });
    expect(formulaOf(ws.getCell('D8')).result).toBeCloseTo(30 / 84, 10);
  });
});
