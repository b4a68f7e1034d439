import { describe, expect, it } from 'vitest';
import { campaign1563 } from '../../shared/campaign/builtin/campaign-1563';
import { fieldIndex } from '../../shared/campaign/fields';
import { DEFAULT_UNITS, UNIT_CODE } from '../../shared/units/directory';
import { ruleFields } from '../../shared/validation/engine';

const { template } = campaign1563;

// Section II of Plan 447/KH-LĐLĐ, word for word.
const PLAN_TITLES = [
  'Kết quả thực hiện các chỉ tiêu của Chương trình',
  'Công tác chỉ đạo, triển khai thực hiện Chương trình',
  'Công tác tuyên truyền, nâng cao nhận thức cho đội ngũ chủ tịch công đoàn cơ sở ngoài khu vực nhà nước',
  'Việc lựa chọn đội ngũ chủ tịch công đoàn cơ sở thực sự là thủ lĩnh của đoàn viên, người lao động',
  'Công tác đào tạo, bồi dưỡng nâng cao năng lực đội ngũ chủ tịch công đoàn cơ sở ngoài khu vực nhà nước',
  'Công tác bảo vệ và quan tâm thực hiện chính sách đối với chủ tịch công đoàn cơ sở',
  'Công tác phát hiện, giới thiệu cho Đảng xem xét bồi dưỡng kết nạp chủ tịch công đoàn cơ sở ngoài khu vực nhà nước vào Đảng',
  'Đánh giá ưu điểm, tồn tại hạn chế và nguyên nhân',
  'Bài học kinh nghiệm',
  'Định hướng công tác xây dựng đội ngũ chủ tịch công đoàn cơ sở khu vực ngoài nhà nước đáp ứng yêu cầu trong tình hình mới',
];

describe('built-in campaign 1563-TK-2023', () => {
  it('has the ten sections of Plan 447 in order and wording', () => {
    expect(template.sections.map((s) => s.title)).toEqual(PLAN_TITLES);
    expect(template.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('has the deadlines of the plan', () => {
    expect(campaign1563.deadlines).toMatchObject([
      { levelId: 'cd-cap-tren', finish: '2023-05-20', send: '2023-05-22' },
      { levelId: 'ldld-tinh', finish: '2023-05-25' },
    ]);
    expect(campaign1563.period).toEqual({ from: '2019-10', to: '2023-05' });
  });

  it('gives every section guidance in Vietnamese', () => {
    for (const s of [...template.sections, template.appendix]) {
      expect(s.guidance.length).toBeGreaterThan(0);
      expect(s.guidance.join(' ')).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
    }
  });

  it('is plain JSON data (a province can ship another template as a file)', () => {
    expect(JSON.parse(JSON.stringify(campaign1563))).toEqual(campaign1563);
  });

  it('has unique field keys, and rules that only read fields it has', () => {
    const index = fieldIndex(template);
    const keys = [...template.sections.flatMap((s) => s.fields.map((f) => f.key))];
    expect(new Set(keys).size).toBe(keys.length);
    const ruleIds = template.rules.map((r) => r.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const rule of template.rules) {
      for (const key of [...ruleFields(rule), ...rule.fields]) expect(index.has(key), `${rule.id} → ${key}`).toBe(true);
    }
  });

  it('holds the appendix of SPEC §3 at both dates', () => {
    const ids = template.appendix.groups.flatMap((g) => g.indicators.map((i) => i.id));
    for (const id of ['unions', 'members', 'chairs', 'women', 'party', 'age_u35', 'age_35_50', 'age_o50', 'edu_secondary', 'edu_vocational', 'edu_university', 'edu_postgrad', 'theory_none', 'theory_elementary', 'theory_intermediate', 'theory_advanced', 'fulltime', 'parttime', 'managers', 'workers']) {
      expect(ids).toContain(id);
      expect(fieldIndex(template).has(`pl.${id}.start`)).toBe(true);
      expect(fieldIndex(template).has(`pl.${id}.end`)).toBe(true);
    }
    expect(template.appendix.periods.map((p) => p.month)).toEqual(['2019-10', '2023-05']);
  });
});

describe('default directory', () => {
  it('lists the Lai Châu units of 2023 with stable ASCII codes', () => {
    const places = DEFAULT_UNITS.filter((u) => u.parentCode === 'LDLD-LAICHAU').map((u) => u.place);
    expect(places).toEqual(['Lai Châu', 'Tam Đường', 'Phong Thổ', 'Sìn Hồ', 'Mường Tè', 'Nậm Nhùn', 'Than Uyên', 'Tân Uyên', 'Lai Châu']);
    for (const u of DEFAULT_UNITS) expect(UNIT_CODE.safeParse(u.code).success, u.code).toBe(true);
    expect(DEFAULT_UNITS.find((u) => u.code === 'CDVC-LAICHAU')?.name).toBe('Công đoàn Viên chức tỉnh Lai Châu');
  });
});
