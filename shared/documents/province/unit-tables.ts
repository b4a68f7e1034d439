// Tables with one row per unit and a totals row: the per-unit appendix of the province's report and
// the sheets of its consolidated workbook. Totals are SUM formulas over the unit rows and rates are
// formulas over the summed parts (never an average of the units' rates), so a spreadsheet recomputes
// both when someone corrects a unit's number.
import { appendixKey } from '../../campaign/keys';
import type { IndicatorDef, IndicatorGroup, PeriodDef, TemplateDef } from '../../campaign/model';
import type { CellRef, DocCell, DocColumn, DocRow, DocTable } from '../model';
import { resolveFormulas } from '../table';
import { oneLine } from '../text';

export interface UnitFigures {
  code: string;
  name: string;
  values: Readonly<Record<string, number>>;
}

/** A number column read from the units' values, or a rate over two other columns of the same table. */
export type ValueColumn =
  | { kind: 'value'; id: string; label: string; key: string }
  | { kind: 'rate'; id: string; label: string; numerator: string; denominator: string };

/** Tables up to this many rows fit a landscape page: kept whole rather than leaving a totals row alone. */
export const KEEP_TOGETHER_ROWS = 20;
export const TOTAL_ROW = 'total';
export const TOTAL_LABEL = 'Tổng cộng';
const rowId = (code: string): string => `u.${code}`;

/** "Trong đó: nữ" → "Nữ": inside a table whose title says what it counts, the lead-in only takes room. */
export function columnLabel(label: string): string {
  const s = oneLine(label).replace(/^Trong đó:\s*/i, '');
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

function unitCell(col: ValueColumn, unit: UnitFigures, row: string): DocCell {
  if (col.kind === 'rate') {
    return { kind: 'formula', formula: { op: 'rate', numerator: { row, col: col.numerator }, denominator: { row, col: col.denominator } }, value: null, format: 'percent' };
  }
  return { kind: 'number', value: unit.values[col.key] ?? null, format: 'integer' };
}

function totalCell(col: ValueColumn, unitRows: string[]): DocCell {
  if (col.kind === 'rate') {
    return { kind: 'formula', formula: { op: 'rate', numerator: { row: TOTAL_ROW, col: col.numerator }, denominator: { row: TOTAL_ROW, col: col.denominator } }, value: null, format: 'percent' };
  }
  const cells: CellRef[] = unitRows.map((row) => ({ row, col: col.id }));
  return { kind: 'formula', formula: { op: 'sum', cells }, value: null, format: 'integer' };
}

/** STT, unit, the value columns; one row per unit, then the totals row. */
export function unitTable(id: string, title: string | undefined, columns: ValueColumn[], units: UnitFigures[]): DocTable {
  const head: DocColumn[] = [
    { id: 'stt', label: 'STT', width: 5, align: 'center' },
    { id: 'unit', label: 'Đơn vị', width: 24, align: 'left' },
    // A few columns get room for their headings instead of leaving the unit column half the page.
    ...columns.map((c): DocColumn => ({ id: c.id, label: c.label, width: Math.max(10, Math.min(22, 70 / columns.length)), align: 'right' })),
  ];
  const unitRows = units.map((u) => rowId(u.code));
  const rows: DocRow[] = units.map((u, i) => ({
    kind: 'data',
    id: rowId(u.code),
    cells: [{ kind: 'text', text: String(i + 1) }, { kind: 'text', text: oneLine(u.name) }, ...columns.map((c) => unitCell(c, u, rowId(u.code)))],
  }));
  rows.push({
    kind: 'data',
    id: TOTAL_ROW,
    bold: true,
    cells: [{ kind: 'text', text: '' }, { kind: 'text', text: TOTAL_LABEL }, ...columns.map((c) => totalCell(c, unitRows))],
  });
  return resolveFormulas({ id, ...(title ? { title } : {}), columns: head, rows, keepTogether: rows.length <= KEEP_TOGETHER_ROWS });
}

/**
 * The columns of an indicator group at the given dates: each indicator's dates side by side. A rate
 * whose parts live in another group brings those parts along, since a formula can only read its table.
 */
export function groupColumns(template: TemplateDef, group: IndicatorGroup, periods: PeriodDef[]): ValueColumn[] {
  const all = template.appendix.groups.flatMap((g) => g.indicators);
  const inGroup = new Set(group.indicators.map((i) => i.id));
  const indicators: IndicatorDef[] = [];
  for (const ind of group.indicators) {
    if (ind.aggregate.kind === 'ratio') {
      for (const part of [ind.aggregate.numerator, ind.aggregate.denominator]) {
        const def = all.find((i) => i.id === part);
        if (def && !inGroup.has(part) && !indicators.includes(def)) indicators.push(def);
      }
    }
    indicators.push(ind);
  }
  const several = periods.length > 1;
  return indicators.flatMap((ind) =>
    periods.map((p): ValueColumn => {
      const id = `${ind.id}.${p.id}`;
      const label = several ? `${columnLabel(ind.label)} (${oneLine(p.label)})` : columnLabel(ind.label);
      return ind.aggregate.kind === 'ratio'
        ? { kind: 'rate', id, label, numerator: `${ind.aggregate.numerator}.${p.id}`, denominator: `${ind.aggregate.denominator}.${p.id}` }
        : { kind: 'value', id, label, key: appendixKey(ind.id, p.id) };
    }),
  );
}

/** The numbers of the sections (counts and amounts), by section, as value columns. */
export function activitySections(template: TemplateDef): { sectionNumber: number; columns: ValueColumn[] }[] {
  return template.sections
    .map((s) => ({
      sectionNumber: s.number,
      columns: s.fields
        .filter((f) => (f.kind === 'integer' || f.kind === 'money') && f.aggregate.kind === 'sum')
        .map((f): ValueColumn => ({ kind: 'value', id: f.key, label: oneLine(f.label), key: f.key })),
    }))
    .filter((s) => s.columns.length > 0);
}

/** Packs whole sections into tables of at most `max` value columns, so that a portrait-wide page still reads. */
export function packSections(sections: { sectionNumber: number; columns: ValueColumn[] }[], max: number): { numbers: number[]; columns: ValueColumn[] }[] {
  const packs: { numbers: number[]; columns: ValueColumn[] }[] = [];
  for (const s of sections) {
    const last = packs[packs.length - 1];
    if (last && last.columns.length + s.columns.length <= max) {
      last.numbers.push(s.sectionNumber);
      last.columns.push(...s.columns);
    } else {
      packs.push({ numbers: [s.sectionNumber], columns: [...s.columns] });
    }
  }
  return packs;
}
