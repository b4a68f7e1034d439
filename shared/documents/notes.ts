// Warnings that the unit explained travel with the report: each explanation is printed where the
// reader meets the figure — under the section that holds the field, or under the appendix tables.
import { fieldIndex } from '../campaign/fields';
import { appendixKey } from '../campaign/keys';
import type { TemplateDef } from '../campaign/model';
import { formatNumber } from '../format/vi';
import type { ReportValues } from '../report/values';
import { validateReport } from '../validation/engine';
import type { Block } from './model';
import { oneLine } from './text';

export const NOTES_TITLE = 'Giải trình số liệu';

/** What the figure is, in words a reader understands: the indicator at every point in time for the appendix. */
function describeField(template: TemplateDef, key: string, values: Record<string, unknown>): string {
  const entry = fieldIndex(template).get(key);
  if (!entry) return key;
  if (!('indicator' in entry)) return oneLine(entry.label);
  const atPoints = template.appendix.periods
    .map((p) => {
      const v = values[appendixKey(entry.indicator.id, p.id)];
      return typeof v === 'number' && Number.isFinite(v) ? `${oneLine(p.label)}: ${formatNumber(v)}` : null;
    })
    .filter((s): s is string => s !== null);
  return atPoints.length ? `${oneLine(entry.indicator.label)} (${atPoints.join('; ')})` : oneLine(entry.indicator.label);
}

/** Explained warnings by part: a section id, or "appendix". Each line is "what: why". */
export function explanationsByPart(
  template: TemplateDef,
  values: Record<string, unknown>,
  explanations: Record<string, unknown>,
): Map<string, string[]> {
  const byPart = new Map<string, string[]>();
  // The engine only reads numbers with typeof checks, so unvalidated values are safe to pass.
  const { issues } = validateReport(template, values as ReportValues);
  for (const issue of issues) {
    const raw = explanations[issue.ruleId];
    const text = typeof raw === 'string' ? oneLine(raw) : '';
    const key = issue.fields[0];
    if (issue.severity !== 'warning' || text === '' || !key) continue;
    const part = fieldIndex(template).get(key)?.sectionId ?? 'appendix';
    const lines = byPart.get(part) ?? [];
    lines.push(`${describeField(template, key, values)}: ${text}`);
    byPart.set(part, lines);
  }
  return byPart;
}

/** The notes as blocks: a bold italic title, then one bullet per explanation. */
export function noteBlocks(lines: string[]): Block[] {
  if (lines.length === 0) return [];
  return [
    { kind: 'paragraph', runs: [{ text: `${NOTES_TITLE}:`, bold: true, italic: true }], keepWithNext: true },
    ...lines.map((text): Block => ({ kind: 'bullet', runs: [{ text }] })),
  ];
}
