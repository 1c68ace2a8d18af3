/**
 * The benchmark's reference page: the same chart as one <miv-indicator>, drawn with ECharts alone.
 * No web component, no lazy chunk, no validation: fetch the feed, build the same option with the
 * same pure builders, draw it, and mark the moment ECharts reports the paint finished.
 */
import { createChart, loadParts, partsOf } from '../../src/charts/echarts.js';
import { buildLineOption } from '../../src/charts/line.js';
import { defaultChartTokens } from '../../src/tokens/chart-tokens.js';
import type { Feed } from '../../src/feed/schema.js';
import { buildIndicatorModel } from '../../src/model/indicator.js';
import { stringsFor } from '../../src/i18n/strings.js';

const container = document.getElementById('chart')!;
const { src = '', indicator = '', area = '' } = container.dataset;
const feed = (await (await fetch(src)).json()) as Feed;
const model = buildIndicatorModel(feed, { indicator, area });
const strings = stringsFor('nl');
const option = buildLineOption(model, { tokens: defaultChartTokens, strings });
// The parts this chart uses, the tooltip included, as an eager page would have them.
await loadParts([...partsOf(option), 'tooltip']);
const chart = createChart(container);
chart.on('finished', () => {
  chart.off('finished');
  container.dispatchEvent(new CustomEvent('miv-rendered', { bubbles: true }));
});
chart.setOption(option);
