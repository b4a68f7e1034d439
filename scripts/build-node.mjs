// Bundles the Node-side entry points (CLI, loopback web host) with esbuild. Dependencies stay external:
// better-sqlite3 is a native module and must be loaded from node_modules at the Node ABI.
import { cpSync } from 'node:fs';
import { build } from 'esbuild';

const entries = [
  { in: 'electron/cli/tongket.ts', out: 'cli/tongket' },
  { in: 'electron/web/main.ts', out: 'web/tongket-web' },
];

await build({
  entryPoints: entries,
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});

// The fonts the report's PDF embeds (electron/services/documents/pdf-fonts.ts looks in dist/fonts).
cpSync('electron/services/documents/fonts', 'dist/fonts', { recursive: true });
// The chart rasteriser's WebAssembly, beside the fonts (electron/services/documents/chart-image.ts).
cpSync('node_modules/@resvg/resvg-wasm/index_bg.wasm', 'dist/fonts/resvg.wasm');
