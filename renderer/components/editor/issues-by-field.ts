// Spreads validation issues onto the fields they name: the first field carries the message, the others
// point to it.
import { fieldLabel } from '../../../shared/campaign/fields';
import type { TemplateDef } from '../../../shared/campaign/model';
import type { ValidationResult } from '../../../shared/validation/engine';
import type { FieldIssue } from '../fields/IssueNotes';

export function issuesByField(template: TemplateDef, validation: ValidationResult): Map<string, FieldIssue[]> {
  const map = new Map<string, FieldIssue[]>();
  for (const issue of validation.issues) {
    const primary = issue.fields[0];
    if (primary === undefined) continue;
    issue.fields.forEach((key, i) => {
      const list = map.get(key) ?? [];
      list.push({
        ruleId: issue.ruleId,
        severity: issue.severity,
        message: issue.message,
        primary: i === 0,
        primaryLabel: fieldLabel(template, primary),
        primaryKey: primary,
        explanation: issue.explanation,
      });
      map.set(key, list);
    });
  }
  return map;
}
