/**
 * A failing feed on a page of several widgets, as the embed script loads them: each kind of element
 * upgrades when its own code arrives, one after another, and still the server is asked once for a
 * feed that is not there and tried three times for one that fails. Every widget says so in place and
 * fires `miv-error`; a screen reader hears each failure once.
 */
import { expect } from '@open-wc/testing';
import { defineOnSight } from '../../src/register.js';
import { elementModules } from '../../src/elements.js';
import type { MivErrorDetail } from '../../src/components/miv-data-element.js';
import { clearFeedCache, loadFeed } from '../../src/feed/load.js';
import { clearLastGood } from '../../src/feed/last-good.js';
import { chartOf, failOnConsoleErrors } from '../helpers.js';
import { SMALL_FEED_URL } from '../fixtures/feeds.js';
import { alertsIn, hitsOf, serveSmallFeed, setMode, shownText, uniqueId, until } from './helpers.js';

/** One of each kind of element, in the order their code arrives. */
const KINDS: [string, Record<string, string>][] = [
  ['miv-indicator', { indicator: 'woninginbraak', area: 'GM0758' }],
  ['miv-district-compare', { indicator: 'woninginbraak' }],
  ['miv-map', { indicator: 'woninginbraak' }],
];

/** `<tag>` with `attributes`, attached to `parent`, with its first `miv-error`. */
function place(tag: string, attributes: Record<string, string>, parent: Element) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const error = new Promise<MivErrorDetail>((resolve) =>
    el.addEventListener('miv-error', (e) => resolve((e as CustomEvent<MivErrorDetail>).detail), { once: true }),
  );
  parent.append(el);
  return { el, error };
}

const settled = (el: Element) => (el as Element & { updateComplete: Promise<unknown> }).updateComplete;

