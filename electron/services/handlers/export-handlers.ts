import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';
import { currentDraft, draftView } from '../draft/draft-state';
import { exportReport } from '../export/export-report';
import { writePublicKeyFile } from '../export/public-key-file';
import { chooseFolder } from './choose-folder';
import { requireProfile } from './profile-handlers';
import { isReceiving } from '../inbox/receiving';
import { exportProvince } from '../province/export-province';
import type { HandlerPart } from './types';

type ExportMethods = 'exportPackage' | 'listExports' | 'startRevision' | 'openExportFolder' | 'exportPublicKey';

export const exportHandlers = (ctx: ServiceContext): HandlerPart<ExportMethods> => ({
  // A receiving unit's report is built from its units' packages: its package must list them (sources).
  exportPackage: async () => {
    const folder = await chooseFolder(ctx, 'tệp xuất');
    return isReceiving(ctx) ? exportProvince(ctx, folder, 'accepted') : exportReport(ctx, folder);
  },
  listExports: () => {
    const p = requireProfile(ctx);
    return ctx.exports.history(p.campaignId, p.unit.code);
  },
  startRevision: ({ reason }) => {
    const { report } = currentDraft(ctx);
    if (report.status !== 'frozen') {
      throw new AppError('E_INPUT', `Lần gửi ${report.revision} chưa được xuất nên vẫn đang sửa được; chưa cần mở lần sửa đổi mới.`);
    }
    ctx.reports.startRevision(report.id, reason, ctx.clock().toISOString());
    return draftView(ctx, currentDraft(ctx));
  },
  // The page never names a folder: the host opens (or, without a file manager, reports) its own choice.
  openExportFolder: async () => (ctx.host.openExportDir ? ctx.host.openExportDir() : { folder: null, opened: false }),
  exportPublicKey: async () => writePublicKeyFile(ctx, await chooseFolder(ctx, 'tệp khóa công khai')),
});
