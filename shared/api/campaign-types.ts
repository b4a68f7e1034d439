// Types of the campaigns an install knows (SPEC §9) that cross the API.
import type { LevelDeadline } from '../campaign/model';

/** active: being reported; held: its issuer's key waits for a person's confirmation; past: deadline gone. */
export type CampaignState = 'active' | 'held' | 'past';

/** This unit's own report in a campaign: the latest revision, whether it was sent, the last answer. */
export interface CampaignUnitStatus {
  /** null: nothing written yet. */
  revision: number | null;
  /** Revisions exported (sent) so far. */
  sent: number;
  decision: 'accepted' | 'returned' | null;
}

export interface CampaignSummary {
  id: string;
  title: string;
  templateVersion: number;
  issue: number;
  /** The issuing unit's code; null for a campaign built into TongKet. */
  issuer: string | null;
  deadlines: LevelDeadline[];
  /** The deadline to send for this unit's level (ISO date), or null. */
  deadline: string | null;
  state: CampaignState;
  current: boolean;
  unit: CampaignUnitStatus;
}

/** A campaign file read at a brand-new install, before any unit is chosen (first-run screen). */
export interface CampaignFilePreview {
  campaignId: string;
  title: string;
  templateVersion: number;
  issue: number;
  issuer: { code: string; name: string };
  fingerprint: string;
  /** The units this campaign expects: the new unit picks its own among them. */
  units: { code: string; name: string; shortName: string }[];
}
