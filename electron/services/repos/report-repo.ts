// Report revisions, their field values and explanations, with an audit row for every change.
// Every write is one transaction: an acknowledged save survives a crash or power cut (synchronous=FULL).
import type { ReportStatus } from '../../../shared/api/contract';
import type { RawCells, RawInputs } from '../../../shared/report/raw-inputs';
import type { FieldValue, ReportValues } from '../../../shared/report/values';
import type { Db } from '../db/open-database';

export interface ReportRow {
  id: number;
  campaignId: string;
  unitCode: string;
  revision: number;
  status: ReportStatus;
}

/**
 * Where a change came from: the editor, a loaded draft file, the province's pre-fill from its totals
 * ("aggregate"), a unit's passage taken into the province's report ("compile:<unit>:r<rev>:<manifest hash>"),
 * or a new template version that no longer has the field ("template:<id>:v<version>"; the old value stays in the audit).
 */
export type ChangeSource = 'editor' | 'load' | 'aggregate' | `compile:${string}` | `template:${string}` | `survey:${number}:${number}` | 'speakers';

export interface Change {
  /** "raw": the texts of a field's cells kept as typed (not a value of the report, so no audit row). */
  target: 'field' | 'explanation' | 'raw';
  key: string;
  /** New value as JSON text for fields and raw texts, plain text for explanations; null clears. */
  next: string | null;
}

