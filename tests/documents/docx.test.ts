// The DOCX read back as XML: page setup, fonts, header table, headings, signature, landscape appendix.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportDocument } from '../../shared/documents/build';
import { renderDocx } from '../../electron/services/documents/docx';
import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ARTIFACTS, assertWellFormed, paragraphTexts, sampleInput, SIGNER, soffice, tempDir, xmlParts } from './helpers';
import { campaign1563 } from '../../shared/campaign/builtin/campaign-1563';

let parts: Map<string, string>;
let body: string;
let paragraphs: string[];

const part = (path: string): string => {
  const xml = parts.get(path);
  if (xml === undefined) throw new Error(`no part ${path}`);
  return xml;
};

/** The section properties in document order: the body's (inside the last paragraph) then the final one. */
const sectPrs = (): string[] => [...body.matchAll(/<w:sectPr[ >][\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);

/** The first table (w:tbl) of the body. */
const firstTable = (): string => /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(body)?.[0] ?? '';

beforeAll(async () => {
  const docx = await renderDocx(buildReportDocument(await sampleInput()));
  parts = await xmlParts(docx);
  body = part('word/document.xml');
  paragraphs = paragraphTexts(body);
});

describe('DOCX report', () => {
  it('is well-formed XML in every part', () => {
    expect(() => assertWellFormed(parts)).not.toThrow();
  });

  it('gives every table cell a paragraph and never ends the body on a table', () => {
    const cells = [...body.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => m[1] ?? '');
    expect(cells.length).toBeGreaterThan(100);
    expect(cells.filter((c) => !/<w:p[ >]/.test(c))).toEqual([]);
    expect(body).not.toMatch(/<\/w:tbl>\s*<w:sectPr/);
  });

  it('uses A4 portrait with margins 20/20/30/15 mm for the body', () => {
    const first = sectPrs()[0] ?? '';
    expect(first).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(first).toMatch(/w:top="1134"/);
    expect(first).toMatch(/w:bottom="1134"/);
    expect(first).toMatch(/w:left="1701"/);
    expect(first).toMatch(/w:right="851"/);
  });

  it('puts the appendix in a landscape A4 section with the same margins', () => {
    const sections = sectPrs();
    expect(sections).toHaveLength(2);
    const last = sections[1] ?? '';
    expect(last).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(last).toMatch(/w:left="1701"/);
    // The appendix starts after the body's section break.
    const breakAt = body.indexOf(sections[0] ?? '');
    expect(body.indexOf('PHỤ LỤC')).toBeGreaterThan(breakAt);
  });

  it('sets Times New Roman everywhere and 14 pt as the default size', () => {
    const styles = part('word/styles.xml');
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:ascii="Times New Roman"[\s\S]*w:hAnsi="Times New Roman"[\s\S]*<w:sz w:val="28"\/>/);
    const fonts = new Set([...body.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(['Times New Roman']);
  });

  it('opens with the borderless two-column header table', () => {
    const t = firstTable();
    expect(t).toContain('<w:gridCol w:w="3969"/>');
    expect(t).toMatch(/<w:tblBorders>[\s\S]*<w:top w:val="none"/);
    expect(t).not.toMatch(/w:val="single"[^>]*\/><\/w:tblBorders>/);
    const texts = paragraphTexts(t);
    expect(texts.slice(0, 3)).toEqual(['LĐLĐ TỈNH LAI CHÂU', 'LĐLĐ HUYỆN TAM ĐƯỜNG', '']);
    expect(texts).toContain('Số: 25/BC-LĐLĐ');
    expect(texts).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(texts).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(texts).toContain('Tam Đường, ngày 19 tháng 5 năm 2023');
    // The issuing unit is bold, the parent is not; the date line is italic.
    expect(t).toMatch(/<w:b\/>[\s\S]{0,120}<w:t xml:space="preserve">LĐLĐ HUYỆN TAM ĐƯỜNG/);
    expect(t).not.toMatch(/<w:b\/>[^]{0,120}<w:t xml:space="preserve">LĐLĐ TỈNH LAI CHÂU/);
    expect(t).toMatch(/<w:i\/>[^]{0,160}<w:t xml:space="preserve">Tam Đường, ngày 19 tháng 5 năm 2023/);
    // The short rules under the issuing unit and under the motto.
    expect(t.match(/<w:pBdr><w:top w:val="single"/g)).toHaveLength(2);
  });

  it('has "BÁO CÁO" bold and centred, then the summary line', () => {
    const i = paragraphs.indexOf('BÁO CÁO');
    expect(i).toBeGreaterThan(0);
    expect(paragraphs[i + 1]).toBe(campaign1563.summaryLine);
    expect(body).toMatch(/<w:jc w:val="center"\/><\/w:pPr><w:r><w:rPr>[^]{0,200}<w:b\/>[^]{0,200}<w:t xml:space="preserve">BÁO CÁO<\/w:t>/);
  });

  it('has the ten numbered headings in order', () => {
    const headings = campaign1563.template.sections.map((s) => `${s.number}. ${s.title}`);
    const positions = headings.map((h) => paragraphs.indexOf(h));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('sets body paragraphs justified with a first-line indent, 6 pt after and 1.15 lines (proportional, said outright)', () => {
    expect(body).toMatch(/<w:spacing w:after="120" w:before="0" w:line="276" w:lineRule="auto"\/><w:ind w:firstLine="567"\/><w:jc w:val="both"\/>/);
  });

  it('ends the body with the signature block: recipients left, signer right', () => {
    const ni = paragraphs.indexOf('Nơi nhận:');
    expect(ni).toBeGreaterThan(0);
    expect(paragraphs.slice(ni + 1, ni + 4)).toEqual(['- LĐLĐ tỉnh Lai Châu (Ban TC-KT);', '- Thường trực LĐLĐ huyện;', '- Lưu: VT.']);
    const auth = paragraphs.indexOf('TM. BAN THƯỜNG VỤ');
    expect(paragraphs[auth + 1]).toBe('CHỦ TỊCH');
    const name = paragraphs.indexOf(SIGNER);
    // Five blank lines to sign and stamp.
    expect(name - auth).toBe(7);
    expect(body).toMatch(/<w:b\/><w:bCs\/><w:i\/><w:iCs\/>[^]{0,200}<w:t xml:space="preserve">Nơi nhận:/);
    expect(name).toBeLessThan(paragraphs.indexOf('PHỤ LỤC'));
  });

  it('numbers pages at the top centre from page 2', () => {
    const first = sectPrs()[0] ?? '';
    expect(first).toContain('<w:titlePg/>');
    expect(first).toMatch(/<w:headerReference w:type="first"/);
    expect(first).toMatch(/<w:headerReference w:type="default"/);
    const headers = [...parts.entries()].filter(([p]) => /^word\/header\d+\.xml$/.test(p)).map(([, x]) => x);
    expect(headers.some((h) => h.includes('PAGE') && h.includes('<w:jc w:val="center"/>'))).toBe(true);
    // The schema wants at least one paragraph in every header part, even the empty first-page one.
    for (const h of headers) expect(h).toMatch(/<w:p[ >/]/);
  });

  it('writes the appendix tables with Vietnamese-formatted numbers', () => {
    const start = paragraphs.indexOf('PHỤ LỤC');
    const appendix = paragraphs.slice(start);
    expect(appendix).toContain('(Kèm theo Báo cáo số 25/BC-LĐLĐ ngày 19/5/2023 của LĐLĐ huyện Tam Đường)');
    for (const v of ['1.456', '2.103', '+647', '33,33%', '30,23%', '186.500.000']) expect(appendix).toContain(v);
    expect(appendix).toContain('Giải trình số liệu:');
    // The header row repeats on every page.
    expect(body.slice(body.indexOf('PHỤ LỤC'))).toContain('<w:tblHeader/>');
  });
});

const TAIL = 'điểm cuối của ô rất dài';

/** The sample with one commendation whose text is longer than a landscape page. */
async function tallRowInput() {
  const input = await sampleInput();
  const big = `${'Nội dung rất dài của một dòng bảng. '.repeat(200)}${TAIL}`;
  return { ...input, values: { ...input.values, 's10.commendations': [{ name: 'Lò Thị Mai', position: 'Chủ tịch', unit: 'CĐCS', achievement: big }] } };
}

describe('DOCX keep-together rules (issue 17)', () => {
  /** The XML of the paragraph whose text is `text`. */
  const paragraphXml = (xml: string, text: string): string =>
    xml
      .split(/(?=<w:p[ >])/)
      .map((p) => p.split('</w:p>')[0] ?? '')
      .find((p) => paragraphTexts(`${p}</w:p>`)[0] === text) ?? '';

  it('keeps "Giải trình số liệu:" with the explanation that follows it', () => {
    const heading = paragraphXml(body, 'Giải trình số liệu:');
    expect(heading).not.toBe('');
    expect(heading).toContain('<w:keepNext/>');
  });

  it('lets a table row taller than a page split, and keeps ordinary rows whole', async () => {
    const docx = await renderDocx(buildReportDocument(await tallRowInput()));
    const xml = (await xmlParts(docx)).get('word/document.xml') ?? '';
    const rows = xml.split(/(?=<w:tr>)/).slice(1).map((r) => r.split('</w:tr>')[0] ?? '');
    const tall = rows.filter((r) => r.includes(TAIL));
    expect(tall).toHaveLength(1);
    // Word cuts off a row that may not split and is taller than a page; LibreOffice splits it anyway.
    expect(tall[0]).not.toMatch(/<w:cantSplit(\/>| w:val="(on|true|1)")/);
    const short = rows.find((r) => paragraphTexts(`${r}</w:tr>`).includes('Lò Thị Mai') === false && r.includes('<w:tc>'));
    expect(short).toContain('<w:cantSplit/>');
  });

  it('prints a table row taller than a page to its end in LibreOffice', async () => {
    const dir = await tempDir();
    try {
      await writeFile(join(dir, 'tall.docx'), await renderDocx(buildReportDocument(await tallRowInput())));
      await soffice([join(dir, 'tall.docx')], 'pdf', dir);
      const { stdout } = await promisify(execFile)('pdftotext', [join(dir, 'tall.pdf'), '-'], { maxBuffer: 64 * 1024 * 1024 });
      const text = stdout.replace(/\s+/g, ' ');
      expect(text).toContain(TAIL);
      expect(text).toContain('Lò Thị Mai');
      await mkdir(ARTIFACTS, { recursive: true });
      await promisify(execFile)('pdftoppm', ['-png', '-r', '40', join(dir, 'tall.pdf'), join(ARTIFACTS, 'docx-tall-row')]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
