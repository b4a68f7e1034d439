import type { Migration } from './migration';

/** SPEC §9: units retired after the 2025 reorganisation; campaigns a province is still preparing. */
export const m011DirectoryAndCampaignDrafts: Migration = {
  version: 11,
  name: 'retired units and campaign drafts',
  up(db) {
    db.exec(`
      -- A retired unit keeps its code, its name and every report; it is only no longer expected in
      -- new campaigns. NULL: in service.
      ALTER TABLE units ADD COLUMN retired_at TEXT;

      -- A campaign being prepared at this receiving unit: the whole book {campaign, issue, units} as
      -- JSON, and the book it was copied from (NULL when it came from a workbook) for the comparison.
      CREATE TABLE campaign_drafts (
        id             INTEGER PRIMARY KEY,
        book_json      TEXT NOT NULL,
        source_json    TEXT,
        source_label   TEXT NOT NULL,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
      ) STRICT;
    `);
  },
};
