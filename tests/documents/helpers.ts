// Test helpers for the document renderers: the sample report, reading a DOCX/XLSX back, and
// LibreOffice/poppler conversions with a fresh profile per run so that parallel runs never clash.
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { campaign1563 } from '../../shared/campaign/builtin/campaign-1563';
import type { Profile } from '../../shared/api/contract';
import type { ReportInput } from '../../shared/documents/build';
import { DEFAULT_UNITS, type Unit } from '../../shared/units/directory';
import { GOOD_SAMPLE, readFixture } from '../helpers/fixtures';

const run = promisify(execFile);

export const ROOT = join(import.meta.dirname, '..', '..');
export const ARTIFACTS = join(ROOT, 'test-results', 'documents');
export const ISSUED_ON = '2023-05-19';
export const SIGNER = 'Lò Văn Thành';

const unit = (code: string): Unit => {
  const u = DEFAULT_UNITS.find((x) => x.code === code);
  if (!u) throw new Error(`no unit ${code}`);
  return u;
};

export function tamDuongProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    unit: unit('LDLD-TAMDUONG'),
    parent: unit('LDLD-LAICHAU'),
    signerName: SIGNER,
    signerTitle: 'CHỦ TỊCH',
    authorityLine: 'TM. BAN THƯỜNG VỤ',
    documentNumber: '25',
    documentSymbol: 'BC-LĐLĐ',
    place: 'Tam Đường',
    campaignId: campaign1563.id,
    createdAt: '2023-05-10T00:00:00.000Z',
    updatedAt: '2023-05-10T00:00:00.000Z',
    ...overrides,
  };
}

/** The Tam Đường sample report (tests/fixtures/sample-tamduong.json, format tongket.draft/1). */
export async function sampleInput(overrides: Partial<ReportInput> = {}): Promise<ReportInput> {
  const draft = readFixture(GOOD_SAMPLE);
  return { campaign: campaign1563, profile: tamDuongProfile(), values: draft.values, explanations: draft.explanations, issuedOn: ISSUED_ON, ...overrides };
}

/** Every XML part of an OOXML file, by path. */
export async function xmlParts(file: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(file);
  const parts = new Map<string, string>();
  for (const [path, entry] of Object.entries(zip.files)) {
    if (!entry.dir && /\.(xml|rels)$/.test(path)) parts.set(path, await entry.async('string'));
  }
  return parts;
}

/** Throws when a part is not well-formed XML 1.0 (what makes Word offer to "repair" a file). */
export function assertWellFormed(parts: Map<string, string>): void {
  for (const [path, xml] of parts) {
    const parser = new SaxesParser({ xmlns: false });
    parser.on('error', (e) => {
      throw new Error(`${path}: ${e.message}`);
    });
    parser.write(xml).close();
  }
}

const unescapeXml = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text of each paragraph of a WordprocessingML part, in order (table cells included). */
export function paragraphTexts(xml: string): string[] {
  const out: string[] = [];
  for (const p of xml.split(/<w:p[ >]/).slice(1)) {
    const body = p.split('</w:p>')[0] ?? '';
    const texts = [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1] ?? ''));
    out.push(texts.join(''));
  }
  return out;
}

/** Writes the Calc setting "recalculate on load: always" into a new LibreOffice profile. */
async function freshProfile(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tongket-lo-'));
  await mkdir(join(dir, 'user'), { recursive: true });
  await writeFile(
    join(dir, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return dir;
}

/**
 * Converts files with one LibreOffice headless run into `outDir` (same base names, new extension).
 * `format` is what --convert-to takes, e.g. "pdf" or a csv filter with options.
 */
export async function soffice(files: string[], format: string, outDir: string): Promise<void> {
  const profile = await freshProfile();
  try {
    await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, ...files], {
      timeout: 180_000,
    });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

export const withoutExt = (file: string): string => basename(file, extname(file));

/** pdftotext's text of the whole PDF, pages separated by form feeds. */
export async function pdfText(pdf: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** Saves one page as a 60 dpi PNG artifact under test-results/documents/ (or `dir`). */
export async function pagePng(pdf: string, page: number, name: string, dir = ARTIFACTS): Promise<string> {
  await mkdir(dir, { recursive: true });
  const prefix = join(dir, name);
  await run('pdftoppm', ['-png', '-r', '60', '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix]);
  return `${prefix}.png`;
}

export async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'tongket-doc-'));
}
