/**
 * Hostile feeds: markup and script in every text of the feed stay text in every element and in the
 * charts' tooltips; only http(s) links become links; oversized text and numbers do not break the page.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { Feed } from '../../src/feed/schema.js';
import { clearFeedCache } from '../../src/feed/load.js';
import { clearLastGood } from '../../src/feed/last-good.js';
import { failOnConsoleErrors } from '../helpers.js';
import { isSettled, mount, serveFeed, uniqueId, until } from './helpers.js';
import { smallFeed } from '../fixtures/feeds.js';

declare global {
  interface Window {
    pwned?: string;
  }
}

/** Each a way text could turn into running code or injected elements if it were treated as markup. */
const PAYLOADS = [
  '<img src=x onerror="window.pwned=\'img\'">',
  '<script>window.pwned="script"</script>',
  '<svg onload="window.pwned=\'svg\'"></svg>',
  '" onmouseover="window.pwned=\'attr\'" x="',
  '<a href="javascript:window.pwned=\'link\'">klik</a>',
];
const evil = (i: number) => `Tekst ${PAYLOADS[i % PAYLOADS.length]!}`;

/** The small feed with a payload in every text a reader can see. */
async function hostileFeed(): Promise<Feed> {
  const feed = await smallFeed();
  let i = 0;
  feed.meta.title = evil(i++);
  feed.meta.publisher = evil(i++);
  for (const theme of feed.themes) theme.title = evil(i++);
  for (const area of feed.areas) area.name = evil(i++);
  for (const indicator of feed.indicators) {
    Object.assign(indicator, { title: evil(i++), shortTitle: evil(i++), unit: evil(i++), definition: evil(i++) });
    indicator.source.name = evil(i++);
    for (const b of indicator.breaks ?? []) b.reason = evil(i++);
    for (const sp of indicator.specialPeriods ?? []) Object.assign(sp, { label: evil(i++), reason: evil(i++) });
  }
  for (const s of feed.series) {
    s.notes = Object.fromEntries(s.periods.map((p) => [p, evil(i++)]));
  }
  for (const d of feed.duiding) Object.assign(d, { text: evil(i++), author: evil(i++) });
  for (const o of feed.opvallendheden) Object.assign(o, { title: evil(i++), text: evil(i++), shared: true });
  return feed;
}

/** Every element in `root` and in the shadow roots below it. */
function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...allElements(el.shadowRoot));
  }
  return out;
}

const ELEMENTS: [string, Record<string, unknown>][] = [
  ['miv-indicator', { indicator: 'woninginbraak', area: 'GM0758', compare: 'de-baronie,NL01', showTable: true }],
  ['miv-district-compare', { indicator: 'woninginbraak', showTable: true }],
  ['miv-district-compare', { indicator: 'woninginbraak', level: 'gemeente', within: 'de-baronie' }],
  ['miv-map', { indicator: 'woninginbraak' }],
  ['miv-theme', { theme: 'veilige-buurt-en-omgeving', area: 'GM0758' }],
  ['miv-highlights', {}],
  ['miv-profile', { area: 'GM0758' }],
  ['miv-sources', {}],
  ['miv-area-picker', {}],
];

type Drawn = HTMLElement & { chart?: { instance?: ChartLike; paintedChart(): Promise<ChartLike | undefined> } };
interface ChartLike {
  dispatchAction(action: object): void;
  getDom(): HTMLElement;
}

