import type { ExportRecord } from '../../../shared/api/contract';
import type { Db } from '../db/open-database';

export interface StoredExport {
  reportId: number;
  fileName: string;
  manifestSha256: string;
  packageSha256: string;
  keyId: string;
  package: Buffer;
  docx: Buffer;
  xlsx: Buffer;
  createdAt: string;
}

export function createExportsRepo(db: Db) {
  const insertQ = db.prepare(
    `INSERT INTO exports (report_id, file_name, manifest_sha256, package_sha256, size, key_id, package, docx, xlsx, created_at)
     VALUES (@reportId, @fileName, @manifestSha256, @packageSha256, @size, @keyId, @package, @docx, @xlsx, @createdAt)`,
  );
  const byReportQ = db.prepare<[number], Omit<StoredExport, 'reportId'>>(
    `SELECT file_name AS fileName, manifest_sha256 AS manifestSha256, package_sha256 AS packageSha256, key_id AS keyId,
       package, docx, xlsx, created_at AS createdAt FROM exports WHERE report_id = ?`,
  );
  const historyQ = db.prepare<[string, string], ExportRecord>(
    `SELECT r.revision, e.file_name AS fileName, e.size, e.manifest_sha256 AS manifestSha256, r.reason, e.created_at AS createdAt
     FROM exports e JOIN reports r ON r.id = e.report_id
     WHERE r.campaign_id = ? AND r.unit_code = ? ORDER BY r.revision`,
  );
  const previousQ = db.prepare<[string, string, number], { manifestSha256: string }>(
    `SELECT e.manifest_sha256 AS manifestSha256 FROM exports e JOIN reports r ON r.id = e.report_id
     WHERE r.campaign_id = ? AND r.unit_code = ? AND r.revision < ? ORDER BY r.revision DESC LIMIT 1`,
  );
  return {
    insert: (e: StoredExport): void => {
      insertQ.run({ ...e, size: e.package.length });
    },
    forReport: (reportId: number): StoredExport | null => {
      const row = byReportQ.get(reportId);
      return row ? { ...row, reportId } : null;
    },
    history: (campaignId: string, unitCode: string): ExportRecord[] => historyQ.all(campaignId, unitCode),
    /** The manifest hash of the revision before, which the next manifest names in `supersedes`. */
    previousManifest: (campaignId: string, unitCode: string, revision: number): string | null =>
      previousQ.get(campaignId, unitCode, revision)?.manifestSha256 ?? null,
  };
}

export type ExportsRepo = ReturnType<typeof createExportsRepo>;
