// The attachments of a package the receiving unit holds (issue 17): listed from its signed manifest,
// read out of the stored package and checked against the manifest's hash once more, saved to a folder
// the host chose. Another page (the report view) can use the same calls.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AttachmentContent, AttachmentInfo, SavedAttachment } from '../../../shared/api/attachment-types';
import { AppError } from '../../../shared/errors';
import { ManifestSchema } from '../../../shared/package/manifest';
import type { ServiceContext } from '../context';
import { writeFileAtomic } from '../fs/atomic-write';
import { requireProfile } from '../handlers/profile-handlers';
import { requireReceiving } from '../inbox/receiving';
import type { InboxRow } from '../inbox/inbox-repo';
import { sha256Hex } from '../package/hashing';
import { openSafeZip } from '../package/zip-read';

const PREFIX = 'attachments/';

/** A verified revision of a unit's report in this campaign: placed, not held or refused. */
function receivedRow(ctx: ServiceContext, unitCode: string, revision: number): InboxRow {
  requireReceiving(ctx);
  const campaignId = requireProfile(ctx).campaignId;
  const rows = ctx.inbox.placed(campaignId, unitCode).filter((r) => r.revision === revision);
  const row = rows.find((r) => r.state === 'current') ?? rows.find((r) => r.state === 'superseded') ?? rows[0];
  if (!row) {
    throw new AppError('E_ATTACHMENT_UNKNOWN', `Chưa nhận lần gửi ${revision} của đơn vị ${unitCode} nên không có tệp đính kèm để mở.`);
  }
  return row;
}

/** The attachments a signed manifest lists (stored as verified at import). */
function listed(manifestJson: string): AttachmentInfo[] {
  return ManifestSchema.parse(JSON.parse(manifestJson))
    .files.filter((f) => f.path.startsWith(PREFIX))
    .map((f) => ({ name: f.path.slice(PREFIX.length), size: f.size, mediaType: f.mediaType, sha256: f.sha256 }));
}

function attachmentsOf(ctx: ServiceContext, row: InboxRow): { info: AttachmentInfo[]; pkg: Buffer } {
  const contents = ctx.inbox.contents(row.id);
  if (!contents || contents.package.length === 0) {
    throw new AppError('E_ATTACHMENT_UNKNOWN', `Gói lần gửi ${row.revision} của đơn vị ${row.unitCode} không còn được lưu.`);
  }
  return { info: listed(contents.manifest_json), pkg: contents.package };
}

export function listReceivedAttachments(ctx: ServiceContext, unitCode: string, revision: number): AttachmentInfo[] {
  const json = ctx.attachments.receivedManifestJson(receivedRow(ctx, unitCode, revision).id);
  return json ? listed(json) : [];
}

/** How many attachments a received package has (the tracker row shows it), 0 when unreadable. */
export function receivedAttachmentCount(ctx: ServiceContext, row: InboxRow): number {
  try {
    const json = ctx.attachments.receivedManifestJson(row.id);
    return json ? listed(json).length : 0;
  } catch {
    return 0;
  }
}

async function readOne(ctx: ServiceContext, unitCode: string, revision: number, name: string): Promise<{ info: AttachmentInfo; data: Buffer }> {
  const { info, pkg } = attachmentsOf(ctx, receivedRow(ctx, unitCode, revision));
  const one = info.find((a) => a.name === name);
  if (!one) throw new AppError('E_ATTACHMENT_UNKNOWN', `Lần gửi ${revision} của đơn vị ${unitCode} không có tệp đính kèm «${name.slice(0, 80)}».`);
  const zip = await openSafeZip(pkg);
  let data: Buffer;
  try {
    data = await zip.read(`${PREFIX}${name}`, one.size);
  } finally {
    zip.close();
  }
  // Verified at import; checked again so that a damaged database never hands out other bytes.
  if (data.length !== one.size || sha256Hex(data) !== one.sha256) {
    throw new AppError('E_HASH', `Tệp đính kèm «${name.slice(0, 80)}» trong gói đã lưu không khớp mã băm đã ký. Hãy nhập lại gói của đơn vị.`);
  }
  return { info: one, data };
}

export async function readReceivedAttachment(ctx: ServiceContext, unitCode: string, revision: number, name: string): Promise<AttachmentContent> {
  const { info, data } = await readOne(ctx, unitCode, revision, name);
  return { ...info, dataBase64: data.toString('base64') };
}

/**
 * Writes the attachment as "<unit>_r<revision>_<name>" (whose and which revision, at a glance in the
 * folder); a different file already there under that name is kept and this one gets a number.
 */
export async function saveReceivedAttachment(ctx: ServiceContext, folder: string, unitCode: string, revision: number, name: string): Promise<SavedAttachment> {
  const { data } = await readOne(ctx, unitCode, revision, name);
  const dot = name.lastIndexOf('.');
  const stem = `${unitCode}_r${revision}_${dot > 0 ? name.slice(0, dot) : name}`;
  const ext = dot > 0 ? name.slice(dot) : '';
  let fileName = `${stem}${ext}`;
  for (let n = 2; existsSync(join(folder, fileName)) && !readFileSync(join(folder, fileName)).equals(data); n++) fileName = `${stem} (${n})${ext}`;
  const path = join(folder, fileName);
  writeFileAtomic(path, data);
  return { fileName, path, size: data.length };
}
