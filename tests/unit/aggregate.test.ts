// The province's aggregation, pure: totals checked against sums computed here from the unit data,
// rates from summed parts (and provably not the average of the units' rates), and every bad input —
// conflicting revisions, a unit failing validation, an indicator missing from an older template,
// the same package twice — handled with a sentence and never a silent double count or drop.
import { describe, expect, it } from 'vitest';
import { aggregate, compileSections, planPrefill, selectRevisions, type Candidate, type UnitReport } from '../../shared/aggregate/index';
import { aggregationPlan } from '../../shared/aggregate/plan';
import { campaign1563 } from '../../shared/campaign/builtin/campaign-1563';
import { appendixKey } from '../../shared/campaign/keys';
import type { TemplateDef } from '../../shared/campaign/model';
import { explanationsFor, variedValues } from '../helpers/province-sample';

const template = campaign1563.template;
const CODES = ['A', 'B', 'C', 'D', 'E', 'F'].map((c) => `LDLD-${c}`);
const expected = CODES.map((code) => ({ code, name: `Đơn vị ${code}` }));

let nextId = 1;
function candidate(unitCode: string, revision: number, extra: Partial<Candidate> = {}): Candidate {
  const id = nextId++;
  return {
    inboxId: id,
    unitCode,
    revision,
    manifestSha256: id.toString(16).padStart(64, '0'),
    packageSha256: (id + 1000).toString(16).padStart(64, '0'),
    state: 'current',
    review: 'accepted',
    receivedAt: '2023-05-21T02:00:00.000Z',
    ...extra,
  };
}

const report = (values: Record<string, unknown>, templateVersion = template.version): UnitReport => ({
  templateId: template.id,
  templateVersion,
  values,
  explanations: explanationsFor(values),
});

/** Five units counted (A–E, varied), F missing. */
function world() {
  const reports = new Map<number, UnitReport>();
  const candidates = CODES.slice(0, 5).map((code, i) => {
    const c = candidate(code, 1);
    reports.set(c.inboxId, report(variedValues(i)));
    return c;
  });
  return { candidates, reports, reportOf: (id: number) => reports.get(id) ?? null };
}

const sumOf = (vals: Record<string, unknown>[], key: string): number => vals.reduce((a, v) => a + (v[key] as number), 0);

describe('totals', () => {
  const w = world();
  const agg = aggregate({ template, basis: 'accepted', expected, candidates: w.candidates, reportOf: w.reportOf });
  const data = [0, 1, 2, 3, 4].map(variedValues);

  it('adds up every summable field of every counted unit, checked against sums computed here', () => {
    const plan = aggregationPlan(template);
    expect(plan.sums.length).toBe(2 * 20 + 14); // 20 input indicators at two dates, 14 section numbers
    for (const f of plan.sums) {
      expect(agg.totals[f.key]?.value, f.key).toBe(sumOf(data, f.key));
      expect(agg.totals[f.key]?.units).toBe(5);
    }
    expect(agg.counts).toEqual({ expected: 6, counted: 5, notCounted: 1, missing: 1 });
  });

  it('recomputes rates from the summed parts, never averaging the units’ rates', () => {
    for (const p of ['start', 'end'] as const) {
      const women = sumOf(data, appendixKey('women', p));
      const chairs = sumOf(data, appendixKey('chairs', p));
      const rate = agg.rates.find((r) => r.id === 'women_rate' && r.period === p)?.value;
      expect(rate).toBeCloseTo((women / chairs) * 100, 10);
      const mean = data.reduce((a, v) => a + (v[appendixKey('women', p)] as number) / (v[appendixKey('chairs', p)] as number), 0) / data.length;
      // The test data is built so that the average of rates is visibly different.
      expect(Math.abs(mean * 100 - (rate ?? 0))).toBeGreaterThan(0.05);
    }
    const line = agg.indicators.find((l) => l.indicatorId === 'party_rate');
    const party = (p: 'start' | 'end') => (sumOf(data, appendixKey('party', p)) / sumOf(data, appendixKey('chairs', p))) * 100;
    expect(line?.values[0]).toBeCloseTo(party('start'), 10);
    expect(line?.values[1]).toBeCloseTo(party('end'), 10);
    expect(line?.changes[0]).toBeCloseTo(party('end') - party('start'), 10);
  });

  it('gives both dates and the change of every appendix indicator', () => {
    const members = agg.indicators.find((l) => l.indicatorId === 'members');
    expect(members).toMatchObject({ values: [sumOf(data, 'pl.members.start'), sumOf(data, 'pl.members.end')], changes: [sumOf(data, 'pl.members.end') - sumOf(data, 'pl.members.start')] });
    expect(agg.indicators.map((l) => l.indicatorId)).toEqual(template.appendix.groups.flatMap((g) => g.indicators.map((i) => i.id)));
  });

  it('lists the missing unit beside the totals', () => {
    const f = agg.units.find((u) => u.unitCode === 'LDLD-F');
    expect(f).toMatchObject({ status: 'missing', counted: false, source: null });
    expect(f?.notes.join(' ')).toContain('Chưa nhận');
  });
});

