/**
 * The line charts' engine, which `<miv-indicator>` and `<miv-district-compare>` load with a dynamic
 * `import()` when a chart is first needed: the simple grid and line charts on ECharts' core
 * (`echarts-core.ts`). There is no tooltip (the elements show their own, `chart-tooltip.ts`), no bar
 * chart (the comparison draws its bars as line series' areas, 8 KB less), no legend component (the
 * legend is HTML beside the chart) and no mark lines or areas (the charts draw their reference lines,
 * error bars, breaks and special periods as line series).
 */
import { use } from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridSimpleComponent } from 'echarts/components';
import { createChart as createCoreChart } from './echarts-core.js';

// The simple grid: the full one adds axis pointers, which only ECharts' tooltip uses.
use([GridSimpleComponent, LineChart]);

export type { Chart, ChartOption } from './echarts-core.js';

/**
 * The core's `createChart`, exported from here: a bundler that follows package.json's `sideEffects`
 * (Vite) leaves out a module none of whose own exports is used, and the registration above with it.
 */
export const createChart: typeof createCoreChart = (container, size) => createCoreChart(container, size);
