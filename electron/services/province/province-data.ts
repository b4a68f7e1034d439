// Reads what the province's synthesis needs from the database: the expected units (children in the
// directory, or the campaign's; those of the campaigns derived from it here), every package the inbox holds with the province's last decision on it, and — only for
// the packages the selection chooses — the unit's report data. Then hands it to the pure aggregate.
import type { Profile } from '../../../shared/api/contract';
import { aggregate } from '../../../shared/aggregate/aggregate';
import type { Aggregate, Basis, Candidate, UnitReport } from '../../../shared/aggregate/types';
import type { CampaignDef } from '../../../shared/campaign/model';
import type { ServiceContext } from '../context';
import { requireProfile } from '../handlers/profile-handlers';
import { requireReceiving } from '../inbox/receiving';
import { expectedUnits } from '../campaigns/campaign-list';
import { feedingCampaigns } from '../campaigns/derived-store';

export interface ProvinceData {
  campaign: CampaignDef;
  profile: Profile;
  aggregate: Aggregate;
  /** The full report data (texts too) of the package each unit's result points at, by unit code. */
  reportOf(unitCode: string): UnitReport | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The string entries of a record (the explanations of a package), anything else dropped. */
function stringsOf(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isRecord(v)) for (const [k, x] of Object.entries(v)) if (typeof x === 'string') out[k] = x;
  return out;
}

/** report_json was schema-checked at import; read defensively anyway, a row is not worth a crash. */
function parseUnitReport(json: string): UnitReport | null {
  try {
    const r = JSON.parse(json) as unknown;
    if (!isRecord(r) || typeof r.templateId !== 'string' || typeof r.templateVersion !== 'number' || !isRecord(r.values)) return null;
    return { templateId: r.templateId, templateVersion: r.templateVersion, values: r.values, explanations: stringsOf(r.explanations) };
  } catch {
    return null;
  }
}

/** The full data (texts too) of one received package. */
export function readUnitReport(ctx: ServiceContext, inboxId: number): UnitReport | null {
  const row = ctx.db.prepare<[number], { report_json: string }>('SELECT report_json FROM inbox WHERE id = ?').get(inboxId);
  return row ? parseUnitReport(row.report_json) : null;
}

/**
 * The numbers of a package and what it needs to be judged, without its texts: SQLite picks the numeric
 * values out of the stored JSON, so that a province of a thousand units does not parse a thousand
 * reports' narratives just to add up their figures.
 */
interface FiguresRow {
  id: number;
  templateId: unknown;
  templateVersion: unknown;
  numbers: string | null;
  explanations: string | null;
}

const FIGURES = `SELECT id, json_extract(report_json, '$.templateId') AS templateId, json_extract(report_json, '$.templateVersion') AS templateVersion,
    (SELECT json_group_object(key, value) FROM json_each(report_json, '$.values') WHERE type IN ('integer', 'real')) AS numbers,
    json_extract(report_json, '$.explanations') AS explanations
  FROM inbox WHERE json_valid(report_json)`;

function figuresReader(ctx: ServiceContext, campaignIds: string[]): (inboxId: number) => UnitReport | null {
  // The current packages, which are nearly all the ones chosen, in one pass; any other one on demand.
  const currentQ = ctx.db.prepare<[string], FiguresRow>(`${FIGURES} AND campaign_id = ? AND state = 'current'`);
  const current = new Map(campaignIds.flatMap((id) => currentQ.all(id)).map((r) => [r.id, r]));
  const one = ctx.db.prepare<[number], FiguresRow>(`${FIGURES} AND id = ?`);
  return (id) => {
    const r = current.get(id) ?? one.get(id);
    if (!r || typeof r.templateId !== 'string' || typeof r.templateVersion !== 'number') return null;
    const values = JSON.parse(r.numbers ?? '{}') as Record<string, unknown>;
    return { templateId: r.templateId, templateVersion: r.templateVersion, values, explanations: stringsOf(r.explanations ? JSON.parse(r.explanations) : {}) };
  };
}

/** The province's last decision on every package of the campaign, in one query. */
function lastDecisions(ctx: ServiceContext, campaignId: string): Map<number, 'accepted' | 'returned'> {
  const rows = ctx.db
    .prepare<[string], { inboxId: number; decision: 'accepted' | 'returned' }>(
      `SELECT r.inbox_id AS inboxId, r.decision FROM reviews r JOIN inbox i ON i.id = r.inbox_id
       WHERE i.campaign_id = ? AND r.id = (SELECT MAX(id) FROM reviews WHERE inbox_id = r.inbox_id)`,
    )
    .all(campaignId);
  return new Map(rows.map((r) => [r.inboxId, r.decision]));
}

export function loadProvinceData(ctx: ServiceContext, basis: Basis): ProvinceData {
  requireReceiving(ctx);
  const profile = requireProfile(ctx);
  const campaign = ctx.campaigns.get(profile.campaignId);
  const cache = new Map<number, UnitReport | null>();
  const reportById = (id: number): UnitReport | null => {
    if (!cache.has(id)) cache.set(id, readUnitReport(ctx, id));
    return cache.get(id) ?? null;
  };
  // The packages of this campaign and of those derived from it here (SPEC §9): all feed this report.
  const feeding = feedingCampaigns(ctx, campaign.id);
  const decisions = new Map(feeding.flatMap((id) => [...lastDecisions(ctx, id)]));
  const candidates: Candidate[] = feeding.flatMap((id) => ctx.inbox.all(id)).map((r) => ({
    inboxId: r.id,
    unitCode: r.unitCode,
    revision: r.revision,
    manifestSha256: r.manifestSha256,
    packageSha256: r.packageSha256,
    state: r.state,
    review: decisions.get(r.id) ?? null,
    receivedAt: r.receivedAt,
  }));
  // Derived here: the units expected are those of the derived campaigns (the parent's are this unit's peers).
  const expectedOf = feeding.length > 1 ? feeding.slice(1) : feeding;
  const seen = new Set<string>();
  const expected = expectedOf
    .flatMap((id) => expectedUnits(ctx, id))
    .filter((u) => !seen.has(u.code) && seen.add(u.code))
    .map((u) => ({ code: u.code, name: u.shortName }));
  const names = new Map(ctx.units.list().map((u) => [u.code, u.shortName]));
  const agg = aggregate({ template: campaign.template, basis, expected, candidates, reportOf: figuresReader(ctx, feeding) });
  // Units outside the expected list are named by code in the pure layer; give them their names here.
  for (const u of agg.units) if (u.status === 'unexpected') u.unitName = names.get(u.unitCode) ?? u.unitCode;
  const idByManifest = new Map(candidates.map((c) => [c.manifestSha256, c.inboxId]));
  const sourceOf = new Map(agg.units.map((u) => [u.unitCode, u.source ? idByManifest.get(u.source.manifestSha256) : undefined]));
  return {
    campaign,
    profile,
    aggregate: agg,
    reportOf: (code) => {
      const id = sourceOf.get(code);
      return id === undefined ? null : reportById(id);
    },
  };
}
