// The province's synthesis end to end with the real CLI: every unit of the default directory but one
// builds its report from the sample with its own numbers, the province imports and accepts them, adds
// them up, pre-fills and compiles its report, and sends its package upward. Every total and rate is
// checked against sums computed here; so is the consolidated workbook after LibreOffice recalculates
// it; the package verifies with Debian's minisign and lists exactly the packages in the province's
// database. Page images go to test-results/province/ for a person to look at.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databasePath } from '../../electron/services/data-dir';
import { sha256Hex } from '../../electron/services/package/hashing';
import { openSafeZip } from '../../electron/services/package/zip-read';
import { aggregationPlan } from '../../shared/aggregate/plan';
import type { Aggregate } from '../../shared/aggregate/types';
import { campaign1563 } from '../../shared/campaign/builtin/campaign-1563';
import { appendixKey } from '../../shared/campaign/keys';
import { groupColumns, TOTAL_LABEL } from '../../shared/documents/province/unit-tables';
import { shortSheetName } from '../../shared/documents/province/build';
import { formatNumber } from '../../shared/format/vi';
import { SOURCES_ENTRY, SourcesSchema, type Sources } from '../../shared/package/sources';
import type { ValidationResult } from '../../shared/validation/engine';
import { pagePng, pdfText, ROOT, soffice } from '../documents/helpers';
import { tongket } from '../helpers/cli';
import { variedDraft, variedValues } from '../helpers/province-sample';
import { makeUnit, type UnitSide } from '../helpers/unit-package';

const run = promisify(execFile);
const ARTIFACTS = join(ROOT, 'test-results', 'province');
const template = campaign1563.template;

// The units below Lai Châu in the default directory; each gets its own variant of the sample.
const CHILDREN = ['LDLD-TPLAICHAU', 'LDLD-TAMDUONG', 'LDLD-PHONGTHO', 'LDLD-SINHO', 'LDLD-MUONGTE', 'LDLD-NAMNHUN', 'LDLD-THANUYEN', 'LDLD-TANUYEN', 'CDVC-LAICHAU'];
const variant = (code: string): number => CHILDREN.indexOf(code);
// Tân Uyên sends nothing; Nậm Nhùn sends but is not accepted yet.
const SENDING = CHILDREN.filter((c) => c !== 'LDLD-TANUYEN');
const ACCEPTED = SENDING.filter((c) => c !== 'LDLD-NAMNHUN');

let root: string;
let province: string;
let out: string;
let provincePub: string;
const units: Record<string, UnitSide> = {};

const ok = (args: string[]): string => {
  const r = tongket(args);
  expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r.stdout;
};
const json = <T>(args: string[]): T => JSON.parse(ok(args)) as T;

/** Σ over the given units of their values for `key`, from the test's own data. */
const sum = (codes: string[], key: string): number => codes.reduce((a, c) => a + (variedValues(variant(c))[key] as number), 0);

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tongket-province-report-'));
  for (const code of SENDING) units[code] = makeUnit(root, code, variedDraft(code, variant(code)));
  province = join(root, 'province');
  out = join(root, 'out');
  ok(['--data', province, 'setup', '--unit', 'LDLD-LAICHAU', '--signer', 'Nguyễn Thị Thiện']);
  for (const u of Object.values(units)) ok(['--data', province, 'key', 'register', u.pubFile, '--confirm', u.fingerprint]);
  const packages = Object.values(units).map((u) => join(u.out, `${u.unitCode}_1563-TK-2023_r1.tongket`));
  ok(['--data', province, 'import', ...packages]);
  for (const code of ACCEPTED) ok(['--data', province, 'receipt', 'accept', code, '--out', join(root, 'receipts')]);
  provincePub = join(root, 'LDLD-LAICHAU.pub');
  ok(['--data', province, 'key', 'export', '--out', provincePub]);
}, 300_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('aggregate', () => {
  it('adds up the accepted units: every total and rate equals sums computed here', () => {
    const agg = json<Aggregate>(['--data', province, '--json', 'province', 'aggregate']);
    expect(agg.counts).toEqual({ expected: 9, counted: 8 - 1, notCounted: 2, missing: 1 });
    const status = Object.fromEntries(agg.units.map((u) => [u.unitCode, u.status]));
    expect(status['LDLD-NAMNHUN']).toBe('not-accepted');
    expect(status['LDLD-TANUYEN']).toBe('missing');
    for (const f of aggregationPlan(template).sums) expect(agg.totals[f.key]?.value, f.key).toBe(sum(ACCEPTED, f.key));
    for (const r of agg.rates) {
      expect(r.value, `${r.id}.${r.period}`).toBeCloseTo((sum(ACCEPTED, r.numerator) / sum(ACCEPTED, r.denominator)) * 100, 10);
    }
    const chairs = agg.indicators.find((l) => l.indicatorId === 'chairs');
    expect(chairs?.changes).toEqual([sum(ACCEPTED, 'pl.chairs.end') - sum(ACCEPTED, 'pl.chairs.start')]);
  });

  it('with --received counts the unit not yet accepted too', () => {
    const agg = json<Aggregate>(['--data', province, '--json', 'province', 'aggregate', '--received']);
    expect(agg.counts.counted).toBe(8);
    expect(agg.totals['pl.members.end']?.value).toBe(sum(SENDING, 'pl.members.end'));
  });

  it('prints a readable summary with the units not counted and why', () => {
    const text = ok(['--data', province, 'province', 'aggregate']);
    expect(text).toContain('Tổng hợp theo bản đã được chấp nhận: 7/9 đơn vị được tính.');
    expect(text).toMatch(/LDLD-NAMNHUN\s+Chưa chấp nhận/);
    expect(text).toContain(formatNumber(sum(ACCEPTED, 'pl.members.end')));
  });
});

