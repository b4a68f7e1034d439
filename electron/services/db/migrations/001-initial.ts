import type { Migration } from './migration';

export const m001Initial: Migration = {
  version: 1,
  name: 'initial schema: directory, profile, campaigns, reports, values, audit',
  up(db) {
    db.exec(`
      CREATE TABLE levels (
        id   TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        rank INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE units (
        code        TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        short_name  TEXT NOT NULL,
        level_id    TEXT NOT NULL REFERENCES levels(id),
        parent_code TEXT REFERENCES units(code),
        place       TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE campaigns (
        id               TEXT PRIMARY KEY,
        template_id      TEXT NOT NULL,
        template_version INTEGER NOT NULL,
        definition_json  TEXT NOT NULL,
        builtin          INTEGER NOT NULL DEFAULT 0,
        created_at       TEXT NOT NULL
      ) STRICT;

      -- One row: this installation's unit and signer.
      CREATE TABLE profile (
        id              INTEGER PRIMARY KEY CHECK (id = 1),
        unit_code       TEXT NOT NULL REFERENCES units(code),
        signer_name     TEXT NOT NULL,
        signer_title    TEXT NOT NULL,
        authority_line  TEXT NOT NULL,
        document_number TEXT NOT NULL,
        document_symbol TEXT NOT NULL,
        place           TEXT NOT NULL,
        campaign_id     TEXT NOT NULL REFERENCES campaigns(id),
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      ) STRICT;

      -- A report revision of one unit for one campaign. Frozen revisions are never edited again.
      CREATE TABLE reports (
        id          INTEGER PRIMARY KEY,
        campaign_id TEXT NOT NULL REFERENCES campaigns(id),
        unit_code   TEXT NOT NULL REFERENCES units(code),
        revision    INTEGER NOT NULL CHECK (revision >= 1),
        status      TEXT NOT NULL CHECK (status IN ('draft', 'frozen')),
        reason      TEXT,
        created_at  TEXT NOT NULL,
        frozen_at   TEXT,
        UNIQUE (campaign_id, unit_code, revision)
      ) STRICT;

      CREATE TABLE field_values (
        report_id  INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        field_key  TEXT NOT NULL,
        value_json TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (report_id, field_key)
      ) STRICT;

      CREATE TABLE explanations (
        report_id  INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        rule_id    TEXT NOT NULL,
        text       TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (report_id, rule_id)
      ) STRICT;

      -- Every change of a value or explanation: who needs to know what was there before can find it.
      CREATE TABLE audit_log (
        id         INTEGER PRIMARY KEY,
        report_id  INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        target     TEXT NOT NULL CHECK (target IN ('field', 'explanation')),
        key        TEXT NOT NULL,
        old_json   TEXT,
        new_json   TEXT,
        source     TEXT NOT NULL,
        changed_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_log_report ON audit_log(report_id, changed_at);
    `);
  },
};
