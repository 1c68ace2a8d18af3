/** Registers ECharts' `BarChart`; loaded by `loadParts` in `../echarts.ts` only for charts that use it. */
import { use } from 'echarts/core';
import { BarChart } from 'echarts/charts';

use(BarChart);
