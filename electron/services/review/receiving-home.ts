// The receiving unit's home: the current campaign at a glance, counted from the tracker's own rows so
// that home and tracker never disagree, with the next action for each unit that needs one.
import type { NextAction, ReceivingHome } from '../../../shared/api/review-types';
import { isoDateInZone } from '../../../shared/format/vi';
import type { ServiceContext } from '../context';
import { requireProfile } from '../handlers/profile-handlers';
import { trackerRows } from '../inbox/tracker';

const DAY = 86_400_000;
const dayNumber = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`) / DAY;

/** Which actions come first: what only a person can settle, then reading, then reminders. */
const ORDER: Record<NextAction['kind'], number> = { 'resolve-conflict': 0, 'confirm-key': 1, read: 2, remind: 3, 'await-revision': 4 };

export function receivingHome(ctx: ServiceContext): ReceivingHome {
  const rows = trackerRows(ctx);
  const profile = requireProfile(ctx);
  const campaign = ctx.campaigns.get(profile.campaignId);
  const current = new Map(ctx.inbox.current(campaign.id).map((r) => [r.unitCode, r]));
  const held = ctx.inbox.held().filter((r) => r.campaignId === campaign.id);
  const expected = rows.filter((r) => !r.notExpected);
  const count = (s: string) => expected.filter((r) => r.status === s).length;
  const own = campaign.deadlines.find((d) => d.levelId === profile.unit.levelId);
  const ownDeadline = own ? (own.send ?? own.finish) : null;

  const actions: NextAction[] = [];
  for (const r of rows) {
    const placed = current.get(r.unitCode);
    const base = { unitCode: r.unitCode, unitName: r.unitName, inboxId: placed?.id ?? null, revision: r.revision, daysLeft: r.daysLeft };
    if (r.conflict) actions.push({ ...base, kind: 'resolve-conflict' });
    if (r.held > 0 && r.status === 'missing') actions.push({ ...base, kind: 'confirm-key' });
    else if (r.status === 'on-time' || r.status === 'late') actions.push({ ...base, kind: 'read' });
    else if (r.status === 'returned') actions.push({ ...base, kind: 'await-revision' });
    else if (r.status === 'missing') actions.push({ ...base, kind: 'remind' });
  }
  actions.sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || (a.daysLeft ?? 0) - (b.daysLeft ?? 0) || a.unitName.localeCompare(b.unitName, 'vi'));

  return {
    campaignId: campaign.id,
    campaignTitle: campaign.title,
    expected: expected.length,
    onTime: count('on-time'),
    late: count('late'),
    returned: count('returned'),
    accepted: count('accepted'),
    missing: expected.filter((r) => r.status === 'missing' && r.held === 0).length,
    waitingKey: expected.filter((r) => r.status === 'missing' && r.held > 0).length,
    heldPackages: held.length,
    conflicts: rows.filter((r) => r.conflict).length,
    ownDeadline,
    ownDaysLeft: ownDeadline ? dayNumber(ownDeadline) - dayNumber(isoDateInZone(ctx.clock())) : null,
    actions,
  };
}
