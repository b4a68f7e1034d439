// Bad input never produces a file that Word or LibreOffice must repair: empty reports, very long texts,
// every Vietnamese diacritic, characters XML forbids, wrongly typed values and a missing signer.
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx, renderXlsx } from '../../electron/services/documents/index';
import { sheetName } from '../../electron/services/documents/xlsx';
import { buildReportDocument, documentGaps, type ReportInput } from '../../shared/documents/build';
import { campaign1563 } from '../../shared/campaign/builtin/campaign-1563';
import type { CampaignDef } from '../../shared/campaign/model';
import { EMPTY_TEXT } from '../../shared/documents/sections';
import { assertWellFormed, paragraphTexts, pdfText, sampleInput, soffice, tamDuongProfile, tempDir, xmlParts } from './helpers';

/** Every character XML 1.0 forbids or that has no business in a report, plus C1 controls. */
const CONTROL = '\u0000\u0001\u0008\u000B\u000C\u000E\u001F\uFFFE\uFFFF\uDFFF\uD800\u007F\u0085\u009F';
const DIACRITICS =
  'aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ đ ' +
  'AÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ EÈÉẺẼẸ ÊỀẾỂỄỆ IÌÍỈĨỊ OÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ UÙÚỦŨỤ ƯỪỨỬỮỰ YỲÝỶỸỴ Đ';
/** "Nguyễn" typed with combining marks (NFD), as some keyboards and PDFs produce it. */
const NFD = 'Nguyễn Thị Ngọc Huyền'.normalize('NFD');
// eslint-disable-next-line no-control-regex -- these are exactly the characters under test
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const longNarrative = (): string =>
  Array.from({ length: 300 }, (_, i) => `${i % 5 === 0 ? '- ' : ''}Đoạn ${i + 1}: ${DIACRITICS.slice(0, 60)} ${CONTROL}`.padEnd(99, '.')).join('\n');

function hostileInput(base: ReportInput): ReportInput {
  const values: Record<string, unknown> = { ...base.values };
  for (const s of campaign1563.template.sections) {
    for (const f of s.fields) if (f.kind === 'narrative') values[f.key] = `${DIACRITICS}${CONTROL}\r\n- ${NFD}\t${CONTROL}\n\n\n`;
  }
  values['s1.narrative'] = longNarrative();
  values['s4.narrative'] = `Từ_rất_dài_${'x'.repeat(5_000)}`;
  values['s2.documents'] = [{ number: `1${CONTROL}/KH`, date: 'not a date', summary: `${DIACRITICS}${CONTROL}` }, null, 'row', 42];
  values['s2.conferences'] = '12';
  values['s2.inspections'] = Number.NaN;
  values['s3.participants'] = Number.POSITIVE_INFINITY;
  values['s3.forms'] = ['conference', 'bogus', 7];
  values['s9.lessons'] = [null, 3, { text: 5 }, { text: `Bài học ${CONTROL}` }];
  values['s10.commendations'] = 'not a table';
  values['pl.chairs.start'] = '27';
  values['pl.women.end'] = null;
  return {
    ...base,
    campaign: {
      ...campaign1563,
      template: {
        ...campaign1563.template,
        sections: campaign1563.template.sections.map((s) =>
          s.id === 's1' ? { ...s, fields: s.fields.map((f) => (f.key === 's1.targets' ? { ...f, label: `Bảng: chỉ tiêu [2023]/*?\\ ${CONTROL} rất dài, dài hơn ba mươi mốt ký tự` } : f)) } : s,
        ),
      },
    } satisfies CampaignDef,
    profile: tamDuongProfile({
      signerName: `Lò Văn ${CONTROL}Thành`,
      authorityLine: `TM. BAN THƯỜNG VỤ${CONTROL}`,
      unit: { ...tamDuongProfile().unit, name: `Liên đoàn Lao động huyện Tam Đường${CONTROL}`, shortName: `LĐLĐ huyện Tam Đường${CONTROL}` },
    }),
    values,
    explanations: Object.fromEntries(Object.keys(base.explanations).map((k) => [k, `Giải trình ${CONTROL} ${NFD}`])),
  };
}

const cases = new Map<string, ReportInput>();
const files = new Map<string, { docx: Buffer; xlsx: Buffer }>();
let dir: string;