describe('hostile feeds', () => {
  failOnConsoleErrors();
  let page: HTMLElement;
  beforeEach(() => {
    clearFeedCache();
    clearLastGood();
    delete window.pwned;
    page = document.createElement('main');
    page.style.width = '900px';
    document.body.append(page);
  });
  afterEach(() => page.remove());

  it('keeps markup in every feed text as text, in every element, tables and tooltips included', async function () {
    this.timeout(15000);
    const feed = await hostileFeed();
    const url = await serveFeed(uniqueId('hostile'), feed);
    const mounted = ELEMENTS.map(([tag, props]) => mount<Drawn>(tag, { ...props, src: url }, page).el);
    await until(() => mounted.every(isSettled), 'all loaded', 8000);
    // Drawn now, also those below the fold.
    const charts = mounted.filter((el) => el.chart);
    expect(charts).to.have.length(4);
    await Promise.all(charts.map((el) => el.chart!.paintedChart()));

    // Open every tooltip by the keyboard walk to the first point.
    const boxes = charts.map((el) => el.shadowRoot!.querySelector('[part~="chart"]')!);
    for (const box of boxes)
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const tooltips = boxes.map((box) => box.querySelector('[part="tooltip"]')?.textContent ?? '');
    for (const [i, tooltip] of tooltips.entries())
      expect(tooltip, `the tooltip of ${charts[i]!.localName} shows area names as text`).to.contain('Tekst <');

    const elements = allElements(page);
    const injected = elements.filter(
      (el) =>
        ['IMG', 'SCRIPT'].includes(el.tagName) ||
        // Payloads inside attribute values (aria-label, label) are text; a new attribute is not.
        [...el.attributes].some((a) => a.name.startsWith('on')),
    );
    expect(injected.map((el) => el.outerHTML.slice(0, 120))).to.deep.equal([]);
    const links = elements.filter((el): el is HTMLAnchorElement => el.tagName === 'A' && el.hasAttribute('href'));
    expect(links.filter((a) => !/^https?:$/.test(new URL(a.href).protocol)).map((a) => a.href)).to.deep.equal([]);
    // The payloads are there, as text a reader can see.
    const shown = mounted.map((el) => el.shadowRoot!.textContent).join('\n');
    for (const payload of PAYLOADS) expect(shown).to.contain(payload);
    expect(window.pwned).to.equal(undefined);
    // The profile's printed header holds feed text in CSS strings: still one @page rule, nothing else.
    const pageSheets = document.adoptedStyleSheets.filter((s) => [...s.cssRules].some((r) => r instanceof CSSPageRule));
    expect(pageSheets.flatMap((s) => [...s.cssRules]).map((r) => r.constructor.name)).to.deep.equal(['CSSPageRule']);
  });

  it('refuses a feed whose links are not http or https, saying where', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x']) {
      const feed = await smallFeed();
      feed.indicators[0]!.source.url = url;
      const src = await serveFeed(uniqueId('link'), feed);
      const { el, error } = mount('miv-indicator', { src, indicator: 'woninginbraak', area: 'GM0758' }, page);
      expect((await error).kind, url).to.equal('schema');
      const paths = [...el.shadowRoot!.querySelectorAll('[role="alert"] details code')].map((c) => c.textContent);
      const detail = el.shadowRoot!.querySelector('[role="alert"] details')!.textContent!;
      expect([...paths, detail].join(' '), url).to.contain('indicators[0].source.url');
      expect(allElements(el.shadowRoot!).some((n) => n.tagName === 'A')).to.equal(false);
    }
  });

  it('renders oversized titles and numbers without throwing or widening the page', async function () {
    this.timeout(15000);
    const feed = await smallFeed();
    const long = 'Een zeer lange titel die maar doorgaat '.repeat(200);
    const indicator = feed.indicators.find((i) => i.id === 'woninginbraak')!;
    Object.assign(indicator, { title: long, shortTitle: long, definition: long });
    feed.areas.find((a) => a.id === 'GM0758')!.name = 'Gemeentenaamzonderspatieseneindeloos'.repeat(30);
    for (const s of feed.series.filter((x) => x.indicator === 'woninginbraak')) {
      s.values = s.values.map((v, i) => (v === null ? null : i % 2 ? 1e308 : -1e308));
      delete s.margins;
    }
    const src = await serveFeed(uniqueId('huge'), feed);
    const shown = ELEMENTS.map(([tag, props]) => mount<Drawn>(tag, { ...props, src }, page).el);
    await until(() => shown.every(isSettled), 'all loaded', 8000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const el of shown) {
      expect(el.shadowRoot!.querySelector('[role="alert"]'), el.tagName).to.equal(null);
      expect(el.getBoundingClientRect().width, `${el.tagName} stays inside its column`).to.be.at.most(900);
    }
    const value = shown[0]!.shadowRoot!.querySelector('[part="value"]')!.textContent!;
    expect(value.replace(/\D/g, '').length, 'the number is written out, not NaN or Infinity').to.be.greaterThan(300);
  });
});