export function createReportRepo(db: Db) {
  const latestQ = db.prepare<[string, string], ReportRow>(
    `SELECT id, campaign_id AS campaignId, unit_code AS unitCode, revision, status FROM reports
     WHERE campaign_id = ? AND unit_code = ? ORDER BY revision DESC LIMIT 1`,
  );
  const createQ = db.prepare(
    `INSERT INTO reports (campaign_id, unit_code, revision, status, created_at) VALUES (?, ?, 1, 'draft', ?)`,
  );
  const valuesQ = db.prepare<[number], { field_key: string; value_json: string }>(
    'SELECT field_key, value_json FROM field_values WHERE report_id = ?',
  );
  const explanationsQ = db.prepare<[number], { rule_id: string; text: string }>(
    'SELECT rule_id, text FROM explanations WHERE report_id = ?',
  );
  const valueQ = db.prepare<[number, string], { value_json: string }>(
    'SELECT value_json FROM field_values WHERE report_id = ? AND field_key = ?',
  );
  const explanationQ = db.prepare<[number, string], { text: string }>(
    'SELECT text FROM explanations WHERE report_id = ? AND rule_id = ?',
  );
  const upsertValueQ = db.prepare(
    `INSERT INTO field_values (report_id, field_key, value_json, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(report_id, field_key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at`,
  );
  const deleteValueQ = db.prepare('DELETE FROM field_values WHERE report_id = ? AND field_key = ?');
  const upsertExplanationQ = db.prepare(
    `INSERT INTO explanations (report_id, rule_id, text, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(report_id, rule_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
  );
  const deleteExplanationQ = db.prepare('DELETE FROM explanations WHERE report_id = ? AND rule_id = ?');
  const rawAllQ = db.prepare<[number], { field_key: string; cells_json: string }>('SELECT field_key, cells_json FROM raw_inputs WHERE report_id = ?');
  const rawQ = db.prepare<[number, string], { cells_json: string }>('SELECT cells_json FROM raw_inputs WHERE report_id = ? AND field_key = ?');
  const upsertRawQ = db.prepare(
    `INSERT INTO raw_inputs (report_id, field_key, cells_json, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(report_id, field_key) DO UPDATE SET cells_json = excluded.cells_json, updated_at = excluded.updated_at`,
  );
  const deleteRawQ = db.prepare('DELETE FROM raw_inputs WHERE report_id = ? AND field_key = ?');
  const auditQ = db.prepare(
    `INSERT INTO audit_log (report_id, target, key, old_json, new_json, source, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const nextRevisionQ = db.prepare(
    `INSERT INTO reports (campaign_id, unit_code, revision, status, reason, created_at)
     SELECT campaign_id, unit_code, revision + 1, 'draft', ?, ? FROM reports WHERE id = ?`,
  );
  const copyValuesQ = db.prepare(
    `INSERT INTO field_values (report_id, field_key, value_json, updated_at)
     SELECT ?, field_key, value_json, updated_at FROM field_values WHERE report_id = ?`,
  );
  const copyExplanationsQ = db.prepare(
    `INSERT INTO explanations (report_id, rule_id, text, updated_at)
     SELECT ?, rule_id, text, updated_at FROM explanations WHERE report_id = ?`,
  );
  const freezeQ = db.prepare(`UPDATE reports SET status = 'frozen', frozen_at = ? WHERE id = ? AND status = 'draft'`);
  const reasonQ = db.prepare<[number], { reason: string | null }>('SELECT reason FROM reports WHERE id = ?');
  // The last change of the report, whatever its revision: a new revision copies the values, it does not
  // change them, so "last saved" stays the day the text was last written.
  const lastSavedQ = db.prepare<[number, number], { at: string | null }>(
    `SELECT MAX(at) AS at FROM (
       SELECT MAX(a.changed_at) AS at FROM audit_log a JOIN reports r ON r.id = a.report_id
         JOIN reports me ON me.campaign_id = r.campaign_id AND me.unit_code = r.unit_code AND r.revision <= me.revision
         WHERE me.id = ?
       UNION ALL SELECT MAX(updated_at) FROM raw_inputs WHERE report_id = ?)`,
  );

  function current(reportId: number, change: Change): string | null {
    switch (change.target) {
      case 'field':
        return valueQ.get(reportId, change.key)?.value_json ?? null;
      case 'explanation':
        return explanationQ.get(reportId, change.key)?.text ?? null;
      case 'raw':
        return rawQ.get(reportId, change.key)?.cells_json ?? null;
    }
  }

  /** Applies the changes that differ from what is stored, with their audit rows. Returns how many did. */
  const applyChanges = db.transaction((reportId: number, changes: Change[], source: ChangeSource, now: string): number => {
    let applied = 0;
    for (const change of changes) {
      const old = current(reportId, change);
      if (old === change.next) continue;
      if (change.target === 'raw') {
        if (change.next === null) deleteRawQ.run(reportId, change.key);
        else upsertRawQ.run(reportId, change.key, change.next, now);
        continue;
      }
      if (change.target === 'field') {
        if (change.next === null) deleteValueQ.run(reportId, change.key);
        else upsertValueQ.run(reportId, change.key, change.next, now);
      } else if (change.next === null) deleteExplanationQ.run(reportId, change.key);
      else upsertExplanationQ.run(reportId, change.key, change.next, now);
      auditQ.run(reportId, change.target, change.key, old, change.next, source, now);
      applied += 1;
    }
    return applied;
  });

  return {
    /** The latest revision of this unit's report, created as revision 1 on first use. */
    latest(campaignId: string, unitCode: string, now: string): ReportRow {
      const row = latestQ.get(campaignId, unitCode);
      if (row) return row;
      // A read-only view (status, draft show beside the app) shows the empty first revision unmade.
      if (db.readonly) return { id: 0, campaignId, unitCode, revision: 1, status: 'draft' };
      createQ.run(campaignId, unitCode, now);
      return latestQ.get(campaignId, unitCode) as ReportRow;
    },
    values(reportId: number): ReportValues {
      const out: ReportValues = {};
      for (const r of valuesQ.all(reportId)) out[r.field_key] = JSON.parse(r.value_json) as FieldValue;
      return out;
    },
    explanations(reportId: number): Record<string, string> {
      const out: Record<string, string> = {};
      for (const r of explanationsQ.all(reportId)) out[r.rule_id] = r.text;
      return out;
    },
    rawInputs(reportId: number): RawInputs {
      const out: RawInputs = {};
      for (const r of rawAllQ.all(reportId)) out[r.field_key] = JSON.parse(r.cells_json) as RawCells;
      return out;
    },
    lastSavedAt: (reportId: number): string | null => lastSavedQ.get(reportId, reportId)?.at ?? null,
    applyChanges,
    reason: (reportId: number): string | null => reasonQ.get(reportId)?.reason ?? null,
    freeze(reportId: number, now: string): void {
      freezeQ.run(now, reportId);
    },
    /** Opens revision n+1 of a frozen report: a copy of its values and explanations, with the reason. */
    startRevision: db.transaction((reportId: number, reason: string, now: string): number => {
      const id = Number(nextRevisionQ.run(reason, now, reportId).lastInsertRowid);
      copyValuesQ.run(id, reportId);
      copyExplanationsQ.run(id, reportId);
      return id;
    }),
  };
}

export type ReportRepo = ReturnType<typeof createReportRepo>;
