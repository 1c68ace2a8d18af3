/** Helpers of the `<miv-indicator>` tests; those of every element are in `test/helpers.ts`. */
import { chartOf } from '../../helpers.js';

export interface DrawnSeries {
  name: string;
  type: string;
  data: unknown[];
  lineStyle?: { type?: unknown };
}

/** The series as ECharts holds them. */
export const drawnSeries = (el: Element): DrawnSeries[] =>
  chartOf<{ series: DrawnSeries[] }>(el).instance!.getOption().series;

/** The data's lines, without the bands (a margin, a special period) and the series breaks' lines. */
export function drawnLines(el: Element): DrawnSeries[] {
  return drawnSeries(el).filter((s) => !s.name.startsWith('band-') && s.name !== 'series-breaks');
}
