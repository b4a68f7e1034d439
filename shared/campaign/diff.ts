// What a new campaign changes against the one it was copied from, as CommCare shows before a release:
// sections, fields, indicators and rules added, removed or changed. Pure; compared by id, so a renamed
// label is "changed" and a new id is "added".
import type { CampaignBook } from './book';
import type { FieldDef, IndicatorDef, RuleDef, SectionDef } from './model';

export type DiffKind = 'section' | 'field' | 'indicator' | 'rule' | 'setting' | 'unit';

export interface DiffEntry {
  kind: DiffKind;
  /** The id as the workbook names it: section number, field key, indicator id, rule id, setting name, unit code. */
  id: string;
  change: 'added' | 'removed' | 'changed';
  /** The label in the new campaign (or the old one for a removal). */
  label: string;
  /** For a change: which attributes differ, e.g. ["title", "guidance"]. */
  attrs: string[];
}

export interface CampaignDiff {
  entries: DiffEntry[];
  counts: Record<'added' | 'removed' | 'changed', number>;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The attributes of two objects that differ, in the order of the newer one's keys, then removed keys. */
function differing<T extends object>(a: T, b: T, skip: string[] = []): string[] {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(rb), ...Object.keys(ra)])].filter((k) => !skip.includes(k));
  return keys.filter((k) => !same(ra[k], rb[k]));
}

function compareLists<T>(kind: DiffKind, before: T[], after: T[], id: (t: T) => string, label: (t: T) => string, skip: string[] = []): DiffEntry[] {
  const old = new Map(before.map((t) => [id(t), t]));
  const now = new Map(after.map((t) => [id(t), t]));
  const out: DiffEntry[] = [];
  for (const t of after) {
    const was = old.get(id(t));
    if (!was) out.push({ kind, id: id(t), change: 'added', label: label(t), attrs: [] });
    else {
      const attrs = differing(was as object, t as object, skip);
      if (attrs.length) out.push({ kind, id: id(t), change: 'changed', label: label(t), attrs });
    }
  }
  for (const t of before) if (!now.has(id(t))) out.push({ kind, id: id(t), change: 'removed', label: label(t), attrs: [] });
  return out;
}

const SETTINGS = ['id', 'title', 'summaryLine', 'opening', 'closing', 'documents', 'period', 'deadlines'] as const;

export function diffCampaigns(before: CampaignBook, after: CampaignBook): CampaignDiff {
  const a = before.campaign;
  const b = after.campaign;
  const entries: DiffEntry[] = [];
  for (const s of SETTINGS) {
    if (!same(a[s], b[s])) entries.push({ kind: 'setting', id: s, change: a[s] === undefined ? 'added' : b[s] === undefined ? 'removed' : 'changed', label: s, attrs: [] });
  }
  if (before.issue !== after.issue) entries.push({ kind: 'setting', id: 'issue', change: 'changed', label: 'issue', attrs: [] });
  const fields = (t: SectionDef[]): FieldDef[] => t.flatMap((s) => s.fields);
  const indicators = (c: CampaignBook): IndicatorDef[] => c.campaign.template.appendix.groups.flatMap((g) => g.indicators);
  entries.push(
    ...compareLists('section', a.template.sections, b.template.sections, (s) => String(s.number), (s) => s.title, ['fields']),
    ...compareLists('field', fields(a.template.sections), fields(b.template.sections), (f) => f.key, (f) => f.label),
    ...compareLists('indicator', indicators(before), indicators(after), (i) => i.id, (i) => i.label),
    ...compareLists('rule', a.template.rules, b.template.rules, (r: RuleDef) => r.id, (r) => r.message),
    ...compareLists('unit', before.units, after.units, (u) => u.code, (u) => u.name),
  );
  const counts = { added: 0, removed: 0, changed: 0 };
  for (const e of entries) counts[e.change] += 1;
  return { entries, counts };
}
