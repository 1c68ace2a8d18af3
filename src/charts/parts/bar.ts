/** ECharts' `BarChart`, for `loadParts` in `../echarts.ts`: loaded only by charts that use it. */
export { BarChart as part } from 'echarts/charts';
