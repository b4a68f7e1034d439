// Bundles the Electron shell: the main process (CommonJS, everything bundled but Electron itself and
// the native better-sqlite3) and the sandboxed preload (one self-contained file, as sandboxed preloads
// cannot require other files). Needs no Electron binary, so it runs on every build machine.
// `--outdir DIR`, `--main FILE` and `--preload FILE` let the security gate compile a fresh copy, or a
// deliberately broken fixture, exactly the way the app is compiled (tests/security).
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    outdir: { type: 'string', default: 'dist/electron' },
    main: { type: 'string', default: 'electron/main/main.ts' },
    preload: { type: 'string', default: 'electron/preload/preload.ts' },
  },
  strict: true,
});

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  outdir: values.outdir,
  outExtension: { '.js': '.cjs' },
  sourcemap: true,
  logLevel: 'warning',
};

// Code shared with the ES-module CLI finds its files with import.meta.dirname; in CommonJS that is __dirname.
await build({ ...common, entryPoints: { main: values.main }, external: ['electron', 'better-sqlite3'], define: { 'import.meta.dirname': '__dirname' } });
await build({ ...common, entryPoints: { preload: values.preload }, external: ['electron'], sourcemap: false });
// The fonts the report's PDF embeds, beside main.cjs (electron/services/documents/pdf-fonts.ts).
cpSync('electron/services/documents/fonts', join(values.outdir, 'fonts'), { recursive: true });
// The chart rasteriser's WebAssembly, beside the fonts (electron/services/documents/chart-image.ts).
cpSync('node_modules/@resvg/resvg-wasm/index_bg.wasm', join(values.outdir, 'fonts', 'resvg.wasm'));
