// Evaluates the template's rules (DHIS2-style "left op right") over a report's values. A rule whose
// fields are not all filled in is skipped; the required parts left empty (a narrative the template does
// not mark optional) are errors of their own, so that an empty report cannot be exported.
import type { Condition, Expr, FieldKey, Operator, RuleDef, TemplateDef } from '../campaign/model';
import { formatNumber } from '../format/vi';
import { rawInputMessage, rawRuleId, type RawInputs } from '../report/raw-inputs';
import type { ReportValues } from '../report/values';
import { requiredGaps } from './required';

export interface ValidationIssue {
  ruleId: string;
  severity: 'error' | 'warning';
  message: string;
  /** Where the problem shows; the first is where a link jumps. */
  fields: FieldKey[];
  /** For warnings: the written explanation, when the user has given one. */
  explanation: string | null;
}

export interface ValidationResult {
  issues: ValidationIssue[];
  errorCount: number;
  warningCount: number;
  /** Warnings still waiting for an explanation. Export needs errorCount = 0 and this = 0. */
  unexplainedCount: number;
}

/** An explanation shorter than this does not explain anything ("ok", "đúng"). */
export const MIN_EXPLANATION_LENGTH = 10;

export const isExplained = (text: string | undefined | null): boolean =>
  text != null && text.trim().length >= MIN_EXPLANATION_LENGTH;

function refs(expr: Expr, out: FieldKey[] = []): FieldKey[] {
  if ('ref' in expr) out.push(expr.ref);
  else if ('add' in expr) expr.add.forEach((e) => refs(e, out));
  else if ('sub' in expr || 'mul' in expr) ('sub' in expr ? expr.sub : expr.mul).forEach((e) => refs(e, out));
  else if ('abs' in expr) refs(expr.abs, out);
  return out;
}

/** The value of an expression, or null when a field it needs is empty. */
export function evaluate(expr: Expr, values: ReportValues): number | null {
  if ('num' in expr) return expr.num;
  if ('ref' in expr) {
    const v = values[expr.ref];
    return typeof v === 'number' ? v : null;
  }
  if ('abs' in expr) {
    const v = evaluate(expr.abs, values);
    return v === null ? null : Math.abs(v);
  }
  const parts = ('add' in expr ? expr.add : 'sub' in expr ? expr.sub : expr.mul).map((e) => evaluate(e, values));
  if (parts.some((p) => p === null)) return null;
  const nums = parts as number[];
  if ('add' in expr) return nums.reduce((a, b) => a + b, 0);
  const [a = 0, b = 0] = nums;
  return 'sub' in expr ? a - b : a * b;
}

// Counts are integers but rules may scale them (50% of a base): compare with a tolerance so that
// floating-point noise never raises a false error.
const EPSILON = 1e-9;

export function compare(left: number, op: Operator, right: number): boolean {
  const d = left - right;
  switch (op) {
    case '==':
      return Math.abs(d) <= EPSILON;
    case '!=':
      return Math.abs(d) > EPSILON;
    case '<':
      return d < -EPSILON;
    case '<=':
      return d <= EPSILON;
    case '>':
      return d > EPSILON;
    case '>=':
      return d >= -EPSILON;
  }
}

function holds(cond: Condition, values: ReportValues): { left: number; right: number; ok: boolean } | null {
  const left = evaluate(cond.left, values);
  const right = evaluate(cond.right, values);
  if (left === null || right === null) return null;
  return { left, right, ok: compare(left, cond.op, right) };
}

export function checkRule(rule: RuleDef, values: ReportValues): { left: number; right: number } | null {
  if (rule.when) {
    const w = holds(rule.when, values);
    if (!w?.ok) return null;
  }
  const r = holds(rule, values);
  return r && !r.ok ? { left: r.left, right: r.right } : null;
}

export const renderMessage = (template: string, left: number, right: number): string =>
  template.replace('{left}', formatNumber(left)).replace('{right}', formatNumber(right));

export function validateReport(
  template: TemplateDef,
  values: ReportValues,
  explanations: Record<string, string> = {},
  raw: RawInputs = {},
): ValidationResult {
  const issues: ValidationIssue[] = [];
  // A text kept as typed is not a value yet: an error at its field until it is corrected.
  for (const [key, cells] of Object.entries(raw)) {
    for (const [cell, text] of Object.entries(cells)) {
      issues.push({ ruleId: rawRuleId(key, cell), severity: 'error', message: rawInputMessage(template, key, cell, text), fields: [key], explanation: null });
    }
  }
  for (const rule of template.rules) {
    const failed = checkRule(rule, values);
    if (!failed) continue;
    const explanation = rule.severity === 'warning' ? (explanations[rule.id] ?? null) : null;
    issues.push({
      ruleId: rule.id,
      severity: rule.severity,
      message: renderMessage(rule.message, failed.left, failed.right),
      fields: rule.fields,
      explanation,
    });
  }
  // Required parts left empty come after the rules: they are the last thing a writer fills in.
  for (const gap of requiredGaps(template, values)) {
    issues.push({ ruleId: gap.ruleId, severity: 'error', message: gap.message, fields: [gap.field], explanation: null });
  }
  const errorCount = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.filter((i) => i.severity === 'warning');
  return {
    issues,
    errorCount,
    warningCount: warnings.length,
    unexplainedCount: warnings.filter((w) => !isExplained(w.explanation)).length,
  };
}

/** Every field a rule reads, for checking that a template's rules only name fields it has. */
export const ruleFields = (rule: RuleDef): FieldKey[] => [
  ...refs(rule.left),
  ...refs(rule.right),
  ...(rule.when ? [...refs(rule.when.left), ...refs(rule.when.right)] : []),
];
