import type { Migration } from './migration';

/**
 * Plan 447 §IV.1: what the province does besides adding up — survey visits and their findings, the
 * units chosen to speak at the conference, and its edits to the units' commendation proposals. Per
 * campaign (campaigns are data since migration 9). The units' proposals themselves stay in their
 * packages: an edit is stored beside the original, which is never changed.
 */
export const m012ProvincePlan: Migration = {
  version: 12,
  name: 'survey visits, conference speakers, commendation edits',
  up(db) {
    db.exec(`
      CREATE TABLE survey_visits (
        id          INTEGER PRIMARY KEY,
        campaign_id TEXT NOT NULL,
        unit_code   TEXT NOT NULL,
        date_from   TEXT NOT NULL,          -- YYYY-MM-DD
        date_to     TEXT NOT NULL,
        team_json   TEXT NOT NULL,          -- JSON array of the members as written
        note        TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        CHECK (date_from <= date_to)
      ) STRICT;
      CREATE INDEX survey_visits_campaign ON survey_visits(campaign_id, date_from);

      CREATE TABLE survey_findings (
        id         INTEGER PRIMARY KEY,
        visit_id   INTEGER NOT NULL REFERENCES survey_visits(id) ON DELETE CASCADE,
        field_key  TEXT,                    -- the report field it speaks to, if any
        text       TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX survey_findings_visit ON survey_findings(visit_id);

      -- The criteria the officer ranks units by, in priority order (JSON array of criterion ids).
      CREATE TABLE speaker_criteria (
        campaign_id   TEXT PRIMARY KEY,
        criteria_json TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      ) STRICT;

      CREATE TABLE speakers (
        campaign_id TEXT NOT NULL,
        unit_code   TEXT NOT NULL,
        reason      TEXT NOT NULL,
        chosen_at   TEXT NOT NULL,
        PRIMARY KEY (campaign_id, unit_code)
      ) STRICT;

      -- The province's version of a proposed commendation: of the row source_row of the package
      -- source_manifest (the unit's original stays in that package), or a row it added (no source).
      CREATE TABLE commendation_edits (
        id              INTEGER PRIMARY KEY,
        campaign_id     TEXT NOT NULL,
        proposed_by     TEXT NOT NULL,      -- unit code of the proposing unit, or the province's own
        source_manifest TEXT,
        source_row      INTEGER,
        name            TEXT NOT NULL,
        position        TEXT NOT NULL,
        unit_name       TEXT NOT NULL,
        achievement     TEXT NOT NULL,
        excluded        INTEGER NOT NULL DEFAULT 0 CHECK (excluded IN (0, 1)),
        updated_at      TEXT NOT NULL,
        CHECK ((source_manifest IS NULL) = (source_row IS NULL)),
        UNIQUE (campaign_id, source_manifest, source_row)
      ) STRICT;
    `);
  },
};
