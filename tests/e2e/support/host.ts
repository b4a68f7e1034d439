// The loopback web host on a random port over a real temporary data folder, with a clock that starts
// on a fixed day of the campaign (15/5/2023) and then runs, so that saves still get later times. Its
// host hooks are the real web host's: the signing key opens with a passphrase when one is given (as
// TONGKET_PASSPHRASE does for `npm run web`), exports go to <data>/xuat unless told otherwise.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startWebHost, type WebHost } from '../../../electron/web/host';
import { DEFAULT_EXPORTS_SUBDIR, webHostHooks } from '../../../electron/web/web-hooks';

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
  exportsDir: string;
  stop(): Promise<void>;
}

export interface TestHostOptions {
  /** The passphrase of the signing key; none by default, as when TONGKET_PASSPHRASE is unset. */
  passphrase?: string | null;
  /** An existing data folder (e.g. a unit made with the CLI), kept when the host stops. */
  dataDir?: string;
  /** When the clock starts; the campaign day by default. */
  startAt?: Date;
}

export async function startTestHost(options: TestHostOptions = {}): Promise<TestHost> {
  await ensureRendererBuilt();
  const own = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'tongket-e2e-'));
  const exportsDir = join(dataDir, DEFAULT_EXPORTS_SUBDIR);
  const started = Date.now();
  const startAt = (options.startAt ?? CAMPAIGN_DAY).getTime();
  const host = await startWebHost({
    dataDir,
    rendererDir: RENDERER_DIR,
    clock: () => new Date(startAt + (Date.now() - started)),
    host: webHostHooks({ passphrase: options.passphrase ?? null, exportsDir }),
    onUnexpected: (method, e) => console.error(`[${method}]`, e),
  });
  return {
    ...host,
    dataDir,
    exportsDir,
    stop: async () => {
      await host.close();
      if (own) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
