// `tongket campaign workbook|check` (SPEC §9): a campaign as its authoring workbook, and every problem
// of a workbook by sheet, row and column.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../../shared/errors';
import { checkWorkbookFile, writeCampaignWorkbook } from '../../services/campaigns/workbook';
import { CliExit, EXIT, type CliIo } from '../io';
import type { GlobalOptions } from '../options';
import { withServices } from '../session';

export function registerCampaign(program: Command, io: CliIo, globals: () => GlobalOptions): void {
  const campaign = program.command('campaign').description('các đợt báo cáo: sổ tính mẫu');

  campaign
    .command('workbook')
    .description('xuất một đợt báo cáo ra sổ tính mẫu (.xlsx) để soạn đợt mới')
    .argument('<MÃ_ĐỢT>', 'mã đợt, ví dụ 1563-TK-2023')
    .requiredOption('--out <TỆP.xlsx>', 'tệp sổ tính sẽ ghi')
    .action(async (id: string, o: { out: string }) => {
      const g = globals();
      const out = resolve(io.cwd, o.out);
      await withServices(io, g, async ({ ctx }) => {
        const def = ctx.campaigns.find(id);
        if (!def) throw new AppError('E_CAMPAIGN_UNKNOWN', `Không có đợt báo cáo «${id}» trong dữ liệu này. Hãy kiểm tra mã đợt.`);
        // Expected units and issue numbers arrive with issued campaigns; a built-in campaign has neither.
        await writeCampaignWorkbook({ campaign: def, issue: 1, units: [] }, out);
        if (g.json) return io.out(JSON.stringify({ ok: true, campaignId: id, file: out }, null, 2));
        io.out(`Đã ghi sổ tính mẫu của đợt ${id} vào ${out}.`);
      }, { create: true });
    });

  campaign
    .command('check')
    .description('kiểm tra một sổ tính mẫu: mọi lỗi theo trang, dòng và cột')
    .argument('<TỆP.xlsx>', 'sổ tính mẫu')
    .action(async (file: string) => {
      const g = globals();
      const r = await checkWorkbookFile(resolve(io.cwd, file));
      if (g.json) io.out(JSON.stringify(r.ok ? [] : r.problems, null, 2));
      if (r.ok) {
        if (!g.json) io.out(`Sổ tính hợp lệ: đợt ${r.book.campaign.id} «${r.book.campaign.title}», mẫu ${r.book.campaign.template.id} phiên bản ${r.book.campaign.template.version}, ${r.book.campaign.template.sections.length} mục, ${r.book.campaign.template.rules.length} quy tắc, ${r.book.units.length} đơn vị.`);
        return;
      }
      if (!g.json) {
        for (const p of r.problems) io.out(`${p.sheet}${p.row !== null ? `, dòng ${p.row}` : ''}${p.column !== null ? `, cột «${p.column}»` : ''}: ${p.message}`);
        io.err(`Sổ tính có ${r.problems.length} lỗi; chưa tạo được đợt báo cáo.`);
      }
      throw new CliExit(EXIT.error);
    });
}
