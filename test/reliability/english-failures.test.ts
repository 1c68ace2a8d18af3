/**
 * Every way a feed can fail, as an English reader sees it: over real HTTP from the test server, each
 * element with `lang="en"` shows the English line in place of its content (`failures.test.ts` checks
 * the Dutch ones, `page-failures.test.ts` the English 404). The English dictionary is loaded first,
 * so that the element shows English from its first failure on, not Dutch until it arrives.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { MivErrorDetail } from '../../src/components/miv-data-element.js';
import { clearFeedCache, loadFeed } from '../../src/feed/load.js';
import { clearLastGood } from '../../src/feed/last-good.js';
import { loadStrings } from '../../src/i18n/strings.js';
import { chartOf, failOnConsoleErrors } from '../helpers.js';
import { smallFeed, SMALL_FEED_URL } from '../fixtures/feeds.js';
import { alertsIn, mount, serveFeed, serveSmallFeed, setMode, shownText, uniqueId } from './helpers.js';

/** Valid attributes for the small feed, per element. */
const ATTRIBUTES: Record<string, Record<string, unknown>> = {
  'miv-indicator': { indicator: 'woninginbraak', area: 'GM0758' },
  'miv-district-compare': { indicator: 'woninginbraak' },
  'miv-map': { indicator: 'woninginbraak' },
  'miv-theme': { theme: 'veilige-buurt-en-omgeving', area: 'GM0758' },
  'miv-highlights': {},
  'miv-sources': {},
};

const served = async (name: string, body: unknown, query = '') => (await serveFeed(uniqueId(name), body)) + query;

/**
 * A failure that is retried (no connection, a 5xx) failed once already on this page, without the
 * 2,5 s of back-off between tries: an element on the page shares that failure, as one that upgrades
 * after the first one does, and shows what it shows after the retries.
 */
async function failedBefore(url: string): Promise<string> {
  const failure = await loadFeed(url, { retryDelaysMs: [] }).then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(failure, 'the load failed').to.be.instanceOf(Error);
  return url;
}

interface Case {
  name: string;
  tag: string;
  src: () => Promise<string>;
  kind: string;
  line: string;
  props?: Record<string, unknown>;
}

const CASES: Case[] = [
  {
    name: 'the server fails (500)',
    tag: 'miv-map',
    src: async () => failedBefore(await served('500', '{}', '?status=500')),
    kind: 'http',
    line: "The data source's server reported a fault (error 500).",
  },
  {
    name: 'the server refuses the request (403)',
    tag: 'miv-district-compare',
    src: async () => served('403', await smallFeed(), '?status=403'),
    kind: 'http',
    line: 'The data source refused the request (error 403).',
  },
  {
    name: 'the server cannot be reached',
    tag: 'miv-indicator',
    src: () => failedBefore('http://127.0.0.1:9/feed.json'),
    kind: 'network',
    line: 'The data could not be fetched. Check the connection.',
  },
  {
    name: 'the answer is not JSON',
    tag: 'miv-theme',
    src: async () => served('html', '<!doctype html><title>Inloggen</title><p>Log in'),
    kind: 'not-json',
    line: 'The data source does not contain readable data.',
  },
  {
    name: 'the JSON is cut off',
    tag: 'miv-highlights',
    src: async () => served('cut', await smallFeed(), '?truncate=3000'),
    kind: 'truncated',
    line: 'The data did not arrive in full: the data source was cut off.',
  },
  {
    name: 'the schemaVersion is not supported',
    tag: 'miv-sources',
    src: async () => served('version', { ...(await smallFeed()), schemaVersion: 2 }),
    kind: 'version',
    line: 'This version of the data source is not supported (yet).',
  },
  {
    name: 'no src is given',
    tag: 'miv-indicator',
    src: async () => '',
    kind: 'no-src',
    line: 'No data source was given (the src attribute is missing).',
  },
  {
    name: 'no indicator is given',
    tag: 'miv-indicator',
    src: async () => SMALL_FEED_URL,
    kind: 'unknown-indicator',
    line: 'No indicator was given (the indicator attribute is missing).',
    props: { indicator: '' },
  },
  {
    name: 'the indicator is not in the feed',
    tag: 'miv-indicator',
    src: async () => SMALL_FEED_URL,
    kind: 'unknown-indicator',
    line: 'Indicator “bestaat-niet” not found.',
    props: { indicator: 'bestaat-niet' },
  },
];

