// Plain-text rendering of the province's synthesis for the terminal, in Vietnamese number style.
import type { CompiledSection } from '../../shared/aggregate/compile';
import { BASIS_LABEL, UNIT_STATUS_LABEL } from '../../shared/aggregate/labels';
import { shortHash } from '../../shared/aggregate/select';
import type { Aggregate } from '../../shared/aggregate/types';
import { aggregationPlan } from '../../shared/aggregate/plan';
import type { TemplateDef } from '../../shared/campaign/model';
import { formatNumber, formatPercent } from '../../shared/format/vi';
import { oneLineSafe } from './io';

const num = (v: number | null, percent: boolean): string => (v === null ? '—' : percent ? formatPercent(v) : formatNumber(v));
const signed = (v: number | null, percent: boolean): string => (v === null ? '—' : `${v > 0 ? '+' : ''}${num(v, percent)}`);

export function describeAggregate(template: TemplateDef, agg: Aggregate): string[] {
  const lines = [`Tổng hợp theo ${BASIS_LABEL[agg.basis]}: ${agg.counts.counted}/${agg.counts.expected} đơn vị được tính.`, '', 'Đơn vị:'];
  for (const u of agg.units) {
    const src = u.source ? `lần ${u.source.revision} · ${shortHash(u.source.manifestSha256)}` : '';
    lines.push(`  ${u.unitCode.padEnd(16)} ${UNIT_STATUS_LABEL[u.status].padEnd(16)} ${src}`);
    for (const n of u.counted ? u.notes.slice(1) : u.notes) lines.push(`      ${n}`);
    for (const e of u.errors) lines.push(`      Lỗi: ${e}`);
  }
  const points = template.appendix.periods.map((p) => p.label).join(' → ');
  lines.push('', template.appendix.periods.length > 1 ? `Phụ lục (${points}, tăng/giảm):` : `Phụ lục (${points}):`);
  for (const l of agg.indicators) {
    const pct = l.kind === 'ratio';
    const cells = [...l.values.map((v) => num(v, pct)), ...l.changes.map((v) => signed(v, pct))];
    lines.push(`  ${l.label.padEnd(58)} ${cells.map((c) => c.padStart(10)).join(' ')}`);
  }
  lines.push('', 'Hoạt động trong giai đoạn:');
  for (const f of aggregationPlan(template).sums.filter((s) => s.part !== 'appendix')) {
    lines.push(`  ${f.label.padEnd(72)} ${num(agg.totals[f.key]?.value ?? null, false).padStart(14)} ${f.unit}`);
  }
  if (agg.flags.length) {
    lines.push('', `Cần xem lại (${agg.flags.length}):`);
    for (const f of agg.flags) lines.push(`  - ${f.message}${f.explanation ? ` Giải trình của đơn vị: ${f.explanation}` : ''}`);
  }
  if (agg.notes.length) lines.push('', 'Ghi chú:', ...agg.notes.map((n) => `  - ${n}`));
  return lines;
}

export function describeCompilation(sections: CompiledSection[]): string[] {
  const lines: string[] = [];
  for (const s of sections) {
    lines.push(`${s.number}. ${s.title}`);
    for (const f of s.fields) {
      lines.push(`  [${f.key}] ${f.label}${f.inserted.length ? ` — đã trích ${f.inserted.length} đoạn` : ''}`);
      for (const p of f.passages) {
        lines.push(`    ── ${oneLineSafe(p.unitName)} (${p.unitCode}, lần ${p.revision}, ${shortHash(p.manifestSha256)}${p.counted ? '' : `, ${UNIT_STATUS_LABEL[p.status].toLowerCase()}`})`);
        for (const t of p.text.split('\n')) lines.push(`       ${t}`);
      }
    }
    lines.push('');
  }
  return lines;
}
