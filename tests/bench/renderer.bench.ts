// Renderer budgets: JavaScript sent at first load (gzip bytes, target ≤ 400 KB) and time to the first
// usable screen in headless Chromium (target ≤ 1.5 s), measured against the real web host with a real
// data folder, a cold browser profile each run. Run: npx tsx tests/bench/renderer.bench.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../e2e/support/browser';
import { ensureRendererBuilt, RENDERER_DIR, startTestHost } from '../e2e/support/host';
import { GOOD_SAMPLE, readFixture } from '../helpers/fixtures';
import { summarize } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const JS_TARGET = 400 * 1024;
const SCREEN_TARGET_MS = 1500;

await ensureRendererBuilt();
const assets = join(RENDERER_DIR, 'assets');
const jsFiles = readdirSync(assets).filter((f) => f.endsWith('.js'));
const gzipOnDisk = jsFiles.reduce((n, f) => n + gzipSync(readFileSync(join(assets, f)), { level: 9 }).length, 0);
const rawOnDisk = jsFiles.reduce((n, f) => n + readFileSync(join(assets, f)).length, 0);

const host = await startTestHost();
await host.services.api.saveProfile({ unitCode: 'LDLD-TAMDUONG', signerName: 'Lò Văn Pình' });
await host.services.api.loadDraft({ draft: readFixture(GOOD_SAMPLE) });

const sent: number[] = [];
const toUsable: number[] = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      const scripts: Promise<number>[] = [];
      page.on('requestfinished', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.sizes().then((s) => s.responseBodySize));
      });
      // The home page of a filled report is the first screen the user can act on.
      await page.goto(host.url, { waitUntil: 'commit' });
      await page.locator('.progress-list').waitFor({ state: 'visible' });
      const usableAt = await page.evaluate(() => performance.now());
      await page.waitForLoadState('networkidle');
      sent.push((await Promise.all(scripts)).reduce((a, b) => a + b, 0));
      toUsable.push(usableAt);
    } finally {
      await browser.close();
    }
  }
} finally {
  await host.stop();
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const jsSent = Math.max(...sent);
const t = summarize(toUsable);
console.log(`JavaScript của giao diện: ${jsFiles.length} tệp, ${kb(rawOnDisk)} gốc, ${kb(gzipOnDisk)} gzip trên đĩa`);
console.log(`JavaScript gửi khi mở lần đầu (gzip, đo trong Chromium): ${kb(jsSent)}  ${jsSent <= JS_TARGET ? '✓' : '✗ VƯỢT'} (mục tiêu ≤ ${kb(JS_TARGET)})`);
console.log(
  `Thời gian tới màn hình dùng được (trang chính, hồ sơ cold): n=${t.n} p50=${t.p50.toFixed(0)} ms p95=${t.p95.toFixed(0)} ms max=${t.max.toFixed(0)} ms  ${t.p95 <= SCREEN_TARGET_MS ? '✓' : '✗ VƯỢT'} (mục tiêu ≤ ${SCREEN_TARGET_MS} ms)`,
);
