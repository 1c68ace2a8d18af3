/** ECharts' `TooltipComponent`, for `loadTooltip` in `../echarts.ts`: loaded only when a reader reaches a chart. */
export { TooltipComponent as part } from 'echarts/components';
