/**
 * An attribute that takes one of a fixed set of values, given another: the element ignores it, as
 * `<img loading="x">` does, and the console says which value it ignored and which it takes.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { MivDistrictCompare } from '../../src/components/miv-district-compare/miv-district-compare.js';
import type { MivIndicator } from '../../src/components/miv-indicator/miv-indicator.js';
import { SMALL_FEED_URL } from '../fixtures/feeds.js';
import { chartOf, failOnConsoleErrors, rendered, shadow, text } from '../helpers.js';
import { serveSmallFeed } from '../reliability/helpers.js';

describe('attributes with a fixed set of values', () => {
  failOnConsoleErrors();

  const original = console.warn;
  let warnings: string[] = [];
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = original;
  });

  it('ignores an unknown value, says so in the console, and draws as without it', async () => {
    const el = await rendered<MivDistrictCompare>(
      html`<miv-district-compare
        src=${SMALL_FEED_URL}
        indicator="woninginbraak"
        level="provincie"
        sort="hoog"
        loading="lui"
      ></miv-district-compare>`,
    );
    expect(warnings).to.deep.equal([
      'miv-widgets: <miv-district-compare loading="lui">: onbekende waarde, genegeerd; mogelijk: lazy, eager.',
      'miv-widgets: <miv-district-compare level="provincie">: onbekende waarde, genegeerd; mogelijk: district, gemeente.',
      'miv-widgets: <miv-district-compare sort="hoog">: onbekende waarde, genegeerd; mogelijk: fixed, value, name.',
    ]);
    const categories = (chartOf<{ yAxis: { data: string[] }[] }>(el).instance!.getOption().yAxis[0]!.data ?? []).map(
      (c) => (typeof c === 'string' ? c : (c as { value: string }).value),
    );
    expect(categories, 'the districts, in the fixed order').to.deep.equal([
      'De Markiezaten',
      'De Baronie',
      'Hart van Brabant',
      'Zeeland',
    ]);
    expect(shadow(el).querySelector<HTMLSelectElement>('[part="sort"]')!.value).to.equal('fixed');
  });

  it('says nothing for known, empty and removed values, and warns again for the next unknown one', async () => {
    const el = await rendered<MivIndicator>(
      html`<miv-indicator
        src=${SMALL_FEED_URL}
        indicator="woninginbraak"
        area="GM0758"
        measure=""
        scale="value"
        loading="eager"
      ></miv-indicator>`,
    );
    expect(warnings).to.deep.equal([]);
    el.setAttribute('scale', 'procent');
    await el.updateComplete;
    el.removeAttribute('scale');
    await el.updateComplete;
    el.setAttribute('measure', 'per-inwoner');
    await el.updateComplete;
    expect(warnings).to.deep.equal([
      'miv-widgets: <miv-indicator scale="procent">: onbekende waarde, genegeerd; mogelijk: value, index.',
      'miv-widgets: <miv-indicator measure="per-inwoner">: onbekende waarde, genegeerd; mogelijk: count, rate.',
    ]);
    // Still the chart of the values as published.
    if (!chartOf(el).instance) await oneEvent(el, 'miv-rendered');
    expect(shadow(el).querySelector('[part~="chart"] svg')).to.not.equal(null);
  });

  it('loads the feed without cookies for an unknown credentials value, which the browser would refuse', async () => {
    const el = await rendered<MivIndicator>(
      html`<miv-indicator
        src=${SMALL_FEED_URL}
        indicator="woninginbraak"
        area="GM0758"
        credentials="cookies"
      ></miv-indicator>`,
    );
    expect(warnings).to.deep.equal([
      'miv-widgets: <miv-indicator credentials="cookies">: onbekende waarde, genegeerd; mogelijk: omit, same-origin, include.',
    ]);
    expect(shadow(el).querySelector('[role="alert"]'), 'no message that the feed could not be fetched').to.equal(null);
    expect(shadow(el).querySelector('[part~="chart"] svg')).to.not.equal(null);
  });

  it('speaks Dutch for a language it has no words in, and says so, but not for a Dutch or English tag', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div lang="fr">
        <miv-indicator src=${SMALL_FEED_URL} indicator="woninginbraak" area="GM0758" lang="de"></miv-indicator>
        <miv-feed src=${SMALL_FEED_URL} lang="fr-BE">
          <miv-sources indicator="woninginbraak" lang="nl-BE"></miv-sources>
          <miv-sources indicator="woninginbraak" lang="en-GB"></miv-sources>
        </miv-feed>
        <miv-sources src=${SMALL_FEED_URL} indicator="woninginbraak"></miv-sources>
      </div>`,
    );
    const indicator = page.querySelector<MivIndicator>('miv-indicator')!;
    await indicator.updateComplete;
    for (const el of page.querySelectorAll('miv-feed, miv-sources'))
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(warnings).to.deep.equal([
      'miv-widgets: <miv-indicator lang="de">: geen teksten in deze taal, Nederlands getoond; mogelijk: nl, en.',
      'miv-widgets: <miv-feed lang="fr-BE">: geen teksten in deze taal, Nederlands getoond; mogelijk: nl, en.',
    ]);
    if (!chartOf(indicator).instance) await oneEvent(indicator, 'miv-rendered');
    expect(text(indicator, '[part="summary"]')).to.match(/^In 2025: .* in Breda/);
  });

  it('waits the default for a timeout that is no number of milliseconds, and so does its neighbour', async () => {
    // Answered after 300 ms: in time for the default of 15 s, so every chart draws.
    const { url } = await serveSmallFeed('timeout-values');
    const src = `${url}?delay=300`;
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <miv-indicator loading="eager" timeout="15 s" src=${src} indicator="woninginbraak"></miv-indicator>
        <miv-indicator loading="eager" timeout src=${src} indicator="woninginbraak" area="GM0748"></miv-indicator>
        <miv-indicator loading="eager" src=${src} indicator="woninginbraak" area="GM0758"></miv-indicator>
      </div>`,
    );
    const charts = [...page.querySelectorAll<MivIndicator>('miv-indicator')];
    const outcomes = await Promise.all(
      charts.map((el) => Promise.race([oneEvent(el, 'miv-rendered'), oneEvent(el, 'miv-error')])),
    );
    expect(outcomes.map((event) => event.type)).to.deep.equal(['miv-rendered', 'miv-rendered', 'miv-rendered']);
    expect(warnings, 'an empty timeout asks for the default').to.deep.equal([
      'miv-widgets: <miv-indicator timeout="15 s">: geen geldig aantal milliseconden, genegeerd; mogelijk: een getal groter dan 0 (standaard 15000).',
    ]);
    charts[2]!.setAttribute('timeout', '0');
    await charts[2]!.updateComplete;
    expect(warnings[1]).to.match(/^miv-widgets: <miv-indicator timeout="0">: geen geldig aantal milliseconden/);
  });

  it('says nothing when a lang attribute is removed: the page speaks again', async () => {
    const el = await fixture<MivIndicator>(
      html`<miv-indicator src=${SMALL_FEED_URL} indicator="woninginbraak" area="GM0758" lang="en"></miv-indicator>`,
    );
    el.removeAttribute('lang');
    await el.updateComplete;
    expect(warnings).to.deep.equal([]);
  });

  it('names the values of the map and the theme', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <miv-map src=${SMALL_FEED_URL} indicator="woninginbraak" classes="jenks"></miv-map>
        <miv-theme src=${SMALL_FEED_URL} theme="veilige-buurt-en-omgeving" sort="hoog"></miv-theme>
      </div>`,
    );
    for (const el of page.children) await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(warnings).to.deep.equal([
      'miv-widgets: <miv-map classes="jenks">: onbekende waarde, genegeerd; mogelijk: equal, quantile.',
      'miv-widgets: <miv-theme sort="hoog">: onbekende waarde, genegeerd; mogelijk: feed, change.',
    ]);
  });
});
