/**
 * The benchmark's reference for the 66-indicator page: the charts that page shows in its first
 * viewport, drawn with ECharts alone. No web component, no lazy chunk, no validation: fetch the feed
 * once, build each chart's option with the same pure builders, draw them all at once, and mark the
 * moment ECharts reports each paint finished.
 */
import { createChart } from '../../src/charts/echarts.js';
import { buildLineOption } from '../../src/charts/line.js';
import { defaultChartTokens } from '../../src/tokens/chart-tokens.js';
import type { Feed } from '../../src/feed/schema.js';
import { buildIndicatorModel } from '../../src/model/indicator.js';
import { stringsFor } from '../../src/i18n/strings.js';

const containers = [...document.querySelectorAll<HTMLElement>('[data-indicator]')];
const feed = (await (await fetch(containers[0]!.dataset.src!)).json()) as Feed;
const strings = stringsFor('nl');
const tokens = { ...defaultChartTokens, animate: false };
const options = containers.map(({ dataset }) =>
  buildLineOption(buildIndicatorModel(feed, { indicator: dataset.indicator!, area: dataset.area! }), {
    tokens,
    strings,
  }),
);
options.forEach((option, i) => {
  const container = containers[i]!;
  const chart = createChart(container);
  chart.on('finished', () => {
    chart.off('finished');
    container.dispatchEvent(new CustomEvent('miv-rendered', { bubbles: true }));
  });
  chart.setOption(option);
});
