// Two revisions of one unit's report, field by field: every input field of the template (narratives,
// texts, choices, table cells, appendix values) and every written explanation, old beside new. Pure,
// so that the comparison the province reads is the one the tests check.
import { fieldIndex, type FieldEntry } from '../campaign/fields';
import type { FieldDef, TemplateDef } from '../campaign/model';
import { formatNumber, formatShortDate } from '../format/vi';
import { cleanText } from '../report/values';

export type ChangeKind = 'narrative' | 'text' | 'number' | 'choices' | 'table' | 'appendix' | 'explanation' | 'unknown';

/** One changed cell of a table field: its row (1-based, as the unit sees it) and column. */
export interface CellChange {
  row: number;
  column: string;
  old: string;
  new: string;
}

export interface FieldChange {
  key: string;
  label: string;
  /** The section id, "appendix", or "explanations": where the field sits in the report. */
  part: string;
  kind: ChangeKind;
  /** The whole value as it reads, '' when empty. For tables, one line per row. */
  old: string;
  new: string;
  /** Tables only: the cells that differ. */
  cells?: CellChange[];
}

type Values = Readonly<Record<string, unknown>>;
type Row = Record<string, unknown>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRow = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);

function scalarText(v: unknown): string {
  if (typeof v === 'number' && Number.isFinite(v)) return formatNumber(v);
  if (typeof v === 'string') return ISO_DATE.test(v) ? formatShortDate(v) : cleanText(v).trim();
  if (typeof v === 'boolean') return v ? 'có' : 'không';
  return '';
}

function choicesText(def: FieldDef & { kind: 'choices' }, v: unknown): string {
  if (!Array.isArray(v)) return '';
  return def.options.filter((o) => v.includes(o.id)).map((o) => o.label).join('; ');
}

const rowsOf = (v: unknown): Row[] => (Array.isArray(v) ? v.filter(isRow) : []);

function tableText(def: FieldDef & { kind: 'table' }, v: unknown): string {
  return rowsOf(v)
    .map((r) => def.columns.map((c) => scalarText(r[c.id])).filter((t) => t !== '').join(' – '))
    .filter((line) => line !== '')
    .join('\n');
}

function tableCells(def: FieldDef & { kind: 'table' }, a: unknown, b: unknown): CellChange[] {
  const ra = rowsOf(a);
  const rb = rowsOf(b);
  const out: CellChange[] = [];
  for (let i = 0; i < Math.max(ra.length, rb.length); i++) {
    for (const c of def.columns) {
      const o = scalarText(ra[i]?.[c.id]);
      const n = scalarText(rb[i]?.[c.id]);
      if (o !== n) out.push({ row: i + 1, column: c.label, old: o, new: n });
    }
  }
  return out;
}

function entryChange(entry: FieldEntry, a: unknown, b: unknown): FieldChange | null {
  const base = { key: entry.key, label: entry.label, part: entry.sectionId };
  if (entry.sectionId === 'appendix' || !('def' in entry)) {
    const o = scalarText(a);
    const n = scalarText(b);
    return o === n ? null : { ...base, kind: 'appendix', old: o, new: n };
  }
  const def = entry.def;
  switch (def.kind) {
    case 'table': {
      const cells = tableCells(def, a, b);
      return cells.length ? { ...base, kind: 'table', old: tableText(def, a), new: tableText(def, b), cells } : null;
    }
    case 'choices': {
      const o = choicesText(def, a);
      const n = choicesText(def, b);
      return o === n ? null : { ...base, kind: 'choices', old: o, new: n };
    }
    case 'integer':
    case 'money': {
      const o = scalarText(a);
      const n = scalarText(b);
      return o === n ? null : { ...base, kind: 'number', old: o, new: n };
    }
    case 'narrative':
    case 'text': {
      const o = scalarText(a);
      const n = scalarText(b);
      return o === n ? null : { ...base, kind: def.kind, old: o, new: n };
    }
  }
}

/**
 * Every difference between `from` and `to`, in the template's order; then keys the template does not
 * know (an older template version) and the explanations by rule. Nothing a revision changed is left out.
 */
export function compareReports(
  template: TemplateDef,
  from: { values: Values; explanations: Readonly<Record<string, string>> },
  to: { values: Values; explanations: Readonly<Record<string, string>> },
): FieldChange[] {
  const index = fieldIndex(template);
  const changes: FieldChange[] = [];
  for (const entry of index.values()) {
    const c = entryChange(entry, from.values[entry.key], to.values[entry.key]);
    if (c) changes.push(c);
  }
  const unknown = [...new Set([...Object.keys(from.values), ...Object.keys(to.values)])].filter((k) => !index.has(k)).sort();
  for (const key of unknown) {
    const o = JSON.stringify(from.values[key] ?? null);
    const n = JSON.stringify(to.values[key] ?? null);
    if (o !== n) changes.push({ key, label: key, part: 'unknown', kind: 'unknown', old: from.values[key] === undefined ? '' : o, new: to.values[key] === undefined ? '' : n });
  }
  const rules = [...new Set([...Object.keys(from.explanations), ...Object.keys(to.explanations)])].sort();
  for (const rule of rules) {
    const o = (from.explanations[rule] ?? '').trim();
    const n = (to.explanations[rule] ?? '').trim();
    if (o === n) continue;
    // An explanation answers a rule about a field: it is named by that field (the renderer says "explanation").
    const first = template.rules.find((r) => r.id === rule)?.fields[0];
    const label = first ? (index.get(first)?.label ?? first) : rule;
    changes.push({ key: `explain:${rule}`, label, part: 'explanations', kind: 'explanation', old: o, new: n });
  }
  return changes;
}
