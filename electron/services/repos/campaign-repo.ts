// Campaigns are stored as their full definition, so that a report stays readable with the template it
// was written against even after a newer one arrives. Built-in campaigns are refreshed on every open.
import { campaign1563 } from '../../../shared/campaign/builtin/campaign-1563';
import type { CampaignBook } from '../../../shared/campaign/book';
import type { CampaignDef } from '../../../shared/campaign/model';
import { AppError } from '../../../shared/errors';
import type { Unit } from '../../../shared/units/directory';
import type { Db } from '../db/open-database';

/** What an install knows of a campaign besides its definition (SPEC §9). */
export interface CampaignMeta {
  id: string;
  templateVersion: number;
  issue: number;
  /** The unit that issued it; null for a built-in campaign. */
  issuerCode: string | null;
  /** The expected units as issued; null: this unit's children in the directory (built-in campaigns). */
  units: Unit[] | null;
  builtin: boolean;
  /** Known only from a file whose issuer key is not confirmed yet: nothing is written against it. */
  held: boolean;
}

interface MetaRow {
  id: string;
  template_version: number;
  issue: number;
  issuer_code: string | null;
  units_json: string | null;
  builtin: number;
  held: number;
}

const toMeta = (r: MetaRow): CampaignMeta => ({
  id: r.id,
  templateVersion: r.template_version,
  issue: r.issue,
  issuerCode: r.issuer_code,
  units: r.units_json === null ? null : (JSON.parse(r.units_json) as Unit[]),
  builtin: r.builtin === 1,
  held: r.held === 1,
});

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
  const metaCols = 'id, template_version, issue, issuer_code, units_json, builtin, held';
  const metaQ = db.prepare<[string], MetaRow>(`SELECT ${metaCols} FROM campaigns WHERE id = ?`);
  const listQ = db.prepare<[], MetaRow>(`SELECT ${metaCols} FROM campaigns ORDER BY created_at DESC, id`);
  const storeQ = db.prepare(
    `INSERT INTO campaigns (id, template_id, template_version, definition_json, builtin, created_at, issue, issuer_code, units_json, held)
     VALUES (@id, @templateId, @templateVersion, @json, 0, @now, @issue, @issuerCode, @unitsJson, @held)
     ON CONFLICT(id) DO UPDATE SET template_id = excluded.template_id, template_version = excluded.template_version,
       definition_json = excluded.definition_json, issue = excluded.issue, issuer_code = excluded.issuer_code,
       units_json = excluded.units_json, held = excluded.held
     WHERE builtin = 0`,
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
    meta: (id: string): CampaignMeta | null => {
      const r = metaQ.get(id);
      return r ? toMeta(r) : null;
    },
    list: (): CampaignMeta[] => listQ.all().map(toMeta),
    /**
     * Adds an issued or received campaign, or replaces the one of the same id (a later issue or template
     * version; the caller has judged that it may). In the caller's transaction.
     */
    store(book: CampaignBook, issuerCode: string, held: boolean, now: string): void {
      if (BUILTIN_CAMPAIGNS.some((c) => c.id === book.campaign.id)) {
        throw new AppError('E_CAMPAIGN_FILE', `Mã đợt «${book.campaign.id}» là của một đợt có sẵn trong TongKet; một đợt ban hành phải có mã khác.`);
      }
      const c = book.campaign;
      storeQ.run({ id: c.id, templateId: c.template.id, templateVersion: c.template.version, json: JSON.stringify(c), now, issue: book.issue, issuerCode, unitsJson: JSON.stringify(book.units), held: held ? 1 : 0 });
      cache.delete(c.id);
    },
  };
}

export type CampaignRepo = ReturnType<typeof createCampaignRepo>;
