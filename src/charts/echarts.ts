/**
 * The one module that imports ECharts. It registers exactly what the builders use, so bundles
 * carry only those parts; elements load it with a dynamic `import()` when a chart is first needed.
 * There is no legend component: the line chart's legend is HTML beside the chart (themeable, read
 * by screen readers, never over the axis on a narrow chart, and 5.5 KB gzip less).
 */
import { init, use, type ComposeOption } from 'echarts/core';
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption, type MapSeriesOption } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  MarkLineComponent,
  TooltipComponent,
  type AriaComponentOption,
  type GridComponentOption,
  type MarkLineComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([LineChart, BarChart, GridComponent, TooltipComponent, MarkLineComponent, AriaComponent, SVGRenderer]);

/** Every option a builder returns; the map series is drawn only once the map's chunk (`map-engine.ts`) has added it. */
export type ChartOption = ComposeOption<
  | LineSeriesOption
  | BarSeriesOption
  | MapSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | MarkLineComponentOption
  | AriaComponentOption
>;

export type Chart = ReturnType<typeof init>;

/** Creates a chart drawn as SVG: crisp at any zoom, and exportable as an image with its text. */
export function createChart(container: HTMLElement): Chart {
  return init(container, undefined, { renderer: 'svg' });
}
