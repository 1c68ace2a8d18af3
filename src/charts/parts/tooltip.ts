/** ECharts' `TooltipComponent`, for `loadParts` in `../echarts.ts`: loaded only by charts that use it. */
export { TooltipComponent as part } from 'echarts/components';
