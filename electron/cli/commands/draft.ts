import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../../shared/errors';
import { describeDraft, describeValidation } from '../describe';
import { CliExit, EXIT, type CliIo } from '../io';
import type { GlobalOptions } from '../options';
import { withServices } from '../session';

/** Reads and parses a JSON file with errors that say which file and where. */
function readJsonFile(io: CliIo, file: string): unknown {
  const path = resolve(io.cwd, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new AppError('E_FILE_READ', `Không đọc được tệp ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}. Hãy kiểm tra đường dẫn.`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (e) {
    throw new AppError('E_JSON', `Tệp ${path} không phải JSON hợp lệ (${(e as Error).message}). Có thể tệp bị cắt cụt hoặc bị sửa tay sai cú pháp.`);
  }
}

export function registerDraft(program: Command, io: CliIo, globals: () => GlobalOptions): void {
  const draft = program.command('draft').description('báo cáo đang soạn');

  draft
    .command('show')
    .description('xem báo cáo (--json: in đúng định dạng mà "draft load" đọc được)')
    .option('--json', 'in JSON')
    .action(async (o: { json?: boolean }) => {
      const g = globals();
      await withServices(io, g, async ({ api }) => {
        if (o.json || g.json) return io.out(JSON.stringify(await api.exportDraftFile({}), null, 2));
        const [campaign, view] = await Promise.all([api.getCampaign({}), api.getDraft({})]);
        io.out(describeDraft(campaign, view).join('\n'));
      }, { readOnly: true });
    });

  draft
    .command('load')
    .description('nạp báo cáo từ tệp JSON (cùng định dạng "draft show --json"); sai một chỗ thì không nạp gì')
    .argument('<TỆP>', 'tệp JSON')
    .action(async (file: string) => {
      const g = globals();
      const data = readJsonFile(io, file);
      await withServices(io, g, async ({ api }) => {
        const { draft: view, changed } = await api.loadDraft({ draft: data });
        if (g.json) return io.out(JSON.stringify({ changed, validation: view.validation }, null, 2));
        io.out(`Đã nạp báo cáo từ ${file}: ${changed} thay đổi.`);
        io.out(describeValidation(view.validation)[0] ?? '');
      });
    });

  draft
    .command('revise')
    .description('mở lần gửi mới sau khi đã xuất (bắt buộc ghi lý do sửa đổi)')
    .requiredOption('--reason <LÝ_DO>', 'lý do sửa đổi, ví dụ "Sửa số liệu phụ lục theo góp ý của tỉnh"')
    .action(async (o: { reason: string }) => {
      const g = globals();
      await withServices(io, g, async ({ api }) => {
        const view = await api.startRevision({ reason: o.reason });
        if (g.json) return io.out(JSON.stringify({ revision: view.revision }, null, 2));
        io.out(`Đã mở lần gửi ${view.revision}. Lý do sửa đổi: ${o.reason}`);
      });
    });

  draft
    .command('check')
    .description('kiểm tra báo cáo; mã thoát 3 nếu còn lỗi hoặc cảnh báo chưa giải trình')
    .action(async () => {
      const g = globals();
      const ready = await withServices(io, g, async ({ api }) => {
        const result = await api.checkDraft({});
        if (g.json) io.out(JSON.stringify(result, null, 2));
        else io.out(describeValidation(result).join('\n'));
        return result.errorCount === 0 && result.unexplainedCount === 0;
      }, { readOnly: true });
      if (!ready) throw new CliExit(EXIT.notReady);
    });
}
