import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';
import { currentDraft, draftView } from '../draft/draft-state';
import { exportReport } from '../export/export-report';
import { requireProfile } from './profile-handlers';
import type { HandlerPart } from './types';

type ExportMethods = 'getSigningKey' | 'exportPackage' | 'listExports' | 'startRevision';

export const exportHandlers = (ctx: ServiceContext): HandlerPart<ExportMethods> => ({
  getSigningKey: () => {
    const key = ctx.keys.ownActive(requireProfile(ctx).unit.code);
    return key ? { keyId: key.keyId, fingerprint: key.fingerprint, createdAt: key.createdAt } : null;
  },
  exportPackage: async () => {
    const folder = await ctx.host.chooseExportDir();
    if (!folder) throw new AppError('E_INPUT', 'Chưa chọn thư mục lưu tệp xuất.');
    return exportReport(ctx, folder);
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
});
