// The documents through LibreOffice: both convert, the PDF text carries the headings, the signer and
// the appendix figures in Vietnamese format, and the workbook's formulas compute the right values after
// LibreOffice recalculates them (checked on a copy whose inputs were changed after rendering).
import { execFile } from 'node:child_process';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportDocuments } from '../../electron/services/documents/index';
import { campaign1563 } from '../../shared/campaign/builtin/campaign-1563';
import { pagePng, pdfText, sampleInput, SIGNER, soffice, tempDir } from './helpers';

const run = promisify(execFile);
let dir: string;
let text: string;
let pages: string[];
let pageSizes: string[];

/** Whitespace-insensitive: headings wrap across lines in the PDF. */
const flat = (s: string): string => s.replace(/\s+/g, ' ');

/** Rows of a CSV that LibreOffice wrote (comma-separated, double-quoted). */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i] ?? '';
    if (quoted && ch === '"' && csv[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ',') {
      endField();
    } else if (!quoted && ch === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else if (ch !== '\r' || quoted) {
      field += ch;
    }
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

beforeAll(async () => {
  dir = await tempDir();
  const { docx, xlsx } = await renderReportDocuments(await sampleInput());
  await writeFile(join(dir, 'report.docx'), docx);
  await writeFile(join(dir, 'appendix.xlsx'), xlsx);
  await soffice([join(dir, 'report.docx'), join(dir, 'appendix.xlsx')], 'pdf', dir);
  text = await pdfText(join(dir, 'report.pdf'));
  pages = text.split('\f');
  const { stdout } = await run('pdfinfo', ['-f', '1', '-l', '999', join(dir, 'report.pdf')]);
  pageSizes = [...stdout.matchAll(/^Page\s+\d+ size:\s+(.*)$/gm)].map((m) => m[1] ?? '');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('DOCX through LibreOffice', () => {
  it('converts to PDF with A4 portrait pages and a landscape appendix', () => {
    expect(pageSizes.length).toBeGreaterThan(3);
    expect(pageSizes[0]).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(pageSizes.at(-1)).toMatch(/^841\.\d+ x 595\.\d+ pts \(A4\)/);
  });

  it('shows the header, the ten headings, the signer and the appendix figures', () => {
    const all = flat(text);
    expect(all).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(all).toContain('Tam Đường, ngày 19 tháng 5 năm 2023');
    for (const s of campaign1563.template.sections) expect(all).toContain(flat(`${s.number}. ${s.title}`));
    expect(all).toContain(SIGNER);
    for (const v of ['1.456', '2.103', '+647', '33,33%', '30,23%', '186.500.000']) expect(all).toContain(v);
  });

  it('numbers pages from 2 at the top, not on the first page', () => {
    const firstLine = (p: string): string => p.trim().split('\n')[0]?.trim() ?? '';
    expect(firstLine(pages[0] ?? '')).not.toBe('1');
    expect(firstLine(pages[1] ?? '')).toBe('2');
  });

  it('keeps page 1 and the appendix page as PNG artifacts', async () => {
    const appendixPage = pages.findIndex((p) => p.includes('PHỤ LỤC')) + 1;
    expect(appendixPage).toBeGreaterThan(1);
    await pagePng(join(dir, 'report.pdf'), 1, 'report-page1');
    await pagePng(join(dir, 'report.pdf'), appendixPage, 'report-appendix');
    await pagePng(join(dir, 'appendix.pdf'), 1, 'xlsx-appendix');
  });
});

describe('XLSX formulas after LibreOffice recalculates', () => {
  let sheets: Map<string, string[][]>;

  beforeAll(async () => {
    // Change inputs after rendering: cached results are now stale, so only a real recalculation passes.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'appendix.xlsx'));
    const ws = wb.getWorksheet('Phụ lục');
    const targets = wb.getWorksheet('Bảng chỉ tiêu');
    if (!ws || !targets) throw new Error('sheets missing');
    ws.eachRow((row) => {
      if (row.getCell(2).value === 'Trong đó: nữ') row.getCell(4).value = 18;
    });
    targets.getCell('E6').value = 100;
    await wb.xlsx.writeFile(join(dir, 'changed.xlsx'));
    // Raw values (not "as shown"), every sheet: token 9 false, token 12 -1.
    await soffice([join(dir, 'changed.xlsx')], 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1', dir);
    sheets = new Map();
    for (const f of await readdir(dir)) {
      const m = /^changed-(.+)\.csv$/.exec(f);
      if (m?.[1]) sheets.set(m[1], parseCsv(await readFile(join(dir, f), 'utf8')));
    }
  });

  const row = (sheet: string, label: string): string[] => {
    const r = sheets.get(sheet)?.find((x) => x[1] === label);
    if (!r) throw new Error(`no row ${label} in ${sheet}`);
    return r;
  };

  it('recomputes changes', () => {
    expect(row('Phụ lục', 'Số đoàn viên công đoàn').slice(3)).toEqual(['1456', '2103', '647']);
    // 13 women now against 18 at the start.
    expect(row('Phụ lục', 'Trong đó: nữ').slice(3)).toEqual(['18', '13', '-5']);
  });

  it('recomputes rates from their parts', () => {
    const [start, end, change] = row('Phụ lục', 'Tỷ lệ nữ').slice(3).map((v) => Number.parseFloat(v));
    expect(start).toBeCloseTo((18 / 27) * 100, 6);
    expect(end).toBeCloseTo((13 / 43) * 100, 6);
    expect(change).toBeCloseTo((13 / 43 - 18 / 27) * 100, 6);
  });

  it('recomputes the targets rate and Đạt/Không đạt', () => {
    const r = row('Bảng chỉ tiêu', 'Chủ tịch CĐCS ngoài khu vực nhà nước được tập huấn, bồi dưỡng nghiệp vụ công tác công đoàn');
    expect(r.slice(3)).toEqual(['100', '100', '100%', 'Đạt']);
    const second = row('Bảng chỉ tiêu', 'Chủ tịch CĐCS được kết nạp vào Đảng');
    expect(second.slice(3)).toEqual(['5', '6', '120%', 'Đạt']);
  });
});
