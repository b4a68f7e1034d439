// The PDF the app makes itself (offices have no LibreOffice): read back with poppler, and compared page
// by page with LibreOffice's rendering of the DOCX of the same model.
import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx, renderPdf } from '../../electron/services/documents/index';
import { campaign1563 } from '../../shared/campaign/builtin/campaign-1563';
import { buildReportDocument } from '../../shared/documents/build';
import type { ReportDocument } from '../../shared/documents/model';
import { ARTIFACTS, SIGNER, sampleInput, soffice, tempDir } from './helpers';

const run = promisify(execFile);
const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();
const lines = (page: string): string[] => page.split('\n').map(flat).filter((l) => l !== '');

async function pages(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout.split('\f').slice(0, -1);
}

/** The page (0-based) where each heading starts. */
const headingPages = (doc: ReportDocument, p: string[]): number[] =>
  doc.sections.map((s) => p.findIndex((page) => lines(page).some((l) => l.startsWith(flat(s.heading).slice(0, 40)))));

let dir: string;
let doc: ReportDocument;
let app: string[];
let office: string[];
let appFile: string;

beforeAll(async () => {
  dir = await tempDir();
  doc = buildReportDocument(await sampleInput());
  appFile = join(dir, 'app.pdf');
  await writeFile(appFile, await renderPdf(doc));
  await writeFile(join(dir, 'office.docx'), await renderDocx(doc));
  await soffice([join(dir, 'office.docx')], 'pdf', dir);
  app = await pages(appFile);
  office = await pages(join(dir, 'office.pdf'));
  await mkdir(ARTIFACTS, { recursive: true });
  await run('pdftoppm', ['-png', '-r', '40', appFile, join(ARTIFACTS, 'app-pdf-sample')]);
}, 300_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the app's own PDF of the sample report", () => {
  it('embeds every font it uses, all Liberation Serif', async () => {
    const { stdout } = await run('pdffonts', [appFile]);
    const rows = stdout.split('\n').slice(2).filter((l) => l.trim() !== '');
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const r of rows) {
      expect(r).toMatch(/^[A-Z]{6}\+LiberationSerif/);
      // Columns "emb sub uni": yes yes yes.
      expect(r).toMatch(/\byes\s+yes\s+yes\b/);
    }
  });

  it('is A4: the body portrait, the appendix landscape', async () => {
    const { stdout } = await run('pdfinfo', ['-f', '1', '-l', '999', appFile]);
    const sizes = [...stdout.matchAll(/^Page\s+\d+ size:\s+(.*)$/gm)].map((m) => m[1] ?? '');
    const appendixAt = app.findIndex((p) => lines(p).includes('PHỤ LỤC'));
    expect(appendixAt).toBeGreaterThan(0);
    sizes.forEach((s, i) => expect(s).toMatch(i < appendixAt ? /^595\.28 x 841\.89 pts \(A4\)/ : /^841\.89 x 595\.28 pts \(A4\)/));
  });

  it('reads in order: header, title, the ten sections, signature, appendix', () => {
    const text = flat(app.join('\n'));
    const order = [
      'LĐLĐ TỈNH LAI CHÂU',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 25/BC-LĐLĐ',
      'Tam Đường, ngày 19 tháng 5 năm 2023',
      'BÁO CÁO',
      ...campaign1563.template.sections.map((s) => flat(`${s.number}. ${s.title}`).slice(0, 40)),
      'Nơi nhận:',
      SIGNER,
      'PHỤ LỤC',
      'Kèm theo Báo cáo số 25/BC-LĐLĐ ngày 19/5/2023 của LĐLĐ huyện Tam Đường',
      'Kết quả hoạt động giai đoạn',
    ];
    let at = -1;
    for (const s of order) {
      const next = text.indexOf(s, at + 1);
      expect(next, s).toBeGreaterThan(at);
      at = next;
    }
    expect(text).toContain('chi tiết tại Phụ lục kèm theo');
    for (const v of ['1.456', '2.103', '+647', '33,33%', '30,23%', '-3,10 điểm %', '186.500.000']) expect(text).toContain(v);
  });

  it('numbers pages from 2 at the top, and the appendix again from 2', () => {
    const appendixAt = app.findIndex((p) => lines(p).includes('PHỤ LỤC'));
    expect(lines(app[0] ?? '')[0]).not.toMatch(/^\d+$/);
    for (let i = 1; i < appendixAt; i++) expect(lines(app[i] ?? '')[0], `trang ${i + 1}`).toBe(String(i + 1));
    expect(lines(app[appendixAt] ?? '')[0]).toBe('PHỤ LỤC');
    for (let i = appendixAt + 1; i < app.length; i++) expect(lines(app[i] ?? '')[0]).toBe(String(i - appendixAt + 1));
  });

  it('matches the LibreOffice rendering of the DOCX: page count ± 1, each heading on the same page', () => {
    expect(Math.abs(app.length - office.length)).toBeLessThanOrEqual(1);
    const mine = headingPages(doc, app);
    const theirs = headingPages(doc, office);
    expect(mine.every((p) => p >= 0)).toBe(true);
    expect(theirs.every((p) => p >= 0)).toBe(true);
    // The same lines, the same spacing: each heading starts on the same page.
    expect(mine).toEqual(theirs);
    // The appendix starts on a page of its own in both.
    const appendix = (p: string[]) => p.findIndex((page) => lines(page).includes('PHỤ LỤC'));
    expect(Math.abs(appendix(app) - appendix(office))).toBeLessThanOrEqual(1);
  });

  it('leaves no heading alone at the foot of a page, and keeps the signature block whole', () => {
    const heads = doc.sections.map((s) => flat(s.heading));
    for (const [i, p] of app.entries()) {
      const last = lines(p).at(-1) ?? '';
      expect(heads.some((h) => last.length >= 6 && h.endsWith(last)), `trang ${i + 1}: ${last}`).toBe(false);
    }
    const signing = app.findIndex((p) => p.includes('Nơi nhận:'));
    expect(app[signing]).toContain(SIGNER);
    expect(app[signing]).toContain('CHỦ TỊCH');
  });
});

describe('the PDF of a hostile report', () => {
  it('splits a table row taller than a page and prints its text to the end', async () => {
    const input = await sampleInput();
    const tail = 'điểm cuối của ô rất dài';
    const big = `${'Nội dung rất dài của một dòng bảng. '.repeat(200)}${tail}`;
    const values = { ...input.values, 's10.commendations': [{ name: 'Lò Thị Mai', position: 'Chủ tịch', unit: 'CĐCS', achievement: big }] };
    const file = join(dir, 'tall.pdf');
    await writeFile(file, await renderPdf(buildReportDocument({ ...input, values })));
    const text = flat((await pages(file)).join('\n'));
    expect(text).toContain(tail);
    expect(text).toContain('Lò Thị Mai');
    await run('pdftoppm', ['-png', '-r', '40', file, join(ARTIFACTS, 'app-pdf-tall-row')]);
  });
});
