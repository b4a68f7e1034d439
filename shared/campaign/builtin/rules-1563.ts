// Validation rules of the Programme 1563 summary (SPEC §3), as data. Each message names the field in
// Vietnamese and says how to fix it; {left} and {right} are filled with the values found.
import { appendixKey, consecutivePeriods } from '../keys';
import type { AppendixDef, Expr, PeriodId, RuleDef } from '../model';

const ref = (key: string): Expr => ({ ref: key });
const cell = (id: string, p: PeriodId): Expr => ref(appendixKey(id, p));
const sumOf = (ids: string[], p: PeriodId): Expr => ({ add: ids.map((id) => cell(id, p)) });

interface Breakdown {
  id: string;
  parts: string[];
  what: string;
}

const BREAKDOWNS: Breakdown[] = [
  { id: 'age', parts: ['age_u35', 'age_35_50', 'age_o50'], what: 'theo độ tuổi (dưới 35, 35–50, trên 50)' },
  {
    id: 'education',
    parts: ['edu_secondary', 'edu_vocational', 'edu_university', 'edu_postgrad'],
    what: 'theo trình độ học vấn, chuyên môn',
  },
  {
    id: 'theory',
    parts: ['theory_none', 'theory_elementary', 'theory_intermediate', 'theory_advanced'],
    what: 'theo trình độ lý luận chính trị',
  },
  { id: 'role', parts: ['fulltime', 'parttime'], what: 'chuyên trách và không chuyên trách' },
];

const SUBSETS: { id: string; what: string }[] = [
  { id: 'women', what: 'Số chủ tịch là nữ' },
  { id: 'party', what: 'Số chủ tịch là đảng viên' },
  { id: 'managers', what: 'Số chủ tịch đồng thời là người quản lý doanh nghiệp' },
  { id: 'workers', what: 'Số chủ tịch là công nhân trực tiếp sản xuất' },
];

/** A change is judged only from a base of at least this many, where a percentage means something. */
const CHANGE_MIN_BASE = 5;
const CHANGE_THRESHOLD = 0.5;

function appendixRules(appendix: AppendixDef): RuleDef[] {
  const rules: RuleDef[] = [];
  for (const period of appendix.periods) {
    const p = period.id;
    const at = `tại ${period.label.toLowerCase()}`;
    rules.push({
      id: `pl.chairs_le_unions.${p}`,
      severity: 'error',
      left: cell('chairs', p),
      op: '<=',
      right: cell('unions', p),
      fields: [appendixKey('chairs', p), appendixKey('unions', p)],
      message: `Tổng số chủ tịch CĐCS (T) ${at} là {left}, nhiều hơn số CĐCS ngoài khu vực nhà nước ({right}). Mỗi CĐCS chỉ có một chủ tịch: hãy sửa lại một trong hai ô này.`,
    });
    rules.push({
      id: `pl.chairs_le_members.${p}`,
      severity: 'error',
      left: cell('chairs', p),
      op: '<=',
      right: cell('members', p),
      fields: [appendixKey('chairs', p), appendixKey('members', p)],
      message: `Tổng số chủ tịch CĐCS (T) ${at} là {left}, nhiều hơn số đoàn viên ({right}). Chủ tịch cũng là đoàn viên: hãy kiểm tra lại số đoàn viên.`,
    });
    for (const b of BREAKDOWNS) {
      rules.push({
        id: `pl.${b.id}_sum.${p}`,
        severity: 'error',
        left: sumOf(b.parts, p),
        op: '==',
        right: cell('chairs', p),
        fields: b.parts.map((id) => appendixKey(id, p)),
        message: `Số chủ tịch chia ${b.what} ${at} cộng lại được {left}, nhưng tổng số chủ tịch (T) là {right}. Hãy sửa các ô này để cộng lại đúng bằng T.`,
      });
    }
    for (const s of SUBSETS) {
      rules.push({
        id: `pl.${s.id}_le_chairs.${p}`,
        severity: 'error',
        left: cell(s.id, p),
        op: '<=',
        right: cell('chairs', p),
        fields: [appendixKey(s.id, p)],
        message: `${s.what} ${at} ({left}) lớn hơn tổng số chủ tịch (T = {right}). Hãy sửa lại: số này phải nhỏ hơn hoặc bằng T.`,
      });
    }
  }
  // A change between consecutive points in time; with the two dates of 1563 the id is the one reports
  // already carry explanations under.
  const pairs = consecutivePeriods(appendix);
  for (const { from, to } of pairs) {
    for (const group of appendix.groups) {
      for (const ind of group.indicators) {
        if (ind.aggregate.kind !== 'sum') continue;
        const start = cell(ind.id, from.id);
        const end = cell(ind.id, to.id);
        rules.push({
          id: pairs.length === 1 ? `pl.${ind.id}_change` : `pl.${ind.id}_change.${to.id}`,
          severity: 'warning',
          when: { left: start, op: '>=', right: { num: CHANGE_MIN_BASE } },
          left: { abs: { sub: [end, start] } },
          op: '<=',
          right: { mul: [{ num: CHANGE_THRESHOLD }, start] },
          fields: [appendixKey(ind.id, to.id)],
          message: `«${ind.label}» thay đổi hơn 50% giữa ${from.label.toLowerCase()} và ${to.label.toLowerCase()} (chênh lệch {left}, mức 50% là {right}). Nếu số liệu đúng, hãy ghi ngắn gọn lý do; nếu nhầm, hãy sửa lại.`,
        });
      }
    }
  }
  return rules;
}

