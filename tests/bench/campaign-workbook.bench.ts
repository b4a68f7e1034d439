// Campaign workbook budget (issue 14): building a campaign of 10 sections, 200 fields, 150 indicators
// at 3 points in time and 300 rules from its .xlsx file — read, check, build — should take ≤ 1 s, and
// validating one report of it ≤ 5 ms at p95.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CampaignBook } from '../../shared/campaign/book';
import { fieldIndex } from '../../shared/campaign/fields';
import type { Expr, FieldDef, IndicatorGroup, RuleDef, SectionDef } from '../../shared/campaign/model';
import type { ReportValues } from '../../shared/report/values';
import { validateReport } from '../../shared/validation/engine';
import { checkWorkbook, writeCampaignWorkbook } from '../../electron/services/campaigns/workbook';
import { report } from './stats';

const POINTS = [
  { id: 'dau_ky', label: 'Tháng 1/2027', month: '2027-01' },
  { id: 'giua_ky', label: 'Tháng 6/2027', month: '2027-06' },
  { id: 'cuoi_ky', label: 'Tháng 12/2027', month: '2027-12' },
] as const;

function largeBook(): CampaignBook {
  const sections: SectionDef[] = Array.from({ length: 10 }, (_, s) => {
    const n = s + 1;
    const fields: FieldDef[] = [
      { kind: 'narrative', key: `s${n}.danh_gia`, label: `Đánh giá mục ${n}`, maxLength: 30_000, help: 'Nêu kết quả, hạn chế và nguyên nhân.' },
      { kind: 'choices', key: `s${n}.hinh_thuc`, label: 'Hình thức', options: [{ id: 'a', label: 'Hội nghị' }, { id: 'b', label: 'Tập huấn' }] },
      {
        kind: 'table',
        key: `s${n}.bang`,
        label: 'Các hoạt động',
        itemLabel: 'hoạt động',
        maxRows: 50,
        columns: [
          { id: 'ten', label: 'Tên', kind: 'text', maxLength: 300, required: true },
          { id: 'ke_hoach', label: 'Kế hoạch', kind: 'number', integer: true },
          { id: 'thuc_hien', label: 'Thực hiện', kind: 'number', integer: true },
        ],
        computed: [{ id: 'ty_le', label: 'Tỷ lệ (%)', kind: 'rate', numerator: 'thuc_hien', denominator: 'ke_hoach' }],
      },
      ...Array.from({ length: 17 }, (_, f): FieldDef => ({ kind: f % 8 === 7 ? 'money' : 'integer', key: `s${n}.so_${f}`, label: `Chỉ số ${f} của mục ${n}`, unit: f % 8 === 7 ? 'đồng' : 'người', max: 10_000_000, aggregate: { kind: 'sum' } })),
    ];
    return { id: `s${n}`, number: n, title: `Mục thứ ${n}`, guidance: ['Hướng dẫn một.', 'Hướng dẫn hai.'], fields };
  });
  // 15 groups of 10: a total, eight parts, and the share of the first part.
  const groups: IndicatorGroup[] = Array.from({ length: 15 }, (_, g) => ({
    id: `nhom_${g}`,
    title: `Nhóm chỉ tiêu ${g + 1}`,
    indicators: [
      { id: `tong_${g}`, label: `Tổng ${g}`, unit: 'người', aggregate: { kind: 'sum' }, level: 0 },
      ...Array.from({ length: 8 }, (_, i) => ({ id: `phan_${g}_${i}`, label: `Phần ${i} của nhóm ${g}`, unit: 'người', aggregate: { kind: 'sum' as const }, level: 1 as const })),
      { id: `ty_le_${g}`, label: `Tỷ lệ phần 0 nhóm ${g}`, unit: '%', aggregate: { kind: 'ratio', numerator: `phan_${g}_0`, denominator: `tong_${g}` }, level: 1 },
    ],
  }));
  const cell = (id: string, p: string): Expr => ({ ref: `pl.${id}.${p}` });
  const rules: RuleDef[] = [];
  for (let g = 0; g < 15; g++) {
    for (const p of POINTS) {
      rules.push({
        id: `nhom_${g}_cong.${p.id}`,
        severity: 'error',
        left: { add: Array.from({ length: 8 }, (_, i) => cell(`phan_${g}_${i}`, p.id)) },
        op: '<=',
        right: cell(`tong_${g}`, p.id),
        fields: [`pl.tong_${g}.${p.id}`],
        message: `Các phần của nhóm ${g} cộng lại ({left}) vượt tổng ({right}). Hãy sửa lại.`,
      });
    }
    for (let i = 0; i < 8; i++) {
      rules.push({
        id: `phan_${g}_${i}_doi`,
        severity: 'warning',
        when: { left: cell(`phan_${g}_${i}`, 'dau_ky'), op: '>=', right: { num: 5 } },
        left: { abs: { sub: [cell(`phan_${g}_${i}`, 'cuoi_ky'), cell(`phan_${g}_${i}`, 'dau_ky')] } },
        op: '<=',
        right: { mul: [{ num: 0.5 }, cell(`phan_${g}_${i}`, 'dau_ky')] },
        fields: [`pl.phan_${g}_${i}.cuoi_ky`],
        message: 'Thay đổi hơn 50% ({left}, mức {right}). Nếu đúng, hãy ghi lý do.',
      });
    }
  }
  for (let s = 1; rules.length < 300; s = (s % 10) + 1) {
    const k = rules.length % 16;
    rules.push({
      id: `muc_${rules.length}`,
      severity: 'error',
      left: { ref: `s${s}.so_${k}` },
      op: '<=',
      right: { add: [{ ref: `s${s}.so_${k + 1}` }, cell(`tong_${k % 15}`, 'cuoi_ky')] },
      fields: [`s${s}.so_${k}`],
      message: 'Số này ({left}) lớn hơn mức cho phép ({right}). Hãy kiểm tra.',
    });
  }
  return {
    campaign: {
      id: 'BENCH-2027',
      title: 'Đợt báo cáo lớn để đo',
      summaryLine: 'Báo cáo đo hiệu năng',
      opening: '{unit} báo cáo như sau:',
      documents: [{ ref: '1/KH', date: '2027-01-05', issuer: 'LĐLĐ tỉnh', title: 'Kế hoạch' }],
      period: { from: '2027-01', to: '2027-12' },
      deadlines: [{ levelId: 'cd-cap-tren', finish: '2027-12-20', send: '2027-12-25' }],
      template: { id: 'bench', version: 1, title: 'Mẫu lớn', sections, appendix: { title: 'Phụ lục', guidance: [], periods: [...POINTS], groups }, rules },
    },
    issue: 1,
    units: [],
  };
}

