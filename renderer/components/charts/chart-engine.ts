// The charting library, loaded on first use in its own chunk (ChartFigure imports this file lazily), so
// that the JavaScript of the first screen stays small. Only what the charts use is registered: bars, the
// grid, the legend, the tooltip, the aria module and the SVG renderer (text stays text in the DOM, and
// the same drawing is what the documents get under Node).
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use as register, type EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

register([BarChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer]);

export interface DrawnChart {
  update(option: EChartsCoreOption, height: number): void;
  dispose(): void;
}

/** Draws into `el` and follows its width (the page's layout decides it, not the chart). */
export function drawChart(el: HTMLElement, option: EChartsCoreOption, height: number): DrawnChart {
  const chart = init(el, null, { renderer: 'svg', height, locale: 'EN' });
  chart.setOption(option);
  const resize = new ResizeObserver(() => chart.resize());
  resize.observe(el);
  return {
    update(next, h) {
      chart.setOption(next, { notMerge: true });
      chart.resize({ height: h });
    },
    dispose() {
      resize.disconnect();
      chart.dispose();
    },
  };
}
