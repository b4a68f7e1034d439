// Campaigns are stored as their full definition, so that a report stays readable with the template it
// was written against even after a newer one arrives. Built-in campaigns are refreshed on every open.
import { campaign1563 } from '../../../shared/campaign/builtin/campaign-1563';
import type { CampaignDef } from '../../../shared/campaign/model';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open-database';

export const BUILTIN_CAMPAIGNS: readonly CampaignDef[] = [campaign1563];

export function createCampaignRepo(db: Db) {
  const byId = db.prepare<[string], { definition_json: string }>('SELECT definition_json FROM campaigns WHERE id = ?');
  const upsertBuiltin = db.prepare(
    `INSERT INTO campaigns (id, template_id, template_version, definition_json, builtin, created_at)
     VALUES (@id, @templateId, @templateVersion, @json, 1, @now)
     ON CONFLICT(id) DO UPDATE SET template_id = excluded.template_id, template_version = excluded.template_version,
       definition_json = excluded.definition_json
     WHERE builtin = 1 AND definition_json <> excluded.definition_json`,
  );
  // Parsed definitions are kept: the template object's identity keys the field-index cache.
  const cache = new Map<string, CampaignDef>();

  function get(id: string): CampaignDef {
    const cached = cache.get(id);
    if (cached) return cached;
    const builtin = BUILTIN_CAMPAIGNS.find((c) => c.id === id);
    const row = byId.get(id);
    if (!row) throw new AppError('E_CAMPAIGN_MISMATCH', `Không có đợt tổng kết «${id}» trong dữ liệu.`);
    const def = builtin ?? (JSON.parse(row.definition_json) as CampaignDef);
    cache.set(id, def);
    return def;
  }

  return {
    ensureBuiltins(now: string): void {
      db.transaction(() => {
        for (const c of BUILTIN_CAMPAIGNS) {
          upsertBuiltin.run({ id: c.id, templateId: c.template.id, templateVersion: c.template.version, json: JSON.stringify(c), now });
        }
      })();
    },
    /** The campaign, or null when this data folder does not know it (e.g. a package from next year). */
    find(id: string): CampaignDef | null {
      try {
        return get(id);
      } catch {
        return null;
      }
    },
    get,
  };
}

export type CampaignRepo = ReturnType<typeof createCampaignRepo>;
