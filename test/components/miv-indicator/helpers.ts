/** Helpers of the `<miv-indicator>` tests; those of every element are in `test/helpers.ts`. */
import { chartOf } from '../../helpers.js';

export interface DrawnSeries {
  name: string;
  type: string;
  data: unknown[];
  lineStyle?: { type?: unknown };
  markLine?: { data: { xAxis: string; name: string }[] };
}

/** The line series as ECharts holds them, without the two invisible series of a margin band. */
export function drawnLines(el: Element): DrawnSeries[] {
  return chartOf<{ series: DrawnSeries[] }>(el)
    .instance!.getOption()
    .series.filter((s) => !s.name.startsWith('band-'));
}