describe('bad input', () => {
  it('a unit breaking error rules is not counted at all, and its effect is stated', () => {
    const w = world();
    const bad = { ...variedValues(5), 'pl.women.end': 999 };
    const c = candidate('LDLD-F', 1);
    w.reports.set(c.inboxId, { templateId: template.id, templateVersion: 1, values: bad, explanations: {} });
    const agg = aggregate({ template, basis: 'accepted', expected, candidates: [...w.candidates, c], reportOf: w.reportOf });
    const f = agg.units.find((u) => u.unitCode === 'LDLD-F');
    expect(f).toMatchObject({ status: 'invalid', counted: false });
    expect(f?.errors.join(' ')).toContain('Số chủ tịch là nữ');
    expect(f?.notes.join(' ')).toMatch(/chưa tính cả đơn vị/);
    expect(f?.notes.join(' ')).toMatch(/Nếu được tính, đơn vị sẽ thêm vào tổng: .*Tổng số chủ tịch CĐCS \(T\)/);
    const data = [0, 1, 2, 3, 4].map(variedValues);
    expect(agg.totals['pl.women.end']).toMatchObject({ value: sumOf(data, 'pl.women.end'), units: 5, notCounted: 999 });
    expect(agg.totals['pl.chairs.end']?.value).toBe(sumOf(data, 'pl.chairs.end'));
  });

  it('two different packages under one revision: not counted until someone decides', () => {
    const w = world();
    const first = candidate('LDLD-F', 2, { review: null });
    const second = candidate('LDLD-F', 2, { review: null, state: 'conflict' });
    const older = candidate('LDLD-F', 1, { review: null, state: 'superseded' });
    for (const c of [first, second, older]) w.reports.set(c.inboxId, report(variedValues(5)));
    const agg = aggregate({ template, basis: 'received', expected, candidates: [...w.candidates, older, first, second], reportOf: w.reportOf });
    const f = agg.units.find((u) => u.unitCode === 'LDLD-F');
    expect(f).toMatchObject({ status: 'conflict', counted: false, source: null });
    expect(f?.others.map((o) => o.manifestSha256).sort()).toEqual([first.manifestSha256, second.manifestSha256].sort());
    expect(f?.notes[0]).toContain('Lần gửi 2 có 2 gói khác nhau');
    expect(agg.counts.counted).toBe(5);

    // Once the province accepts one of them, that one counts — and only that one.
    const decided = aggregate({ template, basis: 'received', expected, candidates: [...w.candidates, older, { ...first, review: 'accepted' }, second], reportOf: w.reportOf });
    expect(decided.units.find((u) => u.unitCode === 'LDLD-F')).toMatchObject({ status: 'counted', source: { manifestSha256: first.manifestSha256 } });
    expect(decided.totals['pl.chairs.end']?.value).toBe(sumOf([0, 1, 2, 3, 4, 5].map(variedValues), 'pl.chairs.end'));
  });

  it('an indicator missing from an older template: the unit counts for the rest and the totals say who lacks it', () => {
    const newer: TemplateDef = structuredClone(template);
    newer.version = 2;
    newer.appendix.groups[1]?.indicators.push({ id: 'youth', label: 'Trong đó: đoàn viên thanh niên', unit: 'người', aggregate: { kind: 'sum' }, level: 1 });
    const w = world();
    const c = candidate('LDLD-F', 1);
    w.reports.set(c.inboxId, { ...report({ ...variedValues(5) }), templateVersion: 2 });
    const v2 = w.reports.get(c.inboxId) as UnitReport;
    w.reports.set(c.inboxId, { ...v2, values: { ...v2.values, 'pl.youth.start': 3, 'pl.youth.end': 7 } });
    const agg = aggregate({ template: newer, basis: 'accepted', expected, candidates: [...w.candidates, c], reportOf: w.reportOf });
    const a = agg.units.find((u) => u.unitCode === 'LDLD-A');
    expect(a).toMatchObject({ status: 'counted', counted: true });
    expect(a?.blank).toEqual([
      { key: 'pl.youth.start', reason: 'older-template' },
      { key: 'pl.youth.end', reason: 'older-template' },
    ]);
    expect(a?.notes.join(' ')).toContain('mẫu phiên bản 1 (cũ hơn phiên bản 2)');
    expect(agg.totals['pl.youth.end']).toMatchObject({ value: 7, units: 1 });
    expect(agg.totals['pl.youth.end']?.lacking).toEqual(['LDLD-A', 'LDLD-B', 'LDLD-C', 'LDLD-D', 'LDLD-E']);
    expect(agg.totals['pl.chairs.end']?.units).toBe(6);
  });

  it('a report of another template is not counted', () => {
    const w = world();
    const c = candidate('LDLD-F', 1);
    w.reports.set(c.inboxId, { ...report(variedValues(5)), templateId: 'tk-khac' });
    const agg = aggregate({ template, basis: 'accepted', expected, candidates: [...w.candidates, c], reportOf: w.reportOf });
    expect(agg.units.find((u) => u.unitCode === 'LDLD-F')).toMatchObject({ status: 'template', counted: false });
  });

  it('never counts a unit twice: the same package given twice, two accepted revisions', () => {
    const w = world();
    const r1 = candidate('LDLD-F', 1, { state: 'superseded' });
    const r2 = candidate('LDLD-F', 2);
    w.reports.set(r1.inboxId, report(variedValues(5)));
    w.reports.set(r2.inboxId, report(variedValues(6)));
    const agg = aggregate({ template, basis: 'accepted', expected, candidates: [...w.candidates, ...w.candidates, r1, r2, r2], reportOf: w.reportOf });
    expect(agg.units.filter((u) => u.unitCode === 'LDLD-F')).toHaveLength(1);
    expect(agg.units.find((u) => u.unitCode === 'LDLD-F')?.source?.revision).toBe(2);
    expect(agg.totals['pl.members.end']?.value).toBe(sumOf([0, 1, 2, 3, 4, 6].map(variedValues), 'pl.members.end'));
  });

  it('basis accepted uses the accepted revision and says a newer one waits; basis received uses the newer one', () => {
    const w = world();
    const r1 = candidate('LDLD-F', 1, { state: 'superseded', review: 'accepted' });
    const r2 = candidate('LDLD-F', 2, { review: null });
    w.reports.set(r1.inboxId, report(variedValues(5)));
    w.reports.set(r2.inboxId, report(variedValues(7)));
    const input = { template, expected, candidates: [...w.candidates, r1, r2], reportOf: w.reportOf };
    const acc = aggregate({ ...input, basis: 'accepted' });
    const f = acc.units.find((u) => u.unitCode === 'LDLD-F');
    expect(f?.source?.revision).toBe(1);
    expect(f?.notes.join(' ')).toContain('Lần gửi 2 mới hơn');
    expect(acc.totals['s3.sessions']?.value).toBe(sumOf([0, 1, 2, 3, 4, 5].map(variedValues), 's3.sessions'));
    const rec = aggregate({ ...input, basis: 'received' });
    expect(rec.units.find((u) => u.unitCode === 'LDLD-F')?.source?.revision).toBe(2);
    expect(rec.totals['s3.sessions']?.value).toBe(sumOf([0, 1, 2, 3, 4, 7].map(variedValues), 's3.sessions'));
  });

  it('received but not accepted: listed with what it would add; held and unexpected units are never counted', () => {
    const w = world();
    const f = candidate('LDLD-F', 1, { review: null });
    const held = candidate('LDLD-A', 2, { state: 'held', review: null });
    const stranger = candidate('CDN-XAYDUNG', 1);
    for (const c of [f, held, stranger]) w.reports.set(c.inboxId, report(variedValues(5)));
    const agg = aggregate({ template, basis: 'accepted', expected, candidates: [...w.candidates, f, held, stranger], reportOf: w.reportOf });
    const fu = agg.units.find((u) => u.unitCode === 'LDLD-F');
    expect(fu).toMatchObject({ status: 'not-accepted', counted: false, source: { revision: 1 } });
    expect(fu?.notes.join(' ')).toContain('Nếu được tính');
    expect(agg.units.find((u) => u.unitCode === 'LDLD-A')?.source?.revision).toBe(1);
    expect(agg.units.at(-1)).toMatchObject({ unitCode: 'CDN-XAYDUNG', status: 'unexpected', counted: false });
    expect(agg.counts).toMatchObject({ expected: 6, counted: 5 });
    expect(agg.totals['pl.chairs.end']?.notCounted).toBe(2 * (variedValues(5)['pl.chairs.end'] as number));

    const onlyHeld = selectRevisions(expected, [candidate('LDLD-B', 1, { state: 'held', review: null })], 'received');
    expect(onlyHeld.find((s) => s.unitCode === 'LDLD-B')?.status).toBe('held');
  });
});

