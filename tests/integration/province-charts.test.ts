// The province's charts in its documents, from real packages: three units send, two are accepted. The
// preview's DOCX holds the three charts as pictures with their words as alternative text and their
// numbers under them; LibreOffice places the pictures in the PDF it makes of the DOCX; the workbook has
// a sheet per chart with the picture and the table. A page image goes to test-results/province/.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendixKey } from '../../shared/campaign/keys';
import { formatRate, formatRateChange } from '../../shared/documents/table';
import { pagePng, pdfText, ROOT, soffice } from '../documents/helpers';
import { variedValues } from '../helpers/province-sample';
import { importInto, makeWorld, unitExports, type World } from '../helpers/province-world';

const run = promisify(execFile);
const ARTIFACTS = join(ROOT, 'test-results', 'province');
const SENDING = ['LDLD-TAMDUONG', 'LDLD-PHONGTHO', 'LDLD-SINHO'];
const ACCEPTED = ['LDLD-TAMDUONG', 'LDLD-PHONGTHO'];

let root: string;
let w: World;
let docx: Buffer;
let xlsx: Buffer;

/** A unit's share of women among its chairs, in percent, from the test's own data. */
const womenRate = (i: number, p: 'start' | 'end'): number => ((variedValues(i)[appendixKey('women', p)] as number) / (variedValues(i)[appendixKey('chairs', p)] as number)) * 100;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tongket-province-charts-'));
  w = await makeWorld(root);
  const files = [];
  for (const [i, code] of SENDING.entries()) files.push({ name: `${code}.tongket`, bytes: await unitExports(w, code, i) });
  await importInto(w, files);
  for (const code of ACCEPTED) await w.province.api.issueReceipt({ unitCode: code, decision: 'accepted', comment: '', fields: [] });
  const r = await w.province.api.previewProvinceReport({ basis: 'accepted' });
  const file = (ext: string) => join(r.folder, r.files.find((f) => f.name.endsWith(ext))?.name ?? '');
  docx = readFileSync(file('.docx'));
  xlsx = readFileSync(file('.xlsx'));
}, 300_000);

afterAll(() => {
  w?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the province report’s charts', () => {
  it('are pictures in the DOCX with the chart in words as their alternative text', async () => {
    const zip = await JSZip.loadAsync(docx);
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/') && n.endsWith('.png'));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    // Submission status, the main rate by unit, and its change between the campaign's two points in time.
    expect(media).toHaveLength(3);
    // 9 units expected: 2 counted, 1 received but not accepted, 6 missing.
    expect(xml).toContain('descr="Biểu đồ cột ngang: Tình hình gửi báo cáo của các đơn vị, 3 tình trạng; cao nhất Chưa nhận (6 đơn vị); thấp nhất Chưa chấp nhận (1 đơn vị).');
    expect(xml).toContain('Biểu đồ 2. Đội ngũ chủ tịch CĐCS – Tỷ lệ nữ theo đơn vị (Tháng 5/2023)');
    expect(xml).toContain('Biểu đồ 3. Đội ngũ chủ tịch CĐCS – Tỷ lệ nữ: thay đổi Tháng 10/2019 – Tháng 5/2023');
  });

  it('are drawn by LibreOffice from the DOCX, with their numbers under them', async () => {
    writeFileSync(join(root, 'report.docx'), docx);
    await soffice([join(root, 'report.docx')], 'pdf', root);
    const pdf = join(root, 'report.pdf');
    const { stdout } = await run('pdfimages', ['-list', pdf]);
    const images = stdout.split('\n').filter((l) => /^\s*\d+\s+\d+\s+image\s/.test(l));
    expect(images.length).toBe(3);
    const pages = (await pdfText(pdf)).split('\f');
    const chartPage = pages.findIndex((p) => p.replace(/\s+/g, ' ').includes('Biểu đồ 2. Đội ngũ chủ tịch CĐCS')) + 1;
    expect(chartPage).toBeGreaterThan(0);
    const text = pages.join(' ').replace(/\s+/g, ' ');
    // Each counted unit's rate with two decimals, and its change in points.
    for (const i of [0, 1]) {
      expect(text).toContain(formatRate(womenRate(i, 'end')));
      expect(text).toContain(formatRateChange(womenRate(i, 'end') - womenRate(i, 'start')));
    }
    await pagePng(pdf, chartPage, 'report-chart', ARTIFACTS);
  });

  it('each have a sheet in the workbook: the table and the picture', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
    for (const name of ['Biểu đồ 1', 'Biểu đồ 2', 'Biểu đồ 3']) expect(wb.getWorksheet(name)?.getImages(), name).toHaveLength(1);
    const status = wb.getWorksheet('Biểu đồ 1');
    const cells: string[] = [];
    status?.eachRow((row) => cells.push(row.values ? JSON.stringify(row.values) : ''));
    expect(cells.join('\n')).toContain('"Chưa nhận",6');
  });
});
