// A chart of a document as a picture, made under plain Node with no browser and no native binary:
// ECharts draws the same option as the window in its server-side SVG mode (no DOM needed), and resvg
// (Rust, compiled to WebAssembly, shipped inside its npm package) rasterises the SVG with the report's
// own font, Liberation Serif. PNG rather than SVG in the files: Word, LibreOffice, pdfkit and Excel
// all show a PNG the same way.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { chartHeight, chartOption } from '../../../shared/charts/echarts-option';
import type { DocChart } from '../../../shared/documents/model';
import { AppError } from '../../../shared/errors';
import { fontFiles } from './pdf-fonts';

use([BarChart, GridComponent, LegendComponent, AriaComponent, SVGRenderer]);

/** Drawn at this width in CSS pixels, rasterised at twice that: sharp when printed at page width. */
export const CHART_WIDTH = 640;
const SCALE = 2;
const FONT_FAMILY = 'Liberation Serif';

export interface ChartImage {
  png: Buffer;
  /** The drawing's size in CSS pixels (the PNG has SCALE times as many). */
  width: number;
  height: number;
}

/** The SVG of a chart, as ECharts draws it for the window (without the tooltip and animation). */
export function chartSvg(chart: DocChart): { svg: string; width: number; height: number } {
  const width = CHART_WIDTH;
  const height = chartHeight(chart.spec);
  const ec = init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    ec.setOption(chartOption(chart.spec, { fontFamily: FONT_FAMILY, interactive: false, description: chart.description }));
    return { svg: ec.renderToSVGString(), width, height };
  } finally {
    ec.dispose();
  }
}

// The WebAssembly module: copied beside the fonts by the build (dist/fonts, the packaged app), read from
// node_modules when run from the sources (tests, tsx).
function wasmBytes(): Buffer {
  const shipped = join(dirname(fontFiles().regular), 'resvg.wasm');
  const source = join(import.meta.dirname, '..', '..', '..', 'node_modules', '@resvg', 'resvg-wasm', 'index_bg.wasm');
  const file = [shipped, source].find((f) => existsSync(f));
  if (!file) throw new AppError('E_INTERNAL', 'Không tìm thấy bộ vẽ biểu đồ (resvg.wasm) để đưa biểu đồ vào báo cáo. Hãy cài lại TongKet.');
  return readFileSync(file);
}

let ready: Promise<{ fonts: Uint8Array[] }> | null = null;

function prepare(): Promise<{ fonts: Uint8Array[] }> {
  ready ??= (async () => {
    await initWasm(wasmBytes());
    const files = fontFiles();
    return { fonts: [readFileSync(files.regular), readFileSync(files.bold)] };
  })();
  return ready;
}

export async function chartPng(chart: DocChart): Promise<ChartImage> {
  const { fonts } = await prepare();
  const { svg, width, height } = chartSvg(chart);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: SCALE },
    background: '#ffffff',
    font: { fontBuffers: fonts, defaultFontFamily: FONT_FAMILY, serifFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
  });
  try {
    const image = resvg.render();
    const png = Buffer.from(image.asPng());
    image.free();
    return { png, width, height };
  } finally {
    resvg.free();
  }
}

/** Every chart of a document as pictures, in order (none when the document has none). */
export async function chartImages(charts: readonly DocChart[] | undefined): Promise<ChartImage[]> {
  const out: ChartImage[] = [];
  for (const c of charts ?? []) out.push(await chartPng(c));
  return out;
}
