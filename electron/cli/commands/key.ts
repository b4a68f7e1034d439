import { resolve } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../../shared/errors';
import { writeFileAtomic } from '../../services/fs/atomic-write';
import { formatPublicKeyFile } from '../../services/signing/minisign';
import type { CliIo } from '../io';
import type { GlobalOptions } from '../options';
import { withServices } from '../session';
import { requireProfile } from '../../services/handlers/profile-handlers';
import { confirmHeldKey, refuseHeldKey, registerPublicKey, type KeyDecision } from '../../services/inbox/key-decisions';
import { readFileSync } from 'node:fs';

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
        const d = registerPublicKey(ctx, text, o.confirm, o.unit);
        report(g, d, `Đã đăng ký khóa ${d.key?.keyId} cho ${d.key?.unitCode} (dấu vân tay ${d.key?.fingerprint}).`);
      });
    });

  key
    .command('confirm')
    .description('xác nhận khóa lạ của một gói đang tạm giữ (sau khi đối chiếu dấu vân tay)')
    .argument('<MÃ_KHÓA>', 'mã khóa 16 ký tự, xem "tongket import" hoặc "tongket key held"')
    .requiredOption('--fingerprint <DẤU_VÂN_TAY>', 'dấu vân tay đơn vị đọc qua điện thoại')
    .action(async (keyId: string, o: { fingerprint: string }) => {
      const g = globals();
      await withServices(io, g, async ({ ctx }) => {
        const d = await confirmHeldKey(ctx, keyId.toUpperCase(), o.fingerprint);
        report(g, d, `Đã xác nhận khóa ${d.key?.keyId} cho ${d.key?.unitCode}.`);
      });
    });

  key
    .command('refuse')
    .description('từ chối khóa lạ: các gói tạm giữ ký bằng khóa đó bị từ chối')
    .argument('<MÃ_KHÓA>', 'mã khóa 16 ký tự')
    .action(async (keyId: string) => {
      const g = globals();
      await withServices(io, g, async ({ ctx }) => report(g, refuseHeldKey(ctx, keyId.toUpperCase()), `Đã từ chối khóa ${keyId}.`));
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

  key
    .command('list')
    .description('liệt kê các khóa')
    .action(async () => {
      const g = globals();
      await withServices(io, g, async ({ ctx }) => {
        const keys = ctx.keys.list();
        if (g.json) return io.out(JSON.stringify(keys, null, 2));
        if (keys.length === 0) io.out('Chưa có khóa nào.');
        for (const k of keys) {
          io.out(`${k.unitCode.padEnd(16)} ${k.keyId}  ${k.fingerprint}  ${k.own ? 'khóa của đơn vị này' : 'đã đăng ký'}${k.status === 'revoked' ? ' (đã thu hồi)' : ''}`);
        }
      }, { readOnly: true });
    });
}
