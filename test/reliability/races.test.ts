/**
 * Races: quick changes show only the latest answer; an element removed mid-load stops its request
 * without a sound; one moved in the page keeps working; a second copy of the embed script is harmless.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { MivIndicator } from '../../src/components/miv-indicator/miv-indicator.js';
import { clearFeedCache } from '../../src/feed/load.js';
import { clearLastGood } from '../../src/feed/last-good.js';
import { failOnConsoleErrors } from '../helpers.js';
import { hitsOf, isLoading, mount, serveFeed, shownText, uniqueId, until } from './helpers.js';
import { smallFeed } from '../fixtures/feeds.js';

/** The small feed with `title` as the woninginbraak title, served with `delay` ms of wait. */
async function titled(title: string, delay: number): Promise<{ id: string; url: string }> {
  const feed = await smallFeed();
  const indicator = feed.indicators.find((i) => i.id === 'woninginbraak')!;
  indicator.title = title;
  const id = uniqueId('race');
  return { id, url: `${await serveFeed(id, feed)}?delay=${delay}` };
}

const rendered = (el: Element) =>
  new Promise((resolve) => el.addEventListener('miv-rendered', resolve, { once: true }));

describe('races', () => {
  failOnConsoleErrors();
  beforeEach(() => {
    clearFeedCache();
    clearLastGood();
  });
  afterEach(() => document.querySelectorAll('body > *:not(script)').forEach((el) => el.remove()));

  it('shows only the latest src when it changes before the first answer', async () => {
    const slow = await titled('Oud antwoord', 600);
    const fast = await titled('Nieuw antwoord', 0);
    const { el } = mount<MivIndicator>('miv-indicator', { src: slow.url, indicator: 'woninginbraak', area: 'GM0758' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    el.src = fast.url;
    await rendered(el);
    expect(shownText(el, '[part="title"]')).to.equal('Nieuw antwoord');
    // After the slow answer would have arrived, the title has not gone back.
    await new Promise((resolve) => setTimeout(resolve, 800));
    await el.updateComplete;
    expect(shownText(el, '[part="title"]')).to.equal('Nieuw antwoord');
  });

  it('follows quick indicator and area changes to the last one', async () => {
    const { url } = await titled('Woninginbraak', 200);
    const { el } = mount<MivIndicator>('miv-indicator', { src: url, indicator: 'woninginbraak', area: 'GM0758' });
    for (const area of ['GM0748', 'de-baronie', 'zeeland', 'GM0758', 'GM0748']) el.area = area;
    el.indicator = 'onveilig-eigen-buurt';
    el.indicator = 'woninginbraak';
    await rendered(el);
    await el.updateComplete;
    expect(shownText(el, '[part="title"]')).to.equal('Woninginbraak');
    const feed = await smallFeed();
    const name = feed.areas.find((a) => a.id === 'GM0748')!.name;
    expect(shownText(el, 'table caption')).to.contain(name);
  });

  it('stops the request of an element removed mid-load, without errors or events', async () => {
    const { id, url } = await titled('Weg', 1000);
    const { el } = mount<MivIndicator>('miv-indicator', { src: url, indicator: 'woninginbraak', area: 'GM0758' });
    let events = 0;
    el.addEventListener('miv-error', () => events++);
    el.addEventListener('miv-rendered', () => events++);
    await new Promise((resolve) => setTimeout(resolve, 100));
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The server saw the request go away before its second was up.
    expect(await hitsOf(id)).to.include({ hits: 1, abandoned: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(events).to.equal(0);
    expect(isLoading(el), 'it still shows the loading state, not an error').to.equal(true);
  });

  it('resumes when a removed element comes back, and keeps working when moved', async () => {
    const { url } = await titled('Terug', 300);
    const { el } = mount<MivIndicator>('miv-indicator', { src: url, indicator: 'woninginbraak', area: 'GM0758' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const box = document.createElement('section');
    document.body.append(box);
    box.append(el);
    await rendered(el);
    expect(shownText(el, '[part="title"]')).to.equal('Terug');

    // Moved while drawn: the chart is drawn again in its new place.
    const other = document.createElement('aside');
    document.body.append(other);
    const again = rendered(el);
    other.append(el);
    await again;
    const chart = (el as unknown as { chart: { instance?: { getDom(): HTMLElement } } }).chart.instance;
    expect(chart?.getDom().isConnected).to.equal(true);
    expect(shownText(el, '[part="title"]')).to.equal('Terug');
  });

  it('moved mid-load, it keeps its one request', async () => {
    const { id, url } = await titled('Verhuisd', 300);
    const { el } = mount<MivIndicator>('miv-indicator', { src: url, indicator: 'woninginbraak', area: 'GM0758' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const box = document.createElement('section');
    document.body.append(box);
    box.append(el);
    await rendered(el);
    expect(await hitsOf(id)).to.include({ hits: 1, abandoned: 0 });
  });

  it('a second copy of the embed code does not throw: it warns and leaves the first copy in charge', async () => {
    // A fresh page (its own module map), where another copy already defined <miv-highlights>, then
    // the library's registration runs twice.
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="nl"><body>
      <script>
        window.warnings = []; window.errors = [];
        console.warn = (...args) => warnings.push(args.join(' '));
        addEventListener('error', (e) => errors.push(e.message));
        customElements.define('miv-highlights', class extends HTMLElement {});
      </script>
      <script type="module" src="/src/define.ts"></script>
      <script type="module" src="/src/define.ts?nog-een-keer"></script>
    </body></html>`;
    document.body.append(frame);
    const win = frame.contentWindow as Window & { warnings?: string[]; errors?: string[] };
    await until(
      () => win.customElements?.get('miv-indicator') !== undefined && (win.warnings?.length ?? 0) > 0,
      'define',
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(win.errors).to.deep.equal([]);
    expect(win.warnings!.filter((w) => w.startsWith('miv-widgets:'))).to.deep.equal([
      'miv-widgets: <miv-highlights> is al gedefinieerd; deze versie wordt overgeslagen.',
      'miv-widgets: <miv-highlights> is al gedefinieerd; deze versie wordt overgeslagen.',
    ]);
    expect(win.customElements.get('miv-theme')).not.to.equal(undefined);
  });
});
