/**
 * Every element, in its states and in light and dark, as axe-core sees it (WCAG 2.1 A and AA), and
 * usable at 320 CSS px (WCAG 1.4.10) without the page scrolling sideways.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import { NOT_JSON_URL, smallFeed, SMALL_FEED_URL } from '../fixtures/feeds.js';
import { feedUrl, pastRightEdge, SAMPLE_FEED_URL, shadow } from '../helpers.js';
import { axeFindings } from './axe.js';

/** Renders `template` (in a page-like wrapper) and waits until `ready` holds for the element inside. */
async function shown(template: TemplateResult, ready: (el: Element) => unknown): Promise<HTMLElement> {
  const page = await fixture<HTMLElement>(html`<div class="page">${template}</div>`);
  const el = page.firstElementChild!;
  await waitUntil(() => ready(el), 'the element is ready', { timeout: 8000 });
  return page;
}

const SLOW_URL = new URL('/__miv-test__/feed/a11y-loading?delay=5000', location.href).href;

/** The small feed with woninginbraak a count without inhabitants: a map does not colour it. */
const COUNT_FEED_URL = await (async () => {
  const feed = await smallFeed();
  Object.assign(
    feed.indicators.find((i) => i.id === 'woninginbraak')!,
    { kind: 'count', unit: 'woninginbraken', decimals: 0 },
  );
  return feedUrl(feed);
})();

const drawn = (el: Element) => shadow(el).querySelector('[part~="chart"] svg');

const cases = (): Record<string, [TemplateResult, (el: Element) => unknown]> => ({
  'indicator with comparisons, legend and table shown': [
    html`<miv-indicator src=${SMALL_FEED_URL} indicator="woninginbraak" area="GM0748" show-table></miv-indicator>`,
    drawn,
  ],
  'indicator: a long Dutch compound in its footnotes, beside the sample feed’s districts': [
    // Padded as in a card of the demo, in its font: its longest word had no room.
    html`<miv-indicator
      style="padding: 0 1.5em; font-family: system-ui, sans-serif"
      src=${SAMPLE_FEED_URL}
      indicator="jeugdbescherming"
      area="GM0758"
    ></miv-indicator>`,
    drawn,
  ],
  'highlights of the sample feed, its longest theme name in the filter': [
    html`<miv-highlights
      style="padding: 0 1.5em; font-family: system-ui, sans-serif"
      src=${SAMPLE_FEED_URL}
    ></miv-highlights>`,
    (el) => shadow(el).querySelector('[part="authored"]'),
  ],
  'indicator: survey with margins': [
    html`<miv-indicator src=${SMALL_FEED_URL} indicator="onveilig-eigen-buurt" area="GM0758"></miv-indicator>`,
    drawn,
  ],
  'indicator: loading': [
    // The test server holds this answer back, so the loading state stays long enough to be checked.
    html`<miv-indicator src=${SLOW_URL} indicator="woninginbraak"></miv-indicator>`,
    (el) => shadow(el).querySelector('[aria-busy="true"]'),
  ],
  'indicator: feed that is not JSON': [
    html`<miv-indicator src=${NOT_JSON_URL} indicator="woninginbraak"></miv-indicator>`,
    (el) => shadow(el).querySelector('[role="alert"]'),
  ],
  'indicator: unknown indicator': [
    html`<miv-indicator src=${SMALL_FEED_URL} indicator="bestaat-niet"></miv-indicator>`,
    (el) => shadow(el).querySelector('[role="alert"]'),
  ],
  'district comparison with the period picker': [
    html`<miv-district-compare src=${SMALL_FEED_URL} indicator="woninginbraak" show-table></miv-district-compare>`,
    drawn,
  ],
  'gemeenten compared, suppressed values, a highlight': [
    html`<miv-district-compare
      src=${SMALL_FEED_URL}
      indicator="woninginbraak"
      level="gemeente"
      within="de-baronie"
      highlight="GM0744"
    ></miv-district-compare>`,
    drawn,
  ],
  'indicator: per inwoner beside its size class, index toggle and period control': [
    html`<miv-indicator
      src=${SAMPLE_FEED_URL}
      indicator="explosies-panden"
      area="GM0758"
      compare="group:grootteklasse-150000-250000-nl"
      scale-control
      period-control
    ></miv-indicator>`,
    drawn,
  ],
  'indicator: index with a line without index': [
    html`<miv-indicator
      src=${SAMPLE_FEED_URL}
      indicator="explosies-panden"
      area="GM0744"
      scale="index"
      base="2015"
    ></miv-indicator>`,
    (el) => shadow(el).querySelector('[part="index-problem"]')?.textContent?.includes('nihil'),
  ],
  "a size class's members, per inwoner": [
    html`<miv-district-compare
      src=${SAMPLE_FEED_URL}
      indicator="explosies-panden"
      within="group:grootteklasse-50000-100000"
    ></miv-district-compare>`,
    drawn,
  ],
  'map of the gemeenten, a hatched gemeente, the table shown': [
    html`<miv-map src=${SMALL_FEED_URL} indicator="woninginbraak" show-table></miv-map>`,
    drawn,
  ],
  'map of a district with an emphasised gemeente': [
    html`<miv-map src=${SMALL_FEED_URL} indicator="onveilig-eigen-buurt" area="GM0758"></miv-map>`,
    drawn,
  ],
  'map of a count: why it is not coloured': [
    html`<miv-map src=${COUNT_FEED_URL} indicator="woninginbraak"></miv-map>`,
    (el) => shadow(el).querySelector('.count-only'),
  ],
  'map of an indicator without figures per gemeente: the national figure': [
    html`<miv-map src=${SMALL_FEED_URL} indicator="mensenhandel-seksuele-uitbuiting"></miv-map>`,
    (el) => shadow(el).querySelector('.status.no-data'),
  ],
  'theme overview': [
    html`<miv-theme src=${SMALL_FEED_URL} theme="veilige-buurt-en-omgeving" area="GM0758"></miv-theme>`,
    (el) => shadow(el).querySelector('[part~="card"]'),
  ],
  highlights: [
    html`<miv-highlights src=${SMALL_FEED_URL}></miv-highlights>`,
    (el) => shadow(el).querySelector('[part="authored"]'),
  ],
  'highlights with what other districts shared': [
    html`<miv-highlights src=${SMALL_FEED_URL} district="de-baronie" shared></miv-highlights>`,
    (el) => shadow(el).querySelector('[part="shared"]'),
  ],
  profile: [
    html`<miv-profile src=${SMALL_FEED_URL} area="GM0758"></miv-profile>`,
    (el) => shadow(el).querySelector('[part="rules"]'),
  ],
  sources: [
    html`<miv-sources src=${SAMPLE_FEED_URL}></miv-sources>`,
    (el) => shadow(el).querySelector('[part="source"]'),
  ],
  'area picker': [
    html`<miv-area-picker src=${SMALL_FEED_URL}></miv-area-picker>`,
    (el) => shadow(el).querySelector('select'),
  ],
});

