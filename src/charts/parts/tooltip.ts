/** Registers ECharts' `TooltipComponent`; loaded by `loadParts` in `../echarts.ts` only for charts that use it. */
import { use } from 'echarts/core';
import { TooltipComponent } from 'echarts/components';

use(TooltipComponent);
