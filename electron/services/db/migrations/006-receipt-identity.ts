import type { Migration } from './migration';

/**
 * Issue 12: a receipt is known by its id and its signer's key (a re-zipped copy of one already imported
 * is a duplicate, not a second decision), and a receipt signed by a key nobody recognises can be refused.
 * SQLite cannot widen a CHECK in place, so the table is rebuilt; nothing references it.
 */
export const m006ReceiptIdentity: Migration = {
  version: 6,
  name: 'receipts known by id and signer key; refused receipts',
  up(db) {
    db.exec(`
      CREATE TABLE receipts_received_new (
        id              INTEGER PRIMARY KEY,
        receipt_sha256  TEXT NOT NULL UNIQUE,
        receipt_id      TEXT,              -- the signed receiptId; NULL for rows imported before version 6
        campaign_id     TEXT NOT NULL,
        revision        INTEGER NOT NULL,
        manifest_sha256 TEXT NOT NULL,
        decision        TEXT NOT NULL CHECK (decision IN ('accepted', 'returned')),
        comment         TEXT NOT NULL,
        fields_json     TEXT NOT NULL,
        issuer_code     TEXT NOT NULL,
        issuer_name     TEXT NOT NULL,
        key_id          TEXT NOT NULL,     -- a hint only: the signer is the full key, named by its fingerprint
        fingerprint     TEXT NOT NULL,
        -- held: signed by a key not registered for the issuer; applied: the decision reached the report;
        -- refused: a person did not recognise the key.
        state           TEXT NOT NULL CHECK (state IN ('held', 'applied', 'refused')),
        decided_at      TEXT NOT NULL,
        imported_at     TEXT NOT NULL,
        receipt         BLOB NOT NULL
      ) STRICT;
      INSERT INTO receipts_received_new (id, receipt_sha256, receipt_id, campaign_id, revision, manifest_sha256, decision, comment,
          fields_json, issuer_code, issuer_name, key_id, fingerprint, state, decided_at, imported_at, receipt)
        SELECT id, receipt_sha256, NULL, campaign_id, revision, manifest_sha256, decision, comment, fields_json, issuer_code,
          issuer_name, key_id, fingerprint, state, decided_at, imported_at, receipt FROM receipts_received;
      DROP TABLE receipts_received;
      ALTER TABLE receipts_received_new RENAME TO receipts_received;
      CREATE INDEX receipts_received_id ON receipts_received(receipt_id, fingerprint);
      CREATE INDEX inbox_held_key ON inbox(state, fingerprint);
    `);
  },
};
