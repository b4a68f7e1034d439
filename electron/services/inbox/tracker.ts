// Who has reported: every expected unit with its status against the campaign's deadline. Lateness is
// judged on when the office received the package (the topmost Received header of a saved e-mail, else
// the import time), never on the sender's clock (the Date header, the package's createdAt); a deadline
// day ends at midnight in Vietnam.
import type { TrackerRow, TrackerStatus } from '../../../shared/api/inbox-types';
import type { CampaignDef } from '../../../shared/campaign/model';
import { isoDateInZone } from '../../../shared/format/vi';
import { createdAfterReceived } from '../../../shared/inbox/tracker-labels';
import type { ServiceContext } from '../context';
import { requireProfile } from '../handlers/profile-handlers';
import type { InboxRow } from './inbox-repo';
import { expectedUnits } from '../campaigns/campaign-list';
import { receivedAttachmentCount } from '../attachments/received-attachments';

const DAY = 86_400_000;
/** The end of a deadline day in Vietnam (UTC+7, no daylight saving): 24:00 local is 17:00 UTC. */
const endOfDay = (isoDate: string): number => Date.parse(`${isoDate}T17:00:00Z`);
const dayNumber = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`) / DAY;

function deadlineFor(campaign: CampaignDef, levelId: string): string | null {
  const d = campaign.deadlines.find((x) => x.levelId === levelId);
  return d ? (d.send ?? d.finish) : null;
}

function statusOf(ctx: ServiceContext, row: InboxRow | undefined, deadline: string | null): { status: TrackerStatus; comment: string | null } {
  if (!row) return { status: 'missing', comment: null };
  const review = ctx.inbox.lastReview(row.id);
  if (review) return { status: review.decision, comment: review.comment || null };
  const late = deadline !== null && Date.parse(row.receivedAt) >= endOfDay(deadline);
  return { status: late ? 'late' : 'on-time', comment: null };
}

export function trackerRows(ctx: ServiceContext): TrackerRow[] {
  const profile = requireProfile(ctx);
  const campaign = ctx.campaigns.get(profile.campaignId);
  const current = new Map(ctx.inbox.current(campaign.id).map((r) => [r.unitCode, r]));
  const all = ctx.inbox.all(campaign.id);
  const today = dayNumber(isoDateInZone(ctx.clock()));
  // Exactly the campaign's expected units; a registered child that sent a package anyway comes after them.
  const expected = expectedUnits(ctx, campaign.id);
  const codes = new Set(expected.map((u) => u.code));
  const others = [...new Set(all.filter((r) => !codes.has(r.unitCode) && r.state !== 'refused').map((r) => r.unitCode))].map((c) => ctx.units.require(c));
  return [...expected, ...others].map((u) => {
    const row = current.get(u.code);
    const deadline = deadlineFor(campaign, u.levelId);
    const { status, comment } = statusOf(ctx, row, deadline);
    return {
      unitCode: u.code,
      unitName: u.shortName,
      status,
      revision: row?.revision ?? null,
      signer: row ? `${row.signerTitle} ${row.signerName}`.trim() : null,
      receivedAt: row?.receivedAt ?? null,
      receivedBasis: row?.receivedBasis ?? null,
      createdAfterReceived: row ? createdAfterReceived(row.createdAt, row.receivedAt) : false,
      deadline,
      daysLeft: !row && deadline ? dayNumber(deadline) - today : null,
      held: all.filter((r) => r.unitCode === u.code && r.state === 'held').length,
      conflict: all.some((r) => r.unitCode === u.code && r.state === 'conflict'),
      comment,
      keyId: row?.keyId ?? null,
      ...(codes.has(u.code) ? {} : { notExpected: true as const }),
      ...(row ? { inboxId: row.id } : {}),
      attachments: row ? receivedAttachmentCount(ctx, row) : 0,
    };
  });
}

export type { TrackerRow, TrackerStatus };
