// Which package of each unit counts. Exactly one per unit or none, never two: the latest accepted
// revision (or, when the province chooses, the latest received), with a sentence for every decision
// that a person might question — a newer revision not yet accepted, two packages under one revision.
import { formatDateTime } from '../format/vi';
import type { Basis, Candidate, ExpectedUnit } from './types';

export type SelectionStatus = 'selected' | 'missing' | 'held' | 'not-accepted' | 'conflict' | 'unexpected';

export interface Selection {
  unitCode: string;
  unitName: string;
  status: SelectionStatus;
  /** selected: the package used; not-accepted and unexpected: the latest one, whose numbers show the effect. */
  chosen: Candidate | null;
  others: Candidate[];
  notes: string[];
}

/** The first characters of a SHA-256, enough for a person to tell two packages apart. */
export const shortHash = (sha: string): string => sha.slice(0, 12);

const when = (c: Candidate): string => formatDateTime(new Date(c.receivedAt));
const isPlaced = (c: Candidate): boolean => c.state === 'current' || c.state === 'superseded' || c.state === 'conflict';

function maxRevision(rows: Candidate[]): Candidate[] {
  const top = Math.max(...rows.map((r) => r.revision));
  return rows.filter((r) => r.revision === top);
}

function conflictNote(rows: Candidate[]): string {
  const first = rows[0];
  const hashes = rows.map((r) => shortHash(r.manifestSha256)).join(', ');
  return `Lần gửi ${first?.revision ?? '?'} có ${rows.length} gói khác nhau (mã băm bản kê ${hashes}); không biết gói nào đúng nên chưa tính. Hãy đề nghị đơn vị gửi lần ${(first?.revision ?? 0) + 1}, hoặc chấp nhận một gói.`;
}

function selectReceived(placed: Candidate[]): Pick<Selection, 'status' | 'chosen' | 'others' | 'notes'> {
  const top = maxRevision(placed);
  const decided = top.filter((r) => r.review === 'accepted');
  if (top.length > 1 && decided.length !== 1) return { status: 'conflict', chosen: null, others: top, notes: [conflictNote(top)] };
  const chosen = (top.length > 1 ? decided[0] : top[0]) as Candidate;
  const notes = [`Tính lần gửi ${chosen.revision} (nhận lúc ${when(chosen)}), lần mới nhất đã nhận.`];
  if (top.length > 1) notes.push(`Lần gửi ${chosen.revision} còn gói khác (${top.filter((r) => r !== chosen).map((r) => shortHash(r.manifestSha256)).join(', ')}); tính gói đã được chấp nhận.`);
  if (chosen.review === 'returned') notes.push(`Lần gửi ${chosen.revision} đã bị trả lại; vẫn tính vì đang tổng hợp theo bản mới nhận.`);
  return { status: 'selected', chosen, others: top.filter((r) => r !== chosen), notes };
}

function selectAccepted(placed: Candidate[]): Pick<Selection, 'status' | 'chosen' | 'others' | 'notes'> {
  const accepted = placed.filter((r) => r.review === 'accepted');
  const top = maxRevision(placed);
  if (accepted.length === 0) {
    const latest = top.length === 1 ? (top[0] as Candidate) : null;
    const notes = [`Chưa chấp nhận lần gửi nào của đơn vị nên chưa tính.${latest ? ` Lần gửi mới nhất là lần ${latest.revision} (nhận lúc ${when(latest)}).` : ''}`];
    if (top.length > 1) notes.push(conflictNote(top));
    return { status: 'not-accepted', chosen: latest, others: latest ? [] : top, notes };
  }
  const best = maxRevision(accepted);
  if (best.length > 1) return { status: 'conflict', chosen: null, others: best, notes: [conflictNote(best)] };
  const chosen = best[0] as Candidate;
  const newer = placed.filter((r) => r.revision > chosen.revision);
  const notes = [`Tính lần gửi ${chosen.revision} đã được chấp nhận (nhận lúc ${when(chosen)}).`];
  if (newer.length) {
    const n = maxRevision(newer)[0] as Candidate;
    notes.push(
      n.review === 'returned'
        ? `Lần gửi ${n.revision} mới hơn (nhận lúc ${when(n)}) đã bị trả lại nên chưa dùng.`
        : `Lần gửi ${n.revision} mới hơn (nhận lúc ${when(n)}) chưa được chấp nhận nên chưa dùng; chấp nhận lần đó, hoặc tổng hợp theo bản mới nhận, để tính số liệu mới.`,
    );
  }
  return { status: 'selected', chosen, others: newer, notes };
}

function selectOne(unit: ExpectedUnit, rows: Candidate[], basis: Basis): Selection {
  const placed = rows.filter(isPlaced);
  const held = rows.filter((r) => r.state === 'held');
  const base = { unitCode: unit.code, unitName: unit.name };
  if (placed.length === 0) {
    return held.length
      ? { ...base, status: 'held', chosen: null, others: held, notes: [`Có ${held.length} gói đang tạm giữ vì khóa ký chưa được xác nhận; chưa tính. Hãy đối chiếu dấu vân tay rồi xác nhận khóa.`] }
      : { ...base, status: 'missing', chosen: null, others: [], notes: ['Chưa nhận được báo cáo.'] };
  }
  return { ...base, ...(basis === 'accepted' ? selectAccepted(placed) : selectReceived(placed)) };
}

/**
 * One selection per expected unit, in the given order, then one per unit that sent packages without
 * being expected (never counted). Repeated packages (same manifest hash) are one package.
 */
export function selectRevisions(expected: ExpectedUnit[], candidates: Candidate[], basis: Basis): Selection[] {
  const byUnit = new Map<string, Candidate[]>();
  const seen = new Set<string>();
  for (const c of candidates) {
    if (seen.has(c.manifestSha256)) continue;
    seen.add(c.manifestSha256);
    const list = byUnit.get(c.unitCode) ?? [];
    list.push(c);
    byUnit.set(c.unitCode, list);
  }
  const out: Selection[] = [];
  const known = new Set<string>();
  for (const u of expected) {
    if (known.has(u.code)) continue;
    known.add(u.code);
    out.push(selectOne(u, byUnit.get(u.code) ?? [], basis));
  }
  for (const code of [...byUnit.keys()].filter((c) => !known.has(c)).sort()) {
    const s = selectOne({ code, name: code }, byUnit.get(code) ?? [], basis);
    if (s.status === 'missing' || s.status === 'held') continue;
    const chosen = s.chosen ?? s.others[0] ?? null;
    out.push({ ...s, status: 'unexpected', chosen, notes: ['Đơn vị không nằm trong danh sách đơn vị trực thuộc trong danh mục nên không cộng vào tổng hợp. Nếu đơn vị này thuộc tỉnh, hãy sửa danh mục (đơn vị cấp trên).'] });
  }
  return out;
}
