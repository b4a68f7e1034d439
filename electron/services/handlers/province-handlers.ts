import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';
import { exportProvince, previewProvince } from '../province/export-province';
import { fillProvinceDraft } from '../province/fill-draft';
import { compilation, insertPassage } from '../province/passages';
import { loadProvinceData } from '../province/province-data';
import type { HandlerPart } from './types';

type ProvinceMethods = 'getAggregate' | 'getCompilation' | 'fillProvinceDraft' | 'insertPassage' | 'previewProvinceReport' | 'exportProvinceReport';

async function exportFolder(ctx: ServiceContext): Promise<string> {
  const folder = await ctx.host.chooseExportDir();
  if (!folder) throw new AppError('E_INPUT', 'Chưa chọn thư mục lưu tệp xuất.');
  return folder;
}

export const provinceHandlers = (ctx: ServiceContext): HandlerPart<ProvinceMethods> => ({
  getAggregate: ({ basis }) => loadProvinceData(ctx, basis).aggregate,
  getCompilation: ({ basis }) => compilation(ctx, basis),
  fillProvinceDraft: ({ basis, overwrite }) => fillProvinceDraft(ctx, basis, overwrite),
  insertPassage: (req) => insertPassage(ctx, req),
  previewProvinceReport: async ({ basis }) => previewProvince(ctx, await exportFolder(ctx), basis),
  exportProvinceReport: async ({ basis }) => exportProvince(ctx, await exportFolder(ctx), basis),
});
