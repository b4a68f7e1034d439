// `tongket export --attach FILE…`: each file is checked and stored with the revision through the same
// call as the export page's file chooser. If one is refused, the ones this command added are taken off
// again, so that a refused command leaves the revision as it found it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Api } from '../../../shared/api/contract';
import { ATTACHMENT_LIMITS } from '../../../shared/api/attachment-types';
import { AppError } from '../../../shared/errors';
import { formatNumber } from '../../../shared/format/vi';

function readAttachment(path: string): Buffer {
  if (!existsSync(path) || !statSync(path).isFile()) throw new AppError('E_FILE_READ', `Không tìm thấy tệp đính kèm ${path}.`);
  const size = statSync(path).size;
  if (size > ATTACHMENT_LIMITS.fileBytes) {
    throw new AppError('E_ATTACHMENT_SIZE', `Tệp ${path} nặng ${formatNumber(size)} byte, quá giới hạn ${formatNumber(ATTACHMENT_LIMITS.fileBytes)} byte cho một tệp đính kèm.`);
  }
  return readFileSync(path);
}

export async function attachFiles(api: Api, cwd: string, files: string[]): Promise<void> {
  if (files.length === 0) return;
  const before = new Set((await api.listAttachments({})).map((a) => a.name));
  try {
    for (const f of files) {
      const path = resolve(cwd, f);
      await api.addAttachment({ name: basename(path), dataBase64: readAttachment(path).toString('base64') });
    }
  } catch (e) {
    for (const a of await api.listAttachments({})) if (!before.has(a.name)) await api.removeAttachment({ name: a.name });
    throw e;
  }
}
