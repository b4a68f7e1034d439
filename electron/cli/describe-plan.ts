// Plain-text rendering of the province's plan for the terminal: dates dd/mm/yyyy, numbers and rates
// in Vietnamese style. Names and texts come from packages and typing: the io makes them terminal-safe.
import { formatNumber, formatPercent } from '../../shared/format/vi';
import { visitDates } from '../../shared/plan/documents';
import type { CommendationsView, SpeakersView, SurveyVisit } from '../../shared/plan/types';
import { oneLineSafe } from './io';

export function describeVisits(visits: SurveyVisit[]): string[] {
  if (visits.length === 0) return ['Chưa có chuyến khảo sát nào. Thêm bằng "tongket province survey add --unit MÃ --from dd/mm/yyyy --team \'Họ tên\'".'];
  const lines: string[] = [];
  for (const v of visits) {
    lines.push(`#${v.id} ${oneLineSafe(v.unitName)} (${v.unitCode}), ${visitDates(v)}; đoàn: ${v.team.map(oneLineSafe).join('; ')}`);
    if (v.note) lines.push(`    Ghi chú: ${oneLineSafe(v.note)}`);
    for (const f of v.findings) {
      const about = f.fieldLabel ? ` [${f.fieldKey ?? ''}: ${oneLineSafe(f.fieldLabel)}]` : '';
      const quoted = f.quotedInto.length ? ` — đã trích vào ${f.quotedInto.join(', ')}` : '';
      lines.push(`    - Kết quả ${f.id}${about}${quoted}`);
      for (const t of f.text.split('\n')) lines.push(`        ${t}`);
    }
  }
  return lines;
}

export function describeSpeakers(v: SpeakersView): string[] {
  const lines = [v.picked.length ? `Xếp hạng theo: ${v.picked.map((c, i) => `${i + 1}) ${c.label}`).join('; ')}` : 'Chưa chọn tiêu chí xếp hạng ("tongket province speakers criteria" để xem và chọn).', ''];
  for (const r of v.rows) {
    const values = r.values.map((x, i) => (x === null ? '—' : v.picked[i]?.kind === 'rate' ? formatPercent(x) : formatNumber(x)));
    lines.push(`${String(r.rank).padStart(3)}. ${r.chosen ? '[x]' : '[ ]'} ${r.unitCode.padEnd(16)} ${oneLineSafe(r.unitName).padEnd(28)} ${values.map((s) => s.padStart(10)).join(' ')}`);
    if (r.chosen) lines.push(`         Lý do: ${oneLineSafe(r.reason)}`);
  }
  for (const c of v.chosenElsewhere) lines.push(`  [x] ${c.unitCode} ${oneLineSafe(c.unitName)} (không được tính theo cách tính này) — Lý do: ${oneLineSafe(c.reason)}`);
  return lines;
}

export function describeCommendations(v: CommendationsView): string[] {
  if (v.rows.length === 0) return ['Chưa có đề nghị khen thưởng nào trong các báo cáo được tính.'];
  const lines: string[] = [];
  let n = 0;
  for (const r of v.rows) {
    const mark = r.excluded ? 'bỏ' : String((n += 1));
    const state = [r.edited ? 'đã sửa' : '', r.original === null ? 'tỉnh thêm' : '', r.stale ? 'của bản gửi cũ' : ''].filter(Boolean).join(', ');
    lines.push(`${mark.padStart(3)}. ${oneLineSafe(r.name)} — ${oneLineSafe(r.position)}, ${oneLineSafe(r.unit)}; đề nghị: ${oneLineSafe(r.proposedByName)}${state ? ` (${state})` : ''}`);
    lines.push(`     Thành tích: ${oneLineSafe(r.achievement)}`);
    if (r.edited && r.original) lines.push(`     Bản gốc: ${oneLineSafe(r.original.name)} — ${oneLineSafe(r.original.position)}, ${oneLineSafe(r.original.unit)}; ${oneLineSafe(r.original.achievement)}`);
    lines.push(`     Mã: ${r.key}`);
  }
  return lines;
}
