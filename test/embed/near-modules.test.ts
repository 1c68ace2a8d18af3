/**
 * The chart engine near the viewport: the embed scripts fetch it without running it, and an element
 * then leaves running it to its first drawing. Each test file runs in a page of its own, so the
 * engine requests this page made are those of these tests.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ChartController, loadChartEngine } from '../../src/controllers/chart-controller.js';
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

/** The paths of the module preloads `start` adds to the page's head, once what it started has settled. */
async function preloadsOf(start: () => Promise<unknown>): Promise<string[]> {
  const preloads: string[] = [];
  const links = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (node instanceof HTMLLinkElement && node.rel === 'modulepreload') preloads.push(new URL(node.href).pathname);
  });
  links.observe(document.head, { childList: true });
  await start();
  // The observer's last records arrive in a microtask after the links were added.
  await Promise.resolve();
  links.disconnect();
  return preloads;
}

/** How often a chart element asked its own engine loader for the engine. */
let ownLoads = 0;

/** An element that draws with a chart controller and is given no option, so it never draws. */
class TestChart extends LitElement {
  readonly chart = new ChartController(this, {
    container: () => this.renderRoot.querySelector('div'),
    onRendered: () => {},
    onError: () => {},
    engine: () => {
      ownLoads += 1;
      return new Promise(() => {});
    },
  });
}
customElements.define('miv-t-near-chart', TestChart);

/** Puts a chart element in view and gives its controller a few frames to act on it. */
async function chartInView(): Promise<void> {
  await fixture(html`<miv-t-near-chart style="display: block; height: 50px"></miv-t-near-chart>`);
  for (let i = 0; i < 5; i++) await nextFrame();
}

describe('the chart engine near the viewport', () => {
  beforeEach(() => (ownLoads = 0));
  afterEach(() => delete chartEnginePrefetch.fetched);

  it('is loaded by an element that comes near where no embed script has fetched it', async () => {
    await chartInView();
    expect(ownLoads).to.equal(1);
  });

  it('is not loaded by an element, nor run, while the embed script fetches it', async () => {
    chartEnginePrefetch.fetched = new Promise(() => {});
    await chartInView();
    expect(ownLoads).to.equal(0);
    expect(engineRequests('ts')).to.deep.equal([]);
  });

  it("fetches a map's chunk with its core, and the line charts' engine once, however many elements come near", async () => {
    const forMap = await preloadsOf(() => nearModules['miv-map']!());
    expect(forMap, "a map: its own chunk and ECharts' core, not the line charts' engine").to.deep.equal([
      '/src/charts/echarts-core.js',
      '/src/charts/map-engine.js',
    ]);
    expect(chartEnginePrefetch.fetched).to.equal(undefined);
    const forLines = await preloadsOf(() =>
      Promise.all([
        nearModules['miv-indicator']!(),
        nearModules['miv-district-compare']!(),
        nearModules['miv-district-compare']!(),
      ]),
    );
    expect(forLines, 'the core is not fetched again').to.deep.equal(['/src/charts/echarts.js']);
    expect(chartEnginePrefetch.fetched).to.be.instanceOf(Promise);
    expect(engineRequests('js'), 'fetched once').to.have.length(1);
    expect(document.head.querySelector('link[rel="modulepreload"]'), 'the links are gone once loaded').to.equal(null);
  });

  it('waits for the page to paint: afterNextPaint settles in a task after the next frame', async () => {
    const order: string[] = [];
    requestAnimationFrame(() => order.push('frame'));
    await afterNextPaint().then(() => order.push('after the paint'));
    expect(order).to.deep.equal(['frame', 'after the paint']);
  });

  it('is imported for a drawing, once fetched, only after the page has painted', async () => {
    chartEnginePrefetch.fetched = Promise.resolve();
    let frame = 0;
    requestAnimationFrame((time) => (frame = time));
    await loadChartEngine();
    const [request] = engineRequests('ts');
    expect(frame, 'a frame came').to.be.greaterThan(0);
    expect(request!.startTime, 'the import started after that frame').to.be.greaterThan(frame);
  });
});
