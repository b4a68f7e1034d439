// How far each part of the report is filled in, for the home page and the editor's side list.
import { fieldIndex } from '../campaign/fields';
import type { TemplateDef } from '../campaign/model';
import { isEmptyValue, type ReportValues } from './values';

export interface PartProgress {
  /** A section id (s1…s10) or "appendix". */
  partId: string;
  filled: number;
  total: number;
}

export function reportProgress(template: TemplateDef, values: ReportValues): PartProgress[] {
  const parts = new Map<string, PartProgress>();
  for (const s of template.sections) parts.set(s.id, { partId: s.id, filled: 0, total: 0 });
  parts.set('appendix', { partId: 'appendix', filled: 0, total: 0 });
  for (const entry of fieldIndex(template).values()) {
    if ('def' in entry && entry.def.optional) continue;
    const p = parts.get(entry.sectionId);
    if (!p) continue;
    p.total += 1;
    if (!isEmptyValue(values[entry.key])) p.filled += 1;
  }
  return [...parts.values()];
}

/** Sections with nothing written in them: the documents print "(chưa có nội dung)" and review lists them. */
export const emptyParts = (progress: PartProgress[]): string[] =>
  progress.filter((p) => p.total > 0 && p.filled === 0).map((p) => p.partId);
