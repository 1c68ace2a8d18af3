import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import type { MivIndicator } from '../../../src/components/miv-indicator/miv-indicator.js';
import type { MivErrorDetail } from '../../../src/components/miv-chart-element.js';
import { MISSING_URL, NOT_JSON_URL, SMALL_FEED_URL, smallFeed } from '../../fixtures/feeds.js';
import { chartOf, failOnConsoleErrors, feedUrl, query, rendered, shadow, text } from '../../helpers.js';

/** Attaches an element and waits for its `miv-error`. */
async function failing(attributes: Partial<MivIndicator>): Promise<{ el: MivIndicator; detail: MivErrorDetail }> {
  const el = document.createElement('miv-indicator');
  Object.assign(el, { src: SMALL_FEED_URL, indicator: 'woninginbraak', area: 'GM0758', ...attributes });
  const event = oneEvent(el, 'miv-error') as Promise<CustomEvent<MivErrorDetail>>;
  document.body.append(el);
  const { detail } = await event;
  await el.updateComplete;
  return { el, detail };
}

describe('<miv-indicator> states', () => {
  failOnConsoleErrors();
  afterEach(() => document.querySelectorAll('body > miv-indicator').forEach((el) => el.remove()));

  it('reserves about the ready height while loading, then shows the numbers', async () => {
    // A URL of its own, so that the request really goes out and the loading state is seen.
    const src = `${SMALL_FEED_URL}?loading`;
    const el = await fixture<MivIndicator>(
      html`<miv-indicator src=${src} indicator="woninginbraak" area="GM0758"></miv-indicator>`,
    );
    const status = query(el, '[part="status"]')!;
    expect(status.getAttribute('aria-busy')).to.equal('true');
    expect(text(el, '[role="status"]')).to.equal('Gegevens laden…');
    const loadingHeight = el.getBoundingClientRect().height;
    await oneEvent(el, 'miv-rendered');
    const readyHeight = el.getBoundingClientRect().height;
    const chartHeight = query(el, '[part~="chart"]')!.getBoundingClientRect().height;
    expect(chartHeight).to.equal(320);
    expect(loadingHeight, 'the chart height and more is reserved').to.be.greaterThan(chartHeight);
    // The page below moves less than a sixth of the element's height when the numbers arrive.
    expect(Math.abs(readyHeight - loadingHeight)).to.be.lessThan(readyHeight / 6);
  });

  it('names an unknown indicator in a short Dutch message, with details', async () => {
    const { el, detail } = await failing({ indicator: 'bestaat-niet' });
    expect(detail).to.deep.equal({ kind: 'unknown-indicator', message: 'Onbekende indicator: "bestaat-niet"' });
    const alert = query(el, '[role="alert"]')!;
    expect(alert.querySelector('p')!.textContent).to.equal('Indicator „bestaat-niet” niet gevonden.');
    expect(alert.querySelector('details summary')!.textContent).to.equal('Details');
  });

  it('says that no indicator was given, rather than that it was not found', async () => {
    const { el, detail } = await failing({ indicator: '' });
    expect(detail.kind).to.equal('unknown-indicator');
    expect(text(el, '[role="alert"] p')).to.equal(
      'Er is geen indicator opgegeven (het attribuut indicator ontbreekt).',
    );
  });

  it('names an unknown area', async () => {
    const { el, detail } = await failing({ area: 'GM9999' });
    expect(detail.kind).to.equal('unknown-area');
    expect(text(el, '[role="alert"] p')).to.equal('Gebied „GM9999” niet gevonden.');
  });

  it('names the area meant by an id typed in another case, or by its name', async () => {
    const { el, detail } = await failing({ area: 'gm0758' });
    expect(detail).to.deep.equal({ kind: 'unknown-area', message: 'Onbekend gebied: "gm0758"' });
    expect(text(el, '[role="alert"] p')).to.equal('Gebied „gm0758” niet gevonden. Bedoelt u „GM0758” (Breda)?');
    el.area = 'Breda';
    await waitUntil(() => text(el, '[role="alert"] p').startsWith('Gebied „Breda”'), 'the next id');
    expect(text(el, '[role="alert"] p')).to.equal('Gebied „Breda” niet gevonden. Bedoelt u „GM0758” (Breda)?');
    el.lang = 'en';
    await waitUntil(() => text(el, '[role="alert"] p').startsWith('Area'), 'the message in English');
    expect(text(el, '[role="alert"] p')).to.equal('Area “Breda” not found. Did you mean “GM0758” (Breda)?');
  });

  it('says the source gave an error for a feed that is not there', async () => {
    const { el, detail } = await failing({ src: MISSING_URL });
    expect(detail).to.deep.equal({ kind: 'http', message: 'HTTP 404' });
    expect(text(el, '[role="alert"] p')).to.equal('De gegevensbron is niet gevonden (fout 404).');
  });

  it('says the source is unreadable for a file that is not JSON', async () => {
    const { el, detail } = await failing({ src: NOT_JSON_URL });
    expect(detail.kind).to.equal('not-json');
    expect(text(el, '[role="alert"] p')).to.equal('De gegevensbron bevat geen leesbare gegevens.');
  });

  it('lists what is wrong with a feed that does not match the schema', async () => {
    const feed = await smallFeed();
    (feed.indicators[0] as { polarity: string }).polarity = 'sometimes';
    (feed.indicators[1] as { unit?: string }).unit = undefined;
    const { el, detail } = await failing({ src: feedUrl(feed) });
    expect(detail.kind).to.equal('schema');
    expect(text(el, '[role="alert"] p')).to.equal('De gegevensbron voldoet niet aan het afgesproken formaat.');
    const issues = [...el.shadowRoot!.querySelectorAll('[role="alert"] li code')].map((c) => c.textContent);
    expect(issues).to.include('indicators[0].polarity').and.include('indicators[1].unit');
  });

  it('lists each problem of a feed once in its details, not the first also above the list', async () => {
    const feed = await smallFeed();
    (feed.indicators[0] as { polarity: string }).polarity = 'sometimes';
    (feed.indicators[1] as { decimals: unknown }).decimals = 'een';
    const { el } = await failing({ src: feedUrl(feed) });
    const details = query(el, '[role="alert"] details')!;
    expect([...details.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'indicators[0].polarity: moet een van deze waarden zijn: "higher-is-worse", "higher-is-better", "neutral"',
      'indicators[1].decimals: verwacht een getal',
    ]);
    expect(
      details.textContent!.match(/indicators\[0\]\.polarity/g),
      'not also on a line above the list',
    ).to.have.length(1);
  });

  it('on an English page, marks the details it has no English words for as Dutch', async () => {
    const dutch = (node: Element | null) => node?.matches(':lang(nl)');
    const { el } = await failing({ indicator: 'bestaat-niet', lang: 'en' });
    await waitUntil(() => text(el, '[role="alert"] p').endsWith('not found.'), 'the message in English');
    const detail = query(el, '[role="alert"] .detail')!;
    expect(detail.textContent).to.equal('Onbekende indicator: "bestaat-niet"');
    expect(dutch(detail.firstElementChild)).to.equal(true);

    const feed = await smallFeed();
    feed.indicators[0]!.theme = 'onbekend-thema';
    el.src = feedUrl(feed);
    el.indicator = 'woninginbraak';
    await waitUntil(() => query(el, '[role="alert"] li'), 'the feed’s problem');
    const issue = query(el, '[role="alert"] li')!;
    expect(issue.textContent).to.equal('indicators[0].theme: thema "onbekend-thema" bestaat niet in de feed');
    expect(dutch(issue), 'the path and the colon are no Dutch words').to.equal(false);
    expect(dutch(issue.querySelector('code + *'))).to.equal(true);
  });

  it('says what is wrong with a feed in the language of the page, and a field left out as missing', async () => {
    const feed = await smallFeed();
    delete (feed.indicators[1] as { unit?: string }).unit;
    (feed.series[0]!.values as unknown[])[2] = 'twaalf';
    const { el } = await failing({ src: feedUrl(feed), lang: 'en' });
    await waitUntil(() => text(el, '[role="alert"] p').startsWith('The data source'), 'the message in English');
    const issues = () => [...el.shadowRoot!.querySelectorAll('[role="alert"] li')];
    expect(issues().map((li) => li.textContent)).to.deep.equal([
      'indicators[1].unit: missing',
      'series[0].values[2]: expected a number',
    ]);
    expect(
      issues().map((li) => li.querySelector('[lang="nl"]')?.textContent),
      'no Dutch words in them',
    ).to.deep.equal([undefined, undefined]);
    el.lang = 'nl';
    await waitUntil(() => text(el, '[role="alert"] p').startsWith('De gegevensbron'), 'the message in Dutch');
    expect(issues().map((li) => li.textContent)).to.deep.equal([
      'indicators[1].unit: ontbreekt',
      'series[0].values[2]: verwacht een getal',
    ]);
  });

  it('says a newer feed version is not supported', async () => {
    const feed = { ...(await smallFeed()), schemaVersion: 2 };
    const { el, detail } = await failing({ src: feedUrl(feed) });
    expect(detail.kind).to.equal('version');
    expect(text(el, '[role="alert"] p')).to.equal('Deze versie van de gegevensbron wordt (nog) niet ondersteund.');
  });

  it('says that no source was given when there is no src, here or on a <miv-feed>', async () => {
    const { el, detail } = await failing({ src: '' });
    expect(detail.kind).to.equal('no-src');
    expect(text(el, '[role="alert"] p')).to.equal('Er is geen gegevensbron opgegeven (het attribuut src ontbreekt).');
  });

  it('says the data could not be fetched when the server cannot be reached', async () => {
    const { el, detail } = await failing({ src: 'http://127.0.0.1:9/feed.json' });
    expect(detail.kind).to.equal('network');
    expect(text(el, '[role="alert"] p')).to.equal(
      'De gegevens konden niet worden opgehaald. Controleer de verbinding.',
    );
  });

  it('states calmly that there are no figures for the chosen periods, and shows the whole series', async () => {
    const { el, detail } = await failing({ from: '2030' });
    expect(detail).to.deep.equal({ kind: 'no-data', message: 'Geen cijfers voor woninginbraak van 2030 tot …' });
    expect(query(el, '[role="alert"]')).to.equal(null);
    expect(text(el, '[part="status"][role="status"]')).to.equal(
      'Geen cijfers vanaf „2030”; u ziet de hele reeks, 2015–2025.',
    );
    expect(text(el, '[part="value"]')).to.equal('3,0*');
    // English arrives as a chunk of its own; the element redraws when it is there.
    el.lang = 'en';
    await waitUntil(() => text(el, '.period-missing').startsWith('No figures'), 'the notice in English');
    expect(text(el, '.period-missing')).to.equal(
      'No figures from “2030” onwards; showing the whole series, 2015–2025.',
    );
  });

  it('says so and shows the table when the chart engine fails, keeping the numbers', async () => {
    const el = await rendered<MivIndicator>(
      html`<miv-indicator src=${SMALL_FEED_URL} indicator="woninginbraak" area="GM0758"></miv-indicator>`,
    );
    const event = oneEvent(el, 'miv-error') as Promise<CustomEvent<MivErrorDetail>>;
    // What the controller reports when the engine chunk cannot be fetched (offline, blocked by a proxy).
    chartOf(el).options.onError(new TypeError('Failed to fetch dynamically imported module'));
    expect((await event).detail).to.deep.equal({
      kind: 'chart',
      message: 'Failed to fetch dynamically imported module',
    });
    await el.updateComplete;
    expect(text(el, '[role="alert"]')).to.equal('De grafiek kon niet worden getekend; de cijfers staan in de tabel.');
    expect(query(el, '[part~="chart"]')!.hidden).to.equal(true);
    expect(query(el, '[part="table"]')!.classList.contains('visually-hidden')).to.equal(false);
    expect(text(el, '[part="value"]')).to.equal('3,0*');
    // The figures can still be downloaded; an image of the chart would be empty.
    const formats = [...shadow(el).querySelectorAll<HTMLElement>('[part="downloads"] button')].map(
      (b) => b.dataset.format,
    );
    expect(formats).to.deep.equal(['csv']);
  });

  it('says so when ECharts fails half-way through a drawing, though it then finishes its frame', async () => {
    // A label that cannot be written: ECharts throws inside the drawing, and still ends its frame.
    type Build = (this: MivIndicator, ...args: unknown[]) => Record<string, unknown> & { series: object[] };
    const proto = customElements.get('miv-indicator')!.prototype as unknown as { buildOption: Build };
    const build = proto.buildOption;
    proto.buildOption = function (...args) {
      const option = build.apply(this, args);
      const failing = {
        type: 'line',
        data: [[0, 1]],
        label: {
          show: true,
          formatter: () => {
            throw new Error('label failed');
          },
        },
      };
      return { ...option, series: [...option.series, failing] };
    };
    try {
      const el = await fixture<MivIndicator>(
        html`<miv-indicator src=${SMALL_FEED_URL} indicator="woninginbraak" area="GM0758"></miv-indicator>`,
      );
      const { detail } = (await oneEvent(el, 'miv-error')) as CustomEvent<MivErrorDetail>;
      expect(detail).to.deep.equal({ kind: 'chart', message: 'label failed' });
      for (let i = 0; i < 10; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
      await el.updateComplete;
      expect(text(el, '[role="alert"]')).to.equal('De grafiek kon niet worden getekend; de cijfers staan in de tabel.');
      expect(query(el, '[part~="chart"]')!.hidden).to.equal(true);
    } finally {
      proto.buildOption = build;
    }
  });

  it('recovers when a wrong attribute is corrected', async () => {
    const { el } = await failing({ indicator: 'bestaat-niet' });
    const drawn = oneEvent(el, 'miv-rendered');
    el.indicator = 'woninginbraak';
    await drawn;
    expect(query(el, '[role="alert"]')).to.equal(null);
    expect(text(el, '[part="title"]')).to.equal('Diefstal uit woning (woninginbraak)');
  });

  it('reports each failure once', async () => {
    const el = document.createElement('miv-indicator');
    Object.assign(el, { src: SMALL_FEED_URL, indicator: 'bestaat-niet', area: 'GM0758' });
    let count = 0;
    el.addEventListener('miv-error', () => count++);
    document.body.append(el);
    await oneEvent(el, 'miv-error');
    el.showTable = true;
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(count).to.equal(1);
  });
});
