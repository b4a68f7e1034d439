// What the home page says once the report was sent: the day the first revision went out (which is what
// the deadline asks for), and the level above's latest decision, or that a corrected revision was sent.
import type { ExportRecord } from '../../../shared/api/contract';
import type { ReceiptStatus } from '../../../shared/api/inbox-types';
import { isoDateInZone } from '../../../shared/format/vi';

export type SentState =
  | { kind: 'sent'; firstDay: string }
  | { kind: 'accepted'; firstDay: string; revision: number }
  | { kind: 'returned'; firstDay: string; revision: number }
  | { kind: 'resent'; firstDay: string; revision: number; day: string };

export function sentState(history: ExportRecord[], receipt: ReceiptStatus | null): SentState | null {
  if (history.length === 0) return null;
  const byRevision = [...history].sort((a, b) => a.revision - b.revision || a.createdAt.localeCompare(b.createdAt));
  const first = byRevision[0];
  const latest = byRevision[byRevision.length - 1];
  if (!first || !latest) return null;
  const firstDay = isoDateInZone(new Date(first.createdAt));
  // A decision about an older revision than the latest sent no longer describes the report.
  if (receipt && receipt.revision >= latest.revision) {
    return receipt.decision === 'accepted' ? { kind: 'accepted', firstDay, revision: receipt.revision } : { kind: 'returned', firstDay, revision: receipt.revision };
  }
  if (latest.revision > 1) return { kind: 'resent', firstDay, revision: latest.revision, day: isoDateInZone(new Date(latest.createdAt)) };
  return { kind: 'sent', firstDay };
}
