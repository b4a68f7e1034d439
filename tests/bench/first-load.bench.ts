// The renderer's JavaScript at first load, from the built dist (target ≤ 400 KB gzip): the entry script
// of index.html and every chunk it imports statically, followed transitively. Chunks loaded with a
// dynamic import() (the charting library, on first opening the synthesis page) are listed apart: they
// are not part of the first screen. Run `npm run build` first; run alone: npx tsx tests/bench/first-load.bench.ts
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureRendererBuilt, RENDERER_DIR } from '../e2e/support/host';

const TARGET = 400 * 1024;

await ensureRendererBuilt();
const html = readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8');
const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => posix.normalize(m[1] ?? ''));

// A static import in bundled output: `import{a as b}from"./x.js"` or `import"./x.js"`; `import("./x.js")`
// (dynamic) and `export … from` of the same chunk are told apart by what follows `import`.
const STATIC = /(?:^|[;}\n\s])import\s*(?:[^"'`();]*?\s*from\s*)?["'`]([^"'`]+\.js)["'`]/g;
const DYNAMIC = /import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

const gz = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;
const first = new Map<string, number>();
const lazy = new Set<string>();
const queue = [...entries];
while (queue.length) {
  const rel = queue.shift() as string;
  if (first.has(rel)) continue;
  const file = join(RENDERER_DIR, rel);
  if (!existsSync(file)) throw new Error(`${rel}: named by index.html or an import, missing from ${RENDERER_DIR}`);
  first.set(rel, gz(file));
  const code = readFileSync(file, 'utf8');
  const here = posix.dirname(rel);
  for (const m of code.matchAll(STATIC)) queue.push(posix.join(here, m[1] ?? ''));
  for (const m of code.matchAll(DYNAMIC)) lazy.add(posix.join(here, m[1] ?? ''));
}
for (const f of first.keys()) lazy.delete(f);

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const total = [...first.values()].reduce((a, b) => a + b, 0);
console.log(`JavaScript khi mở lần đầu (gzip -9, từ dist/renderer): ${kb(total)}  ${total <= TARGET ? '✓' : '✗ VƯỢT'} (mục tiêu ≤ ${kb(TARGET)})`);
for (const [f, n] of first) console.log(`  ${f}  ${kb(n)}`);
for (const f of lazy) console.log(`  tải khi cần: ${f}  ${kb(gz(join(RENDERER_DIR, f)))}`);
