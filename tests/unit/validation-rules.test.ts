import { describe, expect, it } from 'vitest';
import { campaign1563 } from '../../shared/campaign/builtin/campaign-1563';
import type { RuleDef } from '../../shared/campaign/model';
import type { ReportValues } from '../../shared/report/values';
import { checkRule, ruleFields, validateReport } from '../../shared/validation/engine';
import { BAD_SAMPLE, GOOD_SAMPLE, readFixture } from '../helpers/fixtures';

const { template } = campaign1563;
const good = readFixture(GOOD_SAMPLE).values as ReportValues;
const messageOf = (values: ReportValues, ruleId: string) =>
  validateReport(template, values).issues.find((i) => i.ruleId === ruleId)?.message;

/** Finds a change of one field the rule reads that makes it fail, starting from a consistent report. */
function breakRule(rule: RuleDef, base: ReportValues): ReportValues | null {
  for (const key of new Set(ruleFields(rule))) {
    const v = typeof base[key] === 'number' ? (base[key] as number) : 0;
    for (const candidate of [0, v + 1, Math.max(0, v - 1), v * 3 + 20]) {
      const values = { ...base, [key]: candidate };
      if (checkRule(rule, values)) return values;
    }
  }
  return null;
}

describe('every rule of the built-in template', () => {
  it('the consistent sample passes all errors, and its warnings are explained', () => {
    const r = validateReport(template, good, readFixture(GOOD_SAMPLE).explanations);
    expect(r.errorCount).toBe(0);
    expect(r.unexplainedCount).toBe(0);
  });

  for (const rule of template.rules) {
    it(`${rule.id} fails when broken and passes when consistent`, () => {
      // Only change warnings fire on the sample (explained there); no change at all satisfies them.
      const fields = ruleFields(rule);
      const unchanged = Object.fromEntries(fields.map((k) => [k, good[fields[0] as string] as number]));
      const base: ReportValues = checkRule(rule, good) ? { ...good, ...unchanged } : good;
      expect(checkRule(rule, base), 'passes on consistent data').toBeNull();
      const broken = breakRule(rule, base);
      expect(broken, 'can be broken').not.toBeNull();
      const msg = messageOf(broken as ReportValues, rule.id);
      expect(msg).toBeDefined();
      // The message is Vietnamese, carries the numbers found, and says what to do.
      expect(msg).not.toMatch(/\{left\}|\{right\}/);
      expect(msg).toMatch(/[Hh]ãy|[Nn]ếu/);
      expect(validateReport(template, broken as ReportValues).issues.find((i) => i.ruleId === rule.id)?.severity).toBe(rule.severity);
    });
  }
});

/** The issues of the template's rules, without the required parts a partial report leaves empty. */
const ruleIssues = (values: ReportValues) => validateReport(template, values).issues.filter((i) => !i.ruleId.startsWith('required.'));

describe('rule semantics', () => {
  it('skips a rule while a field it needs is empty', () => {
    const rest = { ...good };
    delete rest['pl.age_u35.end'];
    expect(validateReport(template, rest).issues.map((i) => i.ruleId)).not.toContain('pl.age_sum.end');
    expect(validateReport(template, {}).issues.filter((i) => !i.ruleId.startsWith('required.'))).toEqual([]);
  });

  it('an empty required narrative is an error naming its section; an optional field is not required', () => {
    const rest = { ...good };
    delete rest['s4.narrative'];
    const r = validateReport(template, rest);
    expect(r.errorCount).toBe(1);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([
      expect.objectContaining({ ruleId: 'required.s4.narrative', severity: 'error', fields: ['s4.narrative'], message: expect.stringMatching(/^Mục 4 «.*»: chưa viết/) }),
    ]);
    // Whitespace is not content.
    expect(validateReport(template, { ...good, 's4.narrative': ' \n\t ' }).issues.map((i) => i.ruleId)).toContain('required.s4.narrative');
    // A section of a single list (lessons) must hold at least one item.
    expect(validateReport(template, { ...good, 's9.lessons': [] }).issues.filter((i) => i.severity === 'error').map((i) => i.ruleId)).toEqual(['required.s9']);
    // Proposed commendations are optional.
    expect(validateReport(template, { ...good, 's10.commendations': [] }).errorCount).toBe(0);
    // An empty report lists every required narrative.
    const empty = validateReport(template, {});
    const narratives = template.sections.flatMap((s) => s.fields).filter((f) => f.kind === 'narrative' && !f.optional);
    for (const f of narratives) expect(empty.issues.map((i) => i.ruleId)).toContain(`required.${f.key}`);
  });

  it('each breakdown must add up to T, naming the values', () => {
    const values = { ...good, 'pl.age_u35.end': (good['pl.age_u35.end'] as number) + 2 };
    const msg = messageOf(values, 'pl.age_sum.end');
    const total = (good['pl.chairs.end'] as number) + 2;
    expect(msg).toContain(`cộng lại được ${total}`);
    expect(msg).toContain('tháng 5/2023');
  });

  it('admitted ≤ introduced, interventions ≤ cases, trained ≤ T, participations ≥ trained', () => {
    const cases: [string, ReportValues][] = [
      ['s7.admitted_le_introduced', { 's7.introduced': 3, 's7.admitted': 4 }],
      ['s6.interventions_le_infringed', { 's6.infringed': 1, 's6.interventions': 2 }],
      ['s5.trained_le_chairs', { 's5.chairs_trained': 50, 'pl.chairs.end': 43 }],
      ['s5.participations_ge_trained', { 's5.chairs_trained': 10, 's5.participations': 9 }],
    ];
    for (const [ruleId, values] of cases) {
      expect(ruleIssues(values).map((i) => i.ruleId)).toEqual([ruleId]);
    }
    expect(ruleIssues({ 's7.introduced': 3, 's7.admitted': 3 })).toEqual([]);
  });

  it('a change of more than 50 % is a warning, judged only from a base of 5', () => {
    const warn = (start: number, end: number) =>
      validateReport(template, { 'pl.unions.start': start, 'pl.unions.end': end }).issues.filter((i) => i.ruleId === 'pl.unions_change');
    expect(warn(20, 30)).toHaveLength(0);
    expect(warn(20, 31)).toHaveLength(1);
    expect(warn(20, 9)).toHaveLength(1);
    expect(warn(4, 12)).toHaveLength(0);
    expect(warn(20, 31)[0]?.severity).toBe('warning');
  });

  it('a warning is cleared only by a written explanation', () => {
    const values = { 'pl.unions.start': 20, 'pl.unions.end': 40 };
    expect(validateReport(template, values).unexplainedCount).toBe(1);
    expect(validateReport(template, values, { 'pl.unions_change': 'ok' }).unexplainedCount).toBe(1);
    const explained = validateReport(template, values, { 'pl.unions_change': 'Thành lập mới 20 CĐCS ở khu công nghiệp.' });
    expect(explained.unexplainedCount).toBe(0);
    expect(explained.warningCount).toBe(1);
    expect(explained.issues[0]?.explanation).toContain('khu công nghiệp');
  });

  it('the broken sample fails the rules it was built to break', () => {
    const r = validateReport(template, readFixture(BAD_SAMPLE).values as ReportValues, readFixture(BAD_SAMPLE).explanations);
    expect(r.issues.filter((i) => i.severity === 'error').map((i) => i.ruleId).sort()).toEqual(
      ['pl.age_sum.end', 'pl.women_le_chairs.start', 's6.interventions_le_infringed', 's7.admitted_le_introduced'].sort(),
    );
    expect(r.unexplainedCount).toBe(1);
  });
});
