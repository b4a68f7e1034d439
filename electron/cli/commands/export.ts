import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { formatNumber } from '../../../shared/format/vi';
import type { CliIo } from '../io';
import type { GlobalOptions } from '../options';
import { withServices } from '../session';
import { attachFiles } from './attach-files';

export function registerExport(program: Command, io: CliIo, globals: () => GlobalOptions): void {
  program
    .command('export')
    .description('xuất gói .tongket đã ký cùng báo cáo DOCX, bản PDF và phụ lục XLSX; lần gửi được khóa lại')
    .requiredOption('--out <THƯ_MỤC>', 'thư mục ghi tệp')
    .option('--attach <TỆP...>', 'đính kèm tệp vào gói (bản quét báo cáo đã ký, đóng dấu; ảnh): PDF, JPEG, PNG, DOCX, XLSX')
    .action(async (o: { out: string; attach?: string[] }) => {
      const g = globals();
      const out = resolve(io.cwd, o.out);
      mkdirSync(out, { recursive: true });
      await withServices(io, g, async ({ api }) => {
        await attachFiles(api, io.cwd, o.attach ?? []);
        const r = await api.exportPackage({});
        if (g.json) return io.out(JSON.stringify(r, null, 2));
        io.out(`${r.repeated ? 'Đã ghi lại' : 'Đã xuất'} lần gửi ${r.revision} vào ${r.folder}:`);
        for (const f of r.files) io.out(`  ${f.name}  (${formatNumber(Math.ceil(f.size / 1024))} KB)`);
        const attached = await api.listAttachments({});
        if (attached.length > 0) io.out(`Tệp đính kèm trong gói:`);
        for (const a of attached) io.out(`  attachments/${a.name}  (${formatNumber(Math.ceil(a.size / 1024))} KB)`);
        io.out(`Khóa ký ${r.keyId}, dấu vân tay ${r.fingerprint}`);
        io.out(`Mã băm bản kê (SHA-256): ${r.manifestSha256}`);
        io.out(`\nTiêu đề e-mail: ${r.emailSubject}\n\n${r.emailBody}`);
      }, { exportDir: out });
    });
}
