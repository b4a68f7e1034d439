// The province's synthesis through the contract, in one process with real packages: which package of
// each unit counts (accepted or received), a unit whose data breaks the rules, two packages under one
// revision, the pre-fill of the province's report (typed values kept), passages taken from units with
// their source, and the package upward with its signed list of source packages.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../electron/services/package/hashing';
import { verifyPackage } from '../../electron/services/package/verify-package';
import { openSafeZip } from '../../electron/services/package/zip-read';
import type { Aggregate } from '../../shared/aggregate/types';
import { SOURCES_ENTRY, SourcesSchema } from '../../shared/package/sources';
import { variedValues } from '../helpers/province-sample';
import { craftPackage, importInto, makeWorld, unitExports, type World } from '../helpers/province-world';
import { refusal } from '../helpers/refusal';

// Units 0–4 report normally; Sìn Hồ's data breaks the rules; Mường Tè sends two different packages
// under revision 1; Tân Uyên, Thành phố and Công đoàn Viên chức send nothing.
const GOOD = ['LDLD-TAMDUONG', 'LDLD-PHONGTHO', 'LDLD-NAMNHUN', 'LDLD-THANUYEN', 'LDLD-TPLAICHAU'];
let root: string;
let w: World;

const sum = (indices: number[], key: string): number => indices.reduce((a, i) => a + (variedValues(i)[key] as number), 0);

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tongket-synthesis-'));
  w = await makeWorld(root);
  const files: { name: string; bytes: Buffer }[] = [];
  for (const [i, code] of GOOD.entries()) files.push({ name: `${code}.tongket`, bytes: await unitExports(w, code, i) });
  files.push({ name: 'sinho.tongket', bytes: await unitExports(w, 'LDLD-SINHO', 5) });
  files.push({ name: 'muongte-a.tongket', bytes: await unitExports(w, 'LDLD-MUONGTE', 6) });
  const lines = await importInto(w, files);
  expect(lines.every((l) => l.outcome === 'accepted')).toBe(true);
  // Two more packages crafted with the units' own keys: what the app itself would refuse to export.
  const broken = { ...variedValues(5), 'pl.women.end': 9_999 };
  const other = { ...variedValues(7) };
  const more = await importInto(w, [
    { name: 'sinho-r2.tongket', bytes: await craftPackage(w, 'LDLD-SINHO', broken, 2) },
    { name: 'muongte-b.tongket', bytes: await craftPackage(w, 'LDLD-MUONGTE', other, 1) },
  ]);
  expect(more.map((l) => l.outcome)).toEqual(['superseded', 'conflict']);
  for (const code of [...GOOD, 'LDLD-SINHO']) await w.province.api.issueReceipt({ unitCode: code, decision: 'accepted', comment: '', fields: [] });
}, 120_000);

