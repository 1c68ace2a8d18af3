/** ECharts' `MarkLineComponent`, for `loadParts` in `../echarts.ts`: loaded only by charts that use it. */
export { MarkLineComponent as part } from 'echarts/components';
