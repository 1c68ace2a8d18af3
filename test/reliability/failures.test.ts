/**
 * Every way a feed can fail, over real HTTP from the test server, for every element at once: each
 * shows its own Dutch message in place (never a blank box), fires one `miv-error` with the kind, and
 * a widget on another feed keeps working.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { MivErrorDetail } from '../../src/components/miv-data-element.js';
import { clearLastGood } from '../../src/feed/last-good.js';
import { failOnConsoleErrors } from '../helpers.js';
import { alertsIn, hitsOf, mount, serveFeed, serveSmallFeed, shownText, uniqueId } from './helpers.js';
import { smallFeed, SMALL_FEED_URL } from '../fixtures/feeds.js';

/** One of each element, with attributes that are valid for the small feed. */
const ELEMENTS: [string, Record<string, unknown>][] = [
  ['miv-indicator', { indicator: 'woninginbraak', area: 'GM0758' }],
  ['miv-district-compare', { indicator: 'woninginbraak' }],
  ['miv-theme', { theme: 'veilige-buurt-en-omgeving', area: 'GM0758' }],
  ['miv-highlights', {}],
  ['miv-sources', {}],
  ['miv-area-picker', {}],
];

interface Case {
  name: string;
  /** The feed URL (and its server id, to count requests). */
  src: () => Promise<{ url: string; id?: string }>;
  kind: string;
  message: string;
  /** Requests the server may see: retries are bounded. */
  requests?: number;
  props?: Record<string, unknown>;
}

const served = async (name: string, body: unknown, query = '') => {
  const id = uniqueId(name);
  return { url: (await serveFeed(id, body)) + query, id };
};

const CASES: Case[] = [
  {
    name: 'the server cannot be reached',
    src: async () => ({ url: 'http://127.0.0.1:9/feed.json' }),
    kind: 'network',
    message: 'De gegevens konden niet worden opgehaald. Controleer de verbinding.',
  },
  {
    name: 'the feed is not there (404)',
    src: async () => {
      const id = uniqueId('missing');
      return { url: `/__miv-test__/feed/${id}`, id };
    },
    kind: 'http',
    message: 'De gegevensbron is niet gevonden (fout 404).',
    requests: 1,
  },
  {
    name: 'the server fails (500), after bounded retries',
    src: async () => served('500', '{}', '?status=500'),
    kind: 'http',
    message: 'De server van de gegevensbron heeft een storing (fout 500).',
    requests: 3,
  },
  {
    name: 'the server answers too late',
    src: async () => served('slow', await smallFeed(), '?delay=5000'),
    kind: 'timeout',
    message: 'De gegevensbron antwoordt niet op tijd.',
    requests: 1,
    props: { timeout: 300 },
  },
  {
    name: 'the answer is not JSON',
    src: async () => served('html', '<!doctype html><title>Inloggen</title><p>Log in'),
    kind: 'not-json',
    message: 'De gegevensbron bevat geen leesbare gegevens.',
  },
  {
    name: 'the JSON is cut off',
    src: async () => served('cut', await smallFeed(), '?truncate=3000'),
    kind: 'truncated',
    message: 'De gegevens zijn niet volledig binnengekomen: de gegevensbron is afgebroken.',
    requests: 1,
  },
  {
    name: 'the feed does not match the schema',
    src: async () => {
      const feed = await smallFeed();
      (feed.indicators[0] as { polarity: string }).polarity = 'soms';
      return served('schema', feed);
    },
    kind: 'schema',
    message: 'De gegevensbron voldoet niet aan het afgesproken formaat.',
  },
  {
    name: 'the schemaVersion is not supported',
    src: async () => served('version', { ...(await smallFeed()), schemaVersion: 2 }),
    kind: 'version',
    message: 'Deze versie van de gegevensbron wordt (nog) niet ondersteund.',
  },
];

