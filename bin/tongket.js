#!/usr/bin/env node
// `npx tongket`: runs the bundled CLI. The bundle is made by `npm run build` (run by `npm ci` too).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/tongket.mjs', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('TongKet chưa được build. Hãy chạy "npm run build" trong thư mục dự án rồi thử lại.\n');
  process.exit(1);
}
await import(entry.href);
