import type { ReceivedBasis } from '../../../shared/api/inbox-types';
export type { ImportLine, ImportOutcome, ReceivedBasis } from '../../../shared/api/inbox-types';

/** One file handed to the import, with the time the office received it. */
export interface IncomingFile {
  /** Shown in the result line: the file name, or "thư.eml › tệp.tongket". */
  source: string;
  bytes: Buffer;
  /** The topmost Received header's time for attachments of saved e-mails; otherwise the import time. */
  receivedAt: Date;
  receivedBasis: ReceivedBasis;
}

