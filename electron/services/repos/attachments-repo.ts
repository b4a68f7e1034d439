// A unit's attachments to one revision of its report, stored from the moment they are chosen (issue 17).
import type { AttachmentInfo } from '../../../shared/api/attachment-types';
import type { Db } from '../db/open-database';

export interface StoredAttachment extends AttachmentInfo {
  data: Buffer;
}

export function createAttachmentsRepo(db: Db) {
  const listQ = db.prepare<[number], AttachmentInfo>(
    'SELECT name, size, media_type AS mediaType, sha256 FROM report_attachments WHERE report_id = ? ORDER BY rowid',
  );
  const withDataQ = db.prepare<[number], StoredAttachment>(
    'SELECT name, size, media_type AS mediaType, sha256, data FROM report_attachments WHERE report_id = ? ORDER BY rowid',
  );
  const insertQ = db.prepare(
    `INSERT INTO report_attachments (report_id, name, media_type, size, sha256, data, added_at)
     VALUES (@reportId, @name, @mediaType, @size, @sha256, @data, @addedAt)`,
  );
  const removeQ = db.prepare('DELETE FROM report_attachments WHERE report_id = ? AND name = ?');
  // The signed manifest of a received package without its bytes: the tracker counts attachments from it.
  const manifestQ = db.prepare<[number], { manifest_json: string }>('SELECT manifest_json FROM inbox WHERE id = ?');
  return {
    list: (reportId: number): AttachmentInfo[] => listQ.all(reportId),
    withData: (reportId: number): StoredAttachment[] => withDataQ.all(reportId),
    insert: (reportId: number, a: StoredAttachment, addedAt: string): void => {
      insertQ.run({ reportId, ...a, addedAt });
    },
    /** True when there was such an attachment. */
    remove: (reportId: number, name: string): boolean => removeQ.run(reportId, name).changes > 0,
    receivedManifestJson: (inboxId: number): string | null => manifestQ.get(inboxId)?.manifest_json ?? null,
  };
}

export type AttachmentsRepo = ReturnType<typeof createAttachmentsRepo>;
