// A campaign's authoring workbook on disk: export a campaign to it, check one, build a campaign from
// one. The format itself is pure (shared/campaign/workbook); this joins it to files.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { CampaignBook } from '../../../shared/campaign/book';
import { buildCampaign, campaignToRows, sortProblems, type WorkbookProblem } from '../../../shared/campaign/workbook/index';
import { AppError } from '../../../shared/errors';
import { writeFileAtomic } from '../fs/atomic-write';
import { MAX_WORKBOOK_BYTES, readWorkbookRows, writeWorkbookRows, type ReadWorkbook } from './workbook-file';

export type WorkbookCheck = { ok: true; book: CampaignBook } | { ok: false; problems: WorkbookProblem[] };

function readBounded(path: string): Buffer {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    throw new AppError('E_WORKBOOK', `Không mở được tệp ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}. Hãy kiểm tra đường dẫn.`);
  }
  // Refused before reading, so that a huge file is never loaded into memory.
  if (size > MAX_WORKBOOK_BYTES) {
    throw new AppError('E_WORKBOOK', `Không đọc được sổ tính «${basename(path)}»: tệp nặng hơn ${MAX_WORKBOOK_BYTES / 1048576} MB. Hãy xóa các trang, hình ảnh và dòng thừa.`);
  }
  return readFileSync(path);
}

/** Every problem of a workbook file, by sheet, row and column; the campaign when there is none. */
export async function checkWorkbook(bytes: Buffer, name: string): Promise<WorkbookCheck> {
  const read = await readWorkbookRows(bytes, name);
  return withReadProblems(read.problems, buildCampaign(read.sheets));
}

/** The workbook file's rows, bounded in size before reading. */
export const readWorkbookFile = (path: string): Promise<ReadWorkbook> => readWorkbookRows(readBounded(path), basename(path));

/** A build's result with the reader's problems joined in. */
export function withReadProblems(readProblems: WorkbookProblem[], built: WorkbookCheck): WorkbookCheck {
  const read = { problems: readProblems };
  if (read.problems.length === 0) return built;
  // A build problem at a cell the reader could not take says the same thing again: keep the reader's.
  const taken = new Set(read.problems.map((p) => `${p.sheet}|${p.row}|${p.column}`));
  const more = built.ok ? [] : built.problems.filter((p) => !taken.has(`${p.sheet}|${p.row}|${p.column}`));
  return { ok: false, problems: sortProblems([...read.problems, ...more]) };
}

export const checkWorkbookFile = (path: string): Promise<WorkbookCheck> => checkWorkbook(readBounded(path), basename(path));

/** The campaign as an authoring workbook, written complete or not at all. */
export async function writeCampaignWorkbook(book: CampaignBook, path: string): Promise<void> {
  writeFileAtomic(path, await writeWorkbookRows(campaignToRows(book)));
}
