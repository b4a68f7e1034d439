// The appendix tables: the indicators at each point in time of the template with the change between
// consecutive ones, and the
// period's activity totals taken from the section fields. Ratio rows are formulas over their parts, so
// that the spreadsheet recomputes them and the province can sum parts instead of averaging rates.
import { appendixKey, consecutivePeriods } from '../campaign/keys';
import type { AppendixDef, IndicatorDef, PeriodDef, TemplateDef } from '../campaign/model';
import type { DocCell, DocColumn, DocRow, DocTable } from './model';
import { resolveFormulas } from './table';
import { oneLine, roman } from './text';

const finite = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const text = (t: string): DocCell => ({ kind: 'text', text: t });

/** The change columns: one per pair of consecutive points; with two points the single column keeps its plain name. */
function changeColumns(appendix: AppendixDef): { id: string; label: string; from: PeriodDef; to: PeriodDef }[] {
  const pairs = consecutivePeriods(appendix);
  return pairs.map(({ from, to }) =>
    pairs.length === 1
      ? { id: 'change', label: 'Tăng (+), giảm (-)', from, to }
      : { id: `change.${to.id}`, label: `Tăng (+), giảm (-) ${oneLine(from.label)} – ${oneLine(to.label)}`, from, to },
  );
}

function indicatorCells(ind: IndicatorDef, appendix: AppendixDef, values: Record<string, unknown>): DocCell[] {
  const agg = ind.aggregate;
  const periodCell = (p: PeriodDef): DocCell =>
    agg.kind === 'ratio'
      ? {
          kind: 'formula',
          formula: { op: 'rate', numerator: { row: agg.numerator, col: p.id }, denominator: { row: agg.denominator, col: p.id } },
          value: null,
          format: 'percent',
        }
      : { kind: 'number', value: finite(values[appendixKey(ind.id, p.id)]), format: 'integer' };
  return [
    ...appendix.periods.map(periodCell),
    ...changeColumns(appendix).map(
      (c): DocCell => ({
        kind: 'formula',
        formula: { op: 'sub', left: { row: ind.id, col: c.to.id }, right: { row: ind.id, col: c.from.id } },
        value: null,
        format: agg.kind === 'ratio' ? 'changePercent' : 'change',
      }),
    ),
  ];
}

export function indicatorTable(appendix: AppendixDef, values: Record<string, unknown>): DocTable {
  const columns: DocColumn[] = [
    { id: 'stt', label: 'STT', width: 6, align: 'center' },
    { id: 'label', label: 'Chỉ tiêu', width: 46, align: 'left' },
    { id: 'unit', label: 'Đơn vị tính', width: 10, align: 'center' },
    ...appendix.periods.map((p): DocColumn => ({ id: p.id, label: oneLine(p.label), width: 13, align: 'right' })),
    ...changeColumns(appendix).map((c): DocColumn => ({ id: c.id, label: c.label, width: 13, align: 'right' })),
  ];
  const rows: DocRow[] = [];
  appendix.groups.forEach((group, g) => {
    rows.push({ kind: 'group', id: `group.${group.id}`, label: roman(g + 1), text: oneLine(group.title) });
    group.indicators.forEach((ind, i) => {
      rows.push({
        kind: 'data',
        id: ind.id,
        bold: ind.level === 0,
        indent: ind.level,
        cells: [text(String(i + 1)), text(oneLine(ind.label)), text(oneLine(ind.unit)), ...indicatorCells(ind, appendix, values)],
      });
    });
  });
  // No title: the appendix heading above it already names the table.
  return resolveFormulas({ id: 'appendix', columns, rows });
}

const COUNT_WORDS = ['', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

/** "tại hai thời điểm: Tháng 10/2019 và Tháng 5/2023", "tại thời điểm: Tháng 6/2027": the points of a table. */
export function periodsPhrase(periods: readonly PeriodDef[]): string {
  const labels = periods.map((p) => oneLine(p.label));
  if (labels.length <= 1) return `tại thời điểm: ${labels[0] ?? ''}`;
  const count = COUNT_WORDS[labels.length] ?? String(labels.length);
  return `tại ${count} thời điểm: ${labels.slice(0, -1).join(', ')} và ${labels[labels.length - 1] ?? ''}`;
}

/** "2019-10" → "10/2019" */
export const formatMonth = (iso: string): string => {
  const m = /^(\d{4})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[2])}/${m[1]}` : oneLine(iso);
};

/** Every number and amount of the sections, grouped by section, as one column of period totals. */
export function activityTable(template: TemplateDef, values: Record<string, unknown>, period: { from: string; to: string }): DocTable | null {
  const columns: DocColumn[] = [
    { id: 'stt', label: 'STT', width: 6, align: 'center' },
    { id: 'label', label: 'Nội dung', width: 62, align: 'left' },
    { id: 'unit', label: 'Đơn vị tính', width: 14, align: 'center' },
    { id: 'value', label: 'Số lượng', width: 18, align: 'right' },
  ];
  const rows: DocRow[] = [];
  for (const section of template.sections) {
    const counts = section.fields.filter((f) => f.kind === 'integer' || f.kind === 'money');
    if (counts.length === 0) continue;
    rows.push({ kind: 'group', id: `group.${section.id}`, label: String(section.number), text: oneLine(section.title) });
    counts.forEach((f, i) => {
      const unit = f.kind === 'integer' || f.kind === 'money' ? f.unit : '';
      rows.push({
        kind: 'data',
        id: f.key,
        cells: [text(`${section.number}.${i + 1}`), text(oneLine(f.label)), text(oneLine(unit)), { kind: 'number', value: finite(values[f.key]), format: 'integer' }],
      });
    });
  }
  if (rows.length === 0) return null;
  return { id: 'activities', title: `Kết quả hoạt động giai đoạn ${formatMonth(period.from)} – ${formatMonth(period.to)}`, columns, rows };
}
