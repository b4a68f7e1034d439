// The state of each part of the report for the side list and the home page: how much is filled in,
// and how many problems point into it.
import type { TemplateDef } from '../../../shared/campaign/model';
import type { PartProgress } from '../../../shared/report/progress';
import type { ValidationResult } from '../../../shared/validation/engine';
import { isExplained } from '../../../shared/validation/engine';
import { partOfField } from '../../routing/route';

export interface PartSummary {
  id: string;
  /** "1", "2", … or "" for the appendix. */
  number: string;
  title: string;
  filled: number;
  total: number;
  state: 'empty' | 'partial' | 'done';
  errors: number;
  /** Warnings still waiting for an explanation. */
  warnings: number;
}

export function partSummaries(template: TemplateDef, progress: PartProgress[], validation: ValidationResult, appendixTitle: string): PartSummary[] {
  const parts = [
    ...template.sections.map((s) => ({ id: s.id, number: String(s.number), title: s.title })),
    { id: 'appendix', number: '', title: appendixTitle },
  ];
  return parts.map((p) => {
    const pr = progress.find((x) => x.partId === p.id) ?? { filled: 0, total: 0 };
    const mine = validation.issues.filter((i) => i.fields[0] !== undefined && partOfField(i.fields[0]) === p.id);
    return {
      ...p,
      filled: pr.filled,
      total: pr.total,
      state: pr.filled === 0 ? 'empty' : pr.filled >= pr.total ? 'done' : 'partial',
      errors: mine.filter((i) => i.severity === 'error').length,
      warnings: mine.filter((i) => i.severity === 'warning' && !isExplained(i.explanation)).length,
    };
  });
}
