// A few totals in the manifest, so that the province's tracker can show them without opening the report.
import type { TemplateDef } from '../../../shared/campaign/model';
import { appendixKey, lastPeriod } from '../../../shared/campaign/keys';
import type { PartProgress } from '../../../shared/report/progress';
import type { ReportValues } from '../../../shared/report/values';
import type { ValidationResult } from '../../../shared/validation/engine';

export function packageSummary(template: TemplateDef, values: ReportValues, v: ValidationResult, progress: PartProgress[]): Record<string, number> {
  const filled = progress.reduce((a, p) => a + p.filled, 0);
  const total = progress.reduce((a, p) => a + p.total, 0);
  const summary: Record<string, number> = {
    errors: v.errorCount,
    warnings: v.warningCount,
    completePercent: total ? Math.round((filled / total) * 100) : 0,
  };
  const last = lastPeriod(template.appendix).id;
  for (const group of template.appendix.groups) {
    for (const ind of group.indicators) {
      const value = values[appendixKey(ind.id, last)];
      if (ind.level === 0 && typeof value === 'number') summary[`${ind.id}.${last}`] = value;
    }
  }
  return summary;
}
