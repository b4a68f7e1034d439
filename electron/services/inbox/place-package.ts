// The revision rules (SPEC §6): a higher revision supersedes, the same manifest is already imported
// (not an error), the same revision with different content is a conflict. Runs inside the import's
// transaction, so the state of a unit's rows changes all at once or not at all.
import type { InboxRepo, InboxRow, InboxState } from './inbox-repo';

export interface Placement {
  state: Extract<InboxState, 'current' | 'superseded' | 'conflict'>;
  /** The current row this one replaces. */
  replaces: InboxRow | null;
  /** The row of the same revision, for a conflict. */
  conflictsWith: InboxRow | null;
  /** The current revision when this one is older. */
  currentRevision: number | null;
}

export function placement(inbox: InboxRepo, campaignId: string, unitCode: string, revision: number): Placement {
  const rows = inbox.placed(campaignId, unitCode);
  const current = rows.find((r) => r.state === 'current') ?? null;
  const sameRevision = rows.find((r) => r.revision === revision) ?? null;
  if (sameRevision) return { state: 'conflict', replaces: null, conflictsWith: sameRevision, currentRevision: current?.revision ?? null };
  if (!current || revision > current.revision) return { state: 'current', replaces: current, conflictsWith: null, currentRevision: null };
  return { state: 'superseded', replaces: null, conflictsWith: null, currentRevision: current.revision };
}

/** Writes the placement: the new row's state and, for a new current revision, the old one's. */
export function applyPlacement(inbox: InboxRepo, id: number, p: Placement): void {
  if (p.replaces) inbox.setState(p.replaces.id, 'superseded');
  inbox.setState(id, p.state);
}
