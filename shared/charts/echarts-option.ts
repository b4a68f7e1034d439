// A chart spec as an Apache ECharts option: horizontal bars (long unit names stay readable, a ranking
// reads top-down), the values printed at the end of each bar in Vietnamese format, a pattern besides a
// colour for each point in time (aria decals: legible in grey print and to colour-blind readers).
// The same option is drawn in the window and rendered to SVG under Node for the documents.
import type { EChartsCoreOption } from 'echarts/core';
import { formatNumber } from '../format/vi';
import { formatRate } from '../documents/table';
import type { ChartSpec } from './spec';

export interface ChartLook {
  fontFamily: string;
  /** In the window: a tooltip and animation; in a document: neither. */
  interactive: boolean;
  /** The summary sentence ECharts puts in the chart's aria-label. */
  description: string;
}

/** Blue shades of the app (its primary colour last: the latest point in time stands out). */
const PALETTE = ['#8fb0da', '#4f7fbf', '#1d4f91', '#0d2f5c'];

export const chartValue = (spec: Pick<ChartSpec, 'valueKind'>, v: number): string => (spec.valueKind === 'rate' ? formatRate(v) : formatNumber(v, 2));

const ROW = 24;
const ROW_PER_SERIES = 15;

/** Room for every bar and its label: the height grows with the units, the width is the page's. */
export function chartHeight(spec: ChartSpec): number {
  const group = spec.series.length > 1 ? spec.series.length * ROW_PER_SERIES + 10 : ROW;
  return 60 + (spec.series.length > 1 ? 28 : 0) + Math.max(1, spec.categories.length) * group;
}

export function chartOption(spec: ChartSpec, look: ChartLook): EChartsCoreOption {
  const many = spec.series.length > 1;
  const colors = many ? PALETTE.slice(Math.max(0, PALETTE.length - spec.series.length - 1)) : ['#1d4f91'];
  const text = { fontFamily: look.fontFamily, fontSize: 12, color: '#1b2430' };
  return {
    animation: look.interactive,
    color: colors,
    textStyle: text,
    aria: { enabled: true, label: { description: look.description }, decal: { show: many } },
    ...(many ? { legend: { top: 0, textStyle: text } } : {}),
    ...(look.interactive ? { tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: unknown) => (typeof v === 'number' ? chartValue(spec, v) : '—') } } : {}),
    grid: { left: 8, right: 72, top: many ? 36 : 8, bottom: 24 },
    xAxis: {
      type: 'value',
      axisLabel: { ...text, formatter: (v: number) => chartValue(spec, v) },
      splitLine: { lineStyle: { color: '#d5dbe3' } },
      ...(spec.valueKind === 'rate' ? { max: (x: { max: number }) => Math.min(100, Math.max(10, Math.ceil(x.max / 10) * 10)) } : {}),
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: spec.categories,
      axisLabel: { ...text, width: 190, overflow: 'break' },
      axisTick: { show: false },
    },
    series: spec.series.map((s) => ({
      type: 'bar',
      name: s.name,
      data: s.values.map((v) => (v === null ? '-' : v)),
      barMaxWidth: 18,
      label: { show: true, position: 'right', ...text, formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? chartValue(spec, p.value) : '') },
    })),
  };
}