describe('failures: what an English reader sees', () => {
  failOnConsoleErrors();
  let page: HTMLElement;
  // And zod, which a broken feed loads to tell what is wrong: its first fetch is the slow part.
  before(() => Promise.all([loadStrings('en'), import('../../src/feed/validate.js')]));
  beforeEach(() => {
    clearFeedCache();
    clearLastGood();
    page = document.createElement('div');
    document.body.append(page);
  });
  afterEach(() => page.remove());

  for (const c of CASES) {
    it(`<${c.tag} lang="en"> says so in English when ${c.name}`, async () => {
      const src = await c.src();
      const { el, error } = mount<HTMLElement & { updateComplete: Promise<unknown> }>(
        c.tag,
        { ...ATTRIBUTES[c.tag], lang: 'en', ...c.props, src },
        page,
      );
      const detail: MivErrorDetail = await error;
      expect(detail.kind).to.equal(c.kind);
      await el.updateComplete;
      expect(shownText(el, '.error > p')).to.equal(c.line);
      expect(alertsIn(page), 'what a screen reader is told').to.deep.equal([c.line]);
    });
  }

  it('<miv-indicator lang="en"> says it is loading, then that the server did not answer in time', async () => {
    const src = await served('slow', await smallFeed(), '?delay=5000');
    const { el, error } = mount<HTMLElement & { updateComplete: Promise<unknown> }>(
      'miv-indicator',
      { ...ATTRIBUTES['miv-indicator'], lang: 'en', timeout: 300, src },
      page,
    );
    await el.updateComplete;
    expect(shownText(el, '[part="status"][aria-busy="true"]')).to.equal('Loading data…');
    expect((await error).kind).to.equal('timeout');
    await el.updateComplete;
    expect(shownText(el, '.error > p')).to.equal('The data source did not answer in time.');
  });

  it('<miv-indicator lang="en"> says calmly, in English, that an indicator has no figures at all', async () => {
    const feed = await smallFeed();
    feed.series = feed.series.filter((s) => s.indicator !== 'halt-verwijzingen');
    const { el, error } = mount<HTMLElement & { updateComplete: Promise<unknown> }>(
      'miv-indicator',
      { ...ATTRIBUTES['miv-indicator'], lang: 'en', indicator: 'halt-verwijzingen', src: await served('none', feed) },
      page,
    );
    expect((await error).kind).to.equal('no-data');
    await el.updateComplete;
    expect(shownText(el, '[part="status"][role="status"]')).to.equal('No figures are available for this selection.');
    expect(alertsIn(page), 'no alert: nothing failed').to.deep.equal([]);
  });

  it('<miv-indicator lang="en"> lists what is wrong with a feed that does not match the schema, in English', async () => {
    const feed = await smallFeed();
    (feed.indicators[0] as { polarity: string }).polarity = 'soms';
    const { el, error } = mount<HTMLElement & { updateComplete: Promise<unknown> }>(
      'miv-indicator',
      { ...ATTRIBUTES['miv-indicator'], lang: 'en', src: await served('schema', feed) },
      page,
    );
    expect((await error).kind).to.equal('schema');
    await el.updateComplete;
    expect(shownText(el, '.error > p')).to.equal('The data source does not match the agreed format.');
    expect(shownText(el, '.error details li')).to.equal(
      'indicators[0].polarity: must be one of these values: "higher-is-worse", "higher-is-better", "neutral"',
    );
  });

  it('<miv-indicator lang="en"> shows the figures kept from before, marked out of date, when the feed fails', async () => {
    const { id, url } = await serveSmallFeed('stale');
    await loadFeed(url);
    clearFeedCache();
    await setMode(id, 'status=404');
    const { el, error } = mount<HTMLElement & { updateComplete: Promise<unknown> }>(
      'miv-indicator',
      { ...ATTRIBUTES['miv-indicator'], lang: 'en', src: url },
      page,
    );
    expect((await error).kind).to.equal('http');
    await waitUntil(() => el.shadowRoot!.querySelector('[part="stale"]'), 'the kept figures, marked');
    // As of when the figures were kept: today, at a time of day.
    const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date());
    expect(shownText(el, '[part="stale"]')).to.match(
      new RegExp(`^Out of date — as of ${today} at \\d{1,2}:\\d{2}\\. The current data could not be loaded\\.$`),
    );
    expect(shownText(el, '[part="table-toggle"]')).to.equal('Show table');
  });

  it('<miv-indicator lang="en"> says in English that the chart could not be drawn, when the chart engine fails', async () => {
    const { el } = mount<HTMLElement & { updateComplete: Promise<unknown> }>(
      'miv-indicator',
      { ...ATTRIBUTES['miv-indicator'], lang: 'en', loading: 'eager', src: SMALL_FEED_URL },
      page,
    );
    await new Promise((resolve) => el.addEventListener('miv-rendered', resolve, { once: true }));
    const failed = new Promise<MivErrorDetail>((resolve) =>
      el.addEventListener('miv-error', (e) => resolve((e as CustomEvent<MivErrorDetail>).detail), { once: true }),
    );
    // What the chart's controller reports when the engine chunk cannot be fetched.
    chartOf(el).options.onError(new TypeError('Failed to fetch dynamically imported module'));
    expect((await failed).kind).to.equal('chart');
    await el.updateComplete;
    expect(shownText(el, '.chart-failed')).to.equal('The chart could not be drawn; the figures are in the table.');
  });
});
