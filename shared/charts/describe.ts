// The chart in words, for the documents: the image's alternative text (read by screen readers in Word)
// and the table printed under it, so that a printed report loses nothing when the picture is grey.
import type { DocCell, DocColumn, DocRow, DocTable } from '../documents/model';
import { chartValue } from './echarts-option';
import { chartHighlights, seriesChanges, type ChartSpec } from './spec';

/** "Biểu đồ cột … : cao nhất …, thấp nhất …" — one sentence in Vietnamese. */
export function describeChart(spec: ChartSpec): string {
  const h = chartHighlights(spec);
  const unit = spec.unit ? ` ${spec.unit}` : '';
  const parts = [`Biểu đồ cột ngang: ${spec.title}, ${spec.categories.length} ${spec.categoryLabel.toLocaleLowerCase('vi')}`];
  if (spec.series.length > 1) parts.push(`mỗi ${spec.categoryLabel.toLocaleLowerCase('vi')} một nhóm cột theo ${spec.series.map((s) => s.name).join(', ')}`);
  if (h.highest) parts.push(`cao nhất ${h.highest.name} (${chartValue(spec, h.highest.value)}${unit})`);
  if (h.lowest) parts.push(`thấp nhất ${h.lowest.name} (${chartValue(spec, h.lowest.value)}${unit})`);
  if (h.missing) parts.push(`${h.missing} chưa có số liệu`);
  return `${parts.join('; ')}.`;
}

/** The chart's numbers as a table of the document model: one row per category, a change column per pair. */
export function chartTable(spec: ChartSpec): DocTable {
  const many = spec.series.length > 1;
  const changes = seriesChanges(spec);
  const columns: DocColumn[] = [
    { id: 'cat', label: spec.categoryLabel, width: 30, align: 'left' },
    ...spec.series.map((s, i): DocColumn => ({ id: `v${i}`, label: many ? s.name : spec.unit ? `${s.name} (${spec.unit})` : s.name, width: 12, align: 'right' })),
    ...(many ? spec.series.slice(1).map((s, i): DocColumn => ({ id: `c${i}`, label: `Tăng (+), giảm (-) ${spec.series[i]?.name ?? ''} – ${s.name}`, width: 14, align: 'right' })) : []),
  ];
  const format = spec.valueKind === 'rate' ? 'percent' : 'decimal';
  const rows: DocRow[] = spec.categories.map((name, c) => ({
    kind: 'data',
    id: `${spec.id}.${c}`,
    cells: [
      { kind: 'text', text: name },
      ...spec.series.map((s): DocCell => ({ kind: 'number', value: s.values[c] ?? null, format })),
      ...(many ? (changes[c] ?? []).map((v): DocCell => ({ kind: 'number', value: v, format: spec.valueKind === 'rate' ? 'changePercent' : 'change' })) : []),
    ],
  }));
  return { id: `chart.${spec.id}`, columns, rows, keepTogether: rows.length <= 20 };
}
