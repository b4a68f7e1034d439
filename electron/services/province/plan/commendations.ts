// Commendations (Plan 447 §IV.1.2: "thực hiện công tác thi đua, khen thưởng"): the proposals of the
// counted units (the commendation table of section 10) compiled into one table, with the province's
// edits stored beside them. A unit's original row is never changed — it stays in its package and is
// shown next to the edit; an edit made on a package that is no longer counted is kept and marked.
import type { Basis } from '../../../../shared/aggregate/types';
import type { TemplateDef } from '../../../../shared/campaign/model';
import { AppError } from '../../../../shared/errors';
import type { CommendationFields, CommendationRow, CommendationsView } from '../../../../shared/plan/types';
import type { ServiceContext } from '../../context';
import { loadProvinceData } from '../province-data';
import { readUnitReport } from '../province-data';
import { planScope, unitName } from './plan-scope';

interface EditRow {
  id: number;
  proposedBy: string;
  sourceManifest: string | null;
  sourceRow: number | null;
  name: string;
  position: string;
  unitName: string;
  achievement: string;
  excluded: number;
}

/**
 * The template's commendation table: a table field whose columns include a name and an achievement
 * (section 10's "Đề nghị khen thưởng" in Programme 1563). A template without one has no proposals.
 */
export function commendationField(template: TemplateDef): string | null {
  for (const s of template.sections) {
    for (const f of s.fields) {
      if (f.kind === 'table' && f.columns.some((c) => c.id === 'name') && f.columns.some((c) => c.id === 'achievement')) return f.key;
    }
  }
  return null;
}

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const fieldsOf = (r: Record<string, unknown>): CommendationFields => ({ name: str(r.name), position: str(r.position), unit: str(r.unit), achievement: str(r.achievement) });
const rowsOf = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null && !Array.isArray(r)) : [];
const same = (a: CommendationFields, b: CommendationFields): boolean => a.name === b.name && a.position === b.position && a.unit === b.unit && a.achievement === b.achievement;
const keyOf = (manifest: string, row: number): string => `${manifest}:${row}`;

function edits(ctx: ServiceContext, campaignId: string): EditRow[] {
  return ctx.db
    .prepare<[string], EditRow>(
      `SELECT id, proposed_by AS proposedBy, source_manifest AS sourceManifest, source_row AS sourceRow, name, position, unit_name AS unitName, achievement, excluded
       FROM commendation_edits WHERE campaign_id = ? ORDER BY id`,
    )
    .all(campaignId);
}

/** The proposals of one package, by row number; empty when the package is unknown or has none. */
function packageRows(ctx: ServiceContext, manifest: string, field: string): Record<string, unknown>[] {
  const row = ctx.inbox.byManifest(manifest);
  return row ? rowsOf(readUnitReport(ctx, row.id)?.values[field]) : [];
}

export function commendationsView(ctx: ServiceContext, basis: Basis): CommendationsView {
  const { campaign, profile } = planScope(ctx);
  const field = commendationField(campaign.template);
  const data = loadProvinceData(ctx, basis);
  const byKey = new Map(edits(ctx, campaign.id).map((e) => [e.sourceManifest === null ? `added:${e.id}` : keyOf(e.sourceManifest, e.sourceRow ?? 0), e]));
  const edited = (key: string, original: CommendationFields | null, proposedBy: string, stale: boolean): CommendationRow | null => {
    const e = byKey.get(key);
    byKey.delete(key);
    const fields = e ? { name: e.name, position: e.position, unit: e.unitName, achievement: e.achievement } : original;
    if (!fields) return null;
    return {
      key,
      ...fields,
      proposedBy,
      proposedByName: unitName(ctx, proposedBy),
      original,
      edited: e !== undefined && (original === null || !same(original, fields)),
      excluded: e?.excluded === 1,
      stale,
    };
  };
  const rows: CommendationRow[] = [];
  if (field) {
    for (const u of data.aggregate.units) {
      if (!u.counted || !u.source) continue;
      const manifest = u.source.manifestSha256;
      rowsOf(data.reportOf(u.unitCode)?.values[field]).forEach((r, i) => {
        const row = edited(keyOf(manifest, i), fieldsOf(r), u.unitCode, false);
        if (row) rows.push(row);
      });
    }
  }
  // What is left: edits of packages no longer counted (kept, marked) and the province's own rows.
  for (const [key, e] of [...byKey.entries()]) {
    if (e.sourceManifest === null) {
      const row = edited(key, null, e.proposedBy || profile.unit.code, false);
      if (row) rows.push(row);
      continue;
    }
    const original = field ? packageRows(ctx, e.sourceManifest, field)[e.sourceRow ?? 0] : undefined;
    const row = edited(key, original ? fieldsOf(original) : null, e.proposedBy, true);
    if (row) rows.push(row);
  }
  return { basis, rows };
}

