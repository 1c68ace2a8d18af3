/**
 * What the bar chart's tooltip and keyboard walk say of a change is what the table says of it: a
 * survey change with its test's verdict, `Trendbreuk` where a break lies between the two figures
 * with the break's reason, and the special period the figures lie in, as the line chart names it.
 * The page names the reason of every `Trendbreuk` in its notes. Cases of the sample feed.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { MivDistrictCompare } from '../../../src/components/miv-district-compare/miv-district-compare.js';
import { dictionaries } from '../../../src/i18n/dictionaries.js';
import { listOf } from '../../../src/model/format.js';
import { failOnConsoleErrors, feedUrl, query, rendered, shadow, tooltipText, useSampleFeed } from '../../helpers.js';

const HAAREN =
  'Herindeling: Haaren opgeheven (1 januari 2021); delen gingen naar Oisterwijk en Tilburg, en naar Boxtel en ' +
  'Vught buiten de eenheid.';
const CORONA = 'Bijzondere periode 2020–2021 (Corona)';
const CORONA_REASON =
  'Coronamaatregelen: minder mensen op straat en meer thuis. De reeks blijft vergelijkbaar; lees deze jaren met ' +
  'die achtergrond.';

/** What the walk announces, its spaces plain. */
const spoken = (el: Element) =>
  query(el, '[role="status"][aria-live="polite"]')!.textContent!.replace(/\s+/g, ' ').trim();

/** Walks the bars down to `area`'s: what the walk announces there, and its tooltip. */
async function walkTo(el: MivDistrictCompare, area: string): Promise<{ said: string; tooltip: string }> {
  query(el, '[part~="chart"]')!.focus();
  await sendKeys({ press: 'Home' });
  await el.updateComplete;
  for (let step = 0; step < 10 && !spoken(el).startsWith(`${area},`); step++) {
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
  }
  return { said: spoken(el), tooltip: tooltipText(el) };
}

const notes = (el: Element) =>
  [...shadow(el).querySelectorAll('[part="notes"] li')].map((li) => li.textContent!.trim());

/** The sample's comparison of the districts for `indicator` in `period`. */
const comparison = (feed: unknown, indicator: string, period: string, lang = 'nl') =>
  rendered<MivDistrictCompare>(
    html`<miv-district-compare
      lang=${lang}
      src=${feedUrl(feed)}
      indicator=${indicator}
      period=${period}
    ></miv-district-compare>`,
  );

describe('<miv-district-compare> tooltip, walk and notes say what the table says of a change', () => {
  failOnConsoleErrors();
  const sample = useSampleFeed();

  it('gives a survey change with its verdict: not significant', async () => {
    const el = await comparison(sample(), 'onveilig-eigen-buurt', '2025');
    const { said, tooltip } = await walkTo(el, 'Hart van Brabant');
    expect(said).to.equal(
      'Hart van Brabant, 2025: 17,2 % van de inwoners van 15 jaar en ouder (marge ± 1,13 procentpunt). ' +
        'Verschil met 2023: +1,5 (niet significant)',
    );
    expect(tooltip).to.equal(
      'Hart van Brabant / 2025: 17,2 ± 1,13 procentpunt / Verschil met 2023: +1,5 (niet significant) / % 15+',
    );
    expect(notes(el), 'no break, no notes').to.deep.equal([]);
  });

  it('says that a survey change without a margin was not tested', async () => {
    const feed = structuredClone(sample());
    const series = feed.series.find((s) => s.indicator === 'onveilig-eigen-buurt' && s.area === 'hart-van-brabant')!;
    series.margins![series.periods.indexOf('2023')] = null;
    const el = await comparison(feed, 'onveilig-eigen-buurt', '2025');
    const { said, tooltip } = await walkTo(el, 'Hart van Brabant');
    expect(said).to.match(/\. Verschil met 2023: \+1,5 \(niet getoetst\)$/);
    expect(tooltip).to.contain(' / Verschil met 2023: +1,5 (niet getoetst) / ');
  });

  it('says Trendbreuk with the reason the table gives, and the special period as the line chart does', async () => {
    const el = await comparison(sample(), 'woninginbraak', '2021');
    const { said, tooltip } = await walkTo(el, 'Hart van Brabant');
    expect(said).to.equal(
      `Hart van Brabant, 2021: 1,6 woninginbraken per 1.000 inwoners. Verschil met 2020: Trendbreuk. ${CORONA}`,
    );
    expect(tooltip).to.equal(
      'Hart van Brabant / 2021: 1,6 / Verschil met 2020: Trendbreuk / per 1.000 inwoners / ' +
        `Trendbreuk 2021: ${HAAREN} / ${CORONA}: ${CORONA_REASON}`,
    );
    // A district without the break: its change, and the special period.
    const baronie = await walkTo(el, 'De Markiezaten');
    expect(baronie.said).to.equal(
      `De Markiezaten, 2021: 1,8 woninginbraken per 1.000 inwoners. Verschil met 2020: -0,3. ${CORONA}`,
    );
    expect(baronie.tooltip).to.equal(
      `De Markiezaten / 2021: 1,8 / Verschil met 2020: -0,3 / per 1.000 inwoners / ${CORONA}: ${CORONA_REASON}`,
    );
  });

  it('names the reason of every Trendbreuk under the chart', async () => {
    const el = await comparison(sample(), 'woninginbraak', '2021');
    expect(notes(el)).to.deep.equal([`Trendbreuk 2021 (Hart van Brabant en Eenheid Zeeland-West-Brabant): ${HAAREN}`]);
  });

  it('names those reasons in the feed’s language in an element of another', async () => {
    const english = await comparison(sample(), 'woninginbraak', '2021', 'en');
    const { en } = dictionaries;
    expect(notes(english)).to.deep.equal([
      en.notes.seriesBreak('2021', HAAREN, listOf(['Hart van Brabant', 'Eenheid Zeeland-West-Brabant'], en)),
    ]);
    const marked = [...shadow(english).querySelectorAll('[part="notes"] li [lang]')];
    expect(marked.map((m) => [m.getAttribute('lang'), m.textContent])).to.deep.equal([['nl', HAAREN]]);
  });
});