describe('failures: what every element shows', () => {
  failOnConsoleErrors();
  let page: HTMLElement;
  beforeEach(() => {
    clearLastGood();
    page = document.createElement('div');
    document.body.append(page);
  });
  afterEach(() => page.remove());

  for (const c of CASES) {
    it(`says so in Dutch when ${c.name}; a widget on another feed still draws`, async function () {
      this.timeout(15000);
      const { url, id } = await c.src();
      const healthy = mount<HTMLElement>(
        'miv-indicator',
        { src: SMALL_FEED_URL, indicator: 'woninginbraak', area: 'GM0758' },
        page,
      );
      const drawn = new Promise((resolve) => healthy.el.addEventListener('miv-rendered', resolve, { once: true }));
      const mounted = ELEMENTS.map(([tag, props]) => mount(tag, { ...props, ...c.props, src: url }, page));
      const details: MivErrorDetail[] = await Promise.all(mounted.map((m) => m.error));
      for (const [i, { el }] of mounted.entries()) {
        const tag = ELEMENTS[i]![0];
        expect(details[i]!.kind, tag).to.equal(c.kind);
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        expect(shownText(el, '.error > p'), tag).to.equal(c.message);
        expect(el.getBoundingClientRect().height, `${tag} is not a blank box`).to.be.greaterThan(20);
      }
      // A screen reader hears the failure of their one feed once, not once for each element.
      expect(alertsIn(page), 'one alert').to.deep.equal([c.message]);
      await drawn;
      expect(shownText(healthy.el, '[part="title"]')).to.equal('Diefstal uit woning (woninginbraak)');
      // One request for all five elements, however often they re-render.
      if (id && c.requests) expect((await hitsOf(id)).hits).to.equal(c.requests);
    });
  }

  it('lists the paths of schema problems under Details', async () => {
    const feed = await smallFeed();
    (feed.indicators[0] as { polarity: string }).polarity = 'soms';
    (feed.areas[3] as { name: unknown }).name = 42;
    const { url } = await served('paths', feed);
    const { el, error } = mount('miv-theme', { src: url, theme: 'veilige-buurt-en-omgeving' }, page);
    expect((await error).kind).to.equal('schema');
    const paths = [...el.shadowRoot!.querySelectorAll('.error details li code')].map((c) => c.textContent);
    expect(paths).to.include('indicators[0].polarity').and.include('areas[3].name');
  });

  it("times out per element: one element's short time-out leaves its neighbour on the same feed to draw", async () => {
    const { url } = await serveSmallFeed('own-timeout');
    // Answered after 300 ms: too late for 50 ms, in time for the default of 15 s.
    const props = { src: `${url}?delay=300`, indicator: 'woninginbraak', area: 'GM0758' };
    const hasty = mount('miv-indicator', { ...props, timeout: 50 }, page);
    const patient = mount('miv-indicator', props, page);
    const drawn = new Promise((resolve) => patient.el.addEventListener('miv-rendered', resolve, { once: true }));
    expect((await hasty.error).kind).to.equal('timeout');
    expect(shownText(hasty.el, '[role="alert"] > p')).to.equal('De gegevensbron antwoordt niet op tijd.');
    expect(shownText(hasty.el, '[role="alert"] .detail')).to.equal('Geen antwoord binnen 0.05 s');
    expect(await Promise.race([drawn.then(() => 'drawn'), patient.error.then(({ kind }) => kind)])).to.equal('drawn');
    expect(shownText(patient.el, '[part="title"]')).to.equal('Diefstal uit woning (woninginbraak)');
  });

  it('names an unknown indicator, area or theme and says calmly when there are no figures', async () => {
    const { url } = await serveSmallFeed('ids');
    const indicator = mount('miv-district-compare', { src: url, indicator: 'bestaat-niet' }, page);
    const area = mount('miv-theme', { src: url, theme: 'veilige-buurt-en-omgeving', area: 'GM9999' }, page);
    const noData = mount('miv-indicator', { src: url, indicator: 'woninginbraak', area: 'GM0758', from: '2031' }, page);
    expect((await indicator.error).kind).to.equal('unknown-indicator');
    expect(shownText(indicator.el, '[role="alert"] > p')).to.equal('Indicator „bestaat-niet” niet gevonden.');
    expect((await area.error).kind).to.equal('unknown-area');
    expect(shownText(area.el, '[role="alert"] > p')).to.equal('Gebied „GM9999” niet gevonden.');
    expect((await noData.error).kind).to.equal('no-data');
    expect(shownText(noData.el, '[role="status"].period-missing')).to.equal(
      'Geen cijfers vanaf „2031”; u ziet de hele reeks, 2015–2025.',
    );
  });
});
