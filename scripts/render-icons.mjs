// @ts-check
/// <reference lib="dom" />
// (DOM types and globals: the function given to page.evaluate runs in the page.)
/* global Image, document */
// `node scripts/render-icons.mjs`: renders build/icons/*.svg into the PNG and ICO files electron-builder
// uses (the results are committed, so packaging and CI never need this). Chromium draws each size
// (Debian's chromium through playwright-core, as the e2e tests do; TONGKET_CHROMIUM overrides the path).
// ICO entries up to 128 px are classic 32-bit bitmaps, 256 px is PNG, as Windows and NSIS expect.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { chromium } from 'playwright-core';

const iconsDir = resolve(import.meta.dirname, '..', 'build', 'icons');
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

/** @typedef {{ size: number, png: Buffer, rgba: Buffer }} Rendered */

/**
 * A 32-bit BGRA DIB (bottom-up, height doubled for the AND mask, which stays empty: alpha rules).
 * @param {number} size @param {Buffer} rgba
 */
function bitmapEntry(size, rgba) {
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8);
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  header.writeUInt32LE(size * size * 4, 20);
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const from = (y * size + x) * 4;
      const to = ((size - 1 - y) * size + x) * 4;
      pixels[to] = rgba[from + 2] ?? 0;
      pixels[to + 1] = rgba[from + 1] ?? 0;
      pixels[to + 2] = rgba[from] ?? 0;
      pixels[to + 3] = rgba[from + 3] ?? 0;
    }
  }
  const maskRow = Math.ceil(size / 32) * 4;
  return Buffer.concat([header, pixels, Buffer.alloc(maskRow * size)]);
}

/** @param {Rendered[]} images */
function ico(images) {
  const entries = images.map((im) => (im.size >= 256 ? im.png : bitmapEntry(im.size, im.rgba)));
  const dir = Buffer.alloc(6 + 16 * images.length);
  dir.writeUInt16LE(0, 0);
  dir.writeUInt16LE(1, 2);
  dir.writeUInt16LE(images.length, 4);
  let offset = dir.length;
  images.forEach((im, i) => {
    const at = 6 + 16 * i;
    const data = entries[i] ?? Buffer.alloc(0);
    dir.writeUInt8(im.size >= 256 ? 0 : im.size, at);
    dir.writeUInt8(im.size >= 256 ? 0 : im.size, at + 1);
    dir.writeUInt16LE(1, at + 4);
    dir.writeUInt16LE(32, at + 6);
    dir.writeUInt32LE(data.length, at + 8);
    dir.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([dir, ...entries]);
}

const browser = await chromium.launch({ executablePath: process.env.TONGKET_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  /**
   * @param {string} svgFile @param {number[]} sizes
   * @returns {Promise<Rendered[]>}
   */
  async function render(svgFile, sizes) {
    const svg = readFileSync(join(iconsDir, svgFile), 'utf8');
    const results = await page.evaluate(
      async ({ svg: text, sizes: wanted }) => {
        const img = new Image();
        img.src = `data:image/svg+xml;base64,${btoa(text)}`;
        await img.decode();
        return wanted.map((size) => {
          const canvas = document.createElement('canvas');
          canvas.width = size;
          canvas.height = size;
          const g = canvas.getContext('2d');
          if (!g) throw new Error('no 2d canvas');
          g.imageSmoothingQuality = 'high';
          g.drawImage(img, 0, 0, size, size);
          const data = g.getImageData(0, 0, size, size).data;
          let binary = '';
          for (let i = 0; i < data.length; i += 1) binary += String.fromCharCode(data[i] ?? 0);
          return { size, png: canvas.toDataURL('image/png').split(',')[1] ?? '', rgba: btoa(binary) };
        });
      },
      { svg, sizes },
    );
    return results.map((r) => ({ size: r.size, png: Buffer.from(r.png, 'base64'), rgba: Buffer.from(r.rgba, 'base64') }));
  }

  const app = await render('icon.svg', LINUX_SIZES);
  mkdirSync(join(iconsDir, 'png'), { recursive: true });
  for (const im of app) writeFileSync(join(iconsDir, 'png', `${im.size}x${im.size}.png`), im.png);
  writeFileSync(join(iconsDir, 'icon.ico'), ico(app.filter((im) => ICO_SIZES.includes(im.size))));
  for (const doc of ['tongket-package', 'tongket-receipt', 'tongket-campaign']) {
    writeFileSync(join(iconsDir, `${doc}.ico`), ico(await render(`${doc}.svg`, ICO_SIZES)));
  }
  process.stdout.write(`Icons written to ${iconsDir}\n`);
} finally {
  await browser.close();
}