describe('flags', () => {
  it('flags a unit far from the others relative to its size, and large changes with their explanation', () => {
    const w = world();
    const c = candidate('LDLD-F', 1);
    const odd = variedValues(5);
    odd['pl.members.end'] = (odd['pl.chairs.end'] as number) * 400;
    w.reports.set(c.inboxId, report(odd));
    const agg = aggregate({ template, basis: 'accepted', expected, candidates: [...w.candidates, c], reportOf: w.reportOf });
    const size = agg.flags.filter((f) => f.kind === 'size');
    expect(size.map((f) => `${f.unitCode} ${f.key}`)).toContain('LDLD-F pl.members.end');
    expect(size.every((f) => f.unitCode === 'LDLD-F')).toBe(true);
    const change = agg.flags.find((f) => f.kind === 'change' && f.unitCode === 'LDLD-A' && f.key === 'pl.unions.end');
    expect(change?.message).toMatch(/tăng từ 28 .* lên 45/);
    expect(change?.explanation).toContain('thành lập mới 21 CĐCS');
  });

  it('does not flag units that agree', () => {
    const w = world();
    const agg = aggregate({ template, basis: 'accepted', expected, candidates: w.candidates, reportOf: w.reportOf });
    expect(agg.flags.filter((f) => f.kind === 'size')).toEqual([]);
  });
});

