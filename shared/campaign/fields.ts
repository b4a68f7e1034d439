// One flat view of every field of a template, appendix cells included, so that validation, saving,
// progress and documents all look fields up the same way.
import { appendixKey } from './keys';
import type { FieldDef, FieldKey, IndicatorDef, PeriodDef, TemplateDef } from './model';

export type FieldEntry =
  | { key: FieldKey; label: string; sectionId: string; def: FieldDef }
  | { key: FieldKey; label: string; sectionId: 'appendix'; indicator: IndicatorDef; period: PeriodDef };

const cache = new WeakMap<TemplateDef, Map<FieldKey, FieldEntry>>();

/** Every input field of the template by key, in document order. Computed indicators are not inputs. */
export function fieldIndex(template: TemplateDef): Map<FieldKey, FieldEntry> {
  const cached = cache.get(template);
  if (cached) return cached;
  const index = new Map<FieldKey, FieldEntry>();
  for (const section of template.sections) {
    for (const def of section.fields) index.set(def.key, { key: def.key, label: def.label, sectionId: section.id, def });
  }
  for (const group of template.appendix.groups) {
    for (const indicator of group.indicators) {
      if (indicator.aggregate.kind !== 'sum') continue;
      for (const period of template.appendix.periods) {
        const key = appendixKey(indicator.id, period.id);
        index.set(key, { key, label: `${indicator.label} (${period.label})`, sectionId: 'appendix', indicator, period });
      }
    }
  }
  cache.set(template, index);
  return index;
}

export function fieldLabel(template: TemplateDef, key: FieldKey): string {
  return fieldIndex(template).get(key)?.label ?? key;
}
