// A unit's documents for a template with three points in time: the XLSX appendix has a column per point
// and a change column per consecutive pair whose formulas LibreOffice recomputes to the right numbers,
// and the DOCX says "tại ba thời điểm".
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { campaign1563 } from '../../shared/campaign/builtin/campaign-1563';
import { appendixKey } from '../../shared/campaign/keys';
import type { CampaignDef, PeriodDef } from '../../shared/campaign/model';
import { buildReportDocument } from '../../shared/documents/build';
import { renderDocx, renderXlsx } from '../../electron/services/documents/index';
import { useTempDirs } from '../helpers/temp';
import { paragraphTexts, sampleInput, soffice, xmlParts } from './helpers';

const tempDir = useTempDirs();

const POINTS: [PeriodDef, ...PeriodDef[]] = [
  { id: 'y2019', label: 'Tháng 10/2019', month: '2019-10' },
  { id: 'y2021', label: 'Tháng 6/2021', month: '2021-06' },
  { id: 'y2023', label: 'Tháng 5/2023', month: '2023-05' },
];

const campaign: CampaignDef = {
  ...campaign1563,
  template: { ...campaign1563.template, appendix: { ...campaign1563.template.appendix, periods: POINTS }, rules: [] },
};

const CHAIRS = [40, 52, 43];
const WOMEN = [10, 13, 15];

function values(): Record<string, unknown> {
  const v: Record<string, unknown> = {};
  POINTS.forEach((p, i) => {
    v[appendixKey('chairs', p.id)] = CHAIRS[i];
    v[appendixKey('women', p.id)] = WOMEN[i];
  });
  return v;
}

describe('documents of a three-point appendix', () => {
  it('has LibreOffice compute each change between consecutive points', async () => {
    const input = await sampleInput({ campaign, values: values(), explanations: {} });
    const doc = buildReportDocument(input);
    const dir = tempDir();
    // Formulas without cached results: what LibreOffice shows is its own computation.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsx(doc)) as unknown as ArrayBuffer);
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
      if (cell.formula) cell.value = { formula: cell.formula } as ExcelJS.CellFormulaValue;
    })));
    await wb.xlsx.writeFile(join(dir, 'phu-luc.xlsx'));
    await soffice([join(dir, 'phu-luc.xlsx')], 'csv:Text - txt - csv (StarCalc):9,34,76,1,,1033,false,true,false,false,false,-1', dir);
    const rows = (await readFile(join(dir, 'phu-luc-Phụ lục.csv'), 'utf8')).split('\n').map((l) => l.split('\t'));
    const header = rows.find((r) => r[0] === 'STT');
    expect(header?.slice(3)).toEqual(['Tháng 10/2019', 'Tháng 6/2021', 'Tháng 5/2023', 'Tăng (+), giảm (-) Tháng 10/2019 – Tháng 6/2021', 'Tăng (+), giảm (-) Tháng 6/2021 – Tháng 5/2023']);
    const chairs = rows.find((r) => r[1] === 'Tổng số chủ tịch CĐCS (T)');
    expect(chairs?.slice(3, 8).map(Number)).toEqual([40, 52, 43, 12, -9]);
    const rate = rows.find((r) => r[1] === 'Tỷ lệ nữ');
    // Rates are recomputed from their parts at each point; their change is in percentage points.
    expect(rate?.slice(3, 8).map((x) => Math.round(Number(x.replace('%', '')) * 100) / 100)).toEqual([25, 25, 34.88, 0, 9.88]);
  }, 240_000);

  it('names the three points in the workbook and the report', async () => {
    const doc = buildReportDocument(await sampleInput({ campaign, values: values(), explanations: {} }));
    expect(doc.workbook[0]?.subtitles[1]).toBe('Số liệu tại ba thời điểm: Tháng 10/2019, Tháng 6/2021 và Tháng 5/2023');
    const docx = await renderDocx(doc);
    await writeFile(join(tempDir(), 'bao-cao.docx'), docx);
    const body = paragraphTexts((await xmlParts(docx)).get('word/document.xml') ?? '').join('\n');
    expect(body).toContain('Tăng (+), giảm (-) Tháng 6/2021 – Tháng 5/2023');
  });
});
