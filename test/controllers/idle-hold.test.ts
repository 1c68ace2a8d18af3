/**
 * Idle work (a far widget's build, a data table for screen readers) waits while a chart near the
 * viewport is on its way to its first drawing: a quiet moment while it waits for its engine or its
 * size is not idle time for the reader, who is about to see it. It waits half a second at most.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ChartController, loadChartEngine, type ChartEngine } from '../../src/controllers/chart-controller.js';
import { holdIdle, releaseIdle, whenIdle } from '../../src/scheduling.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A chart whose engine arrives when the test says so. */
class HeldChart extends LitElement {
  arrive!: () => void;
  private readonly arrived = new Promise<void>((resolve) => (this.arrive = resolve));
  readonly chart = new ChartController(this, {
    container: () => this.renderRoot.querySelector('div'),
    onRendered: () => {},
    onError: (error) => {
      throw error;
    },
    engine: async (): Promise<ChartEngine> => {
      await this.arrived;
      return loadChartEngine();
    },
  });

  override render() {
    return html`<div style="width: 300px; height: 200px"></div>`;
  }
}
customElements.define('held-chart', HeldChart);

const OPTION = {
  xAxis: { type: 'category' as const, data: ['2023', '2024', '2025'] },
  yAxis: { type: 'value' as const },
  series: [{ type: 'line' as const, data: [3, 4, 5] }],
};

describe('idle work and charts on their way', () => {
  it('waits while a chart in view waits for its engine, and runs once the chart is drawn', async () => {
    await loadChartEngine();
    const el = await fixture<HeldChart>(html`<held-chart></held-chart>`);
    el.chart.setOption(OPTION);
    let ran = false;
    whenIdle(() => (ran = true));
    // The page is idle meanwhile: without the chart, the work would have run.
    await pause(150);
    expect(ran, 'idle work while the chart is on its way').to.equal(false);
    el.arrive();
    await waitUntil(() => el.chart.instance, 'the chart is drawn', { timeout: 3000 });
    await waitUntil(() => ran, 'idle work runs once the chart is drawn', { timeout: 3000 });
  });

  it('lets idle work go where the chart leaves the page before it is drawn', async () => {
    const el = await fixture<HeldChart>(html`<held-chart></held-chart>`);
    el.chart.setOption(OPTION);
    let ran = false;
    whenIdle(() => (ran = true));
    await pause(100);
    expect(ran, 'waiting for the chart').to.equal(false);
    el.remove();
    await waitUntil(() => ran, 'runs once the chart has gone', { timeout: 400 });
  });

  it('waits at most half a second for a chart that never comes', async () => {
    const holder = {};
    holdIdle(holder);
    try {
      const asked = performance.now();
      let ranAfter: number | undefined;
      whenIdle(() => (ranAfter = performance.now() - asked));
      await waitUntil(() => ranAfter !== undefined, 'idle work runs all the same', { timeout: 3000 });
      expect(ranAfter).to.be.within(450, 2000);
    } finally {
      releaseIdle(holder);
    }
  });
});
