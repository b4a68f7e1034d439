// Every earlier schema version, from a real file of that version (tests/fixtures/db/v*.sqlite), opens
// in today's app: upgraded in order, the user's work intact, a backup of the old file kept first.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openAppServices } from '../../electron/services/app-services';
import { backupDir } from '../../electron/services/backup/backup';
import { databasePath } from '../../electron/services/data-dir';
import { LATEST_VERSION, MIGRATIONS } from '../../electron/services/db/migrations/index';
import { fixturePath } from '../helpers/fixtures';
import { useTempDirs } from '../helpers/temp';

const tempDir = useTempDirs();
const versions = readdirSync(fixturePath('db')).filter((n) => /^v\d+\.sqlite$/.test(n)).map((n) => Number(n.slice(1, -7))).sort((a, b) => a - b);

describe('migrations from fixture databases', () => {
  it('has a fixture for every version before the latest', () => {
    // Versions are the migrations' numbers; branches may leave a gap between them.
    expect(versions).toEqual(MIGRATIONS.slice(0, -1).map((m) => m.version));
  });

  for (const v of versions) {
    it(`upgrades a version ${v} database with its data intact`, async () => {
      const dir = join(tempDir(), 'data');
      mkdirSync(dir);
      copyFileSync(fixturePath(`db/v${v}.sqlite`), databasePath(dir));
      const services = openAppServices({ dataDir: dir });
      try {
        expect(services.ctx.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
        expect(services.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
        const profile = await services.api.getProfile({});
        expect(profile).toMatchObject({ signerName: 'Lò Văn Minh', documentNumber: '45', unit: { code: 'LDLD-TAMDUONG' } });
        const draft = await services.api.getDraft({});
        expect(draft.values['s4.narrative']).toBe(`Nội dung viết ở phiên bản lược đồ ${v}.\n- Một ý gạch đầu dòng`);
        expect(draft.values['pl.chairs.end']).toBe(43);
        // Many campaigns per install: the old data is the built-in campaign's, chosen, with its report.
        expect(await services.api.listCampaigns({})).toEqual([
          expect.objectContaining({ id: '1563-TK-2023', issuer: null, issue: 1, current: true, unit: { revision: 1, sent: 0, decision: null } }),
        ]);
        // The default directory is there after the upgrade too, without disturbing the unit's own row.
        expect((await services.api.listUnits({})).map((u) => u.code)).toContain('LDLD-LAICHAU');
        // And the app works on it: a new save goes through.
        expect((await services.api.saveField({ key: 's5.courses', value: 3 })).value).toBe(3);
      } finally {
        services.close();
      }
      const [pre] = readdirSync(backupDir(dir)).filter((n) => n.endsWith('-truoc-nang-cap.sqlite'));
      const kept = new Database(join(backupDir(dir), pre as string), { readonly: true });
      expect(kept.pragma('user_version', { simple: true })).toBe(v);
      kept.close();
    });
  }
});
