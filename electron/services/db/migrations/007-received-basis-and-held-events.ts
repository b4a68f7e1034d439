import type { Migration } from './migration';

/**
 * Issue 12: how the time received was established, and a trail of what happened to packages held for
 * a key nobody confirmed (refused, purged after the holding period). Self-contained: it only adds to
 * the inbox of migration 4, whatever other step runs before it.
 */
export const m007ReceivedBasisAndHeldEvents: Migration = {
  version: 7,
  name: 'how the time received was established; events of held packages',
  up(db) {
    db.exec(`
      -- mail-server: the topmost Received header of the saved e-mail (written by the office's own mail
      -- server); import: the time of the import. NULL for packages imported before this was recorded.
      ALTER TABLE inbox ADD COLUMN received_basis TEXT CHECK (received_basis IN ('mail-server', 'import'));

      -- What happened to a held package after it was stored: refused by a person, or purged unconfirmed
      -- after the holding period (its bytes are dropped then; the row and this line stay).
      CREATE TABLE inbox_events (
        id        INTEGER PRIMARY KEY,
        inbox_id  INTEGER NOT NULL REFERENCES inbox(id),
        event     TEXT NOT NULL CHECK (event IN ('refused', 'purged')),
        detail    TEXT NOT NULL,
        at        TEXT NOT NULL
      ) STRICT;
      CREATE INDEX inbox_events_inbox ON inbox_events(inbox_id);
    `);
  },
};
