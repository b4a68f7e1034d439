// Two revisions compared field by field (issue 16): every kind of field, explanations by the field
// they explain, and values a newer template no longer knows — nothing a revision changed is left out.
import { describe, expect, it } from 'vitest';
import { campaign1563 } from '../../shared/campaign/builtin/campaign-1563';
import { compareReports } from '../../shared/review/compare';

const template = campaign1563.template;
const rule = template.rules.find((r) => r.severity === 'warning');

describe('compareReports', () => {
  it('says nothing changed for the same report', () => {
    const r = { values: { 's4.narrative': 'Một.', 'pl.chairs.end': 43 }, explanations: {} };
    expect(compareReports(template, r, r)).toEqual([]);
  });

  it('lists choices, texts, numbers, appendix cells, explanations and unknown keys, old beside new', () => {
    if (!rule) throw new Error('no warning rule');
    const from = { values: { 's3.forms': ['conference'], 's3.forms_other': '', 's2.conferences': 4, 'pl.chairs.end': 43, 'old.field': 1 }, explanations: { [rule.id]: 'Lý do cũ' } };
    const to = { values: { 's3.forms': ['conference', 'social'], 's3.forms_other': 'Loa xã', 's2.conferences': 1234, 'pl.chairs.end': 44 }, explanations: { [rule.id]: 'Lý do mới' } };
    const changes = compareReports(template, from, to);
    expect(changes.map((c) => [c.key, c.kind, c.old, c.new])).toEqual([
      ['s2.conferences', 'number', '4', '1.234'],
      ['s3.forms', 'choices', 'Hội nghị', 'Hội nghị; Mạng xã hội, Zalo'],
      ['s3.forms_other', 'text', '', 'Loa xã'],
      ['pl.chairs.end', 'appendix', '43', '44'],
      ['old.field', 'unknown', '1', ''],
      [`explain:${rule.id}`, 'explanation', 'Lý do cũ', 'Lý do mới'],
    ]);
    expect(changes.find((c) => c.kind === 'explanation')?.part).toBe('explanations');
    expect(changes.find((c) => c.key === 'pl.chairs.end')?.part).toBe('appendix');
  });

  it('names each changed table cell by row and column, rows added included', () => {
    const row = (achieved: number | null) => ({ name: 'Chỉ tiêu A', unit: '%', target: 100, achieved });
    const c = compareReports(template, { values: { 's1.targets': [row(90)] }, explanations: {} }, { values: { 's1.targets': [row(95.5), row(null)] }, explanations: {} });
    expect(c).toHaveLength(1);
    expect(c[0]?.cells).toEqual([
      { row: 1, column: 'Kết quả', old: '90', new: '95,5' },
      { row: 2, column: 'Tên chỉ tiêu', old: '', new: 'Chỉ tiêu A' },
      { row: 2, column: 'Đơn vị tính', old: '', new: '%' },
      { row: 2, column: 'Chỉ tiêu', old: '', new: '100' },
    ]);
  });
});
