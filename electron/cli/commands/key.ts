import { resolve } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../../shared/errors';
import { writeFileAtomic } from '../../services/fs/atomic-write';
import { formatPublicKeyFile } from '../../services/signing/minisign';
import type { CliIo } from '../io';
import type { GlobalOptions } from '../options';
import { withServices } from '../session';
import { requireProfile } from '../../services/handlers/profile-handlers';

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
      });
    });
}
