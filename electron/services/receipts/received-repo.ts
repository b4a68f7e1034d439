// Receipts a reporting unit imported from the level above.
import type { Db } from '../db/open-database';

export interface ReceivedReceipt {
  id: number;
  receiptSha256: string;
  /** The signed receiptId; null for receipts imported before schema version 6. */
  receiptId: string | null;
  campaignId: string;
  revision: number;
  manifestSha256: string;
  decision: 'accepted' | 'returned';
  comment: string;
  fieldsJson: string;
  issuerCode: string;
  issuerName: string;
  keyId: string;
  fingerprint: string;
  state: 'held' | 'applied' | 'refused';
  decidedAt: string;
  importedAt: string;
}

const COLS = `id, receipt_sha256 AS receiptSha256, receipt_id AS receiptId, campaign_id AS campaignId, revision, manifest_sha256 AS manifestSha256,
  decision, comment, fields_json AS fieldsJson, issuer_code AS issuerCode, issuer_name AS issuerName, key_id AS keyId,
  fingerprint, state, decided_at AS decidedAt, imported_at AS importedAt`;

export function createReceivedRepo(db: Db) {
  const bySha = db.prepare<[string], ReceivedReceipt>(`SELECT ${COLS} FROM receipts_received WHERE receipt_sha256 = ?`);
  // The same receipt is the same id signed by the same key: a forged copy of a genuine id is not "the same".
  const byIdQ = db.prepare<[string, string], ReceivedReceipt>(`SELECT ${COLS} FROM receipts_received WHERE receipt_id = ? AND fingerprint = ? ORDER BY id LIMIT 1`);
  const heldQ = db.prepare<[], ReceivedReceipt>(`SELECT ${COLS} FROM receipts_received WHERE state = 'held' ORDER BY id`);
  const bytesQ = db.prepare<[number], { receipt: Buffer }>('SELECT receipt FROM receipts_received WHERE id = ?');
  const setStateQ = db.prepare('UPDATE receipts_received SET state = ? WHERE id = ?');
  const stateQ = db.prepare<[number], { state: ReceivedReceipt['state'] }>('SELECT state FROM receipts_received WHERE id = ?');
  const latestQ = db.prepare<[string], ReceivedReceipt>(
    `SELECT ${COLS} FROM receipts_received WHERE campaign_id = ? AND state = 'applied' ORDER BY decided_at DESC, id DESC LIMIT 1`,
  );
  const insertQ = db.prepare(
    `INSERT INTO receipts_received (receipt_sha256, receipt_id, campaign_id, revision, manifest_sha256, decision, comment, fields_json,
       issuer_code, issuer_name, key_id, fingerprint, state, decided_at, imported_at, receipt)
     VALUES (@receiptSha256, @receiptId, @campaignId, @revision, @manifestSha256, @decision, @comment, @fieldsJson, @issuerCode,
       @issuerName, @keyId, @fingerprint, @state, @decidedAt, @importedAt, @receipt)`,
  );
  const applyQ = db.prepare(`UPDATE receipts_received SET state = 'applied' WHERE id = ?`);
  return {
    bySha: (sha: string): ReceivedReceipt | null => bySha.get(sha) ?? null,
    byReceiptId: (receiptId: string, fingerprint: string): ReceivedReceipt | null => byIdQ.get(receiptId, fingerprint) ?? null,
    /** Receipts waiting for a person's decision about their signer's key. */
    held: (): ReceivedReceipt[] => heldQ.all(),
    bytes: (id: number): Buffer | null => bytesQ.get(id)?.receipt ?? null,
    stateOf: (id: number): ReceivedReceipt['state'] | null => stateQ.get(id)?.state ?? null,
    refuse: (id: number): void => {
      setStateQ.run('refused', id);
    },
    latest: (campaignId: string): ReceivedReceipt | null => latestQ.get(campaignId) ?? null,
    insert: (r: Omit<ReceivedReceipt, 'id'> & { receipt: Buffer }): number => Number(insertQ.run(r).lastInsertRowid),
    markApplied: (id: number): void => {
      applyQ.run(id);
    },
  };
}

export type ReceivedRepo = ReturnType<typeof createReceivedRepo>;
