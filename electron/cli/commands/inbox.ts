import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { formatDateTime } from '../../../shared/format/vi';
import { collectPaths } from '../../services/inbox/collect-files';
import { importFiles } from '../../services/inbox/import-files';
import type { ImportLine } from '../../services/inbox/import-types';
import { trackerRows, type TrackerStatus } from '../../services/inbox/tracker';
import { RECEIVED_BASIS_UNKNOWN_VI, RECEIVED_BASIS_VI } from '../../../shared/inbox/tracker-labels';
import { isReceiving } from '../../services/inbox/receiving';
import { fieldLabel } from '../../../shared/campaign/fields';
import { issueReceipt } from '../../services/receipts/issue-receipt';
import { CliExit, EXIT, oneLineSafe, type CliIo } from '../io';
import type { GlobalOptions } from '../options';
import { withServices } from '../session';

const OUTCOME_LABEL: Record<ImportLine['outcome'], string> = {
  accepted: 'NHẬN',
  superseded: 'THAY THẾ',
  older: 'LẦN CŨ',
  duplicate: 'ĐÃ CÓ',
  held: 'TẠM GIỮ',
  conflict: 'XUNG ĐỘT',
  rejected: 'TỪ CHỐI',
  skipped: 'BỎ QUA',
  receipt: 'BIÊN NHẬN',
};

export const STATUS_LABEL: Record<TrackerStatus, string> = {
  missing: 'Chưa nhận',
  'on-time': 'Đúng hạn',
  late: 'Trễ hạn',
  returned: 'Đã trả lại',
  accepted: 'Đã chấp nhận',
};

export function registerInbox(program: Command, io: CliIo, globals: () => GlobalOptions): void {
  program
    .command('import')
    .description('nhập gói .tongket, biên nhận, cả thư mục, hoặc thư điện tử đã lưu (.eml); mã thoát 1 nếu có tệp bị từ chối')
    .argument('<ĐƯỜNG_DẪN...>', 'tệp hoặc thư mục')
    .action(async (paths: string[]) => {
      const g = globals();
      const lines = await withServices(io, g, async ({ ctx }) => {
        const { files, skipped } = await collectPaths(paths.map((p) => resolve(io.cwd, p)), ctx.clock());
        return [...(await importFiles(ctx, files)), ...skipped];
      });
      if (g.json) io.out(JSON.stringify(lines, null, 2));
      else for (const l of lines) io.out(`${OUTCOME_LABEL[l.outcome].padEnd(10)} ${oneLineSafe(l.source)}: ${oneLineSafe(l.message)}`);
      if (lines.some((l) => l.outcome === 'rejected')) throw new CliExit(EXIT.error);
    });

  program
    .command('status')
    .description('ở cấp trên: bảng theo dõi đơn vị nào đã gửi, đúng hạn hay trễ; ở đơn vị gửi: ý kiến cấp trên về báo cáo')
    .action(async () => {
      const g = globals();
      await withServices(io, g, async ({ ctx, api }) => {
        if (!isReceiving(ctx)) {
          const r = await api.getReceiptStatus({});
          if (g.json) return io.out(JSON.stringify(r, null, 2));
          if (!r) return io.out('Chưa có biên nhận nào của cấp trên.');
          io.out(`${r.decision === 'accepted' ? 'ĐÃ CHẤP NHẬN' : 'ĐÃ TRẢ LẠI'}: lần gửi ${r.revision}, ${oneLineSafe(r.issuerName)}, lúc ${formatDateTime(new Date(r.decidedAt))}.`);
          if (r.comment) io.out(`Ý kiến: ${r.comment}`);
          for (const f of r.fields) io.out(`  - ${fieldLabel(ctx.campaigns.get(ctx.profiles.get()?.campaignId ?? '').template, f.key)}: ${f.comment}`);
          return;
        }
        const rows = trackerRows(ctx);
        if (g.json) return io.out(JSON.stringify(rows, null, 2));
        for (const r of rows) {
          const when = r.receivedAt ? `nhận ${formatDateTime(new Date(r.receivedAt))}` : r.daysLeft === null ? '' : r.daysLeft >= 0 ? `còn ${r.daysLeft} ngày` : `quá hạn ${-r.daysLeft} ngày`;
          const basis = r.receivedAt ? `(${r.receivedBasis ? RECEIVED_BASIS_VI[r.receivedBasis] : RECEIVED_BASIS_UNKNOWN_VI})` : '';
          const flag = r.createdAfterReceived ? 'CHÚ Ý: gói ghi lập sau lúc nhận' : '';
          const extra = [r.revision ? `lần ${r.revision}` : '', oneLineSafe(r.signer ?? ''), [when, basis].filter(Boolean).join(' '), flag, r.held ? `${r.held} gói tạm giữ` : '', r.conflict ? 'CÓ XUNG ĐỘT' : ''].filter(Boolean).join(' · ');
          io.out(`${r.unitCode.padEnd(16)} ${STATUS_LABEL[r.status].padEnd(13)} ${extra}`);
        }
      }, { readOnly: true });
    });

  program
    .command('receipt')
    .description('chấp nhận hoặc trả lại báo cáo của một đơn vị: ghi tệp biên nhận đã ký để gửi lại đơn vị')
    .argument('<QUYẾT_ĐỊNH>', 'accept (chấp nhận) hoặc return (trả lại)')
    .argument('<MÃ_ĐƠN_VỊ>', 'mã đơn vị gửi')
    .option('--comment <Ý_KIẾN>', 'ý kiến gửi đơn vị (bắt buộc khi trả lại)', '')
    .option('--field <MÃ_Ô=Ý_KIẾN>', 'ý kiến về một ô cụ thể (lặp lại được), ví dụ pl.chairs.end="Kiểm tra lại"', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .requiredOption('--out <THƯ_MỤC>', 'thư mục ghi tệp biên nhận')
    .action(async (decision: string, unit: string, o: { comment: string; field: string[]; out: string }) => {
      const g = globals();
      if (decision !== 'accept' && decision !== 'return') {
        io.err('Quyết định phải là "accept" (chấp nhận) hoặc "return" (trả lại).');
        throw new CliExit(EXIT.usage);
      }
      const out = resolve(io.cwd, o.out);
      mkdirSync(out, { recursive: true });
      const fields = o.field.map((f) => {
        const i = f.indexOf('=');
        return i > 0 ? { key: f.slice(0, i), comment: f.slice(i + 1) } : { key: f, comment: '' };
      });
      await withServices(io, g, async ({ ctx }) => {
        const r = await issueReceipt(ctx, { unitCode: unit, decision: decision === 'accept' ? 'accepted' : 'returned', comment: o.comment, fields }, out);
        if (g.json) return io.out(JSON.stringify(r, null, 2));
        io.out(`Đã ${r.decision === 'accepted' ? 'chấp nhận' : 'trả lại'} lần gửi ${r.revision} của ${r.unitCode}. Gửi tệp này cho đơn vị: ${r.path}`);
      });
    });
}
