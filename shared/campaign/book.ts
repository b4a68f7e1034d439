// A campaign as it is authored and sent: the campaign with its template, the issue number that tells
// a corrected issue from the first, and the units expected to report (SPEC §9).
import type { Unit } from '../units/directory';
import type { CampaignDef } from './model';

export interface CampaignBook {
  campaign: CampaignDef;
  /** `Lần ban hành`: 1 for the first issue, higher for a correction of the settings. */
  issue: number;
  /** `Đơn vị`: the units expected to report, in the order the issuer listed them. */
  units: Unit[];
}
