/**
 * `loading="lazy|eager"`: a widget far below the viewport builds its text and table in idle time
 * (screen readers and find-in-page reach them) but draws no chart until near; `eager` draws at
 * once; printing draws every chart.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { SMALL_FEED_URL } from '../fixtures/feeds.js';
import { chartOf, shadow } from '../helpers.js';
import { serveSmallFeed } from '../reliability/helpers.js';

/** A widget below a spacer many viewports tall, with the page scrolled to its top. */
async function farBelow(loading?: 'eager'): Promise<HTMLElement> {
  scrollTo(0, 0);
  const page = await fixture<HTMLElement>(
    html`<div>
      <div style="height: 8000px"></div>
      <miv-indicator
        src=${SMALL_FEED_URL}
        indicator="woninginbraak"
        area="GM0758"
        loading=${loading ?? 'lazy'}
      ></miv-indicator>
    </div>`,
  );
  return page.querySelector('miv-indicator')!;
}

describe('loading', () => {
  it('lazy: a far widget starts as a small placeholder, builds its table in idle time, and draws no chart', async () => {
    const el = await farBelow();
    expect(shadow(el).querySelectorAll('*').length, 'the placeholder is small').to.be.below(200);
    expect(el.getBoundingClientRect().height, 'the placeholder reserves room').to.be.above(100);
    await waitUntil(() => shadow(el).querySelector('table'), 'the table is built in idle time', { timeout: 8000 });
    expect(shadow(el).querySelector('table')!.textContent, 'a screen reader can read its figures').to.match(/\d,\d/);
    expect(chartOf(el).instance, 'the chart waits until the widget is near').to.equal(undefined);
  });

  it('lazy: on a page that is never idle, a far widget still builds its table', async () => {
    // A task after task of the page's own, so that the browser never has an idle period.
    let busy = true;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const until = performance.now() + 10;
      while (performance.now() < until);
      if (busy) channel.port2.postMessage(undefined);
    };
    channel.port2.postMessage(undefined);
    try {
      const el = await farBelow();
      await waitUntil(() => shadow(el).querySelector('table'), 'the table is built all the same', { timeout: 3000 });
      expect(shadow(el).querySelector('table')!.textContent).to.match(/\d,\d/);
    } finally {
      busy = false;
      channel.port1.close();
    }
  });

  it('eager: a far widget draws its chart at once; the browser renders the drawing once it is in view', async () => {
    const el = await farBelow('eager');
    await oneEvent(el, 'miv-rendered');
    const drawing = shadow(el).querySelector('[part~="chart"] svg')!;
    expect(drawing.querySelectorAll('path').length, 'drawn').to.be.above(3);
    // Style, layout and paint of sixty drawings below the fold would be paid at every frame.
    expect(drawing.checkVisibility({ contentVisibilityAuto: true }), 'not rendered while far').to.equal(false);
    el.scrollIntoView();
    await waitUntil(() => drawing.checkVisibility({ contentVisibilityAuto: true }), 'rendered in view', {
      timeout: 3000,
    });
  });

  it('elements without a chart that get one feed at the same moment build each in a task of its own', async () => {
    // Served late, so that the feed, not the first frame, is what both wait for.
    const { url } = await serveSmallFeed('separate-builds');
    const page = await fixture<HTMLElement>(
      html`<miv-feed src=${`${url}?delay=300`}
        ><miv-area-picker></miv-area-picker><miv-area-picker></miv-area-picker
      ></miv-feed>`,
    );
    const pickers = [...page.querySelectorAll('miv-area-picker')].map((el) => shadow(el));
    const built = () => pickers.map((root) => root.querySelector('select') !== null);
    // Mutations are reported at the end of the task that made them: what was built in that same task.
    const seen: boolean[][] = [];
    const observer = new MutationObserver(() => seen.push(built()));
    for (const root of pickers) observer.observe(root, { childList: true, subtree: true });
    await waitUntil(() => built().every(Boolean), 'both pickers are built', { timeout: 5000 });
    observer.disconnect();
    const first = seen.find((b) => b.some(Boolean))!;
    expect(first.filter(Boolean).length, 'the first build, alone in its task').to.equal(1);
  });

  it('shows :state(loading) while its feed loads, so that a page can hold its height until the content is in', async () => {
    // Served late, so that the loading state is there to see.
    const { url } = await serveSmallFeed('loading-state');
    const page = await fixture<HTMLElement>(
      html`<div>
        <style>
          miv-theme:state(loading) {
            display: block;
            min-height: 2000px;
          }
        </style>
        <miv-theme src=${`${url}?delay=300`} theme="veilige-buurt-en-omgeving"></miv-theme>
      </div>`,
    );
    const el = page.querySelector('miv-theme')!;
    expect(el.matches(':state(loading)'), 'loading').to.equal(true);
    expect(el.getBoundingClientRect().height, "the page's hold applies").to.equal(2000);
    // Checked where the cards come, before the frame that shows them: the hold ends in that frame.
    const whenCards: boolean[] = [];
    const observer = new MutationObserver(() => {
      if (shadow(el).querySelector('[part~="card"]')) whenCards.push(el.matches(':state(loading)'));
    });
    observer.observe(shadow(el), { childList: true, subtree: true });
    await waitUntil(() => whenCards.length > 0, 'the cards come', { timeout: 5000 });
    observer.disconnect();
    expect(whenCards[0], 'no longer loading when the cards come').to.equal(false);
    expect(el.getBoundingClientRect().height, 'its own height').to.be.below(2000);
  });

  it('leaves :state(loading) when its feed fails, for the message', async () => {
    const el = await fixture<HTMLElement>(html`<miv-theme src="/no-such-feed.json" theme="x"></miv-theme>`);
    expect(el.matches(':state(loading)')).to.equal(true);
    await oneEvent(el, 'miv-error');
    expect(el.matches(':state(loading)')).to.equal(false);
    expect(shadow(el).querySelector('[part~="status"]')!.textContent).to.match(/\S/);
  });

  it('printing draws the chart of a far lazy widget', async () => {
    const el = await farBelow();
    await waitUntil(() => shadow(el).querySelector('table'), 'the content is built', { timeout: 8000 });
    const drawn = oneEvent(el, 'miv-rendered');
    window.dispatchEvent(new Event('beforeprint'));
    await drawn;
    expect(shadow(el).querySelector('[part~="chart"] svg')).to.exist;
    window.dispatchEvent(new Event('afterprint'));
  });
});