describe('pre-fill of the province report', () => {
  const w = world();
  const agg = aggregate({ template, basis: 'accepted', expected, candidates: w.candidates, reportOf: w.reportOf });
  const total = (k: string) => agg.totals[k]?.value ?? null;

  it('fills empty fields, follows earlier pre-fills, keeps typed values unless asked', () => {
    const current = { 'pl.chairs.end': 1, 'pl.members.end': 2, 's5.courses': total('s5.courses') };
    const origin = (k: string) => (k === 'pl.chairs.end' ? 'aggregate' : k === 'pl.members.end' ? 'typed' : null);
    const plan = planPrefill(agg.totals, current, origin, false);
    expect(plan.changes.find((c) => c.key === 'pl.chairs.end')).toEqual({ key: 'pl.chairs.end', previous: 1, next: total('pl.chairs.end') });
    expect(plan.changes.find((c) => c.key === 'pl.members.end')).toBeUndefined();
    expect(plan.kept).toEqual([{ key: 'pl.members.end', typed: 2, total: total('pl.members.end') }]);
    expect(plan.changes.find((c) => c.key === 'pl.unions.start')?.next).toBe(total('pl.unions.start'));
    expect(plan.unchanged).toBe(1);
    const forced = planPrefill(agg.totals, current, origin, true);
    expect(forced.kept).toEqual([]);
    expect(forced.changes.find((c) => c.key === 'pl.members.end')?.next).toBe(total('pl.members.end'));
  });
});

describe('compilation', () => {
  it('puts every unit’s text of each section side by side with its source', () => {
    const w = world();
    const agg = aggregate({ template, basis: 'accepted', expected, candidates: w.candidates, reportOf: w.reportOf });
    const byUnit = new Map(w.candidates.map((c) => [c.unitCode, w.reports.get(c.inboxId) ?? null]));
    const sections = compileSections(template, agg.units, (code) => byUnit.get(code) ?? null, { 's4.narrative': 'Văn bản của tỉnh.' }, [
      { fieldKey: 's4.narrative', unitCode: 'LDLD-B', revision: 1, manifestSha256: w.candidates[1]?.manifestSha256 ?? '', insertedAt: '2023-05-23T00:00:00.000Z' },
    ]);
    expect(sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const s4 = sections[3]?.fields[0];
    expect(s4).toMatchObject({ key: 's4.narrative', insertable: true, own: 'Văn bản của tỉnh.' });
    expect(s4?.passages.map((p) => [p.unitCode, p.revision, p.manifestSha256])).toEqual(w.candidates.map((c) => [c.unitCode, 1, c.manifestSha256]));
    expect(s4?.inserted).toHaveLength(1);
    const lessons = sections[8]?.fields[0];
    expect(lessons?.passages[0]?.text.split('\n')).toHaveLength(4);
    expect(sections[4]?.fields.map((f) => f.key)).toEqual(['s5.narrative']);
  });
});