const dir = mkdtempSync(join(tmpdir(), 'tongket-bench-'));
try {
  const book = largeBook();
  const t = book.campaign.template;
  const file = join(dir, 'lon.xlsx');
  await writeCampaignWorkbook(book, file);
  console.log(
    `Đợt: ${t.sections.length} mục, ${t.sections.reduce((a, s) => a + s.fields.length, 0)} trường, ${t.appendix.groups.reduce((a, g) => a + g.indicators.length, 0)} chỉ tiêu × ${t.appendix.periods.length} thời điểm, ${t.rules.length} quy tắc; tệp ${(readFileSync(file).length / 1024).toFixed(0)} KB`,
  );

  const builds: number[] = [];
  for (let i = 0; i < 12; i++) {
    const t0 = performance.now();
    const r = await checkWorkbook(readFileSync(file), 'lon.xlsx');
    builds.push(performance.now() - t0);
    if (!r.ok) throw new Error(`the large workbook has problems: ${JSON.stringify(r.problems.slice(0, 3))}`);
  }
  report('Dựng đợt từ sổ tính (đọc tệp, kiểm tra, dựng)', builds.slice(2), 1000);

  const built = await checkWorkbook(readFileSync(file), 'lon.xlsx');
  if (!built.ok) throw new Error('unreachable');
  const template = built.book.campaign.template;
  const values: Record<string, unknown> = {};
  let i = 0;
  for (const [key, entry] of fieldIndex(template)) {
    if ('indicator' in entry) values[key] = entry.indicator.level === 0 ? 900 : 100 + (i++ % 7);
    else if (entry.def.kind === 'integer' || entry.def.kind === 'money') values[key] = 10 + (i++ % 5);
  }
  // Warm up first, as a unit's editor has validated many times before the one that counts.
  for (let n = 0; n < 200; n++) validateReport(template, values as ReportValues);
  const validations: number[] = [];
  for (let n = 0; n < 1000; n++) {
    const t0 = performance.now();
    validateReport(template, values as ReportValues);
    validations.push(performance.now() - t0);
  }
  report('Kiểm tra một báo cáo của đợt đó (1.000 lần)', validations, 5);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
