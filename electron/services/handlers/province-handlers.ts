import { chooseFolder } from './choose-folder';
import type { ServiceContext } from '../context';
import { exportProvince, previewProvince } from '../province/export-province';
import { fillProvinceDraft } from '../province/fill-draft';
import { compilation, insertPassage } from '../province/passages';
import { loadProvinceData } from '../province/province-data';
import type { HandlerPart } from './types';

type ProvinceMethods = 'getAggregate' | 'getCompilation' | 'fillProvinceDraft' | 'insertPassage' | 'previewProvinceReport' | 'exportProvinceReport';

export const provinceHandlers = (ctx: ServiceContext): HandlerPart<ProvinceMethods> => ({
  getAggregate: ({ basis }) => loadProvinceData(ctx, basis).aggregate,
  getCompilation: ({ basis }) => compilation(ctx, basis),
  fillProvinceDraft: ({ basis, overwrite }) => fillProvinceDraft(ctx, basis, overwrite),
  insertPassage: (req) => insertPassage(ctx, req),
  previewProvinceReport: async ({ basis }) => previewProvince(ctx, await chooseFolder(ctx, 'tệp xuất'), basis),
  exportProvinceReport: async ({ basis }) => exportProvince(ctx, await chooseFolder(ctx, 'tệp xuất'), basis),
});
