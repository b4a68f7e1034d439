import type { Migration } from './migration';

/** SPEC §9: many campaigns per install, received and issued as signed campaign files. */
export const m009CampaignFiles: Migration = {
  version: 9,
  name: 'campaigns issued and received as signed files',
  up(db) {
    db.exec(`
      -- Who issued a campaign, its issue number and the units it expects. A built-in campaign has no
      -- issuer and expects this unit's children in the directory (units_json NULL).
      ALTER TABLE campaigns ADD COLUMN issue INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE campaigns ADD COLUMN issuer_code TEXT;
      ALTER TABLE campaigns ADD COLUMN units_json TEXT;
      -- held: known only from a file whose issuer key nobody here has confirmed yet; nothing is
      -- written against it until a person confirms the fingerprint.
      ALTER TABLE campaigns ADD COLUMN held INTEGER NOT NULL DEFAULT 0 CHECK (held IN (0, 1));

      -- Every campaign file issued here or received, kept exactly as it was (bytes and manifest hash),
      -- so that the same file arriving again is recognised and a held one can be applied later.
      CREATE TABLE campaign_files (
        id               INTEGER PRIMARY KEY,
        campaign_id      TEXT NOT NULL,
        template_version INTEGER NOT NULL,
        issue            INTEGER NOT NULL,
        manifest_sha256  TEXT NOT NULL UNIQUE,
        issuer_code      TEXT NOT NULL,
        public_key       BLOB NOT NULL,       -- the full key the file was verified with
        fingerprint      TEXT NOT NULL,
        definition_json  TEXT NOT NULL,       -- campaign.json as received: {campaign, issue, units}
        -- issued: made here; held: waiting for the issuer's key to be confirmed; applied: in use or
        -- replaced by a later version; refused: a person did not recognise the key.
        state            TEXT NOT NULL CHECK (state IN ('issued', 'held', 'applied', 'refused')),
        file             BLOB NOT NULL,
        received_at      TEXT NOT NULL,
        UNIQUE (campaign_id, template_version, issue)
      ) STRICT;
    `);
  },
};
