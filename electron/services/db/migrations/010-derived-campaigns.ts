import type { Migration } from './migration';

/** SPEC §9 derived campaigns: which campaign issued here re-issues which campaign received from above. */
export const m010DerivedCampaigns: Migration = {
  version: 10,
  name: 'derived campaigns',
  up(db) {
    db.exec(`
      -- A campaign this unit derived from one it received (its own deadlines, opening and units, the
      -- same template). Its packages feed this unit's own report on the parent, which answers upward.
      CREATE TABLE derived_campaigns (
        campaign_id            TEXT PRIMARY KEY,
        parent_id              TEXT NOT NULL,
        parent_manifest_sha256 TEXT NOT NULL,   -- the parent file's manifest.json, as in derivedFrom
        created_at             TEXT NOT NULL
      ) STRICT;
      CREATE INDEX derived_campaigns_parent ON derived_campaigns (parent_id);
    `);
  },
};
