/**
 * The benchmark's Chart.js page: the line controller with category and linear scales on canvas, no
 * legend or tooltip (the others draw neither up front), one chart per `[data-chart]` container, all
 * drawn at once, animation off, from `lines.json`. Chart.js draws in its constructor when nothing
 * animates; each container fires `miv-rendered` at the next frame, when that drawing is on screen.
 */
import { CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement } from 'chart.js';

Chart.register(CategoryScale, LinearScale, LineController, LineElement, PointElement);

const { charts } = await (await fetch(document.body.dataset.lines)).json();
const drawn = [];
for (const container of document.querySelectorAll('[data-chart]')) {
  const { periods, lines } = charts[Number(container.dataset.chart)];
  const canvas = document.createElement('canvas');
  container.append(canvas);
  new Chart(canvas, {
    type: 'line',
    data: { labels: periods, datasets: lines.map((line) => ({ label: line.name, data: line.values })) },
    options: { animation: false, responsive: true, maintainAspectRatio: false },
  });
  drawn.push(container);
}
requestAnimationFrame(() => {
  for (const container of drawn) container.dispatchEvent(new CustomEvent('miv-rendered', { bubbles: true }));
});
