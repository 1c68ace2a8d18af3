/**
 * The benchmark's bare-ECharts page: ECharts' core, the simple grid, line charts and the SVG
 * renderer (the parts `<miv-indicator>` draws with), one chart per `[data-chart]` container, all
 * drawn at once, animation off, from `lines.json`. Each container fires `miv-rendered` when ECharts
 * reports its paint finished, as the elements do.
 */
import { init, use } from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridSimpleComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([LineChart, GridSimpleComponent, SVGRenderer]);

const { charts } = await (await fetch(document.body.dataset.lines)).json();
for (const container of document.querySelectorAll('[data-chart]')) {
  const { periods, lines } = charts[Number(container.dataset.chart)];
  const chart = init(container, null, { renderer: 'svg' });
  chart.on('finished', () => {
    chart.off('finished');
    container.dispatchEvent(new CustomEvent('miv-rendered', { bubbles: true }));
  });
  chart.setOption({
    animation: false,
    grid: { left: 40, right: 16, top: 16, bottom: 32 },
    xAxis: { type: 'category', data: periods },
    yAxis: { type: 'value' },
    series: lines.map((line) => ({ type: 'line', name: line.name, data: line.values })),
  });
}
