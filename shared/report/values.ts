// What a report field may hold, derived from the template, so that the editor, the CLI and the package
// import all refuse the same bad values with the same Vietnamese messages.
import { z } from 'zod';
import { fieldIndex, type FieldEntry } from '../campaign/fields';
import type { ColumnDef, FieldDef, FieldKey, TemplateDef } from '../campaign/model';
import { AppError } from '../errors';
import { formatNumber, parseVietnameseNumber } from '../format/vi';

export type TableRow = Record<string, string | number | null>;
export type FieldValue = string | number | string[] | TableRow[];
export type ReportValues = Record<FieldKey, FieldValue>;

// Characters that XML 1.0 forbids (pasted from other programs) would make a DOCX that Word must repair.
// A vertical tab is Word's manual line break and stays a line break; any other control becomes a space,
// never nothing, so that the words on either side do not run together ("Word\u0007ngày" → "Word ngày").
// Lone surrogates and non-characters are removed. Tabs and newlines are kept.
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN_CONTROL = /[\u0000-\u0008\u000C\u000E-\u001F]/g;
const XML_FORBIDDEN_OTHER = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Normalises text the way it is stored: NFC, Unix newlines, no XML-forbidden characters. */
export const cleanText = (s: string): string =>
  // eslint-disable-next-line no-control-regex -- the vertical tab is exactly what is looked for
  s.replace(/\r\n?|\u000B/g, '\n').replace(XML_FORBIDDEN_CONTROL, ' ').replace(XML_FORBIDDEN_OTHER, '').normalize('NFC');

const text = (max: number, multiline: boolean) =>
  z
    .string({ error: 'Phải là chữ (chuỗi ký tự).' })
    .transform((s) => {
      const c = cleanText(s);
      return multiline ? c : c.replace(/\s*\n\s*/g, ' ');
    })
    .pipe(z.string().max(max, `Quá dài: tối đa ${formatNumber(max)} ký tự.`));

const count = (max: number) =>
  z
    .number({ error: 'Phải là một số (không phải chữ).' })
    .int('Phải là số nguyên (không có phần lẻ).')
    .min(0, 'Không được là số âm.')
    .max(max, `Quá lớn: tối đa ${formatNumber(max)}.`);

const ISO_DATE = z
  .string({ error: 'Ngày phải viết dạng YYYY-MM-DD.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải viết dạng YYYY-MM-DD.')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'Ngày không có thật.');

function columnSchema(col: ColumnDef): z.ZodType<string | number | null> {
  switch (col.kind) {
    case 'text':
      return col.required ? text(col.maxLength, false) : text(col.maxLength, false).nullable();
    case 'number':
      return (col.integer
        ? count(1_000_000_000)
        : z.number({ error: 'Phải là một số (không phải chữ).' }).min(0, 'Không được là số âm.').max(1_000_000_000_000, `Quá lớn: tối đa ${formatNumber(1_000_000_000_000)}.`)
      ).nullable();
    case 'date':
      return ISO_DATE.nullable();
  }
}

function defSchema(def: FieldDef): z.ZodType<FieldValue> {
  switch (def.kind) {
    case 'narrative':
      return text(def.maxLength, true);
    case 'text':
      return text(def.maxLength, false);
    case 'integer':
    case 'money':
      return count(def.max);
    case 'choices': {
      const ids = def.options.map((o) => o.id) as [string, ...string[]];
      return z
        .array(z.enum(ids, { error: `Chỉ được chọn trong: ${def.options.map((o) => o.label).join(', ')}.` }))
        .refine((a) => new Set(a).size === a.length, 'Một lựa chọn bị lặp lại.');
    }
    case 'table': {
      const row = z.object(Object.fromEntries(def.columns.map((c) => [c.id, columnSchema(c)]))).strict();
      return z.array(row).max(def.maxRows, `Tối đa ${def.maxRows} dòng.`) as z.ZodType<TableRow[]>;
    }
  }
}

const schemaCache = new WeakMap<FieldEntry, z.ZodType<FieldValue>>();

function entrySchema(entry: FieldEntry): z.ZodType<FieldValue> {
  let s = schemaCache.get(entry);
  if (!s) {
    s = 'def' in entry ? defSchema(entry.def) : count(10_000_000);
    schemaCache.set(entry, s);
  }
  return s;
}

/** The empty value of every kind: stored as "no value", so progress and rules see the field as unfilled. */
export function isEmptyValue(value: FieldValue | null | undefined): boolean {
  if (value == null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => {
      const where = i.path.length ? `dòng ${Number(i.path[0]) + 1}${i.path[1] !== undefined ? `, cột «${String(i.path[1])}»` : ''}: ` : '';
      const msg = i.code === 'unrecognized_keys' ? `có cột không biết: ${i.keys.join(', ')}.` : i.message;
      return `${where}${msg}`;
    })
    .join(' ');
}

/**
 * Parses one field value for the template, or throws an AppError that names the field in Vietnamese.
 * `null` (or an empty value) means "clear the field".
 */
export function parseFieldValue(template: TemplateDef, key: FieldKey, raw: unknown): FieldValue | null {
  const entry = fieldIndex(template).get(key);
  if (!entry) throw new AppError('E_FIELD_UNKNOWN', `Không có ô «${key}» trong mẫu báo cáo này.`, { field: key });
  if (raw === null) return null;
  const result = entrySchema(entry).safeParse(raw);
  if (!result.success) {
    throw new AppError('E_FIELD_VALUE', `Ô «${entry.label}»: ${describeIssues(result.error)}`, { field: key });
  }
  return isEmptyValue(result.data) ? null : result.data;
}

/** Reads a number-valued field, or null when it is empty or not a number. */
export function numberValue(values: ReportValues, key: FieldKey): number | null {
  const v = values[key];
  return typeof v === 'number' ? v : null;
}

/**
 * Why a text kept as typed in one cell ("" for a one-value field, "row:column" in a table) is not a
 * value, in the words the services use when they refuse it ("Quá lớn: tối đa 10.000.000."), or null
 * when it simply cannot be read. A number is read the Vietnamese way, as the editor reads it.
 */
export function keptTextRefusal(template: TemplateDef, key: FieldKey, cell: string, text: string): string | null {
  const entry = fieldIndex(template).get(key);
  if (!entry) return null;
  let schema: z.ZodType<unknown>;
  let numeric: boolean;
  if (cell === '') {
    const kind = 'def' in entry ? entry.def.kind : 'integer';
    if (kind === 'choices' || kind === 'table') return null;
    schema = entrySchema(entry);
    numeric = kind === 'integer' || kind === 'money';
  } else {
    const column = 'def' in entry && entry.def.kind === 'table' ? entry.def.columns.find((c) => c.id === cell.split(':')[1]) : undefined;
    if (!column || column.kind === 'date') return null;
    schema = columnSchema(column);
    numeric = column.kind === 'number';
  }
  const input = numeric ? parseVietnameseNumber(text) : text;
  if (input === null || (typeof input === 'number' && Number.isNaN(input))) return null;
  const result = schema.safeParse(input);
  return result.success ? null : (result.error.issues[0]?.message ?? null);
}

/** Why a table column refuses a value the editor could read (a number over the column's limit), or null. */
export function columnRefusal(col: ColumnDef, value: string | number | null): string | null {
  const result = columnSchema(col).safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? null);
}
