import { resolve } from 'node:path';
import type { Command } from 'commander';
import { formatDateTime, formatNumber } from '../../../shared/format/vi';
import { backupNow, backupTo, listBackups } from '../../services/backup/backup';
import { restoreBackup, type RestoreResult } from '../../services/backup/restore';
import { holdFolderAlone } from '../../services/db/folder-lock';
import { prepareDataDir } from '../../services/data-dir';
import type { CliIo } from '../io';
import { resolveDataDir, type GlobalOptions } from '../options';
import { withServices } from '../session';

export function registerBackup(program: Command, io: CliIo, globals: () => GlobalOptions): void {
  const backup = program.command('backup').description('sao lưu và khôi phục toàn bộ dữ liệu (kể cả khóa ký, luôn ở dạng đã mã hóa)');

  backup
    .command('create')
    .description('tạo bản sao lưu đã kiểm tra (mặc định vào thư mục sao-luu trong thư mục dữ liệu)')
    .option('--out <TỆP>', 'ghi bản sao lưu ra tệp này, ví dụ trên USB để chuyển sang máy mới')
    .action(async (o: { out?: string }) => {
      const g = globals();
      await withServices(io, g, async ({ ctx, dataDir }) => {
        const b = o.out ? await backupTo(ctx.db, resolve(io.cwd, o.out)) : await backupNow(ctx.db, dataDir, 'thu-cong', ctx.clock());
        if (g.json) return io.out(JSON.stringify(b, null, 2));
        io.out(`Đã sao lưu và kiểm tra: ${b.file} (${formatNumber(Math.ceil(b.size / 1024))} KB).`);
      }, { readOnly: true });
    });

  backup
    .command('list')
    .description('liệt kê các bản sao lưu trong thư mục dữ liệu, mới nhất trước')
    .action(() => {
      const g = globals();
      const list = listBackups(resolveDataDir(io, g));
      if (g.json) return io.out(JSON.stringify(list, null, 2));
      if (list.length === 0) return io.out('Chưa có bản sao lưu nào.');
      for (const b of list) io.out(`${formatDateTime(new Date(b.createdAt))}  ${formatNumber(Math.ceil(b.size / 1024)).padStart(7)} KB  ${b.file}`);
    });

  backup
    .command('restore')
    .description('khôi phục từ một bản sao lưu (dữ liệu hiện tại được giữ lại thành một bản sao lưu trước)')
    .argument('<TỆP>', 'tệp sao lưu .sqlite')
    .action((file: string) => {
      const g = globals();
      const dataDir = resolveDataDir(io, g);
      prepareDataDir(dataDir, { create: true });
      // Refused while the app, the web host or another command has the folder open: it would keep
      // writing into the file being replaced.
      const alone = holdFolderAlone(dataDir, 'cli', new Date(), null);
      let r: RestoreResult;
      try {
        r = restoreBackup(dataDir, resolve(io.cwd, file), new Date());
      } finally {
        alone.release();
      }
      if (g.json) return io.out(JSON.stringify(r, null, 2));
      io.out(`Đã khôi phục dữ liệu từ ${r.restoredFrom}.`);
      if (r.previousKeptAt) io.out(`Dữ liệu trước khi khôi phục được giữ tại ${r.previousKeptAt}.`);
    });
}
