/**
 * The chart engine near the viewport: the embed scripts fetch it without running it, and an element
 * then leaves running it to its first drawing. Each test file runs in a page of its own, so the
 * engine requests this page made are those of these tests.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ChartController } from '../../src/controllers/chart-controller.js';
import { chartEnginePrefetch } from '../../src/charts/engine-prefetch.js';
import { nearModules } from '../../src/embed/near-modules.js';
import { afterNextPaint } from '../../src/scheduling.js';

/**
 * This page's requests for the chart engine's module: the sources import it as `.ts`; the embed
 * script's preload names it as the build does, `.js` (which the test server serves from the source).
 */
const engineRequests = (extension: 'js' | 'ts') =>
  performance
    .getEntriesByType('resource')
    .filter((entry) => new URL(entry.name).pathname === `/src/charts/echarts.${extension}`);

/** An element that draws with a chart controller and is given no option, so it never draws. */
class TestChart extends LitElement {
  readonly chart = new ChartController(this, {
    container: () => this.renderRoot.querySelector('div'),
    onRendered: () => {},
    onError: () => {},
  });
}
customElements.define('miv-t-near-chart', TestChart);

/** Puts a chart element in view and gives its controller a few frames to act on it. */
async function chartInView(): Promise<void> {
  await fixture(html`<miv-t-near-chart style="display: block; height: 50px"></miv-t-near-chart>`);
  for (let i = 0; i < 5; i++) await nextFrame();
}

describe('the chart engine near the viewport', () => {
  afterEach(() => (chartEnginePrefetch.started = false));

  it('is left to the first drawing by an element once the embed script has fetched it', async () => {
    chartEnginePrefetch.started = true;
    await chartInView();
    expect(engineRequests('ts')).to.deep.equal([]);
  });

  it('is loaded by an element itself where no embed script has fetched it', async () => {
    await chartInView();
    expect(engineRequests('ts')).to.have.length(1);
  });

  it('is fetched by the embed script with a module preload, which it says it started', async () => {
    const preloads: string[] = [];
    const links = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node instanceof HTMLLinkElement && node.rel === 'modulepreload')
            preloads.push(new URL(node.href).pathname);
    });
    links.observe(document.head, { childList: true });
    await nearModules['miv-indicator']!();
    links.disconnect();
    expect(chartEnginePrefetch.started).to.equal(true);
    expect(preloads).to.deep.equal(['/src/charts/echarts.js']);
    expect(engineRequests('js'), 'fetched once').to.have.length(1);
    expect(document.head.querySelector('link[rel="modulepreload"]'), 'the link is gone once it loaded').to.equal(null);
  });

  it('runs for a drawing only after the page has painted: in a task after its next frame', async () => {
    const order: string[] = [];
    requestAnimationFrame(() => order.push('frame'));
    await afterNextPaint().then(() => order.push('after the paint'));
    expect(order).to.deep.equal(['frame', 'after the paint']);
  });
});