afterAll(() => {
  w?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('aggregate over the inbox', () => {
  let agg: Aggregate;
  beforeAll(async () => {
    agg = await w.province.api.getAggregate({});
  });

  it('counts exactly the accepted packages that pass the rules, checked against sums computed here', () => {
    // In the directory's order (by name).
    expect(agg.units.map((u) => [u.unitCode, u.status])).toEqual([
      ['CDVC-LAICHAU', 'missing'],
      ['LDLD-MUONGTE', 'not-accepted'],
      ['LDLD-NAMNHUN', 'counted'],
      ['LDLD-PHONGTHO', 'counted'],
      ['LDLD-SINHO', 'invalid'],
      ['LDLD-TAMDUONG', 'counted'],
      ['LDLD-THANUYEN', 'counted'],
      ['LDLD-TANUYEN', 'missing'],
      ['LDLD-TPLAICHAU', 'counted'],
    ]);
    for (const key of ['pl.chairs.end', 'pl.members.start', 's5.spending', 's7.admitted']) expect(agg.totals[key]?.value, key).toBe(sum([0, 1, 2, 3, 4], key));
    const women = agg.rates.find((r) => r.id === 'women_rate' && r.period === 'end')?.value;
    expect(women).toBeCloseTo((sum([0, 1, 2, 3, 4], 'pl.women.end') / sum([0, 1, 2, 3, 4], 'pl.chairs.end')) * 100, 10);
  });

  it('says what it did with the unit whose accepted revision breaks the rules', () => {
    const sinho = agg.units.find((u) => u.unitCode === 'LDLD-SINHO');
    expect(sinho?.source?.revision).toBe(2);
    expect(sinho?.errors.join(' ')).toContain('9.999');
    expect(agg.totals['pl.women.end']?.notCounted).toBe(9_999);
  });

  it('with two packages under one revision: not counted, both hashes named', async () => {
    const rec = await w.province.api.getAggregate({ basis: 'received' });
    const mt = rec.units.find((u) => u.unitCode === 'LDLD-MUONGTE');
    expect(mt).toMatchObject({ status: 'conflict', counted: false });
    expect(mt?.others).toHaveLength(2);
    expect(rec.totals['pl.chairs.end']?.value).toBe(sum([0, 1, 2, 3, 4], 'pl.chairs.end'));
  });

  it('is refused at a unit that receives nothing', async () => {
    const e = await refusal((w.units.get('LDLD-TAMDUONG') as NonNullable<ReturnType<typeof w.units.get>>).api.getAggregate({}));
    expect(e.code).toBe('E_NOT_RECEIVING');
  });
});

describe('the province’s own report', () => {
  it('is pre-filled from the totals, keeping what the drafter typed', async () => {
    const api = w.province.api;
    await api.saveField({ key: 's2.conferences', value: 3 });
    const r = await api.fillProvinceDraft({});
    expect(r.kept).toEqual([{ key: 's2.conferences', label: expect.stringContaining('hội nghị') as unknown as string, typed: 3, total: sum([0, 1, 2, 3, 4], 's2.conferences') }]);
    expect(r.draft.values['pl.chairs.end']).toBe(sum([0, 1, 2, 3, 4], 'pl.chairs.end'));
    expect(r.draft.values['s2.conferences']).toBe(3);
    expect(r.changed).toBe(53);
    const again = await api.fillProvinceDraft({});
    expect(again.changed).toBe(0);
    const forced = await api.fillProvinceDraft({ overwrite: true });
    expect(forced.changed).toBe(1);
    expect(forced.draft.values['s2.conferences']).toBe(sum([0, 1, 2, 3, 4], 's2.conferences'));
  });

  it('takes a unit’s passage with its source, shown in the compilation', async () => {
    const api = w.province.api;
    const agg = await api.getAggregate({});
    const tam = agg.units.find((u) => u.unitCode === 'LDLD-TAMDUONG');
    const sha = tam?.source?.manifestSha256 as string;
    await api.saveField({ key: 's4.narrative', value: 'Đoạn mở đầu của tỉnh.' });
    const r = await api.insertPassage({ fieldKey: 's4.narrative', unitCode: 'LDLD-TAMDUONG', manifestSha256: sha });
    expect(String(r.draft.values['s4.narrative'])).toMatch(/^Đoạn mở đầu của tỉnh\.\nLiên đoàn Lao động huyện chỉ đạo/);
    const lessons = await api.insertPassage({ fieldKey: 's9.lessons', unitCode: 'LDLD-PHONGTHO', manifestSha256: agg.units.find((u) => u.unitCode === 'LDLD-PHONGTHO')?.source?.manifestSha256 as string });
    expect(lessons.draft.values['s9.lessons']).toHaveLength(4);
    const sections = await api.getCompilation({});
    const s4 = sections[3]?.fields[0];
    // Mường Tè's two packages under one revision give no text to choose from until someone decides.
    expect(s4?.passages.map((p) => p.unitCode)).toEqual(['LDLD-NAMNHUN', 'LDLD-PHONGTHO', 'LDLD-SINHO', 'LDLD-TAMDUONG', 'LDLD-THANUYEN', 'LDLD-TPLAICHAU']);
    expect(s4?.passages.find((p) => p.unitCode === 'LDLD-SINHO')).toMatchObject({ status: 'invalid', counted: false, revision: 2 });
    expect(s4?.inserted).toEqual([{ fieldKey: 's4.narrative', unitCode: 'LDLD-TAMDUONG', revision: 1, manifestSha256: sha, insertedAt: expect.any(String) as unknown as string }]);
    const wrong = await refusal(api.insertPassage({ fieldKey: 's5.courses', unitCode: 'LDLD-TAMDUONG', manifestSha256: sha }));
    expect(wrong.code).toBe('E_INPUT');
    const other = await refusal(api.insertPassage({ fieldKey: 's4.narrative', unitCode: 'LDLD-PHONGTHO', manifestSha256: sha }));
    expect(other.code).toBe('E_SOURCE_UNKNOWN');
  });

  it('is not exported while warnings lack an explanation, then goes upward with its signed sources', async () => {
    const api = w.province.api;
    const blocked = await refusal(api.exportProvinceReport({}));
    expect(blocked.code).toBe('E_EXPORT_BLOCKED');
    // The province writes the narratives the template requires; the figures were filled in.
    for (const issue of (await api.getDraft({})).validation.issues.filter((i) => i.ruleId.startsWith('required.'))) {
      await api.saveField({ key: issue.fields[0] as string, value: 'Liên đoàn Lao động tỉnh đánh giá kết quả thực hiện của các đơn vị trực thuộc.' });
    }
    for (const issue of (await api.getDraft({})).validation.issues) {
      expect(issue.severity).toBe('warning');
      await api.saveExplanation({ ruleId: issue.ruleId, text: 'Tăng do thành lập mới CĐCS ở các huyện trong giai đoạn.' });
    }
    const r = await api.exportProvinceReport({});
    expect(r).toMatchObject({ revision: 1, repeated: false, stale: false, unitsCounted: 5, unitsExpected: 9 });
    const bytes = readFileSync(join(w.out, r.packageFile));
    const key = w.province.ctx.keys.ownActive('LDLD-LAICHAU');
    const v = await verifyPackage(bytes, { lookupKey: () => null, pinnedKey: key?.publicKey });
    expect(v.manifest.files.map((f) => f.path)).toContain(SOURCES_ENTRY);
    expect(v.manifest.summary).toMatchObject({ unitsCounted: 5, unitsExpected: 9 });
    const sources = SourcesSchema.parse(JSON.parse((v.files.get(SOURCES_ENTRY) as Buffer).toString('utf8')));
    // Every listed package is in the province's inbox with these very hashes and bytes.
    for (const s of sources.units) {
      const row = w.province.ctx.inbox.byManifest(s.manifestSha256);
      expect(row).toMatchObject({ unitCode: s.unitCode, revision: s.revision, packageSha256: s.packageSha256 });
      expect(sha256Hex(w.province.ctx.inbox.contents(row?.id ?? 0)?.package as Buffer)).toBe(s.packageSha256);
    }
    expect(sources.units.map((s) => [s.unitCode, s.usedFor])).toEqual([
      ['LDLD-NAMNHUN', ['totals']],
      ['LDLD-PHONGTHO', ['totals', 'text']],
      ['LDLD-TAMDUONG', ['totals', 'text']],
      ['LDLD-THANUYEN', ['totals']],
      ['LDLD-TPLAICHAU', ['totals']],
    ]);
    expect(sources.notCounted.map((n) => [n.unitCode, n.status])).toEqual([
      ['CDVC-LAICHAU', 'missing'],
      ['LDLD-MUONGTE', 'not-accepted'],
      ['LDLD-SINHO', 'invalid'],
      ['LDLD-TANUYEN', 'missing'],
    ]);
    const zip = await openSafeZip(bytes);
    expect(zip.names).toContain('render/report.docx');
    zip.close();
  });

  it('writes the same package again, and says when the totals have moved on since', async () => {
    const api = w.province.api;
    const first = await api.exportProvinceReport({});
    expect(first).toMatchObject({ repeated: true, stale: false });
    // The plain export at a receiving unit is the province's export: the same package, with its sources.
    const plain = await api.exportPackage({});
    expect(plain).toMatchObject({ repeated: true, manifestSha256: first.manifestSha256 });
    expect((plain as typeof first).sources.length).toBe(5);
    await api.issueReceipt({ unitCode: 'LDLD-MUONGTE', decision: 'accepted', comment: '', fields: [] });
    const second = await api.exportProvinceReport({});
    expect(second).toMatchObject({ repeated: true, stale: true, manifestSha256: first.manifestSha256 });
    const frozen = await refusal(api.fillProvinceDraft({}));
    expect(frozen.code).toBe('E_REVISION_FROZEN');
  });
});
