// What a user typed that cannot be read as the field's value ("4 người" in a count, "31/02/2020" in a
// date): kept exactly as typed beside the report's values, so that nothing typed is lost, and reported
// by validation as an error at its cell, which blocks export until it is corrected.
import { z } from 'zod';
import { fieldIndex } from '../campaign/fields';
import type { FieldKey, TemplateDef } from '../campaign/model';
import { keptTextRefusal } from './values';

/** Typed texts of one field by cell: "row:column" (row from 0) in a table, "" for a one-value field. */
export type RawCells = Record<string, string>;
export type RawInputs = Record<FieldKey, RawCells>;

export const CELL_KEY = /^(|\d{1,4}:[A-Za-z0-9_-]{1,40})$/;

// A table cell's text is short; a one-value field's may be a narrative refused for being too long,
// kept whole all the same.
export const RawCellsSchema = z
  .record(z.string().regex(CELL_KEY, 'Ô không hợp lệ.'), z.string().max(200_000, 'Tối đa 200.000 ký tự.'))
  .refine((r) => Object.keys(r).length <= 2_000, 'Quá nhiều ô.')
  .refine((r) => Object.entries(r).every(([cell, text]) => cell === '' || text.length <= 2_000), 'Một ô của bảng có tối đa 2.000 ký tự.');

export const RAW_RULE_PREFIX = 'input:';
export const rawRuleId = (key: FieldKey, cell: string): string => `${RAW_RULE_PREFIX}${key}:${cell}`;
export const isRawRule = (ruleId: string): boolean => ruleId.startsWith(RAW_RULE_PREFIX);

/** Where the text sits, in words: "Ô «Số lớp», dòng 2, cột «Số người»". */
export function rawCellPlace(template: TemplateDef, key: FieldKey, cell: string): string {
  const entry = fieldIndex(template).get(key);
  const label = entry?.label ?? key;
  if (cell === '') return `Ô «${label}»`;
  const [row = '0', col = ''] = cell.split(':');
  const column = entry && 'def' in entry && entry.def.kind === 'table' ? (entry.def.columns.find((c) => c.id === col)?.label ?? col) : col;
  return `Ô «${label}», dòng ${Number(row) + 1}, cột «${column}»`;
}

/** One Vietnamese sentence per kept text, for validation: why it is not a value, when that is known. */
export function rawInputMessage(template: TemplateDef, key: FieldKey, cell: string, text: string): string {
  const refusal = keptTextRefusal(template, key, cell, text);
  const shown = text.trim().length > 60 ? `${text.trim().slice(0, 60)}…` : text.trim();
  return refusal
    ? `${rawCellPlace(template, key, cell)}: «${shown}» chưa lưu được thành số liệu: ${refusal} Đã giữ nguyên như đã gõ, hãy sửa lại.`
    : `${rawCellPlace(template, key, cell)}: «${shown}» chưa đọc được, hãy sửa lại (đã giữ nguyên như đã gõ).`;
}
