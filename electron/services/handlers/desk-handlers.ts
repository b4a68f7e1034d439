// The campaign desk and the directory after 2025 (SPEC §9) over the contract.
import { join } from 'node:path';
import { compareDeskDraft, deleteDeskDraft, deskOverview, downloadDeskWorkbook, getDeskDraft, issueDeskDraft, saveDeskDraft, startDeskDraft, uploadDeskWorkbook } from '../campaigns/desk';
import { listDirectory, renameUnit, retireUnit } from '../campaigns/units-directory';
import { exportDirectoryWorkbook, importDirectoryWorkbookBytes } from '../campaigns/units-workbook';
import type { ServiceContext } from '../context';
import { chooseFolder } from './choose-folder';
import type { HandlerPart } from './types';

type DeskMethods =
  | 'listDirectory'
  | 'renameUnit'
  | 'retireUnit'
  | 'exportDirectory'
  | 'importDirectory'
  | 'deskOverview'
  | 'startDeskDraft'
  | 'getDeskDraft'
  | 'saveDeskDraft'
  | 'deleteDeskDraft'
  | 'downloadDeskWorkbook'
  | 'uploadDeskWorkbook'
  | 'compareDeskDraft'
  | 'issueDeskDraft';

export const deskHandlers = (ctx: ServiceContext): HandlerPart<DeskMethods> => ({
  listDirectory: () => listDirectory(ctx),
  renameUnit: (r) => renameUnit(ctx, r).unit,
  retireUnit: ({ code }) => retireUnit(ctx, code).unit,
  exportDirectory: async () => {
    const fileName = 'danh-muc-don-vi.xlsx';
    const file = join(await chooseFolder(ctx, 'sổ tính danh mục'), fileName);
    await exportDirectoryWorkbook(ctx, file);
    return { file, fileName };
  },
  importDirectory: ({ file }) => importDirectoryWorkbookBytes(ctx, Buffer.from(file.dataBase64, 'base64'), file.name),
  deskOverview: () => deskOverview(ctx),
  startDeskDraft: (from) => startDeskDraft(ctx, from),
  getDeskDraft: ({ id }) => getDeskDraft(ctx, id),
  saveDeskDraft: ({ id, settings }) => saveDeskDraft(ctx, id, settings),
  deleteDeskDraft: ({ id }) => deleteDeskDraft(ctx, id),
  downloadDeskWorkbook: ({ id }) => downloadDeskWorkbook(ctx, id),
  uploadDeskWorkbook: ({ id, file }) => uploadDeskWorkbook(ctx, id, file),
  compareDeskDraft: ({ id }) => compareDeskDraft(ctx, id),
  issueDeskDraft: ({ id }) => issueDeskDraft(ctx, id),
});
