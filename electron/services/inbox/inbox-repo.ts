// Received packages and their reviews. Rows are never deleted: state changes only.
import type { ReceivedBasis } from '../../../shared/api/inbox-types';
import type { Db } from '../db/open-database';

export type InboxState = 'held' | 'refused' | 'current' | 'superseded' | 'conflict';

export interface InboxRow {
  id: number;
  campaignId: string;
  unitCode: string;
  revision: number;
  manifestSha256: string;
  packageSha256: string;
  keyId: string;
  fingerprint: string;
  signerName: string;
  signerTitle: string;
  createdAt: string;
  receivedAt: string;
  source: string;
  state: InboxState;
  /** How receivedAt was established; null for rows imported before it was recorded. */
  receivedBasis: ReceivedBasis | null;
}

export interface NewInboxRow extends Omit<InboxRow, 'id'> {
  manifestJson: string;
  reportJson: string;
  package: Buffer;
  importedAt: string;
}

export interface ReviewRow {
  inboxId: number;
  decision: 'accepted' | 'returned';
  comment: string;
  fieldsJson: string;
  receiptName: string;
  receiptSha256: string;
  decidedAt: string;
}

const COLS = `id, campaign_id AS campaignId, unit_code AS unitCode, revision, manifest_sha256 AS manifestSha256,
  package_sha256 AS packageSha256, key_id AS keyId, fingerprint, signer_name AS signerName, signer_title AS signerTitle,
  created_at AS createdAt, received_at AS receivedAt, source, state, received_basis AS receivedBasis`;

export function createInboxRepo(db: Db) {
  const byManifestQ = db.prepare<[string], InboxRow>(`SELECT ${COLS} FROM inbox WHERE manifest_sha256 = ?`);
  const byIdQ = db.prepare<[number], InboxRow>(`SELECT ${COLS} FROM inbox WHERE id = ?`);
  const placedQ = db.prepare<[string, string], InboxRow>(
    `SELECT ${COLS} FROM inbox WHERE campaign_id = ? AND unit_code = ? AND state IN ('current', 'superseded', 'conflict') ORDER BY revision, id`,
  );
  const currentQ = db.prepare<[string], InboxRow>(`SELECT ${COLS} FROM inbox WHERE campaign_id = ? AND state = 'current' ORDER BY unit_code`);
  const heldQ = db.prepare<[], InboxRow>(`SELECT ${COLS} FROM inbox WHERE state = 'held' ORDER BY id`);
  const allQ = db.prepare<[string], InboxRow>(`SELECT ${COLS} FROM inbox WHERE campaign_id = ? ORDER BY unit_code, revision, id`);
  const insertQ = db.prepare(
    `INSERT INTO inbox (campaign_id, unit_code, revision, manifest_sha256, package_sha256, key_id, fingerprint, signer_name,
       signer_title, created_at, received_at, source, state, manifest_json, report_json, package, imported_at, received_basis)
     VALUES (@campaignId, @unitCode, @revision, @manifestSha256, @packageSha256, @keyId, @fingerprint, @signerName,
       @signerTitle, @createdAt, @receivedAt, @source, @state, @manifestJson, @reportJson, @package, @importedAt, @receivedBasis)`,
  );
  const setStateQ = db.prepare('UPDATE inbox SET state = ? WHERE id = ?');
  // The signed manifest stays (what was claimed, by which key); the package and its report go.
  const dropContentsQ = db.prepare("UPDATE inbox SET package = x'', report_json = '{}' WHERE id = ?");
  const heldByFingerprintQ = db.prepare<[string], { count: number; bytes: number }>(
    "SELECT COUNT(*) AS count, COALESCE(SUM(LENGTH(package)), 0) AS bytes FROM inbox WHERE state = 'held' AND fingerprint = ?",
  );
  const heldTotalQ = db.prepare<[], { count: number; bytes: number }>(
    "SELECT COUNT(*) AS count, COALESCE(SUM(LENGTH(package)), 0) AS bytes FROM inbox WHERE state = 'held'",
  );
  const heldBeforeQ = db.prepare<[string], InboxRow>(`SELECT ${COLS} FROM inbox WHERE state = 'held' AND imported_at < ? ORDER BY id`);
  const addEventQ = db.prepare('INSERT INTO inbox_events (inbox_id, event, detail, at) VALUES (?, ?, ?, ?)');
  const packageQ = db.prepare<[number], { package: Buffer; report_json: string; manifest_json: string }>(
    'SELECT package, report_json, manifest_json FROM inbox WHERE id = ?',
  );
  const insertReviewQ = db.prepare(
    `INSERT INTO reviews (inbox_id, decision, comment, fields_json, receipt_name, receipt_sha256, decided_at)
     VALUES (@inboxId, @decision, @comment, @fieldsJson, @receiptName, @receiptSha256, @decidedAt)`,
  );
  const lastReviewQ = db.prepare<[number], ReviewRow>(
    `SELECT inbox_id AS inboxId, decision, comment, fields_json AS fieldsJson, receipt_name AS receiptName,
       receipt_sha256 AS receiptSha256, decided_at AS decidedAt FROM reviews WHERE inbox_id = ? ORDER BY id DESC LIMIT 1`,
  );

  return {
    byManifest: (sha: string): InboxRow | null => byManifestQ.get(sha) ?? null,
    byId: (id: number): InboxRow | null => byIdQ.get(id) ?? null,
    /** Rows that count for the revision rules: everything but held and refused ones. */
    placed: (campaignId: string, unitCode: string): InboxRow[] => placedQ.all(campaignId, unitCode),
    current: (campaignId: string): InboxRow[] => currentQ.all(campaignId),
    held: (): InboxRow[] => heldQ.all(),
    all: (campaignId: string): InboxRow[] => allQ.all(campaignId),
    insert: (row: NewInboxRow): number => Number(insertQ.run(row).lastInsertRowid),
    setState: (id: number, state: InboxState): void => {
      setStateQ.run(state, id);
    },
    contents: (id: number) => packageQ.get(id) ?? null,
    /** Drops a refused or purged package's bytes and report, with a line saying why. */
    dropContents: (id: number, event: 'refused' | 'purged', detail: string, at: string): void => {
      dropContentsQ.run(id);
      addEventQ.run(id, event, detail, at);
    },
    /** Packages held for one key (by fingerprint), and their stored size. */
    heldFor: (fingerprint: string) => heldByFingerprintQ.get(fingerprint) ?? { count: 0, bytes: 0 },
    heldTotal: () => heldTotalQ.get() ?? { count: 0, bytes: 0 },
    /** Held packages imported before `iso`. */
    heldBefore: (iso: string): InboxRow[] => heldBeforeQ.all(iso),
    addReview: (r: ReviewRow): void => {
      insertReviewQ.run(r);
    },
    lastReview: (inboxId: number): ReviewRow | null => lastReviewQ.get(inboxId) ?? null,
  };
}

export type InboxRepo = ReturnType<typeof createInboxRepo>;
