/**
 * The one module that imports ECharts' core. It registers what nearly every chart needs (the grid,
 * line charts and the SVG renderer); bars and the tooltip are parts in chunks of their own
 * (`parts/`), loaded only by charts that use them, the tooltip only when a reader points at or
 * focuses a chart. Elements load this module with a dynamic `import()` when a chart is first needed.
 * Measured (gzip -9, 2026-12-02): lines as a part of their own cost 4 KB more than inside this
 * chunk. Bars and the tooltip are 8 and 12,5 KB. There is no legend component (the legend is HTML
 * beside the chart), no mark lines or areas (the charts draw their reference lines, error bars,
 * breaks and special periods as line series) and no aria component: the element's own `role="img"`
 * box carries the label and description, and ECharts' label on the inner box stays silent inside it.
 */
import { init, setPlatformAPI, use, type ComposeOption } from 'echarts/core';
import { LineChart, type BarSeriesOption, type LineSeriesOption, type MapSeriesOption } from 'echarts/charts';
import { GridSimpleComponent, type GridComponentOption, type TooltipComponentOption } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

// The simple grid: the full one adds axis pointers, which only the tooltip uses and brings along.
use([GridSimpleComponent, LineChart, SVGRenderer]);

/** Every option a builder returns; the map series is drawn only once the map's chunk (`map-engine.ts`) has added it. */
export type ChartOption = ComposeOption<
  LineSeriesOption | BarSeriesOption | MapSeriesOption | GridComponentOption | TooltipComponentOption
>;

export type Chart = ReturnType<typeof init>;

// Each part exports what it adds and is registered here, not by an import for its side effect:
// bundlers that follow package.json's `sideEffects` (Vite, for one) leave such an import empty.
const PARTS = {
  bar: () => import('./parts/bar.js'),
  tooltip: () => import('./parts/tooltip.js'),
};

export type ChartPart = keyof typeof PARTS;

const loading = new Map<ChartPart, Promise<unknown>>();

/** Loads and registers parts once per page; a failed load is retried next time. */
export async function loadParts(parts: Iterable<ChartPart>): Promise<void> {
  await Promise.all(
    [...new Set(parts)].map((part) => {
      let pending = loading.get(part);
      if (!pending) {
        pending = PARTS[part]().then(
          (loaded) => use(loaded.part),
          (error: unknown) => {
            loading.delete(part);
            throw error;
          },
        );
        loading.set(part, pending);
      }
      return pending;
    }),
  );
}

/** The parts an option draws with: bars (the tooltip comes on demand). */
export function partsOf(option: ChartOption): ChartPart[] {
  const series = option.series === undefined ? [] : Array.isArray(option.series) ? option.series : [option.series];
  const parts = new Set<ChartPart>();
  for (const s of series) {
    if (s.type === 'bar') parts.add('bar');
  }
  return [...parts];
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
