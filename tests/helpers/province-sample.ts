// The Tam Đường sample varied per unit, so that a province's totals mean something: each unit gets a
// different size and a different make-up (more women here, more party members there), so that an
// average of the units' rates differs from the rate of the summed parts. Every variant stays valid
// under the template's error rules, and each warning it raises gets an explanation.
import { appendixKey } from '../../shared/campaign/keys';
import { campaign1563 } from '../../shared/campaign/builtin/campaign-1563';
import type { ReportValues } from '../../shared/report/values';
import { validateReport } from '../../shared/validation/engine';
import { GOOD_SAMPLE, readFixture, type DraftFixture } from './fixtures';

const sample = readFixture(GOOD_SAMPLE);
const num = (key: string): number => {
  const v = sample.values[key];
  if (typeof v !== 'number') throw new Error(`sample has no number at ${key}`);
  return v;
};

/** Values of unit number `i` (0, 1, 2, …): the sample scaled by 1–3 with unit-specific offsets. */
export function variedValues(i: number): Record<string, unknown> {
  const k = 1 + (i % 3);
  const d = i;
  const v: Record<string, unknown> = { ...sample.values };
  const set = (key: string, value: number) => {
    v[key] = value;
  };
  for (const p of ['start', 'end'] as const) {
    const pl = (id: string) => appendixKey(id, p);
    const scaled = (id: string, extra = 0) => set(pl(id), num(pl(id)) * k + extra);
    scaled('chairs', d);
    scaled('unions', d + (i % 3));
    scaled('members', 13 * d);
    scaled('women', i % 4);
    scaled('party', (i * 2) % 5);
    scaled('managers', i % 2);
    scaled('workers', i % 5);
    // Each breakdown takes the d extra chairs somewhere, so that it still adds up to T.
    scaled('age_u35', Math.floor(d / 3));
    scaled('age_35_50', d - Math.floor(d / 3));
    scaled('age_o50');
    scaled('edu_secondary', d - Math.floor(d / 2));
    scaled('edu_vocational');
    scaled('edu_university', Math.floor(d / 2));
    scaled('edu_postgrad');
    scaled('theory_none', d);
    scaled('theory_elementary');
    scaled('theory_intermediate');
    scaled('theory_advanced');
    scaled('fulltime');
    scaled('parttime', d);
  }
  const s = (key: string, extra = 0) => set(key, num(key) * k + extra);
  s('s2.conferences', i % 2);
  s('s2.inspections', i);
  s('s3.sessions', 2 * i);
  s('s3.participants', 37 * i);
  s('s5.courses', i);
  s('s5.participations', 3 * d);
  s('s5.chairs_trained', d);
  s('s5.spending', 1_000_000 * i);
  s('s6.allowance', i % 4);
  s('s6.infringed', i % 3);
  s('s6.interventions');
  s('s6.commended', i);
  s('s7.introduced', i);
  s('s7.admitted');
  return v;
}

/** Explanations for every warning the values raise: the sample's own where it has one. */
export function explanationsFor(values: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of validateReport(campaign1563.template, values as ReportValues).issues) {
    if (issue.severity === 'error') throw new Error(`varied sample breaks ${issue.ruleId}: ${issue.message}`);
    out[issue.ruleId] = sample.explanations[issue.ruleId] ?? 'Số liệu thay đổi do thành lập mới nhiều CĐCS trong giai đoạn, đã kiểm tra lại với sổ theo dõi.';
  }
  return out;
}

/** The draft file of unit `code`, number `i`: what `tongket draft load` reads. */
export function variedDraft(code: string, i: number): DraftFixture {
  const values = variedValues(i);
  return { ...sample, unitCode: code, values, explanations: explanationsFor(values) };
}
