// Seeds the editable default directory (Lai Châu, 2023) as data, so that it can be changed later
// without touching code. Rows the user already has (same id or code) are kept as they are.
import { DEFAULT_LEVELS, DEFAULT_UNITS } from '../../../../shared/units/directory';
import type { Migration } from './migration';

export const m002DefaultDirectory: Migration = {
  version: 2,
  name: 'default unit directory (Lai Châu 2023)',
  up(db) {
    const now = new Date().toISOString();
    const level = db.prepare('INSERT OR IGNORE INTO levels (id, name, rank) VALUES (?, ?, ?)');
    for (const l of DEFAULT_LEVELS) level.run(l.id, l.name, l.rank);
    const unit = db.prepare(
      `INSERT OR IGNORE INTO units (code, name, short_name, level_id, parent_code, place, created_at, updated_at)
       VALUES (@code, @name, @shortName, @levelId, @parentCode, @place, @now, @now)`,
    );
    for (const u of DEFAULT_UNITS) unit.run({ ...u, now });
  },
};
