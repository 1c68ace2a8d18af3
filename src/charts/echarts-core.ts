/**
 * ECharts' core with the SVG renderer: what every chart draws with, the line charts (`echarts.ts`)
 * and the map (`map-engine.ts`) alike. Each of those adds its own series to this one core, so a page
 * with both holds it once, and a map does not load the grid and line chart it never draws (a chunk of
 * its own costs the line charts 2 KB gzip: one file more, and the names the two chunks share). There
 * is no aria component: the element's own chart box carries the label and description, and the
 * inner box ECharts draws in is hidden from screen readers.
 */
import { init, setPlatformAPI, use, type ComposeOption } from 'echarts/core';
import type { LineSeriesOption, MapSeriesOption } from 'echarts/charts';
import type { GridComponentOption } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([SVGRenderer]);

/** Every option a builder returns; a series is drawn only once its engine (`echarts.ts`, `map-engine.ts`) has added it. */
export type ChartOption = ComposeOption<LineSeriesOption | MapSeriesOption | GridComponentOption>;

export type Chart = ReturnType<typeof init>;

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
