// `npm run web -- [--data DIR] [--port N] [--exports DIR]`: starts the loopback host and prints the
// address to open, the data folder and the folder exported files go to. The signing key opens with
// TONGKET_PASSPHRASE, as on the command line.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isAppError } from '../../shared/errors';
import { defaultDataDir } from '../services/data-dir';
import { startWebHost } from './host';
import { DEFAULT_EXPORTS_SUBDIR, webHostHooks } from './web-hooks';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { data: { type: 'string' }, port: { type: 'string' }, exports: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(
      'Cách dùng: npm run web -- [--data THƯ_MỤC] [--port CỔNG] [--exports THƯ_MỤC_XUẤT]\n' +
        `  --exports   nơi ghi tệp xuất, biên nhận, khóa công khai (mặc định: <dữ liệu>/${DEFAULT_EXPORTS_SUBDIR})\n` +
        '  TONGKET_PASSPHRASE   mật khẩu bảo vệ khóa ký (thiếu thì không xuất và ký được)\n',
    );
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Cổng không hợp lệ: ${values.port ?? ''}`);
  // The bundle sits in dist/web/, the renderer in dist/renderer/.
  const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));
  if (!existsSync(rendererDir)) throw new Error(`Chưa có giao diện đã dựng tại ${rendererDir}. Hãy chạy "npm run build".`);
  const dataDir = resolve(values.data ?? defaultDataDir());
  const exportsDir = resolve(values.exports ?? join(dataDir, DEFAULT_EXPORTS_SUBDIR));
  const passphrase = process.env.TONGKET_PASSPHRASE ?? null;
  const host = await startWebHost({
    dataDir,
    rendererDir,
    port,
    host: webHostHooks({ passphrase, exportsDir }),
    onUnexpected: (method, e) => process.stderr.write(`[${method}] ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`),
  });
  const keyLine = passphrase
    ? 'Khóa ký: mở bằng mật khẩu trong biến TONGKET_PASSPHRASE.'
    : 'Khóa ký: chưa có TONGKET_PASSPHRASE nên không xuất và ký được (đặt biến này rồi khởi động lại).';
  process.stdout.write(
    `TongKet đang chạy tại (chỉ máy này truy cập được):\n  ${host.url}\nDữ liệu: ${dataDir}\nTệp xuất: ${exportsDir}\n${keyLine}\nNhấn Ctrl+C để dừng.\n`,
  );
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`${isAppError(e) ? `${e.code}: ${e.message}` : e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
