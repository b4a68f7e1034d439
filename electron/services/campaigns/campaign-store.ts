// Files of campaigns issued here or received: kept as they came, so that the same file arriving again
// is recognised, a different one under the same identity refused, and a held one applied later.
import type { Db } from '../db/open-database';

export type CampaignFileState = 'issued' | 'held' | 'applied' | 'refused';

export interface CampaignFileRow {
  id: number;
  campaignId: string;
  templateVersion: number;
  issue: number;
  manifestSha256: string;
  issuerCode: string;
  publicKey: Buffer;
  fingerprint: string;
  definitionJson: string;
  state: CampaignFileState;
  receivedAt: string;
}

const COLS = `id, campaign_id AS campaignId, template_version AS templateVersion, issue, manifest_sha256 AS manifestSha256,
  issuer_code AS issuerCode, public_key AS publicKey, fingerprint, definition_json AS definitionJson, state, received_at AS receivedAt`;

export function campaignFiles(db: Db) {
  return {
    byManifest: (sha: string): CampaignFileRow | null =>
      db.prepare<[string], CampaignFileRow>(`SELECT ${COLS} FROM campaign_files WHERE manifest_sha256 = ?`).get(sha) ?? null,
    byIdentity: (id: string, version: number, issue: number): CampaignFileRow | null =>
      db.prepare<[string, number, number], CampaignFileRow>(`SELECT ${COLS} FROM campaign_files WHERE campaign_id = ? AND template_version = ? AND issue = ?`).get(id, version, issue) ?? null,
    /** Held files signed by exactly this full key. */
    heldByKey: (publicKey: Buffer): CampaignFileRow[] =>
      db.prepare<[Buffer], CampaignFileRow>(`SELECT ${COLS} FROM campaign_files WHERE state = 'held' AND public_key = ? ORDER BY id`).all(publicKey),
    /** Whether this template version of the campaign was issued here or applied here. */
    knowsVersion: (id: string, version: number): boolean =>
      db.prepare<[string, number], { n: number }>(`SELECT COUNT(*) AS n FROM campaign_files WHERE campaign_id = ? AND template_version = ? AND state IN ('issued', 'applied')`).get(id, version)?.n !== 0,
    held: (): CampaignFileRow[] => db.prepare<[], CampaignFileRow>(`SELECT ${COLS} FROM campaign_files WHERE state = 'held' ORDER BY id`).all(),
    file: (id: number): Buffer | null => db.prepare<[number], { file: Buffer }>('SELECT file FROM campaign_files WHERE id = ?').get(id)?.file ?? null,
    insert(r: Omit<CampaignFileRow, 'id'> & { file: Buffer }): number {
      return Number(
        db
          .prepare(
            `INSERT INTO campaign_files (campaign_id, template_version, issue, manifest_sha256, issuer_code, public_key, fingerprint, definition_json, state, file, received_at)
             VALUES (@campaignId, @templateVersion, @issue, @manifestSha256, @issuerCode, @publicKey, @fingerprint, @definitionJson, @state, @file, @receivedAt)`,
          )
          .run(r).lastInsertRowid,
      );
    },
    setState: (id: number, state: CampaignFileState): void => void db.prepare('UPDATE campaign_files SET state = ? WHERE id = ?').run(state, id),
  };
}
