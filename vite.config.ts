// Builds the renderer into dist/renderer. Relative asset paths so that the same files load from the
// Electron app:// protocol and from the loopback web host. Nothing is fetched from the network.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    // One small app: a single chunk loads faster from disk than a waterfall of imports.
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
});
