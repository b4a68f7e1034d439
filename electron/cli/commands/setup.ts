import type { Command } from 'commander';
import type { CliIo } from '../io';
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
    .action(async (o: SetupOptions) => {
      const g = globals();
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