describe('a failing feed on a page of several widgets', () => {
  failOnConsoleErrors();
  let page: HTMLElement;
  before(() => defineOnSight(elementModules));
  beforeEach(() => {
    clearFeedCache();
    clearLastGood();
    page = document.createElement('div');
    document.body.append(page);
  });
  afterEach(() => page.remove());

  // First in this file: here each kind is still undefined, and upgrades when its code arrives. The
  // three tries of the 503 take 2,5 s of back-off.
  it('is asked for once (404) or three times (503) while the kinds of element upgrade one after another', async function () {
    this.timeout(15_000);
    const gone = `/__miv-test__/feed/${uniqueId('gone')}`;
    const down = await serveSmallFeed('down');
    const feeds = [
      { src: gone, id: gone.split('/').pop()!, message: 'De gegevensbron is niet gevonden (fout 404).', tries: 1 },
      {
        src: `${down.url}?status=503`,
        id: down.id,
        message: 'De server van de gegevensbron heeft een storing (fout 503).',
        tries: 3,
      },
    ];
    const widgets: Element[] = [];
    for (const [tag, attributes] of KINDS) {
      expect(customElements.get(tag), `${tag} is not defined before it is on the page`).to.equal(undefined);
      // This kind's widgets come after the failures of the kinds before them: its code arrives now.
      const placed = feeds.map(({ src }) => place(tag, { ...attributes, src }, page));
      const details = await Promise.all(placed.map((p) => p.error));
      expect(details.map((d) => d.kind)).to.deep.equal(['http', 'http']);
      widgets.push(...placed.map((p) => p.el));
    }
    for (const { id, tries } of feeds) expect((await hitsOf(id)).hits, id).to.equal(tries);
    await Promise.all(widgets.map(settled));
    for (const [i, el] of widgets.entries()) expect(shownText(el, '.error > p')).to.equal(feeds[i % 2]!.message);
    // Six widgets on two failing feeds: two alerts, one for each feed.
    expect(alertsIn(page).sort()).to.deep.equal(feeds.map((f) => f.message).sort());
  });

  it('announces the failure of one feed once, however many widgets show it, also in English', async () => {
    const src = `/__miv-test__/feed/${uniqueId('gone')}`;
    const placed = [
      ...KINDS.map(([tag, attributes]) => place(tag, { ...attributes, src }, page)),
      ...KINDS.map(([tag, attributes]) => place(tag, { ...attributes, src, lang: 'en' }, page)),
    ];
    const details = await Promise.all(placed.map((p) => p.error));
    expect(
      details.map((d) => d.kind),
      'each widget fires its miv-error',
    ).to.deep.equal(Array(6).fill('http'));
    await Promise.all(placed.map((p) => settled(p.el)));
    await until(() => shownText(placed[5]!.el, '.error > p').startsWith('The'), 'the English line');
    expect(alertsIn(page).sort()).to.deep.equal([
      'De gegevensbron is niet gevonden (fout 404).',
      'The data source was not found (error 404).',
    ]);
  });

  it('lets the next widget to show a failure announce it once the one that did has left the page', async () => {
    const src = `/__miv-test__/feed/${uniqueId('gone')}`;
    const first = place('miv-indicator', { ...KINDS[0]![1], src }, page);
    const second = place('miv-indicator', { ...KINDS[0]![1], src }, page);
    await Promise.all([first.error, second.error, settled(first.el), settled(second.el)]);
    expect(first.el.shadowRoot!.querySelector('.error')!.getAttribute('role')).to.equal('alert');
    expect(second.el.shadowRoot!.querySelector('.error')!.hasAttribute('role'), 'silent').to.equal(false);
    first.el.remove();
    const third = place('miv-indicator', { ...KINDS[0]![1], src }, page);
    await third.error;
    await settled(third.el);
    expect(alertsIn(page)).to.deep.equal(['De gegevensbron is niet gevonden (fout 404).']);
    expect(third.el.shadowRoot!.querySelector('.error')!.getAttribute('role')).to.equal('alert');
  });

  it('announces a chart engine that fails for every chart once, and each chart still says so', async () => {
    const charts = KINDS.slice(0, 2).flatMap(([tag, attributes]) => [
      place(tag, { ...attributes, src: SMALL_FEED_URL, loading: 'eager' }, page).el,
      place(tag, { ...attributes, src: SMALL_FEED_URL, loading: 'eager' }, page).el,
    ]);
    await until(() => charts.every((el) => chartOf(el).instance), 'the charts are drawn');
    const errors = charts.map(
      (el) =>
        new Promise<MivErrorDetail>((resolve) =>
          el.addEventListener('miv-error', (e) => resolve((e as CustomEvent<MivErrorDetail>).detail), { once: true }),
        ),
    );
    // What each chart's controller reports when the engine chunk cannot be fetched.
    for (const el of charts) chartOf(el).options.onError(new TypeError('Failed to fetch dynamically imported module'));
    expect((await Promise.all(errors)).map((d) => d.kind)).to.deep.equal(['chart', 'chart', 'chart', 'chart']);
    await Promise.all(charts.map(settled));
    const line = 'De grafiek kon niet worden getekend; de cijfers staan in de tabel.';
    for (const el of charts) expect(shownText(el, '.chart-failed')).to.equal(line);
    expect(alertsIn(page)).to.deep.equal([line]);
  });

  it('says once that the figures of several widgets are out of date', async () => {
    const { id, url } = await serveSmallFeed('stale');
    await loadFeed(url);
    clearFeedCache();
    await setMode(id, 'status=404');
    const placed = KINDS.slice(0, 2).map(([tag, attributes]) => place(tag, { ...attributes, src: url }, page));
    await Promise.all(placed.map((p) => p.error));
    await Promise.all(placed.map((p) => settled(p.el)));
    for (const { el } of placed) expect(shownText(el, '[part="stale"]')).to.match(/^Verouderd — stand: /);
    expect(alertsIn(page, 'status').filter((text) => text.startsWith('Verouderd'))).to.have.length(1);
    expect(alertsIn(page), 'no alert: the figures are there').to.deep.equal([]);
  });
});
