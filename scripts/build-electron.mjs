// Bundles the Electron shell: the main process (CommonJS, everything bundled but Electron itself and
// the native better-sqlite3) and the sandboxed preload (one self-contained file, as sandboxed preloads
// cannot require other files). Needs no Electron binary, so it runs on every build machine.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  outdir: 'dist/electron',
  outExtension: { '.js': '.cjs' },
  sourcemap: true,
  logLevel: 'warning',
};

await build({ ...common, entryPoints: { main: 'electron/main/main.ts' }, external: ['electron', 'better-sqlite3'] });
await build({ ...common, entryPoints: { preload: 'electron/preload/preload.ts' }, external: ['electron'], sourcemap: false });
