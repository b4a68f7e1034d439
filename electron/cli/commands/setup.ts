import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../../shared/errors';
import { setupFromCampaign } from '../../services/campaigns/campaign-setup';
import { oneLineSafe, type CliIo } from '../io';
import type { GlobalOptions } from '../options';
import { withServices } from '../session';

interface SetupOptions {
  unit: string;
  signer?: string;
  title?: string;
  authority?: string;
  number?: string;
  symbol?: string;
  place?: string;
  campaign?: string;
  confirm?: string;
}

export function registerSetup(program: Command, io: CliIo, globals: () => GlobalOptions): void {
  program
    .command('setup')
    .description('thiết lập đơn vị báo cáo và người ký (chạy lại để sửa)')
    .requiredOption('--unit <MÃ>', 'mã đơn vị trong danh mục, ví dụ LDLD-TAMDUONG')
    .option('--signer <HỌ_TÊN>', 'họ tên người ký')
    .option('--title <CHỨC_VỤ>', 'chức vụ người ký, ví dụ "CHỦ TỊCH"')
    .option('--authority <DÒNG>', 'dòng thẩm quyền, ví dụ "TM. BAN THƯỜNG VỤ"')
    .option('--number <SỐ>', 'số văn bản (để trống nếu văn thư cấp số sau)')
    .option('--symbol <KÝ_HIỆU>', 'ký hiệu văn bản, ví dụ "BC-LĐLĐ"')
    .option('--place <ĐỊA_DANH>', 'địa danh ghi ở dòng ngày tháng, ví dụ "Tam Đường"')
    .option('--campaign <TỆP.tongket-campaign>', 'đơn vị mới: bắt đầu từ tệp đợt báo cáo nhận được; đơn vị ban hành thành cấp trên')
    .option('--confirm <DẤU_VÂN_TAY>', 'với --campaign: dấu vân tay khóa của cấp trên, đọc qua điện thoại')
    .action(async (o: SetupOptions) => {
      const g = globals();
      if (o.campaign) {
        let bytes: Buffer;
        try {
          bytes = readFileSync(resolve(io.cwd, o.campaign));
        } catch (e) {
          throw new AppError('E_FILE_READ', `Không đọc được tệp đợt ${o.campaign}: ${(e as NodeJS.ErrnoException).code ?? ''}. Hãy kiểm tra đường dẫn.`);
        }
        await withServices(io, g, async ({ ctx }) => {
          const r = await setupFromCampaign(ctx, bytes, o.unit, o.confirm, { name: o.signer, title: o.title });
          if (g.json) return io.out(JSON.stringify({ profile: r.profile, line: r.line }, null, 2));
          io.out(`Đã thiết lập đơn vị: ${r.profile.unit.name} (${r.profile.unit.code}), cấp trên ${r.profile.parent?.code ?? '(không có)'}`);
          io.out(oneLineSafe(r.line.message));
        }, { create: true });
        return;
      }
      if (o.confirm) throw new AppError('E_INPUT', 'Tùy chọn --confirm chỉ dùng cùng --campaign (dấu vân tay khóa của cấp trên đã ban hành đợt).');
      await withServices(
        io,
        g,
        async ({ api }) => {
          const previous = await api.getProfile({});
          const profile = await api.saveProfile({
            unitCode: o.unit,
            signerName: o.signer ?? previous?.signerName,
            signerTitle: o.title ?? previous?.signerTitle,
            authorityLine: o.authority ?? previous?.authorityLine,
            documentNumber: o.number ?? previous?.documentNumber,
            documentSymbol: o.symbol ?? previous?.documentSymbol,
            place: o.place ?? (previous?.unit.code === o.unit ? previous.place : undefined),
          });
          if (g.json) return io.out(JSON.stringify(profile, null, 2));
          io.out(`Đã thiết lập đơn vị: ${profile.unit.name} (${profile.unit.code})`);
          io.out(`Người ký: ${profile.authorityLine} / ${profile.signerTitle} / ${profile.signerName || '(chưa ghi)'}`);
          io.out(`Số văn bản: ${profile.documentNumber || '…'}/${profile.documentSymbol}; địa danh: ${profile.place}`);
        },
        { create: true },
      );
    });
}
