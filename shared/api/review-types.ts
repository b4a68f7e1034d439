// Types of the receiving unit's reading desk that cross the API: a received revision opened from its
// re-verified package, two revisions compared, and the campaign's state at a glance for home.
import type { FieldChange } from '../review/compare';
import type { Unit } from '../units/directory';
import type { ReceivedBasis } from './inbox-types';

export type RevisionState = 'current' | 'superseded' | 'conflict';

/** One received revision of a unit, as the list of its revisions shows it. */
export interface RevisionSummary {
  inboxId: number;
  revision: number;
  state: RevisionState;
  receivedAt: string;
  receivedBasis: ReceivedBasis | null;
  /** The unit's reason for this revision (null for revision 1). */
  reason: string | null;
  /** The province's last decision on this very package, if any. */
  decision: 'accepted' | 'returned' | null;
}

/** A file inside the package other than the report data (documents the unit rendered, attachments). */
export interface PackageFile {
  /** The entry's path in the package, e.g. "render/report.docx". */
  path: string;
  /** A file name to save it under: `<unit>_r<revision>_<name>`. */
  fileName: string;
  size: number;
  mediaType: string;
}

export interface ReceivedRevision {
  inboxId: number;
  unitCode: string;
  /** The unit as the directory has it, and its parent: the header of the report view. */
  unit: Unit;
  parent: Unit | null;
  revision: number;
  state: RevisionState;
  manifestSha256: string;
  packageSha256: string;
  keyId: string;
  /** The full key's fingerprint, checked again when the package was opened. */
  fingerprint: string;
  signer: { name: string; title: string };
  createdAt: string;
  receivedAt: string;
  receivedBasis: ReceivedBasis | null;
  createdAfterReceived: boolean;
  reason: string | null;
  templateVersion: number;
  /** The report data, from the package verified again on opening (never from an unverified file). */
  values: Record<string, unknown>;
  explanations: Record<string, string>;
  /** The DOCX, XLSX (and PDF) the unit rendered and signed. */
  documents: PackageFile[];
  /** Any other signed file of the package (attachments, when packages carry them). */
  attachments: PackageFile[];
  /** The province's last decision on this package. */
  review: { decision: 'accepted' | 'returned'; comment: string; fields: { key: string; comment: string }[]; decidedAt: string } | null;
  /** Every received revision of the unit, oldest first, for choosing what to compare. */
  revisions: RevisionSummary[];
}

export interface RevisionComparison {
  unitCode: string;
  unitName: string;
  from: RevisionSummary;
  to: RevisionSummary;
  /** The unit's reasons for each revision after `from` up to `to`, in order. */
  reasons: { revision: number; reason: string }[];
  changes: FieldChange[];
  /** Every received revision of the unit, oldest first, to choose another pair. */
  revisions: RevisionSummary[];
}

export interface SavedPackageFile {
  fileName: string;
  path: string;
  size: number;
}

/** What to do next about one unit, with what the link needs. */
export interface NextAction {
  /**
   * read: received, not decided yet; await-revision: returned, the unit is to send a new revision;
   * confirm-key: only a package held for an unconfirmed key; resolve-conflict: two different packages
   * under one revision; remind: nothing received.
   */
  kind: 'read' | 'await-revision' | 'confirm-key' | 'resolve-conflict' | 'remind';
  unitCode: string;
  unitName: string;
  /** The package to open (read, await-revision). */
  inboxId: number | null;
  revision: number | null;
  /** Days to the unit's deadline (remind), negative when overdue. */
  daysLeft: number | null;
}

/** The receiving unit's campaign at a glance: every count is of the current campaign's expected units. */
export interface ReceivingHome {
  campaignId: string;
  campaignTitle: string;
  expected: number;
  onTime: number;
  late: number;
  returned: number;
  accepted: number;
  /** Nothing received and nothing held. */
  missing: number;
  /** Nothing placed yet, but a package waits for its key to be confirmed. */
  waitingKey: number;
  /** Packages held for a key not yet confirmed (for this campaign, any unit). */
  heldPackages: number;
  conflicts: number;
  /** The receiving unit's own deadline (to send upward, else to finish), ISO date, or null. */
  ownDeadline: string | null;
  ownDaysLeft: number | null;
  actions: NextAction[];
}
