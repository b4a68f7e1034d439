import type { Migration } from './migration';

/** SPEC §6: a key replacement announced inside a package signed by the old key. */
export const m005KeyReplacement: Migration = {
  version: 5,
  name: 'key replacement announced by the old key',
  up(db) {
    db.exec(`
      -- At a unit: the next signing key, made ahead and announced in the next package signed by the
      -- current key; once that package is exported it becomes the unit's key. Secret encrypted, as in keys.
      CREATE TABLE next_keys (
        unit_code     TEXT PRIMARY KEY REFERENCES units(code),
        key_id        TEXT NOT NULL UNIQUE,
        public_key    BLOB NOT NULL,
        secret_blob   BLOB NOT NULL,
        secret_scheme TEXT NOT NULL,
        created_at    TEXT NOT NULL
      ) STRICT;

      -- At a receiving unit: keys that units announced in packages signed by their registered key.
      -- Trusted only once a person confirms the fingerprint; confirming it revokes the announcing key.
      CREATE TABLE announced_keys (
        key_id          TEXT PRIMARY KEY,
        unit_code       TEXT NOT NULL REFERENCES units(code),
        public_key      BLOB NOT NULL,
        announced_by    TEXT NOT NULL REFERENCES keys(key_id),
        manifest_sha256 TEXT NOT NULL,
        revision        INTEGER NOT NULL,
        announced_at    TEXT NOT NULL
      ) STRICT;
    `);
  },
};
