import type { Migration } from './migration';

export const m004InboxAndReceipts: Migration = {
  version: 4,
  name: 'receiving unit inbox, reviews and receipts',
  up(db) {
    db.exec(`
      -- Every package a receiving unit imported, kept exactly as received (bytes and hashes), so that
      -- it can be verified again or handed upward later. Nothing received is ever deleted.
      CREATE TABLE inbox (
        id              INTEGER PRIMARY KEY,
        campaign_id     TEXT NOT NULL,
        unit_code       TEXT NOT NULL REFERENCES units(code),
        revision        INTEGER NOT NULL,
        manifest_sha256 TEXT NOT NULL UNIQUE,
        package_sha256  TEXT NOT NULL,
        key_id          TEXT NOT NULL,
        fingerprint     TEXT NOT NULL,
        signer_name     TEXT NOT NULL,
        signer_title    TEXT NOT NULL,
        created_at      TEXT NOT NULL,    -- the sender's clock, for information only
        received_at     TEXT NOT NULL,    -- ours: import time, or the e-mail's Date; lateness is judged on this
        source          TEXT NOT NULL,
        -- held: signed by a key nobody has confirmed yet; current: the unit's latest revision;
        -- refused: a person did not recognise that key; superseded: an older revision;
        -- conflict: the same revision as another with different content.
        state           TEXT NOT NULL CHECK (state IN ('held', 'refused', 'current', 'superseded', 'conflict')),
        manifest_json   TEXT NOT NULL,
        report_json     TEXT NOT NULL,
        package         BLOB NOT NULL,
        imported_at     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX inbox_unit ON inbox(campaign_id, unit_code, revision);

      -- Accept or return, by the receiving unit, of one received package.
      CREATE TABLE reviews (
        id              INTEGER PRIMARY KEY,
        inbox_id        INTEGER NOT NULL REFERENCES inbox(id),
        decision        TEXT NOT NULL CHECK (decision IN ('accepted', 'returned')),
        comment         TEXT NOT NULL,
        fields_json     TEXT NOT NULL,
        receipt_name    TEXT NOT NULL,
        receipt_sha256  TEXT NOT NULL,
        decided_at      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX reviews_inbox ON reviews(inbox_id, decided_at);

      -- Receipts a reporting unit imported from the level above.
      CREATE TABLE receipts_received (
        id              INTEGER PRIMARY KEY,
        receipt_sha256  TEXT NOT NULL UNIQUE,
        campaign_id     TEXT NOT NULL,
        revision        INTEGER NOT NULL,
        manifest_sha256 TEXT NOT NULL,
        decision        TEXT NOT NULL CHECK (decision IN ('accepted', 'returned')),
        comment         TEXT NOT NULL,
        fields_json     TEXT NOT NULL,
        issuer_code     TEXT NOT NULL,
        issuer_name     TEXT NOT NULL,
        key_id          TEXT NOT NULL,
        fingerprint     TEXT NOT NULL,
        state           TEXT NOT NULL CHECK (state IN ('held', 'applied')),
        decided_at      TEXT NOT NULL,
        imported_at     TEXT NOT NULL,
        receipt         BLOB NOT NULL
      ) STRICT;
    `);
  },
};
