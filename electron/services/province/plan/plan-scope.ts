// What every part of the province's plan needs first: a receiving unit, its profile and the current
// campaign (all of the plan's data is kept per campaign).
import type { Profile } from '../../../../shared/api/contract';
import type { CampaignDef } from '../../../../shared/campaign/model';
import type { ServiceContext } from '../../context';
import { requireProfile } from '../../handlers/profile-handlers';
import { requireReceiving } from '../../inbox/receiving';

export interface PlanScope {
  profile: Profile;
  campaign: CampaignDef;
}

export function planScope(ctx: ServiceContext): PlanScope {
  requireReceiving(ctx);
  const profile = requireProfile(ctx);
  return { profile, campaign: ctx.campaigns.get(profile.campaignId) };
}

/** The unit's short name from the directory, or its code when the directory does not know it. */
export const unitName = (ctx: ServiceContext, code: string): string => ctx.units.get(code)?.shortName ?? code;
