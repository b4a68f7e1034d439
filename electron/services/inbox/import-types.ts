import type { ErrorCode } from '../../../shared/errors';

/** One file handed to the import, with the time the office received it. */
export interface IncomingFile {
  /** Shown in the result line: the file name, or "thư.eml › tệp.tongket". */
  source: string;
  bytes: Buffer;
  /** The e-mail's Date for attachments of saved e-mails; otherwise the import time. */
  receivedAt: Date;
}

export type ImportOutcome = 'accepted' | 'superseded' | 'older' | 'duplicate' | 'held' | 'conflict' | 'rejected' | 'skipped' | 'receipt';

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
