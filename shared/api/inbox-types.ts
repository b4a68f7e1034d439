// Types of the receiving unit's work (inbox, tracker, keys, receipts) that cross the API.
import type { ErrorCode } from '../errors';

export type ImportOutcome = 'accepted' | 'superseded' | 'older' | 'duplicate' | 'held' | 'conflict' | 'rejected' | 'skipped' | 'receipt';

/** One result line of an import: one per file handed over. */
export interface ImportLine {
  source: string;
  outcome: ImportOutcome;
  /** A full Vietnamese sentence for the result list. */
  message: string;
  unitCode?: string;
  revision?: number;
  previousRevision?: number;
  code?: ErrorCode;
  keyId?: string;
  fingerprint?: string;
}

/**
 * How the time received was established: `mail-server` the topmost Received header of a saved e-mail
 * (added by the office's own mail server); `import` the time of the import. Never the sender's Date.
 */
export type ReceivedBasis = 'mail-server' | 'import';

export type TrackerStatus = 'missing' | 'on-time' | 'late' | 'returned' | 'accepted';

export interface TrackerRow {
  unitCode: string;
  unitName: string;
  status: TrackerStatus;
  revision: number | null;
  signer: string | null;
  receivedAt: string | null;
  /** How receivedAt was established; null when not received, or imported before it was recorded. */
  receivedBasis: ReceivedBasis | null;
  /** The package says it was made after the time received: the sender's clock or the time received is wrong. */
  createdAfterReceived: boolean;
  /** ISO date of the deadline to send, or null when the campaign sets none for the unit's level. */
  deadline: string | null;
  /** Days from today to the deadline (negative when overdue); null once received or without deadline. */
  daysLeft: number | null;
  /** Packages held for an unconfirmed key, and conflicting revisions: both need a person. */
  held: number;
  conflict: boolean;
  comment: string | null;
  keyId: string | null;
  /** A registered child that sent a package although the campaign does not expect it. */
  notExpected?: true;
  /** The current package's row in the inbox, to open it in the report view; absent when nothing is placed. */
  inboxId?: number;
  /** Files attached to the received revision (the signed scan, photos); 0 or absent when none. */
  attachments?: number;
}

export interface KeyInfo {
  keyId: string;
  unitCode: string;
  fingerprint: string;
  own: boolean;
  status: 'active' | 'revoked';
  createdAt: string;
  revokedAt: string | null;
}

/** A unit's next key, announced in a package signed by its registered key; not trusted yet. */
export interface AnnouncedKey {
  keyId: string;
  unitCode: string;
  fingerprint: string;
  /** The key that announced it, retired once this one is confirmed. */
  announcedBy: string;
  /** The revision whose package carried the announcement. */
  revision: number;
  announcedAt: string;
}

export interface KeyDecision {
  key: KeyInfo | null;
  /** Packages and receipts the decision released or refused. */
  released: ImportLine[];
}

export interface HeldPackage {
  source: string;
  unitCode: string;
  revision: number;
  keyId: string;
  fingerprint: string;
  receivedAt: string;
}

export interface IssuedReceipt {
  fileName: string;
  path: string;
  unitCode: string;
  revision: number;
  decision: 'accepted' | 'returned';
}

/** What the reporting unit's home page shows of the level above's decision. */
export interface ReceiptStatus {
  decision: 'accepted' | 'returned';
  revision: number;
  comment: string;
  fields: { key: string; comment: string }[];
  issuerName: string;
  decidedAt: string;
}

/** The tracker written as an XLSX workbook into the host's export folder. */
export interface TrackerExport {
  fileName: string;
  path: string;
  rows: number;
}
