import { resolve } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../../shared/errors';
import { writeFileAtomic } from '../../services/fs/atomic-write';
import { formatPublicKeyFile } from '../../services/signing/minisign';
import type { CliIo } from '../io';
import type { GlobalOptions } from '../options';
import { withServices } from '../session';
import { requireProfile } from '../../services/handlers/profile-handlers';
import { confirmCampaignKey, hasHeldCampaignSignedBy } from '../../services/campaigns/campaign-setup';
import { confirmHeldKey, refuseHeldKey, registerPublicKey, type KeyDecision } from '../../services/inbox/key-decisions';
import { readFileSync } from 'node:fs';
import { heldKeys } from '../../services/inbox/held-keys';
import type { ServiceContext } from '../../services/context';

export function registerKey(program: Command, io: CliIo, globals: () => GlobalOptions): void {
  const key = program.command('key').description('khóa ký của đơn vị');

  key
    .command('export')
    .description('ghi khóa công khai (tệp .pub dạng minisign) để gửi cấp trên đăng ký')
    .requiredOption('--out <TỆP.pub>', 'tệp khóa công khai, ví dụ LDLD-TAMDUONG.pub')
    .action(async (o: { out: string }) => {
      const g = globals();
      await withServices(io, g, async ({ ctx }) => {
        const unit = requireProfile(ctx).unit.code;
        const own = ctx.keys.ownActive(unit);
        if (!own) throw new AppError('E_NO_KEY', `Đơn vị ${unit} chưa có khóa ký. Hãy chạy lại "tongket setup" với TONGKET_PASSPHRASE để tạo khóa.`);
        const path = resolve(io.cwd, o.out);
        writeFileAtomic(path, Buffer.from(formatPublicKeyFile(own.publicKey, unit)));
        if (g.json) return io.out(JSON.stringify({ file: path, keyId: own.keyId, fingerprint: own.fingerprint }, null, 2));
        io.out(`Đã ghi khóa công khai của ${unit} vào ${path}`);
        io.out(`Dấu vân tay (đọc qua điện thoại để cấp trên đối chiếu): ${own.fingerprint}`);
      }, { readOnly: true });
    });

  key
    .command('announce')
    .description('báo trước khóa ký mới: gói xuất tới (ký bằng khóa hiện tại) báo khóa mới, từ lần sau khóa mới ký')
    .action(async () => {
      const g = globals();
      await withServices(io, g, async ({ api }) => {
        const k = await api.announceNewKey({});
        if (g.json) return io.out(JSON.stringify(k, null, 2));
        io.out(`Khóa mới ${k.next?.fingerprint ?? ''} sẽ được báo cho cấp trên trong lần xuất tới (ký bằng khóa ${k.fingerprint}).`);
        io.out('Sau lần xuất đó, báo cáo được ký bằng khóa mới; cấp trên xác nhận dấu vân tay mới qua điện thoại.');
      });
    });

  const report = (g: GlobalOptions, d: KeyDecision, done: string) => {
    if (g.json) return io.out(JSON.stringify(d, null, 2));
    io.out(done);
    for (const l of d.released) io.out(`  ${l.source}: ${l.message}`);
  };

  key
    .command('register')
    .description('đăng ký khóa công khai của một đơn vị cấp dưới, sau khi đã đối chiếu dấu vân tay qua điện thoại')
    .argument('<TỆP.pub>', 'tệp khóa công khai do đơn vị gửi')
    .requiredOption('--confirm <DẤU_VÂN_TAY>', 'dấu vân tay đơn vị đọc qua điện thoại, ví dụ 3F2A-91BC-0D4E-77A1')
    .option('--unit <MÃ>', 'mã đơn vị (mặc định: mã ghi trong tệp khóa)')
    .action(async (file: string, o: { confirm: string; unit?: string }) => {
      const g = globals();
      let text: string;
      try {
        text = readFileSync(resolve(io.cwd, file), 'utf8');
      } catch (e) {
        throw new AppError('E_FILE_READ', `Không đọc được tệp khóa ${file}: ${(e as NodeJS.ErrnoException).code ?? ''}.`);
      }
      await withServices(io, g, async ({ ctx }) => {
        const d = await registerPublicKey(ctx, text, o.confirm, o.unit);
        report(g, d, `Đã đăng ký khóa ${d.key?.keyId} cho ${d.key?.unitCode} (dấu vân tay ${d.key?.fingerprint}).`);
      });
    });

  key
    .command('confirm')
    .description('xác nhận khóa lạ của gói hoặc biên nhận đang tạm giữ (sau khi đối chiếu dấu vân tay)')
    .argument('<KHÓA>', 'dấu vân tay của khóa đang tạm giữ, hoặc mã khóa 16 ký tự; xem "tongket key list"')
    .requiredOption('--fingerprint <DẤU_VÂN_TAY>', 'dấu vân tay đơn vị đọc qua điện thoại')
    .option('--unit <MÃ>', 'đơn vị của khóa, khi gói ký bằng khóa đó ghi nhiều đơn vị')
    .action(async (ref: string, o: { fingerprint: string; unit?: string }) => {
      const g = globals();
      await withServices(io, g, async ({ ctx }) => {
        // A campaign from the parent held for its key: the same confirmation, by fingerprint.
        if (hasHeldCampaignSignedBy(ctx, o.fingerprint)) {
          const lines = await confirmCampaignKey(ctx, o.fingerprint);
          return report(g, { key: null, released: lines }, `Đã xác nhận khóa ${o.fingerprint} của cấp trên.`);
        }
        const d = await confirmHeldKey(ctx, ref, o.fingerprint, o.unit);
        report(g, d, `Đã xác nhận khóa ${d.key?.fingerprint} (mã ${d.key?.keyId}) cho ${d.key?.unitCode}.`);
      });
    });

  key
    .command('refuse')
    .description('từ chối khóa lạ: các gói, biên nhận và tệp đợt báo cáo tạm giữ ký bằng đúng khóa đó bị từ chối')
    .argument('<KHÓA>', 'dấu vân tay của khóa đang tạm giữ, hoặc mã khóa 16 ký tự khi chỉ một khóa mang mã đó')
    .action(async (ref: string) => {
      const g = globals();
      await withServices(io, g, async ({ ctx }) => report(g, await refuseHeldKey(ctx, ref), `Đã từ chối khóa ${ref}.`));
    });

  key
    .command('revoke')
    .description('thu hồi một khóa: gói ký bằng khóa này nhận sau lúc thu hồi bị từ chối')
    .argument('<MÃ_KHÓA>', 'mã khóa 16 ký tự')
    .action(async (keyId: string) => {
      const g = globals();
      await withServices(io, g, async ({ ctx }) => {
        const k = ctx.keys.revoke(keyId.toUpperCase(), ctx.clock().toISOString());
        if (g.json) return io.out(JSON.stringify(k, null, 2));
        io.out(`Đã thu hồi khóa ${k.keyId} của ${k.unitCode}. Các gói đã nhận trước đó vẫn giữ nguyên.`);
      });
    });

  const heldLines = (held: HeldSummary[]) =>
    held.map((h) => {
      const what = [h.packages ? `${h.packages} gói` : '', h.receipts ? `${h.receipts} biên nhận` : '', h.campaigns ? `${h.campaigns} tệp đợt báo cáo` : ''].filter(Boolean).join(', ');
      return `${h.units.join(',').padEnd(16)} ${h.keyId}  ${h.fingerprint}  tạm giữ ${what}`;
    });

  key
    .command('list')
    .description('liệt kê các khóa đã có, và các khóa lạ đang tạm giữ gói hoặc biên nhận')
    .action(async () => {
      const g = globals();
      await withServices(io, g, async ({ ctx }) => {
        const keys = ctx.keys.list();
        if (g.json) return io.out(JSON.stringify(keys, null, 2));
        const held = await heldSummary(ctx);
        if (keys.length === 0 && held.length === 0) io.out('Chưa có khóa nào.');
        for (const k of keys) {
          io.out(`${k.unitCode.padEnd(16)} ${k.keyId}  ${k.fingerprint}  ${k.own ? 'khóa của đơn vị này' : 'đã đăng ký'}${k.status === 'revoked' ? ' (đã thu hồi)' : ''}`);
        }
        if (held.length) io.out('Khóa lạ đang tạm giữ (xác nhận hoặc từ chối theo dấu vân tay):');
        for (const l of heldLines(held)) io.out(l);
      }, { readOnly: true });
    });

  key
    .command('held')
    .description('các khóa lạ đang tạm giữ gói hoặc biên nhận: mỗi khóa một dấu vân tay, kể cả khi hai khóa cùng mã')
    .action(async () => {
      const g = globals();
      await withServices(io, g, async ({ ctx }) => {
        const held = await heldSummary(ctx);
        if (g.json) return io.out(JSON.stringify(held, null, 2));
        if (held.length === 0) io.out('Không có khóa lạ nào đang tạm giữ.');
        for (const l of heldLines(held)) io.out(l);
      }, { readOnly: true });
    });
}

interface HeldSummary {
  keyId: string;
  fingerprint: string;
  units: string[];
  packages: number;
  receipts: number;
  campaigns: number;
}

async function heldSummary(ctx: ServiceContext): Promise<HeldSummary[]> {
  return (await heldKeys(ctx)).map((h) => ({ keyId: h.keyId, fingerprint: h.fingerprint, units: h.units, packages: h.packages.length, receipts: h.receipts.length, campaigns: h.campaigns.length }));
}
