// Derived campaigns issued here (SPEC §9): which campaign re-issues which campaign from above. The
// province's inbox, tracker and receipts work on the derived campaign; its own report on the parent
// is fed by the derived campaign's packages.
import type { ServiceContext } from '../context';
import type { Db } from '../db/open-database';

export interface DerivedLink {
  parentId: string;
  parentManifestSha256: string;
}

export function derivedCampaigns(db: Db) {
  return {
    parentOf: (campaignId: string): DerivedLink | null =>
      db
        .prepare<[string], DerivedLink>('SELECT parent_id AS parentId, parent_manifest_sha256 AS parentManifestSha256 FROM derived_campaigns WHERE campaign_id = ?')
        .get(campaignId) ?? null,
    childrenOf: (parentId: string): string[] =>
      db.prepare<[string], { id: string }>('SELECT campaign_id AS id FROM derived_campaigns WHERE parent_id = ? ORDER BY campaign_id').all(parentId).map((r) => r.id),
    /** A later issue of a derived campaign may re-issue a later version of the parent: the link follows. */
    set(campaignId: string, link: DerivedLink, now: string): void {
      db.prepare(
        `INSERT INTO derived_campaigns (campaign_id, parent_id, parent_manifest_sha256, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(campaign_id) DO UPDATE SET parent_manifest_sha256 = excluded.parent_manifest_sha256`,
      ).run(campaignId, link.parentId, link.parentManifestSha256, now);
    },
  };
}

/** The campaigns whose packages feed this unit's own report on `campaignId`: itself and those derived from it here. */
export const feedingCampaigns = (ctx: ServiceContext, campaignId: string): string[] => [campaignId, ...derivedCampaigns(ctx.db).childrenOf(campaignId)];
