// The import of many files at once: each package or receipt on its own (one transaction each), so
// that a bad file never stops the good ones, with a result line per file and progress as it goes.
import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';
import { importReceipt } from '../receipts/import-receipt';
import { isReceipt } from '../receipts/receipt-format';
import { importPackage } from './import-package';
import type { ImportLine, IncomingFile } from './import-types';
import { requireReceiving } from './receiving';

export type Progress = (done: number, total: number, source: string) => void;

export async function importOne(ctx: ServiceContext, file: IncomingFile): Promise<ImportLine> {
  try {
    if (isReceipt(file.bytes)) return await importReceipt(ctx, file);
    requireReceiving(ctx);
    return await importPackage(ctx, file);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return { source: file.source, outcome: 'rejected', code: e.code, message: `Từ chối [${e.code}]: ${e.message}` };
  }
}

export async function importFiles(ctx: ServiceContext, files: IncomingFile[], onProgress?: Progress): Promise<ImportLine[]> {
  const lines: ImportLine[] = [];
  for (const [i, f] of files.entries()) {
    onProgress?.(i, files.length, f.source);
    lines.push(await importOne(ctx, f));
  }
  onProgress?.(files.length, files.length, '');
  return lines;
}
