// What the audit trail of the province's own report says about its fields: whether a number was last
// written by the pre-fill or typed by a person, and which unit passages were taken into which field.
// Read across all revisions of the report, since a new revision copies values but not their history.
import type { SourceRecord } from '../../../shared/aggregate/compile';
import type { FieldOrigin } from '../../../shared/aggregate/prefill';
import type { ServiceContext } from '../context';

const COMPILE = /^compile:([A-Z0-9-]+):r(\d+):([0-9a-f]{64})$/;

/** The audit source of a passage taken from a unit's package: unit, revision and manifest hash. */
export const compileSource = (unitCode: string, revision: number, manifestSha256: string): `compile:${string}` =>
  `compile:${unitCode}:r${revision}:${manifestSha256}`;

export interface DraftAudit {
  originOf(key: string): FieldOrigin;
  /** Passages taken from units, oldest first. */
  sources: SourceRecord[];
}

export function draftAudit(ctx: ServiceContext, campaignId: string, unitCode: string): DraftAudit {
  const rows = ctx.db
    .prepare<[string, string], { key: string; source: string; changedAt: string }>(
      `SELECT a.key, a.source, a.changed_at AS changedAt FROM audit_log a JOIN reports r ON r.id = a.report_id
       WHERE r.campaign_id = ? AND r.unit_code = ? AND a.target = 'field' ORDER BY r.revision, a.id`,
    )
    .all(campaignId, unitCode);
  const last = new Map<string, string>();
  const sources: SourceRecord[] = [];
  for (const r of rows) {
    last.set(r.key, r.source);
    const m = COMPILE.exec(r.source);
    if (m?.[1] && m[2] && m[3]) sources.push({ fieldKey: r.key, unitCode: m[1], revision: Number(m[2]), manifestSha256: m[3], insertedAt: r.changedAt });
  }
  return {
    originOf: (key) => {
      const s = last.get(key);
      return s === undefined ? null : s === 'aggregate' ? 'aggregate' : 'typed';
    },
    sources,
  };
}