const KEY = /^([0-9a-f]{64}):(\d{1,4})$/;

export function editCommendation(ctx: ServiceContext, basis: Basis, key: string, fields: CommendationFields, excluded: boolean): CommendationsView {
  const { campaign } = planScope(ctx);
  const current = commendationsView(ctx, basis).rows.find((r) => r.key === key);
  if (!current) throw new AppError('E_COMMENDATION_UNKNOWN', `Không có đề nghị khen thưởng «${key}» trong bảng tổng hợp; hãy mở lại bảng.`);
  const now = ctx.clock().toISOString();
  const added = /^added:(\d+)$/.exec(key);
  if (added) {
    ctx.db
      .prepare('UPDATE commendation_edits SET name = ?, position = ?, unit_name = ?, achievement = ?, excluded = ?, updated_at = ? WHERE id = ? AND campaign_id = ?')
      .run(fields.name, fields.position, fields.unit, fields.achievement, excluded ? 1 : 0, now, Number(added[1]), campaign.id);
    return commendationsView(ctx, basis);
  }
  const m = KEY.exec(key);
  if (!m) throw new AppError('E_COMMENDATION_UNKNOWN', `Mã đề nghị khen thưởng «${key}» không đúng dạng.`);
  ctx.db
    .prepare(
      `INSERT INTO commendation_edits (campaign_id, proposed_by, source_manifest, source_row, name, position, unit_name, achievement, excluded, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (campaign_id, source_manifest, source_row) DO UPDATE SET name = excluded.name, position = excluded.position,
         unit_name = excluded.unit_name, achievement = excluded.achievement, excluded = excluded.excluded, updated_at = excluded.updated_at`,
    )
    .run(campaign.id, current.proposedBy, m[1], Number(m[2]), fields.name, fields.position, fields.unit, fields.achievement, excluded ? 1 : 0, now);
  return commendationsView(ctx, basis);
}

export function addCommendation(ctx: ServiceContext, basis: Basis, fields: CommendationFields): CommendationsView {
  const { campaign, profile } = planScope(ctx);
  ctx.db
    .prepare('INSERT INTO commendation_edits (campaign_id, proposed_by, name, position, unit_name, achievement, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(campaign.id, profile.unit.code, fields.name, fields.position, fields.unit, fields.achievement, ctx.clock().toISOString());
  return commendationsView(ctx, basis);
}

export function resetCommendation(ctx: ServiceContext, basis: Basis, key: string): CommendationsView {
  const { campaign } = planScope(ctx);
  const added = /^added:(\d+)$/.exec(key);
  const m = KEY.exec(key);
  const r = added
    ? ctx.db.prepare('DELETE FROM commendation_edits WHERE id = ? AND campaign_id = ? AND source_manifest IS NULL').run(Number(added[1]), campaign.id)
    : m
      ? ctx.db.prepare('DELETE FROM commendation_edits WHERE campaign_id = ? AND source_manifest = ? AND source_row = ?').run(campaign.id, m[1], Number(m[2]))
      : { changes: 0 };
  if (r.changes === 0) throw new AppError('E_COMMENDATION_UNKNOWN', `Đề nghị khen thưởng «${key}» chưa được sửa nên không có gì để trả lại bản gốc.`);
  return commendationsView(ctx, basis);
}