describe('accessibility of every element (axe-core, WCAG 2.1 AA)', () => {
  before(() => setViewport({ width: 1000, height: 900 }));

  for (const scheme of ['light', 'dark'] as const) {
    for (const name of Object.keys(cases())) {
      it(`${name}, ${scheme}`, async () => {
        const [template, ready] = cases()[name]!;
        const page = await shown(template, ready);
        const el = page.firstElementChild as HTMLElement;
        // A dark page: the overview, highlights and picker have no background of their own.
        if (scheme === 'dark') page.style.background = '#121212';
        el.setAttribute('color-scheme', scheme);
        const { violations, passes } = await axeFindings(page);
        expect(violations).to.deep.equal([]);
        // The check reached into the shadow root and judged its text colours.
        expect(passes).to.include('color-contrast');
      });
    }
  }
});

describe('reflow at 320 CSS px (WCAG 1.4.10)', () => {
  before(() => setViewport({ width: 320, height: 800 }));
  after(() => setViewport({ width: 1000, height: 900 }));

  it('keeps a wide table’s caption and symbols inside its scroll box, also scrolled to its end', async () => {
    const page = await shown(
      html`<miv-indicator show-table src=${SAMPLE_FEED_URL} indicator="woninginbraak" area="GM0758"></miv-indicator>`,
      drawn,
    );
    const root = shadow(page.firstElementChild!);
    const box = root.querySelector<HTMLElement>('[part="table"]')!;
    const textOf = (selector: string) => {
      const range = document.createRange();
      range.selectNodeContents(root.querySelector(selector)!);
      return range.getBoundingClientRect();
    };
    const outside = () => {
      const edges = box.getBoundingClientRect();
      return ['caption', '.legend']
        .map((selector) => [selector, textOf(selector)] as const)
        .filter(([, text]) => text.left < edges.left - 0.5 || text.right > edges.right + 0.5)
        .map(([selector]) => selector);
    };
    expect(box.scrollWidth, 'the table is wider than a phone').to.be.above(box.clientWidth);
    expect(outside()).to.deep.equal([]);
    box.scrollLeft = box.scrollWidth;
    expect(outside(), 'scrolled to the end').to.deep.equal([]);
  });

  // The loading state is a one-line message; every state with content is checked.
  for (const [name, [template, ready]] of Object.entries(cases()).filter(([name]) => !name.endsWith('loading'))) {
    it(`${name}: no sideways scrolling of the page`, async () => {
      const page = await shown(template, ready);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(pastRightEdge(page.firstElementChild!), 'past the element’s right edge').to.deep.equal([]);
    });
  }
});