describe('the province report and the package upward', () => {
  let files: string[];
  let sources: Sources;
  let pdf: string;
  let xlsxPdf: string;

  beforeAll(async () => {
    ok(['--data', province, 'province', 'fill']);
    ok(['--data', province, 'province', 'insert', '--field', 's4.narrative', '--unit', 'LDLD-TAMDUONG']);
    // The figures are filled in; the province writes its own narratives (a report with an empty
    // required narrative is not exported).
    const before = JSON.parse(tongket(['--data', province, '--json', 'draft', 'check']).stdout) as ValidationResult;
    expect(before.issues.filter((i) => i.severity === 'error').every((i) => i.ruleId.startsWith('required.'))).toBe(true);
    const draft = json<{ values: Record<string, unknown>; explanations: Record<string, string> }>(['--data', province, 'draft', 'show', '--json']);
    const fields = template.sections.flatMap((s) => s.fields);
    for (const issue of before.issues.filter((i) => i.ruleId.startsWith('required.'))) {
      const f = fields.find((x) => x.key === issue.fields[0]);
      if (f?.kind === 'narrative') draft.values[f.key] = `Liên đoàn Lao động tỉnh đánh giá: ${f.label}.`;
      // A section of one list (lessons learnt) needs an item.
      else if (f?.kind === 'table') draft.values[f.key] = [{ [f.columns[0]?.id ?? 'text']: 'Bài học rút ra từ thực tiễn của các đơn vị trực thuộc.' }];
    }
    writeFileSync(join(root, 'province-narratives.json'), JSON.stringify(draft));
    ok(['--data', province, 'draft', 'load', join(root, 'province-narratives.json')]);
    // The summed figures raise the same change warnings a unit's do: the drafter explains them.
    const check = JSON.parse(tongket(['--data', province, '--json', 'draft', 'check']).stdout) as ValidationResult;
    expect(check.errorCount).toBe(0);
    for (const i of check.issues) draft.explanations[i.ruleId] = 'Tăng do các huyện thành lập mới nhiều CĐCS trong giai đoạn 2019–2023.';
    const file = join(root, 'province-draft.json');
    writeFileSync(file, JSON.stringify(draft));
    ok(['--data', province, 'draft', 'load', file]);
    const report = ok(['--data', province, 'province', 'report', '--out', out]);
    expect(report).toContain('từ 7/9 đơn vị');
    files = readdirSync(out).sort();
    const pkg = await openSafeZip(readFileSync(join(out, 'LDLD-LAICHAU_1563-TK-2023_r1.tongket')));
    sources = SourcesSchema.parse(JSON.parse((await pkg.read(SOURCES_ENTRY)).toString('utf8')));
    const verifyDir = join(root, 'verify');
    mkdirSync(verifyDir);
    for (const name of ['manifest.json', 'manifest.json.minisig']) writeFileSync(join(verifyDir, name), await pkg.read(name));
    pkg.close();
    await soffice([join(out, 'LDLD-LAICHAU_1563-TK-2023_r1.docx')], 'pdf', root);
    pdf = join(root, 'LDLD-LAICHAU_1563-TK-2023_r1.pdf');
    // Both would convert to the same name: the workbook's PDF is made from a copy.
    writeFileSync(join(root, 'consolidated.xlsx'), readFileSync(join(out, 'LDLD-LAICHAU_1563-TK-2023_r1.xlsx')));
    await soffice([join(root, 'consolidated.xlsx')], 'pdf', root);
    xlsxPdf = join(root, 'consolidated.pdf');
  }, 300_000);

  it('writes the DOCX, the XLSX and the signed package', () => {
    expect(files).toEqual(['LDLD-LAICHAU_1563-TK-2023_r1.docx', 'LDLD-LAICHAU_1563-TK-2023_r1.pdf', 'LDLD-LAICHAU_1563-TK-2023_r1.tongket', 'LDLD-LAICHAU_1563-TK-2023_r1.xlsx']);
  });

  it('verifies with Debian’s minisign and the province’s public key', async () => {
    const { stdout } = await run('minisign', ['-Vm', 'manifest.json', '-p', provincePub], { cwd: join(root, 'verify') });
    expect(stdout).toContain('Signature and comment signature verified');
    expect(stdout).toContain('unit=LDLD-LAICHAU');
    const manifest = JSON.parse(readFileSync(join(root, 'verify', 'manifest.json'), 'utf8')) as { files: { path: string; sha256: string }[] };
    const bytes = readFileSync(join(out, 'LDLD-LAICHAU_1563-TK-2023_r1.tongket'));
    const zip = await openSafeZip(bytes);
    expect(manifest.files.find((f) => f.path === SOURCES_ENTRY)?.sha256).toBe(sha256Hex(await zip.read(SOURCES_ENTRY)));
    zip.close();
    expect(tongket(['verify', join(out, 'LDLD-LAICHAU_1563-TK-2023_r1.tongket'), '--pub', provincePub]).code).toBe(0);
  });

  it('lists exactly the accepted packages the province’s database holds, by hash', () => {
    const db = new Database(databasePath(province), { readonly: true });
    try {
      const rows = db.prepare('SELECT unit_code, revision, manifest_sha256, package_sha256, package FROM inbox').all() as {
        unit_code: string;
        revision: number;
        manifest_sha256: string;
        package_sha256: string;
        package: Buffer;
      }[];
      const totals = sources.units.filter((s) => s.usedFor.includes('totals'));
      expect(totals.map((s) => s.unitCode).sort()).toEqual([...ACCEPTED].sort());
      for (const s of sources.units) {
        const row = rows.find((r) => r.manifest_sha256 === s.manifestSha256);
        expect(row, s.unitCode).toMatchObject({ unit_code: s.unitCode, revision: s.revision, package_sha256: s.packageSha256 });
        expect(sha256Hex(row?.package as Buffer)).toBe(s.packageSha256);
        // And the very bytes the unit exported.
        expect(sha256Hex(readFileSync(join(units[s.unitCode]?.out as string, `${s.unitCode}_1563-TK-2023_r1.tongket`)))).toBe(s.packageSha256);
      }
      expect(sources.units.find((s) => s.unitCode === 'LDLD-TAMDUONG')?.usedFor).toEqual(['totals', 'text']);
      expect(sources.notCounted.map((n) => [n.unitCode, n.status]).sort()).toEqual([
        ['LDLD-NAMNHUN', 'not-accepted'],
        ['LDLD-TANUYEN', 'missing'],
      ]);
    } finally {
      db.close();
    }
  });

  it('reads as the province’s report: issuer, parent, recipients of the plan, the per-unit appendix', async () => {
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    expect(text).toContain('TỔNG LĐLĐ VIỆT NAM');
    expect(text).toContain('LĐLĐ TỈNH LAI CHÂU');
    expect(text).toContain('Thực hiện Kế hoạch số 324/KH-TLĐ');
    expect(text).toContain('- LĐLĐ các huyện, thành phố, CĐ ngành, CĐVC tỉnh;');
    expect(text).toContain('Nguyễn Thị Thiện');
    expect(text).toContain('Biểu 1. Tình hình gửi báo cáo của các đơn vị');
    expect(text).toContain(`Tổ chức ${formatNumber(sum(ACCEPTED, 's5.courses'))} lớp đào tạo, bồi dưỡng.`);
    for (const key of ['pl.members.end', 'pl.chairs.end', 's5.spending']) expect(text).toContain(formatNumber(sum(ACCEPTED, key)));
  });

  it('keeps page images of the report and the consolidated appendix', async () => {
    const pages = (await pdfText(pdf)).split('\f');
    const pageOf = (s: string) => pages.findIndex((p) => p.replace(/\s+/g, ' ').includes(s)) + 1;
    await pagePng(pdf, 1, 'report-page1', ARTIFACTS);
    await pagePng(pdf, pageOf('Biểu 1. Tình hình gửi báo cáo'), 'report-status', ARTIFACTS);
    await pagePng(pdf, pageOf('Biểu 4. Đội ngũ chủ tịch CĐCS'), 'report-units', ARTIFACTS);
    const sheets = (await pdfText(xlsxPdf)).split('\f');
    const sheetPage = (s: string) => sheets.findIndex((p) => p.includes(s)) + 1;
    await pagePng(xlsxPdf, sheetPage('ĐỘI NGŨ CHỦ TỊCH CĐCS'), 'consolidated-chairs', ARTIFACTS);
    await pagePng(xlsxPdf, sheetPage('TÌNH HÌNH GỬI BÁO CÁO'), 'consolidated-status', ARTIFACTS);
    expect(readdirSync(ARTIFACTS)).toEqual(expect.arrayContaining(['report-page1.png', 'report-status.png', 'report-units.png', 'consolidated-chairs.png', 'consolidated-status.png']));
  });

  it('the workbook’s totals, recomputed by LibreOffice, equal the sums computed here', async () => {
    // Drop every cached formula result: what LibreOffice shows now is its own computation.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'LDLD-LAICHAU_1563-TK-2023_r1.xlsx'));
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.formula) cell.value = { formula: cell.formula } as ExcelJS.CellFormulaValue;
        }),
      ),
    );
    const dir = join(root, 'csv');
    mkdirSync(dir);
    await wb.xlsx.writeFile(join(dir, 'bare.xlsx'));
    await soffice([join(dir, 'bare.xlsx')], 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1', dir);
    const sheet = async (name: string) => (await readFile(join(dir, `bare-${name}.csv`), 'utf8')).split('\n').map((l) => l.split(','));
    let checked = 0;
    for (const group of template.appendix.groups) {
      const rows = await sheet(shortSheetName(group.title));
      const total = rows.find((r) => r[1] === TOTAL_LABEL);
      expect(total, group.id).toBeDefined();
      groupColumns(template, group, template.appendix.periods).forEach((col, i) => {
        const got = Number.parseFloat(total?.[2 + i] ?? '');
        if (col.kind === 'value') expect(got, col.id).toBe(sum(ACCEPTED, col.key));
        else {
          const [num, p] = col.numerator.split('.') as [string, 'start' | 'end'];
          const den = col.denominator.split('.')[0] as string;
          // LibreOffice writes a percent-formatted cell's raw value in percent.
          expect(got, col.id).toBeCloseTo((sum(ACCEPTED, appendixKey(num, p)) / sum(ACCEPTED, appendixKey(den, p))) * 100, 10);
        }
        checked += 1;
      });
      // One row per counted unit, then the totals.
      expect(rows.filter((r) => /^\d+$/.test(r[0] ?? '')).length).toBe(ACCEPTED.length);
    }
    expect(checked).toBe(2 * 22); // 20 counts and 2 rates, at both dates
    const activities = await sheet('Hoạt động theo đơn vị');
    const totalRow = activities.find((r) => r[1] === TOTAL_LABEL);
    const sectionKeys = aggregationPlan(template).sums.filter((s) => s.part !== 'appendix').map((s) => s.key);
    sectionKeys.forEach((key, i) => expect(Number.parseFloat(totalRow?.[2 + i] ?? ''), key).toBe(sum(ACCEPTED, key)));
    const status = await sheet('Tình hình gửi báo cáo');
    expect(status.some((r) => r.join(',').includes('LĐLĐ huyện Tân Uyên') && r.join(',').includes('Chưa nhận'))).toBe(true);
  });
});
