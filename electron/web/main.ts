// `npm run web -- [--data DIR] [--port N]`: starts the loopback host and prints the address to open.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isAppError } from '../../shared/errors';
import { defaultDataDir } from '../services/data-dir';
import { startWebHost } from './host';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { data: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) {
    process.stdout.write('Cách dùng: npm run web -- [--data THƯ_MỤC] [--port CỔNG]\n');
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Cổng không hợp lệ: ${values.port ?? ''}`);
  // The bundle sits in dist/web/, the renderer in dist/renderer/.
  const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));
  if (!existsSync(rendererDir)) throw new Error(`Chưa có giao diện đã dựng tại ${rendererDir}. Hãy chạy "npm run build".`);
  const dataDir = values.data ?? defaultDataDir();
  const host = await startWebHost({
    dataDir,
    rendererDir,
    port,
    onUnexpected: (method, e) => process.stderr.write(`[${method}] ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`),
  });
  process.stdout.write(`TongKet đang chạy tại (chỉ máy này truy cập được):\n  ${host.url}\nDữ liệu: ${dataDir}\nNhấn Ctrl+C để dừng.\n`);
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`${isAppError(e) ? `${e.code}: ${e.message}` : e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
