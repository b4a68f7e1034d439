// The compilation view: for each of the ten sections, every unit's text side by side with its source
// (unit, revision, manifest hash), beside the province's own text and the passages already taken from
// the units. Numbers are not here: they are added up, not compiled.
import type { FieldDef, TemplateDef } from '../campaign/model';
import { tableRows, listItems, isListTable } from '../documents/fields';
import { oneLine } from '../documents/text';
import { formatNumber, formatShortDate } from '../format/vi';
import type { UnitReport, UnitResult, UnitStatus } from './types';

export type CompiledKind = 'narrative' | 'text' | 'choices' | 'table';

/**
 * A passage as it is structured, for reading: paragraphs and list lines as the unit wrote them, a
 * table as a table (never one run-on line).
 */
export type PassageBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullet'; text: string }
  | { kind: 'table'; columns: string[]; rows: string[][] };

export interface Passage {
  unitCode: string;
  unitName: string;
  status: UnitStatus;
  counted: boolean;
  revision: number;
  manifestSha256: string;
  /** The text as it reads; table rows one per line. */
  text: string;
  /** The same passage with its structure, for the page. */
  blocks: PassageBlock[];
}

export interface SourceRecord {
  fieldKey: string;
  unitCode: string;
  revision: number;
  manifestSha256: string;
  insertedAt: string;
}

export interface CompiledField {
  key: string;
  label: string;
  kind: CompiledKind;
  /** Narratives and tables take a unit's passage into the province's report. */
  insertable: boolean;
  /** The province's own text of this field, as it reads now. */
  own: string;
  ownBlocks: PassageBlock[];
  passages: Passage[];
  /** Passages already taken from units into the province's field. */
  inserted: SourceRecord[];
}

export interface CompiledSection {
  id: string;
  number: number;
  title: string;
  fields: CompiledField[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function cellText(v: unknown): string {
  if (typeof v === 'number' && Number.isFinite(v)) return formatNumber(v);
  if (typeof v === 'string') return ISO_DATE.test(v) ? formatShortDate(v) : oneLine(v);
  return '';
}

/** A field's value as plain text, whatever a package holds; '' when it says nothing. */
export function fieldText(def: FieldDef, value: unknown): string {
  switch (def.kind) {
    case 'narrative':
      return typeof value === 'string' ? value.trim() : '';
    case 'text':
      return typeof value === 'string' ? oneLine(value) : '';
    case 'choices':
      return Array.isArray(value) ? def.options.filter((o) => value.includes(o.id)).map((o) => o.label).join('; ') : '';
    case 'table':
      if (isListTable(def)) return listItems(def, value).map((t) => `- ${t}`).join('\n');
      return tableRows(def, value)
        .map((r) => `- ${def.columns.map((c) => cellText(r[c.id])).filter((t) => t !== '').join(' – ')}`)
        .join('\n');
    case 'integer':
    case 'money':
      return '';
  }
}

const BULLET = /^[-–•]\s+/;

/** The lines of a text: "- " lines are list lines, others paragraphs; blank lines only separate. */
function textBlocks(text: string): PassageBlock[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && l !== '-')
    .map((l): PassageBlock => (BULLET.test(l) ? { kind: 'bullet', text: l.replace(BULLET, '') } : { kind: 'paragraph', text: oneLine(l) }));
}

/** A field's value with its structure; empty when it says nothing. */
export function fieldBlocks(def: FieldDef, value: unknown): PassageBlock[] {
  if (def.kind === 'table') {
    if (isListTable(def)) return listItems(def, value).map((text) => ({ kind: 'bullet', text }));
    const rows = tableRows(def, value).map((r) => def.columns.map((c) => cellText(r[c.id])));
    return rows.length ? [{ kind: 'table', columns: def.columns.map((c) => oneLine(c.label)), rows }] : [];
  }
  if (def.kind === 'narrative') return textBlocks(fieldText(def, value));
  const text = fieldText(def, value);
  return text ? [{ kind: 'paragraph', text }] : [];
}

const compiledKind = (def: FieldDef): CompiledKind | null => (def.kind === 'integer' || def.kind === 'money' ? null : def.kind);

export function compileSections(
  template: TemplateDef,
  units: UnitResult[],
  reportOf: (unitCode: string) => UnitReport | null,
  own: Readonly<Record<string, unknown>>,
  inserted: SourceRecord[],
): CompiledSection[] {
  const withData = units
    .map((u) => ({ u, report: u.source ? reportOf(u.unitCode) : null }))
    .filter((x): x is { u: UnitResult; report: UnitReport } => x.report !== null && x.u.source !== null);
  return template.sections.map((section) => ({
    id: section.id,
    number: section.number,
    title: oneLine(section.title),
    fields: section.fields.flatMap((def): CompiledField[] => {
      const kind = compiledKind(def);
      if (!kind) return [];
      const passages = withData
        .map(({ u, report }): Passage => ({
          unitCode: u.unitCode,
          unitName: u.unitName,
          status: u.status,
          counted: u.counted,
          revision: u.source?.revision ?? 0,
          manifestSha256: u.source?.manifestSha256 ?? '',
          text: fieldText(def, report.values[def.key]),
          blocks: fieldBlocks(def, report.values[def.key]),
        }))
        .filter((p) => p.text !== '');
      return [
        {
          key: def.key,
          label: oneLine(def.label),
          kind,
          insertable: kind === 'narrative' || kind === 'table',
          own: fieldText(def, own[def.key]),
          ownBlocks: fieldBlocks(def, own[def.key]),
          passages,
          inserted: inserted.filter((s) => s.fieldKey === def.key),
        },
      ];
    }),
  }));
}
