// The charts as data and in words: which bars, in which order, with which numbers; rates recomputed
// from a unit's parts; no change chart for a campaign with a single point in time; the sentence and the
// table that stand in for the picture; the ECharts option prints Vietnamese numbers.
import { describe, expect, it } from 'vitest';
import type { Aggregate, UnitResult } from '../../shared/aggregate/types';
import { campaign1563 } from '../../shared/campaign/builtin/campaign-1563';
import type { IndicatorDef, PeriodDef } from '../../shared/campaign/model';
import { chartTable, describeChart } from '../../shared/charts/describe';
import { chartOption } from '../../shared/charts/echarts-option';
import { changeChart, defaultIndicator, indicatorTitle, statusChart, unitChart, unitFigure } from '../../shared/charts/spec';
import { displayCell } from '../../shared/documents/table';

const template = campaign1563.template;
const periods = template.appendix.periods;
const end = periods[1] as PeriodDef;
const women = template.appendix.groups.flatMap((g) => g.indicators).find((i) => i.id === 'women_rate') as IndicatorDef;

function unit(code: string, name: string, status: UnitResult['status'], values: Record<string, number> = {}): UnitResult {
  return { unitCode: code, unitName: name, status, counted: status === 'counted', source: null, others: [], notes: [], errors: [], values, blank: [] };
}

const units = [
  unit('A', 'LĐLĐ huyện A', 'counted', { 'pl.women.start': 10, 'pl.chairs.start': 40, 'pl.women.end': 12, 'pl.chairs.end': 36 }),
  unit('B', 'LĐLĐ huyện B', 'counted', { 'pl.women.start': 3, 'pl.chairs.start': 20, 'pl.women.end': 9, 'pl.chairs.end': 20 }),
  unit('C', 'LĐLĐ huyện C', 'counted', { 'pl.women.start': 1, 'pl.chairs.start': 0 }),
  unit('D', 'LĐLĐ huyện D', 'not-accepted', { 'pl.women.end': 50, 'pl.chairs.end': 50 }),
  unit('E', 'LĐLĐ huyện E', 'missing'),
  unit('F', 'LĐLĐ huyện F', 'missing'),
];
const agg = { units, counts: { expected: 6, counted: 3, notCounted: 3, missing: 2 } } as unknown as Aggregate;

describe('chart specs', () => {
  it('counts units by status, only the statuses that occur, in reading order', () => {
    const s = statusChart(agg, 'Tình hình gửi báo cáo');
    expect(s.categories).toEqual(['Đã tính', 'Chưa chấp nhận', 'Chưa nhận']);
    expect(s.series[0]?.values).toEqual([3, 1, 2]);
  });

  it('recomputes each counted unit’s rate from its own parts, largest first, no number last', () => {
    expect(unitFigure(units[0]?.values ?? {}, women, end)).toBeCloseTo((12 / 36) * 100, 10);
    const s = unitChart(agg, template, women, end);
    expect(s.categories).toEqual(['LĐLĐ huyện B', 'LĐLĐ huyện A', 'LĐLĐ huyện C']);
    expect(s.series[0]?.values).toEqual([45, (12 / 36) * 100, null]);
    expect(s.valueKind).toBe('rate');
    expect(s.title).toBe('Đội ngũ chủ tịch CĐCS – Tỷ lệ nữ theo đơn vị (Tháng 5/2023)');
    expect(indicatorTitle(template, women)).toBe('Đội ngũ chủ tịch CĐCS – Tỷ lệ nữ');
    // The chart starts on the programme's first rate.
    expect(defaultIndicator(template, 'chairs')?.id).toBe('women_rate');
  });

  it('shows the change between every point in time, and none with a single one', () => {
    const s = changeChart(agg, template, women, periods);
    expect(s?.series.map((x) => x.name)).toEqual(['Tháng 10/2019', 'Tháng 5/2023']);
    expect(s?.categories).toEqual(['LĐLĐ huyện A', 'LĐLĐ huyện B', 'LĐLĐ huyện C']);
    expect(changeChart(agg, template, women, [end])).toBeNull();
  });

  it('says the chart in one sentence and gives its numbers as a table, rates with two decimals, changes in points', () => {
    const s = changeChart(agg, template, women, periods);
    if (!s) throw new Error('no chart');
    expect(describeChart(s)).toBe(
      'Biểu đồ cột ngang: Đội ngũ chủ tịch CĐCS – Tỷ lệ nữ: thay đổi Tháng 10/2019 – Tháng 5/2023, 3 đơn vị; mỗi đơn vị một nhóm cột theo Tháng 10/2019, Tháng 5/2023; cao nhất LĐLĐ huyện B (45,00%); thấp nhất LĐLĐ huyện A (33,33%); 1 chưa có số liệu.',
    );
    const table = chartTable(s);
    expect(table.columns.map((c) => c.label)).toEqual(['Đơn vị', 'Tháng 10/2019', 'Tháng 5/2023', 'Tăng (+), giảm (-) Tháng 10/2019 – Tháng 5/2023']);
    const rows = table.rows.map((r) => (r.kind === 'data' ? r.cells.map(displayCell) : []));
    expect(rows).toEqual([
      ['LĐLĐ huyện A', '25,00%', '33,33%', '+8,33 điểm %'],
      ['LĐLĐ huyện B', '15,00%', '45,00%', '+30,00 điểm %'],
      ['LĐLĐ huyện C', '', '', ''],
    ]);
  });

  it('makes an ECharts option with Vietnamese numbers, the sentence as its aria label, and a pattern per point in time', () => {
    const s = changeChart(agg, template, women, periods);
    if (!s) throw new Error('no chart');
    const option = chartOption(s, { fontFamily: 'Liberation Serif', interactive: false, description: 'câu' }) as {
      aria: { enabled: boolean; label: { description: string }; decal: { show: boolean } };
      series: { label: { formatter(p: { value: unknown }): string } }[];
      xAxis: { axisLabel: { formatter(v: number): string } };
      tooltip?: unknown;
    };
    expect(option.aria).toEqual({ enabled: true, label: { description: 'câu' }, decal: { show: true } });
    expect(option.series[1]?.label.formatter({ value: 45 })).toBe('45,00%');
    expect(option.xAxis.axisLabel.formatter(1234.5)).toBe('1.234,50%');
    expect(option.tooltip).toBeUndefined();
    const counts = chartOption(statusChart(agg, 't'), { fontFamily: 'x', interactive: true, description: '' }) as { series: { label: { formatter(p: { value: unknown }): string } }[]; tooltip?: unknown };
    expect(counts.series[0]?.label.formatter({ value: 1234 })).toBe('1.234');
    expect(counts.tooltip).toBeDefined();
  });
});
