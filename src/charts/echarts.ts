/**
 * The line charts' engine, which `<miv-indicator>` and `<miv-district-compare>` load with a dynamic
 * `import()` when a chart is first needed: the simple grid and line charts on ECharts' core
 * (`echarts-core.ts`). The tooltip is a part in a chunk of its own (`parts/`, 12,5 KB gzip), loaded
 * only when a reader points at or focuses a chart; lines in a part of their own cost 4 KB more than
 * inside this chunk (gzip -9, 2026-12-02). There is no bar chart (the comparison draws its bars as
 * line series' areas, 8 KB less), no legend component (the legend is HTML beside the chart) and no
 * mark lines or areas (the charts draw their reference lines, error bars, breaks and special periods
 * as line series).
 */
import { use } from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridSimpleComponent } from 'echarts/components';

// The simple grid: the full one adds axis pointers, which only the tooltip uses and brings along.
use([GridSimpleComponent, LineChart]);

export { createChart, type Chart, type ChartOption } from './echarts-core.js';

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
