/**
 * Privacy: a page with every element asks for nothing but the feed and the library's own code, all
 * from where the page put them, and sends no cookies unless the host opts in with `credentials`.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { clearFeedCache } from '../../src/feed/load.js';
import { clearLastGood } from '../../src/feed/last-good.js';
import { hitsOf, isSettled, mount, serveSmallFeed, until } from './helpers.js';

type Drawn = HTMLElement & { chart?: { paintedChart(): Promise<unknown> } };

describe('privacy', () => {
  let page: HTMLElement;
  beforeEach(() => {
    clearFeedCache();
    clearLastGood();
    page = document.createElement('main');
    document.body.append(page);
  });
  afterEach(() => {
    page.remove();
    document.cookie = 'miv-test=; path=/; max-age=0';
  });

  it('requests only the feed and its own code, from this origin', async function () {
    this.timeout(15000);
    const { url } = await serveSmallFeed('privacy');
    performance.setResourceTimingBufferSize(10_000);
    // From here on: the PUT that stored the feed on the test server is not the page's doing.
    const since = performance.now();
    const elements = [
      mount<Drawn>('miv-indicator', { src: url, indicator: 'woninginbraak', area: 'GM0758' }, page).el,
      mount<Drawn>('miv-district-compare', { src: url, indicator: 'woninginbraak' }, page).el,
      mount<Drawn>('miv-theme', { src: url, theme: 'veilige-buurt-en-omgeving', area: 'GM0758' }, page).el,
      mount<Drawn>('miv-highlights', { src: url }, page).el,
      mount<Drawn>('miv-area-picker', { src: url }, page).el,
    ];
    await until(() => elements.every(isSettled), 'all loaded');
    // Both charts drawn, also one below the fold, so that the chart engine's requests are counted too.
    expect(await Promise.all(elements.map((el) => el.chart?.paintedChart()))).to.satisfy((charts: unknown[]) =>
      charts.slice(0, 2).every(Boolean),
    );
    // The CSV download builds its file in the page: the export code is the only thing fetched.
    const csv = new Promise((resolve) => elements[0]!.addEventListener('miv-download', resolve, { once: true }));
    elements[0]!.addEventListener('miv-download', (e) => e.preventDefault(), { once: true });
    await (elements[0] as unknown as { download(format: string): Promise<void> }).download('csv');
    await csv;

    const requests = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
      (r) => r.startTime >= since,
    );
    const foreign = requests.filter((r) => new URL(r.name).origin !== location.origin).map((r) => r.name);
    expect(foreign, 'no request leaves the page origin').to.deep.equal([]);
    const feeds = requests.filter((r) => r.name === url);
    expect(feeds, 'one feed request for five elements').to.have.length(1);
    const other = requests.filter(
      (r) => r.name !== url && !/\.(js|ts|mjs)(\?|$)/.test(new URL(r.name).pathname + new URL(r.name).search),
    );
    expect(
      other.map((r) => `${r.initiatorType} ${r.name}`),
      'no images, fonts, styles or beacons',
    ).to.deep.equal([]);
  });

  it('sends no cookies with the feed request unless credentials="include"', async () => {
    document.cookie = 'miv-test=1; path=/';
    const plain = await serveSmallFeed('cookies');
    const { el } = mount('miv-area-picker', { src: plain.url }, page);
    await until(() => el.shadowRoot?.querySelector('select') !== null, 'picker loaded');
    expect((await hitsOf(plain.id)).cookies).to.deep.equal([false]);

    const intranet = await serveSmallFeed('intranet');
    const opted = mount('miv-area-picker', { src: intranet.url }, page).el;
    opted.setAttribute('credentials', 'include');
    await until(() => opted.shadowRoot?.querySelector('select') !== null, 'picker loaded');
    expect((await hitsOf(intranet.id)).cookies).to.deep.equal([true]);
  });
});
