/** Registers ECharts' `MarkLineComponent`; loaded by `loadParts` in `../echarts.ts` only for charts that use it. */
import { use } from 'echarts/core';
import { MarkLineComponent } from 'echarts/components';

use(MarkLineComponent);
