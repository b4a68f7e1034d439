// What the template requires before a report may be signed: every narrative not marked `optional`,
// and at least something in every section that has a required field. An empty report is incomplete
// while it is being written; at export it is an error, so that "(chưa có nội dung)" never goes out.
import type { SectionDef, TemplateDef } from '../campaign/model';
import { hasContent } from '../documents/fields';
import { oneLine } from '../documents/text';
import type { ReportValues } from '../report/values';

export interface RequiredGap {
  /** "required.<field key>" for a narrative, "required.<section id>" for a section with nothing in it. */
  ruleId: string;
  message: string;
  /** The field where a link jumps. */
  field: string;
}

const sectionName = (s: SectionDef): string => `Mục ${s.number} «${oneLine(s.title)}»`;

export function requiredGaps(template: TemplateDef, values: ReportValues): RequiredGap[] {
  const gaps: RequiredGap[] = [];
  for (const section of template.sections) {
    const required = section.fields.filter((f) => f.optional !== true);
    const first = required[0];
    if (!first) continue;
    const narratives = required.filter((f) => f.kind === 'narrative' && !hasContent(f, values[f.key]));
    for (const f of narratives) {
      gaps.push({
        ruleId: `required.${f.key}`,
        message: `${sectionName(section)}: chưa viết «${oneLine(f.label)}». Báo cáo không để trống phần này; hãy viết nội dung trước khi xuất.`,
        field: f.key,
      });
    }
    // A section without narratives (a list of lessons) must still say something.
    const empty = !section.fields.some((f) => hasContent(f, values[f.key]));
    if (empty && narratives.length === 0) {
      gaps.push({
        ruleId: `required.${section.id}`,
        message: `${sectionName(section)} chưa có nội dung. Hãy điền phần này trước khi xuất.`,
        field: first.key,
      });
    }
  }
  return gaps;
}
