// `tongket attachments`: at a unit, the files attached to the revision being written; at the level
// above, the files attached to a unit's received revision, listed or saved to a folder (issue 17).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { AttachmentInfo } from '../../../shared/api/attachment-types';
import type { Api } from '../../../shared/api/contract';
import { AppError } from '../../../shared/errors';
import { formatNumber } from '../../../shared/format/vi';
import { oneLineSafe, type CliIo } from '../io';
import type { GlobalOptions } from '../options';
import { withServices } from '../session';

const kb = (size: number): string => `${formatNumber(Math.ceil(size / 1024))} KB`;

function parseRevision(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new AppError('E_INPUT', `Lần gửi «${text}» không hợp lệ; hãy ghi một số nguyên dương.`);
  return n;
}

/** The revision asked for, or the unit's latest received one as the tracker shows it. */
async function receivedRevision(api: Api, unitCode: string, asked: number | undefined): Promise<number> {
  if (asked !== undefined) return asked;
  const row = (await api.getTracker({})).find((r) => r.unitCode === unitCode);
  if (!row?.revision) throw new AppError('E_ATTACHMENT_UNKNOWN', `Chưa nhận báo cáo của đơn vị ${unitCode}.`);
  return row.revision;
}

function printList(io: CliIo, list: AttachmentInfo[]): void {
  if (list.length === 0) io.out('Không có tệp đính kèm.');
  for (const a of list) io.out(`  ${oneLineSafe(a.name)}  (${kb(a.size)}, ${a.mediaType})`);
}

export function registerAttachments(program: Command, io: CliIo, globals: () => GlobalOptions): void {
  const cmd = program.command('attachments').description('tệp đính kèm: của lần gửi đang soạn, hoặc (ở cấp trên) của gói một đơn vị đã gửi');
  cmd
    .command('list')
    .description('liệt kê tệp đính kèm; có ĐƠN_VỊ: tệp trong gói đơn vị đó đã gửi')
    .argument('[ĐƠN_VỊ]', 'mã đơn vị cấp dưới')
    .option('--revision <N>', 'lần gửi (mặc định: lần mới nhất đã nhận)')
    .action(async (unit: string | undefined, o: { revision?: string }) => {
      const g = globals();
      await withServices(io, g, async ({ api }) => {
        const list = unit
          ? await api.listReceivedAttachments({ unitCode: unit, revision: await receivedRevision(api, unit, parseRevision(o.revision)) })
          : await api.listAttachments({});
        if (g.json) io.out(JSON.stringify(list, null, 2));
        else printList(io, list);
      });
    });
  cmd
    .command('remove')
    .description('gỡ một tệp đính kèm khỏi lần gửi đang soạn (trước khi xuất)')
    .argument('<TÊN>', 'tên tệp như "attachments list" in ra')
    .action(async (name: string) => {
      const g = globals();
      await withServices(io, g, async ({ api }) => {
        const list = await api.removeAttachment({ name });
        if (g.json) io.out(JSON.stringify(list, null, 2));
        else printList(io, list);
      });
    });
  cmd
    .command('save')
    .description('ở cấp trên: lưu tệp đính kèm của gói một đơn vị đã gửi vào thư mục')
    .argument('<ĐƠN_VỊ>', 'mã đơn vị cấp dưới')
    .argument('[TÊN...]', 'tên tệp (mặc định: tất cả)')
    .requiredOption('--out <THƯ_MỤC>', 'thư mục ghi tệp')
    .option('--revision <N>', 'lần gửi (mặc định: lần mới nhất đã nhận)')
    .action(async (unit: string, names: string[], o: { out: string; revision?: string }) => {
      const g = globals();
      const out = resolve(io.cwd, o.out);
      mkdirSync(out, { recursive: true });
      await withServices(
        io,
        g,
        async ({ api }) => {
          const revision = await receivedRevision(api, unit, parseRevision(o.revision));
          const chosen = names.length > 0 ? names : (await api.listReceivedAttachments({ unitCode: unit, revision })).map((a) => a.name);
          const saved = [];
          for (const name of chosen) saved.push(await api.saveReceivedAttachment({ unitCode: unit, revision, name }));
          if (g.json) return io.out(JSON.stringify(saved, null, 2));
          if (saved.length === 0) io.out('Không có tệp đính kèm.');
          for (const s of saved) io.out(`Đã lưu ${oneLineSafe(s.path)}  (${kb(s.size)})`);
        },
        { exportDir: out },
      );
    });
}
