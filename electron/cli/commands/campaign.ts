// `tongket campaign workbook|check` (SPEC §9): a campaign as its authoring workbook, and every problem
// of a workbook by sheet, row and column.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../../shared/errors';
import type { CampaignSummary } from '../../../shared/api/campaign-types';
import { listCampaigns, useCampaign } from '../../services/campaigns/campaign-list';
import { issueCampaign } from '../../services/campaigns/campaign-issue';
import { deriveCampaign } from '../../services/campaigns/campaign-derive';
import { checkWorkbookFile, writeCampaignWorkbook } from '../../services/campaigns/workbook';
import { oneLineSafe } from '../io';
import { CliExit, EXIT, type CliIo } from '../io';
import type { GlobalOptions } from '../options';
import { withServices } from '../session';

export function registerCampaign(program: Command, io: CliIo, globals: () => GlobalOptions): void {
  const campaign = program.command('campaign').description('các đợt báo cáo: danh sách, chọn đợt, sổ tính mẫu, ban hành');

  const STATE = { active: 'đang làm', held: 'TẠM GIỮ', past: 'đã qua' } as const;
  const show = (list: CampaignSummary[]) => {
    for (const c of list) {
      const status = c.unit.revision === null ? 'chưa viết' : `lần ${c.unit.revision}, đã gửi ${c.unit.sent}${c.unit.decision ? `, ${c.unit.decision === 'accepted' ? 'được chấp nhận' : 'bị trả lại'}` : ''}`;
      io.out(`${c.current ? '*' : ' '} ${c.id.padEnd(18)} ${STATE[c.state].padEnd(9)} v${c.templateVersion} · ${c.deadline ? `hạn ${c.deadline}` : 'không hạn'} · ${c.issuer ?? 'có sẵn'} · ${status} · ${oneLineSafe(c.title)}`);
    }
  };

  campaign
    .command('list')
    .description('các đợt báo cáo máy này biết (* = đợt đang làm)')
    .action(async () => {
      const g = globals();
      await withServices(io, g, async ({ ctx }) => {
        const list = listCampaigns(ctx);
        if (g.json) {
          return io.out(JSON.stringify(list.map((c) => ({ id: c.id, title: c.title, templateVersion: c.templateVersion, issue: c.issue, issuer: c.issuer, deadlines: c.deadlines, state: c.state, current: c.current, unit: c.unit })), null, 2));
        }
        show(list);
      }, { create: true, readOnly: true });
    });

  campaign
    .command('use')
    .description('chọn đợt mà trình soạn và các lệnh "draft" làm việc')
    .argument('<MÃ_ĐỢT>', 'mã đợt, xem "tongket campaign list"')
    .action(async (id: string) => {
      const g = globals();
      await withServices(io, g, async ({ ctx }) => {
        const list = useCampaign(ctx, id);
        if (g.json) return io.out(JSON.stringify(list, null, 2));
        io.out(`Đang làm đợt ${id}.`);
      });
    });

  campaign
    .command('issue')
    .description('ban hành một đợt từ sổ tính mẫu: ký, thêm vào máy này, ghi tệp .tongket-campaign và khóa .pub')
    .argument('<TỆP.xlsx>', 'sổ tính mẫu')
    .requiredOption('--out <THƯ_MỤC>', 'thư mục ghi tệp đợt và khóa công khai')
    .action(async (file: string, o: { out: string }) => {
      const g = globals();
      await withServices(io, g, async ({ ctx }) => {
        const r = await issueCampaign(ctx, resolve(io.cwd, file), resolve(io.cwd, o.out));
        if (g.json) return io.out(JSON.stringify({ ok: true, campaignId: r.book.campaign.id, file: r.file, publicKey: r.publicKeyFile, fingerprint: r.fingerprint, units: r.book.units.map((u) => u.code), differences: r.differences }, null, 2));
        io.out(`Đã ban hành đợt ${r.book.campaign.id} phiên bản ${r.book.campaign.template.version} lần ${r.book.issue}: ${r.file}`);
        io.out(`Khóa công khai: ${r.publicKeyFile} — dấu vân tay ${r.fingerprint} (đọc cho đơn vị cấp dưới qua điện thoại).`);
        io.out(`Đơn vị được giao: ${r.book.units.map((u) => u.code).join(', ')}`);
        for (const d of r.differences) io.err(`Chưa áp dụng (khác danh mục ở đây): ${oneLineSafe(d)}`);
      });
    });

  campaign
    .command('derive')
    .description('ban hành lại một đợt nhận từ cấp trên cho đơn vị cấp dưới: thời hạn, mở đầu, văn bản căn cứ, đơn vị riêng; giữ nguyên mẫu')
    .argument('<MÃ_ĐỢT>', 'mã đợt của cấp trên, xem "tongket campaign list"')
    .requiredOption('--workbook <TỆP.xlsx>', 'sổ tính với các trang Đợt báo cáo, Văn bản căn cứ, Thời hạn, Đơn vị')
    .requiredOption('--out <THƯ_MỤC>', 'thư mục ghi tệp đợt và khóa công khai')
    .action(async (id: string, o: { workbook: string; out: string }) => {
      const g = globals();
      await withServices(io, g, async ({ ctx }) => {
        const r = await deriveCampaign(ctx, id, resolve(io.cwd, o.workbook), resolve(io.cwd, o.out));
        const c = r.book.campaign;
        if (g.json) {
          return io.out(JSON.stringify({ ok: true, campaignId: c.id, derivedFrom: id, file: r.file, publicKey: r.publicKeyFile, fingerprint: r.fingerprint, units: r.book.units.map((u) => u.code), differences: r.differences }, null, 2));
        }
        io.out(`Đã ban hành đợt ${c.id} (dẫn xuất từ đợt ${id} của cấp trên, mẫu ${c.template.id} phiên bản ${c.template.version}) lần ${r.book.issue}: ${r.file}`);
        io.out(`Khóa công khai: ${r.publicKeyFile} — dấu vân tay ${r.fingerprint} (đọc cho đơn vị cấp dưới qua điện thoại).`);
        io.out(`Đơn vị được giao: ${r.book.units.map((u) => u.code).join(', ')}`);
        io.out(`Gói của các đơn vị nhận theo đợt ${c.id}; báo cáo của đơn vị này trả lời đợt ${id} ("tongket campaign use ${id}").`);
        for (const d of r.differences) io.err(`Chưa áp dụng (khác danh mục ở đây): ${oneLineSafe(d)}`);
      });
    });

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
