/**
 * The one module that imports ECharts' core. It registers what every chart needs (the grid, line
 * charts and the SVG renderer); the tooltip is a part in a chunk of its own (`parts/`, 12,5 KB gzip),
 * loaded only when a reader points at or focuses a chart. Elements load this module with a dynamic
 * `import()` when a chart is first needed; lines in a part of their own cost 4 KB more than inside
 * this chunk (gzip -9, 2026-12-02). There is no bar chart (the comparison draws its bars as line
 * series' areas, 8 KB less), no legend component (the legend is HTML beside the chart), no mark lines
 * or areas (the charts draw their reference lines, error bars, breaks and special periods as line
 * series) and no aria component: the element's own `role="img"` box carries the label and
 * description, and ECharts' label on the inner box stays silent inside it.
 */
import { init, setPlatformAPI, use, type ComposeOption } from 'echarts/core';
import { LineChart, type LineSeriesOption, type MapSeriesOption } from 'echarts/charts';
import { GridSimpleComponent, type GridComponentOption, type TooltipComponentOption } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

// The simple grid: the full one adds axis pointers, which only the tooltip uses and brings along.
use([GridSimpleComponent, LineChart, SVGRenderer]);

/** Every option a builder returns; the map series is drawn only once the map's chunk (`map-engine.ts`) has added it. */
export type ChartOption = ComposeOption<
  LineSeriesOption | MapSeriesOption | GridComponentOption | TooltipComponentOption
>;

export type Chart = ReturnType<typeof init>;

let tooltip: Promise<void> | undefined;

/**
 * Loads and registers ECharts' tooltip once per page (`parts/tooltip.ts`), when a reader first points
 * at or focuses a chart; a failed load is retried next time. The part exports what it adds and is
 * registered here, not by an import for its side effect: bundlers that follow package.json's
 * `sideEffects` (Vite, for one) leave such an import empty.
 */
export function loadTooltip(): Promise<void> {
  tooltip ??= import('./parts/tooltip.js').then(
    (loaded) => use(loaded.part),
    (error: unknown) => {
      tooltip = undefined;
      throw error;
    },
  );
  return tooltip;
}

/**
 * The letter and word spacing of the charts' text, in px (WCAG 1.4.12). ECharts places and wraps
 * its labels by its own measure of the text, and the SVG text inherits the spacing a reader's style
 * sheet gives the page: measured without it, an area's name ran past the chart's left edge. The
 * spacing is read where the first chart's container inherits it, added to every measure, and pinned
 * on every chart, so what is drawn is what was measured: ECharts keeps its measures for the page's
 * life, and spacing applied after that reaches the chart labels on the next load (the rest of the
 * element follows it at once). The container's own rule (`.engine` in the shared styles) holds it at
 * none; a reader's spacing is written on each container. Writing it there for every reader, 0px for
 * most, made a page of 64 charts drawn at once take 1,24× as long with the CPU slowed 4× (`npm run
 * bench:ab`, 2026-12-05).
 */
let spacing: { letter: number; word: number } | undefined;
let measuring: CanvasRenderingContext2D | undefined;
let measuringFont: string | undefined;

setPlatformAPI({
  measureText(text: string, font = '12px sans-serif') {
    measuring ??= document.createElement('canvas').getContext('2d')!;
    // Setting a canvas's font parses it: ECharts measures many strings in one font in a row.
    if (measuringFont !== font) measuring.font = measuringFont = font;
    const { width } = measuring.measureText(text);
    const { letter, word } = spacing ?? { letter: 0, word: 0 };
    return { width: width + letter * [...text].length + word * (text.split(' ').length - 1) };
  },
});

function pinSpacing(container: HTMLElement): void {
  if (!spacing) {
    const style = getComputedStyle(container.parentElement ?? container);
    spacing = { letter: parseFloat(style.letterSpacing) || 0, word: parseFloat(style.wordSpacing) || 0 };
  }
  if (!spacing.letter && !spacing.word) return;
  container.style.letterSpacing = `${spacing.letter}px`;
  container.style.wordSpacing = `${spacing.word}px`;
}

/** Creates a chart drawn as SVG: crisp at any zoom, and exportable as an image with its text. */
export function createChart(container: HTMLElement, size?: { width: number; height: number }): Chart {
  pinSpacing(container);
  // A known size spares ECharts reading the layout, which would force one per chart on a busy page.
  return init(container, undefined, { renderer: 'svg', ...size });
}
