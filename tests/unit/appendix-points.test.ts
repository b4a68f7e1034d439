// Points in time are data: a template with three points, or one, is added up, compared, flagged and
// printed over its own list — nothing assumes the two dates of Programme 1563.
import { describe, expect, it } from 'vitest';
import { aggregate, type Candidate, type UnitReport } from '../../shared/aggregate/index';
import { campaign1563 } from '../../shared/campaign/builtin/campaign-1563';
import { fieldIndex } from '../../shared/campaign/fields';
import { appendixKey } from '../../shared/campaign/keys';
import type { PeriodDef, TemplateDef } from '../../shared/campaign/model';
import { indicatorTable, periodsPhrase } from '../../shared/documents/appendix';
import { displayCell } from '../../shared/documents/table';

const POINTS: PeriodDef[] = [
  { id: 'y2019', label: 'Tháng 10/2019', month: '2019-10' },
  { id: 'y2021', label: 'Tháng 6/2021', month: '2021-06' },
  { id: 'y2023', label: 'Tháng 5/2023', month: '2023-05' },
];

function templateWith(periods: [PeriodDef, ...PeriodDef[]]): TemplateDef {
  const base = campaign1563.template;
  return { ...base, id: 'points-test', appendix: { ...base.appendix, periods }, rules: [] };
}

const three = templateWith(POINTS as [PeriodDef, ...PeriodDef[]]);
const one = templateWith([{ id: 'now', label: 'Tháng 6/2027', month: '2027-06' }]);

const CHAIRS = [10, 30, 31];
const WOMEN = [4, 6, 16];

function unitValues(template: TemplateDef, scale: number): Record<string, number> {
  const v: Record<string, number> = {};
  template.appendix.periods.forEach((p, i) => {
    v[appendixKey('chairs', p.id)] = (CHAIRS[i] ?? 0) * scale;
    v[appendixKey('women', p.id)] = (WOMEN[i] ?? 0) * scale;
  });
  return v;
}

function run(template: TemplateDef, scales: number[]) {
  const reports = new Map<number, UnitReport>();
  const candidates: Candidate[] = scales.map((scale, i) => {
    reports.set(i + 1, { templateId: template.id, templateVersion: template.version, values: unitValues(template, scale), explanations: {} });
    return {
      inboxId: i + 1,
      unitCode: `U${i}`,
      revision: 1,
      manifestSha256: String(i).padStart(64, '0'),
      packageSha256: String(i + 50).padStart(64, '0'),
      state: 'current',
      review: 'accepted',
      receivedAt: '2027-07-01T00:00:00.000Z',
    };
  });
  return aggregate({
    template,
    basis: 'accepted',
    expected: scales.map((_, i) => ({ code: `U${i}`, name: `Đơn vị ${i}` })),
    candidates,
    reportOf: (id) => reports.get(id) ?? null,
  });
}

describe('an appendix with three points in time', () => {
  it('has an input cell per indicator and point, keyed by the point ids', () => {
    const keys = [...fieldIndex(three).keys()].filter((k) => k.startsWith('pl.chairs.'));
    expect(keys).toEqual(['pl.chairs.y2019', 'pl.chairs.y2021', 'pl.chairs.y2023']);
  });

  it('adds up each point and gives the change between consecutive ones', () => {
    const agg = run(three, [1, 2]);
    const chairs = agg.indicators.find((l) => l.indicatorId === 'chairs');
    expect(chairs?.values).toEqual([30, 90, 93]);
    expect(chairs?.changes).toEqual([60, 3]);
    const rate = agg.indicators.find((l) => l.indicatorId === 'women_rate');
    expect(rate?.values.map((v) => (v === null ? null : Math.round(v * 100) / 100))).toEqual([40, 20, 51.61]);
    expect(rate?.changes).toHaveLength(2);
  });

  it('flags a large change between each consecutive pair, naming both points', () => {
    const agg = run(three, [1, 1, 1, 1, 1]);
    const changes = agg.flags.filter((f) => f.kind === 'change' && f.unitCode === 'U0');
    // chairs 10 → 30 (+200 %) and women 6 → 16; 30 → 31 is no flag.
    expect(changes.map((f) => f.key)).toEqual(['pl.chairs.y2021', 'pl.women.y2023']);
    expect(changes[0]?.message).toContain('từ 10 (Tháng 10/2019) lên 30 (Tháng 6/2021)');
    expect(changes[1]?.message).toContain('(Tháng 6/2021) lên 16 (Tháng 5/2023)');
  });

  it('prints a column per point and a change column per consecutive pair', () => {
    const table = indicatorTable(three.appendix, unitValues(three, 1));
    expect(table.columns.map((c) => c.id)).toEqual(['stt', 'label', 'unit', 'y2019', 'y2021', 'y2023', 'change.y2021', 'change.y2023']);
    expect(table.columns.at(-1)?.label).toBe('Tăng (+), giảm (-) Tháng 6/2021 – Tháng 5/2023');
    const row = table.rows.find((r) => r.id === 'chairs');
    expect(row?.kind === 'data' ? row.cells.slice(3).map(displayCell) : []).toEqual(['10', '30', '31', '+20', '+1']);
    expect(periodsPhrase(three.appendix.periods)).toBe('tại ba thời điểm: Tháng 10/2019, Tháng 6/2021 và Tháng 5/2023');
  });
});

describe('an appendix with one point in time', () => {
  it('adds up the one point and has no change, no change flag and no change column', () => {
    const agg = run(one, [1, 1, 1, 1, 3]);
    expect(agg.indicators.find((l) => l.indicatorId === 'chairs')).toMatchObject({ values: [70], changes: [] });
    expect(agg.flags.filter((f) => f.kind === 'change')).toEqual([]);
    const table = indicatorTable(one.appendix, unitValues(one, 1));
    expect(table.columns.map((c) => c.id)).toEqual(['stt', 'label', 'unit', 'now']);
    expect(periodsPhrase(one.appendix.periods)).toBe('tại thời điểm: Tháng 6/2027');
  });
});