const END_CHAIRS = appendixKey('chairs', 'end');

const sectionRules: RuleDef[] = [
  {
    id: 's7.admitted_le_introduced',
    severity: 'error',
    left: ref('s7.admitted'),
    op: '<=',
    right: ref('s7.introduced'),
    fields: ['s7.admitted', 's7.introduced'],
    message: 'Số chủ tịch CĐCS được kết nạp vào Đảng ({left}) nhiều hơn số được giới thiệu ({right}). Người được kết nạp phải nằm trong số được giới thiệu: hãy sửa lại một trong hai ô.',
  },
  {
    id: 's6.interventions_le_infringed',
    severity: 'error',
    left: ref('s6.interventions'),
    op: '<=',
    right: ref('s6.infringed'),
    fields: ['s6.interventions', 's6.infringed'],
    message: 'Số vụ việc can thiệp thành công ({left}) nhiều hơn số vụ việc chủ tịch CĐCS bị xâm phạm quyền lợi ({right}). Hãy sửa lại: số can thiệp thành công không thể vượt số vụ việc.',
  },
  {
    id: 's5.trained_le_chairs',
    severity: 'error',
    left: ref('s5.chairs_trained'),
    op: '<=',
    right: ref(END_CHAIRS),
    fields: ['s5.chairs_trained', END_CHAIRS],
    message: 'Số chủ tịch CĐCS đã được bồi dưỡng ({left}) nhiều hơn tổng số chủ tịch tại tháng 5/2023 ở Phụ lục ({right}). Hãy sửa lại: chỉ tính những người đang là chủ tịch, mỗi người một lần.',
  },
  {
    id: 's5.participations_ge_trained',
    severity: 'error',
    left: ref('s5.participations'),
    op: '>=',
    right: ref('s5.chairs_trained'),
    fields: ['s5.participations', 's5.chairs_trained'],
    message: 'Số lượt chủ tịch tham gia học ({left}) ít hơn số chủ tịch đã được bồi dưỡng ({right}). Mỗi người được bồi dưỡng có ít nhất một lượt học: hãy sửa lại số lượt.',
  },
  {
    id: 's6.allowance_le_chairs',
    severity: 'error',
    left: ref('s6.allowance'),
    op: '<=',
    right: ref(END_CHAIRS),
    fields: ['s6.allowance', END_CHAIRS],
    message: 'Số chủ tịch CĐCS được hưởng phụ cấp ({left}) nhiều hơn tổng số chủ tịch tại tháng 5/2023 ở Phụ lục ({right}). Hãy sửa lại: chỉ tính chủ tịch đương nhiệm.',
  },
];

export const buildRules1563 = (appendix: AppendixDef): RuleDef[] => [...sectionRules, ...appendixRules(appendix)];
