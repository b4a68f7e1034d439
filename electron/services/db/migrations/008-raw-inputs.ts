import type { Migration } from './migration';

/** SPEC §4, §9 (nothing typed is lost): what was typed in a cell that cannot be read as its value. */
export const m008RawInputs: Migration = {
  version: 8,
  name: 'texts kept as typed',
  up(db) {
    db.exec(`
      -- One row per field with cells typed but not readable ("4 người" in a count): a JSON object of
      -- cell → text. Validation reports each as an error, so a revision with any cannot be exported.
      CREATE TABLE raw_inputs (
        report_id  INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        field_key  TEXT NOT NULL,
        cells_json TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (report_id, field_key)
      ) STRICT;
    `);
  },
};
