/**
 * What `<miv-indicator lang="en">` says in English beside the figures, where Dutch readers have the
 * CBS "verklaring van tekens" and the monitor's notes: the key to the symbols under the chart and
 * the table, what a gap or an ended line means, a series break and a special period, a survey's
 * band and its untested or not significant changes, a change between small numbers, and which way
 * of an indicator is good. The feed's own words in them (reasons, notes, units) stay Dutch.
 */
import { expect, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { MivIndicator } from '../../../src/components/miv-indicator/miv-indicator.js';
import { everyStatusFeed, smallFeed, SMALL_FEED_URL, withHaarenFeed } from '../../fixtures/feeds.js';
import { failOnConsoleErrors, feedUrl, rendered, SAMPLE_FEED_URL, shadow, text } from '../../helpers.js';

/** The visible text of each element at `selector`, its white space collapsed. */
const texts = (el: Element, selector: string) =>
  [...shadow(el).querySelectorAll(selector)].map((e) => e.textContent!.replace(/\s+/g, ' ').trim());

describe('<miv-indicator lang="en">: the notes and keys an English reader sees', () => {
  failOnConsoleErrors();

  it('keys every CBS symbol in English, and says where the line has a gap', async () => {
    // Breda's burglary figures in every status, 2020–2025.
    const el = await rendered<MivIndicator>(
      html`<miv-indicator
        lang="en"
        src=${feedUrl(await everyStatusFeed())}
        indicator="woninginbraak"
        area="GM0758"
        show-table
      ></miv-indicator>`,
    );
    expect(texts(el, '[part="notes"] li')).to.deep.equal([
      '* provisional',
      '** revised provisional',
      '– nil',
      'x confidential: the line has a gap there',
      '. data not available: the line has a gap there',
      '(blank) not applicable: the line has a gap there',
      'Special period 2020–2021 (Corona): COVID-19: minder mensen van huis',
    ]);
    expect(texts(el, '[part="table"] .legend')).to.deep.equal([
      '. data not available · * provisional · ** revised provisional · x confidential · – nil · (blank) not applicable',
    ]);
  });

  it('says that the line of a gemeente that was dissolved ends there, and why', async () => {
    const el = await rendered<MivIndicator>(
      html`<miv-indicator lang="en" src=${feedUrl(await withHaarenFeed())} indicator="woninginbraak" area="GM0788">
      </miv-indicator>`,
    );
    expect(text(el, '[part="headline"] .missing')).to.equal(
      'Haaren has not existed as a municipality since 1 January 2021.',
    );
    expect(texts(el, '[part="notes"] li')).to.include(
      '(blank) not applicable: the line for Haaren ends there; Haaren has not existed as a municipality since ' +
        '1 January 2021.',
    );
  });

  it('names the series break and the special period in its notes, and compares only after the break', async () => {
    const el = await rendered<MivIndicator>(
      html`<miv-indicator lang="en" src=${SAMPLE_FEED_URL} indicator="woninginbraak" area="GM0855"></miv-indicator>`,
    );
    expect(texts(el, '[part="change"]')).to.deep.equal([
      '↑ 0.1 higher than in 2024 (+6%), unfavourable',
      '↑ since 2021 (after the series break): 0.1 higher than in 2021 (+6%), unfavourable',
    ]);
    expect(texts(el, '[part="notes"] li')).to.deep.equal([
      '* provisional',
      'Series break 2021: Herindeling: Haaren opgeheven (1 januari 2021); delen gingen naar Oisterwijk en ' +
        'Tilburg, en naar Boxtel en Vught buiten de eenheid.',
      'Special period 2020–2021 (Corona): Coronamaatregelen: minder mensen op straat en meer thuis. De reeks ' +
        'blijft vergelijkbaar; lees deze jaren met die achtergrond.',
      'Tilburg, 2021: Inclusief een deel van de voormalige gemeente Haaren.',
    ]);
    expect(text(el, '[part="summary"]')).to.contain(
      'Since 2021 (after the series break): 0.1 higher than in 2021 (+6%).',
    );
  });

  it("explains a survey's band, and says its changes are not significant and its comparisons not tested", async () => {
    const el = await rendered<MivIndicator>(
      html`<miv-indicator
        lang="en"
        src=${SAMPLE_FEED_URL}
        indicator="onveilig-eigen-buurt"
        area="GM0758"
      ></miv-indicator>`,
    );
    expect(texts(el, '[part="notes"] li')[0]).to.equal('Band: 95% confidence interval for Breda.');
    expect(texts(el, '[part="change"]')[0]).to.equal('→ not significantly different from 2023');
    expect(text(el, '[part="summary"]')).to.match(
      /For comparison, in 2025: .*; whether the differences are significant has not been tested\.$/,
    );
  });

  it('gives a change between small numbers from and to, without a percentage, and says it rests on few cases', async () => {
    const feed = await smallFeed();
    // Breda's rate of burglaries rose from 0.6 to 0.9 per 1,000, on 4 and then 6 burglaries.
    const breda = feed.series.find((s) => s.indicator === 'woninginbraak' && s.area === 'GM0758')!;
    const last = breda.values.length - 1;
    breda.values.splice(last - 1, 2, 0.6, 0.9);
    breda.counts = breda.values.map((_, i) => (i === last ? 6 : i === last - 1 ? 4 : 200));
    const el = await rendered<MivIndicator>(
      html`<miv-indicator lang="en" src=${feedUrl(feed)} indicator="woninginbraak" area="GM0758"></miv-indicator>`,
    );
    expect(texts(el, '[part="change"]')[0], 'no percentage, and not called good or bad').to.equal(
      '↑ 0.3 higher than in 2024 (from 0.6 to 0.9; fewer than 10 cases)',
    );
  });

  it('says which way of an indicator is good, or that more is not simply better or worse', async () => {
    const polarity = async (indicator: string) => {
      const el = await rendered<MivIndicator>(
        html`<miv-indicator lang="en" src=${SMALL_FEED_URL} indicator=${indicator} area="GM0758"></miv-indicator>`,
      );
      el.remove();
      return text(el, '.polarity');
    };
    expect(await polarity('woninginbraak')).to.equal('Lower is better.');
    expect(await polarity('halt-verwijzingen')).to.equal(
      'Neutral: more can also mean better detection or a greater willingness to report.',
    );
  });
});