beforeAll(async () => {
  const base = await sampleInput();
  cases.set('empty', { ...base, values: {}, explanations: {} });
  cases.set('hostile', hostileInput(base));
  cases.set('nosigner', { ...base, profile: tamDuongProfile({ signerName: '', authorityLine: '', documentNumber: '' }) });
  dir = await tempDir();
  for (const [name, input] of cases) {
    const model = buildReportDocument(input);
    const out = { docx: await renderDocx(model), xlsx: await renderXlsx(model) };
    files.set(name, out);
    await writeFile(join(dir, `${name}.docx`), out.docx);
    await writeFile(join(dir, `${name}-book.xlsx`), out.xlsx);
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const get = (name: string) => {
  const f = files.get(name);
  if (!f) throw new Error(`no case ${name}`);
  return f;
};

describe.each(['empty', 'hostile', 'nosigner'])('%s report', (name) => {
  it('gives well-formed DOCX and XLSX parts without forbidden characters', async () => {
    for (const file of [get(name).docx, get(name).xlsx]) {
      const parts = await xmlParts(file);
      expect(() => assertWellFormed(parts)).not.toThrow();
      for (const [path, xml] of parts) expect(FORBIDDEN_IN_XML.test(xml), path).toBe(false);
    }
  });
});

describe('bad inputs', () => {
  it('prints "(chưa có nội dung)" for each section of an empty report', async () => {
    const body = (await xmlParts(get('empty').docx)).get('word/document.xml') ?? '';
    expect(paragraphTexts(body).filter((p) => p === EMPTY_TEXT)).toHaveLength(10);
  });

  it('keeps every diacritic, composes NFD text, and drops forbidden characters', async () => {
    const body = (await xmlParts(get('hostile').docx)).get('word/document.xml') ?? '';
    const text = paragraphTexts(body).join('\n');
    expect(text).toContain(DIACRITICS);
    expect(text).toContain('Nguyễn Thị Ngọc Huyền'.normalize('NFC'));
    expect(text).not.toContain(NFD);
    expect(text).toContain('Lò Văn Thành');
    expect(text).toContain('LĐLĐ HUYỆN TAM ĐƯỜNG');
    expect(text).toContain(`Từ_rất_dài_${'x'.repeat(5_000)}`);
  });

  it('ignores wrongly typed values instead of printing them', () => {
    const doc = buildReportDocument(cases.get('hostile') as ReportInput);
    const s2 = JSON.stringify(doc.sections[1]);
    expect(s2).not.toContain('hội nghị quán triệt');
    expect(s2).toContain('Đã ban hành 1 văn bản');
    expect(JSON.stringify(doc.sections[8])).toContain('Bài học');
  });

  it('renders a missing signer as a blank name line under the title', async () => {
    const body = (await xmlParts(get('nosigner').docx)).get('word/document.xml') ?? '';
    const p = paragraphTexts(body);
    const title = p.indexOf('CHỦ TỊCH');
    expect(p.indexOf('Nơi nhận:')).toBeGreaterThan(0);
    expect(p.slice(title + 1, title + 7)).toEqual(['', '', '', '', '', '']);
    expect(p).toContain('Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-LĐLĐ');
    const gaps = documentGaps(cases.get('nosigner') as ReportInput);
    expect(gaps).toMatchObject({ signerMissing: true, numberMissing: true, emptySections: [] });
  });

  it('keeps the renderers safe on their own, given a model nobody cleaned', async () => {
    const doc = buildReportDocument(await sampleInput());
    const dirty = (t: string): string => `${t}${CONTROL}`;
    doc.header.issuingUnit = dirty(doc.header.issuingUnit);
    doc.header.dateLine = dirty(doc.header.dateLine);
    doc.summary = dirty(doc.summary);
    doc.signature.signerName = dirty('Lò Văn Thành\n\tngắt dòng');
    doc.sections[0]?.blocks.push({ kind: 'bullet', runs: [{ text: dirty('Gạch đầu dòng'), bold: true }] }, { kind: 'numbered', items: [dirty('Một')] });
    const table = doc.appendix?.tables[0];
    if (!table) throw new Error('no appendix');
    table.columns[1] = { ...table.columns[1], id: 'label', label: dirty('Chỉ tiêu'), width: Number.NaN, align: 'left' };
    table.rows.push({ kind: 'group', id: 'g', label: dirty('VII'), text: dirty('Nhóm') });
    table.rows.push({ kind: 'data', id: 'x', cells: [{ kind: 'text', text: dirty('8') }, { kind: 'number', value: Number.NaN, format: 'integer' }] });
    table.rows.push({
      kind: 'data',
      id: 'y',
      cells: [{ kind: 'formula', formula: { op: 'status', value: { row: 'nowhere', col: 'start' }, target: { row: 'y', col: 'end' }, met: dirty('"Đạt"'), notMet: dirty('Không') }, value: dirty('Đạt'), format: 'integer' }],
    });
    const sheet = doc.workbook[0];
    if (!sheet) throw new Error('no sheet');
    sheet.name = dirty('Phụ lục: [1]');
    sheet.unit = dirty(sheet.unit);
    sheet.notes = [dirty('Ghi chú')];
    for (const file of [await renderDocx(doc), await renderXlsx(doc)]) {
      const parts = await xmlParts(file);
      expect(() => assertWellFormed(parts)).not.toThrow();
      for (const [path, xml] of parts) expect(FORBIDDEN_IN_XML.test(xml), path).toBe(false);
    }
  });

  it('makes sheet names a spreadsheet accepts', () => {
    const taken = new Set<string>();
    const a = sheetName('Bảng: chỉ tiêu [2023]/*?\\ rất dài, dài hơn ba mươi mốt ký tự', taken);
    expect(a.length).toBeLessThanOrEqual(31);
    expect(a).not.toMatch(/[[\]:*?/\\]/);
    const b = sheetName('Bảng: chỉ tiêu [2023]/*?\\ rất dài, dài hơn ba mươi mốt ký tự', taken);
    expect(b).not.toBe(a);
    expect(b.length).toBeLessThanOrEqual(31);
    expect(sheetName('', taken)).toBe('Sheet');
  });

  it('converts every case with LibreOffice', async () => {
    const inputs = [...files.keys()].flatMap((n) => [join(dir, `${n}.docx`), join(dir, `${n}-book.xlsx`)]);
    await soffice(inputs, 'pdf', dir);
    for (const n of files.keys()) {
      const docText = await pdfText(join(dir, `${n}.pdf`));
      expect(docText).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      const bookText = await pdfText(join(dir, `${n}-book.pdf`));
      expect(bookText).toContain('STT');
    }
    expect(await pdfText(join(dir, 'empty.pdf'))).toContain(EMPTY_TEXT);
    expect((await pdfText(join(dir, 'hostile.pdf'))).replace(/\s+/g, ' ')).toContain('ưừứửữự');
  });
});
