// The loopback web host on a random port over a real temporary data folder, with a clock that starts
// on a fixed day of the campaign (15/5/2023) and then runs, so that saves still get later times.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startWebHost, type WebHost } from '../../../electron/web/host';

export const RENDERER_DIR = resolve('dist/renderer');
/** 15/5/2023 09:00 in Vietnam: five days before the units' deadline. */
export const CAMPAIGN_DAY = new Date('2023-05-15T09:00:00+07:00');

let built: Promise<void> | null = null;

/** The e2e tests need the built renderer; build it once when `npm run build` has not. */
export function ensureRendererBuilt(): Promise<void> {
  if (existsSync(join(RENDERER_DIR, 'index.html')) && !process.env.TONGKET_E2E_REBUILD) return Promise.resolve();
  built ??= import('vite').then(async ({ build }) => {
    await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn' });
  });
  return built;
}

export interface TestHost extends WebHost {
  dataDir: string;
  stop(): Promise<void>;
}

export async function startTestHost(): Promise<TestHost> {
  await ensureRendererBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'tongket-e2e-'));
  const started = Date.now();
  const host = await startWebHost({
    dataDir,
    rendererDir: RENDERER_DIR,
    clock: () => new Date(CAMPAIGN_DAY.getTime() + (Date.now() - started)),
    onUnexpected: (method, e) => console.error(`[${method}]`, e),
  });
  return {
    ...host,
    dataDir,
    stop: async () => {
      await host.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
