import type { Migration } from './migration';

export const m003KeysAndExports: Migration = {
  version: 3,
  name: 'signing keys and exported packages',
  up(db) {
    db.exec(`
      -- Ed25519 keys in minisign form. Own keys carry their secret, encrypted (never in the clear);
      -- keys of other units (registered at the province) have none.
      CREATE TABLE keys (
        key_id        TEXT PRIMARY KEY,            -- minisign key id, 16 upper-case hex digits
        unit_code     TEXT NOT NULL REFERENCES units(code),
        public_key    BLOB NOT NULL,
        secret_blob   BLOB,
        secret_scheme TEXT,
        own           INTEGER NOT NULL CHECK (own IN (0, 1)),
        status        TEXT NOT NULL CHECK (status IN ('active', 'revoked')),
        created_at    TEXT NOT NULL,
        revoked_at    TEXT,
        CHECK ((own = 1) = (secret_blob IS NOT NULL))
      ) STRICT;
      CREATE INDEX keys_unit ON keys(unit_code, status);

      -- Every package exported. The bytes are kept, so that exporting a frozen revision again gives
      -- the very same file (same manifest hash), never a conflicting one.
      CREATE TABLE exports (
        id              INTEGER PRIMARY KEY,
        report_id       INTEGER NOT NULL UNIQUE REFERENCES reports(id),
        file_name       TEXT NOT NULL,
        manifest_sha256 TEXT NOT NULL,
        package_sha256  TEXT NOT NULL,
        size            INTEGER NOT NULL,
        key_id          TEXT NOT NULL REFERENCES keys(key_id),
        package         BLOB NOT NULL,
        docx            BLOB NOT NULL,
        xlsx            BLOB NOT NULL,
        created_at      TEXT NOT NULL
      ) STRICT;
    `);
  },
};
