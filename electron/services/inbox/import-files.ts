// The import of many files at once: each package or receipt on its own (one transaction each), so
// that a bad file never stops the good ones, with a result line per file and progress as it goes.
import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';
import { importReceipt } from '../receipts/import-receipt';
import { importCampaignFile } from '../campaigns/campaign-import';
import { isCampaignFile } from '../campaigns/campaign-file';
import { isReceipt } from '../receipts/receipt-format';
import { purgeExpiredHeld } from './held-quota';
import { importPackage } from './import-package';
import type { ImportLine, IncomingFile } from './import-types';
import { requireReceiving } from './receiving';

export type Progress = (done: number, total: number, source: string) => void;

export async function importOne(ctx: ServiceContext, file: IncomingFile): Promise<ImportLine> {
  try {
    if (isReceipt(file.bytes)) return await importReceipt(ctx, file);
    // A campaign comes down from the parent: every unit takes it, receiving or not.
    if (isCampaignFile(file.bytes)) return await importCampaignFile(ctx, file);
    requireReceiving(ctx);
    return await importPackage(ctx, file);
  } catch (e) {
    // Whatever goes wrong with one file is that file's line: the rest of the batch is still imported.
    const error = e instanceof AppError ? e : unexpected(e);
    return { source: file.source, outcome: 'rejected', code: error.code, message: `Từ chối [${error.code}]: ${error.message}` };
  }
}

/** An error no check foresaw (a bug, or input no check knew of): refused, with what little it says. */
function unexpected(e: unknown): AppError {
  const what = e instanceof Error ? e.message : String(e);
  // eslint-disable-next-line no-control-regex
  const shown = what.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ').slice(0, 120);
  return new AppError('E_INTERNAL', `TongKet gặp lỗi không lường trước khi đọc tệp này (${shown}). Tệp không được nhập; các tệp khác vẫn được nhập. Hãy gửi tệp này cho người hỗ trợ kỹ thuật.`);
}

export async function importFiles(ctx: ServiceContext, files: IncomingFile[], onProgress?: Progress): Promise<ImportLine[]> {
  purgeExpiredHeld(ctx);
  const lines: ImportLine[] = [];
  for (const [i, f] of files.entries()) {
    onProgress?.(i, files.length, f.source);
    lines.push(await importOne(ctx, f));
  }
  onProgress?.(files.length, files.length, '');
  return lines;
}
