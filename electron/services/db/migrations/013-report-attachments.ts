import type { Migration } from './migration';

/**
 * Issue 17: files a unit attaches to its report (above all the scan of the signed and stamped paper
 * report) are kept in the database from the moment they are chosen, so that a reload, a crash or a
 * backup keeps them; the export signs them into the package as `attachments/<name>`.
 */
export const m013ReportAttachments: Migration = {
  version: 13,
  name: 'report attachments',
  up(db) {
    db.exec(`
      CREATE TABLE report_attachments (
        report_id  INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        name       TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size       INTEGER NOT NULL,
        sha256     TEXT NOT NULL,
        data       BLOB NOT NULL,
        added_at   TEXT NOT NULL,
        PRIMARY KEY (report_id, name)
      ) STRICT;
    `);
  },
};
