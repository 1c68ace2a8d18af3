/**
 * `<miv-map lang="en">` as an English reader meets it: the map's own words in English (its name,
 * legend, summary, table headings, notes, notices, keyboard hint, tooltip and walk), the feed's words
 * (titles, units, area names, notes) left in Dutch. Each assertion is the whole visible text, so
 * that a word the English dictionary lost, or took from the Dutch one, shows.
 */
import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { MivMap } from '../../../src/components/miv-map/miv-map.js';
import type { MivErrorDetail } from '../../../src/components/miv-chart-element.js';
import { knownSpread, smallFeed, SMALL_FEED_URL } from '../../fixtures/feeds.js';
import {
  accessibleName,
  failOnConsoleErrors,
  feedUrl,
  query,
  rendered,
  SAMPLE_FEED_URL,
  shadow,
  text,
  texts,
  tooltipText,
} from '../../helpers.js';

/** What the live region says, and the tooltip shows, at the gemeente the keyboard walk is at. */
async function walk(el: MivMap, key: string): Promise<{ said: string; tooltip: string }> {
  await sendKeys({ press: key });
  await el.updateComplete;
  return { said: text(el, '[role="status"][aria-live="polite"]'), tooltip: tooltipText(el) };
}

/** A map that draws nothing, with its `miv-error`: a count, or an indicator without figures per gemeente. */
async function undrawn(src: string, attributes: Record<string, string>): Promise<MivMap> {
  const el = document.createElement('miv-map');
  for (const [name, value] of Object.entries({ lang: 'en', ...attributes })) el.setAttribute(name, value);
  el.src = src;
  const error = oneEvent(el, 'miv-error') as Promise<CustomEvent<MivErrorDetail>>;
  document.body.append(el);
  expect((await error).detail.kind).to.equal('no-data');
  await el.updateComplete;
  return el;
}

describe('<miv-map lang="en">: what an English reader sees', () => {
  failOnConsoleErrors();
  afterEach(() => document.querySelectorAll('body > miv-map').forEach((el) => el.remove()));

  it('names the map, its gemeenten and its period picker, and explains colours, classes, hatching and boundaries in the legend', async () => {
    const el = await rendered<MivMap>(
      html`<miv-map lang="en" src=${feedUrl(await knownSpread())} indicator="woninginbraak"></miv-map>`,
    );
    expect(text(el, '.header .meta')).to.equal('Municipalities in Eenheid Zeeland-West-Brabant · per 1.000 inwoners');
    expect(text(el, 'label[for="period"]'), "the period picker's label").to.equal('Period');
    expect(await accessibleName('application', (name) => name.includes('Diefstal uit woning'))).to.equal(
      'Map: Diefstal uit woning (woninginbraak), Municipalities in Eenheid Zeeland-West-Brabant, 2025',
    );
    expect(text(el, '[part="attribution"]')).to.equal('Boundaries: CBS and Kadaster (PDOK), simplified');
    expect(text(el, '#legend-title')).to.equal('Legend');
    expect(texts(el, '[part="legend"] > p')).to.deep.equal([
      'The stronger the colour, the higher the figure; higher is unfavourable.',
      'Classes of equal width (2.0)',
    ]);
    expect(texts(el, '[part="legend"] li')).to.deep.equal([
      '0.0 to under 2.0 (1 municipality)',
      '2.0 to under 4.0 (1 municipality)',
      '4.0 to under 6.0 (1 municipality)',
      '6.0 to under 8.0 (1 municipality)',
      '8.0 up to and including 10.0 (1 municipality)',
      'Hatched: no figure (. data not available, x confidential) (2 municipalities)',
    ]);
  });

  it('says in its summary where the figure is highest and lowest, and which gemeenten have none and why', async () => {
    const el = await rendered<MivMap>(
      html`<miv-map lang="en" src=${feedUrl(await knownSpread())} indicator="woninginbraak"></miv-map>`,
    );
    expect(text(el, '[part="summary"]')).to.equal(
      'In 2025 the figure was highest in Tilburg (9.6 woninginbraken per 1.000 inwoners) and lowest in ' +
        'Bergen op Zoom (1.3). 2 municipalities without a figure: Baarle-Nassau (x confidential); ' +
        'Middelburg (. data not available).',
    );
  });

  it('says in its summary when the figures rest on few cases, are provisional, or are all the same', async () => {
    // Every gemeente's burglary rate rests on 4 burglaries.
    const few = await smallFeed();
    for (const s of few.series.filter((s) => s.indicator === 'woninginbraak' && s.area.startsWith('GM')))
      s.counts = s.values.map((v) => (v === null ? null : 4));
    const el = await rendered<MivMap>(
      html`<miv-map lang="en" src=${feedUrl(few)} indicator="woninginbraak"></miv-map>`,
    );
    expect(text(el, '[part="summary"]')).to.equal(
      'In 2025 the figure was highest in Bergen op Zoom (3.3* woninginbraken per 1.000 inwoners) and lowest in ' +
        'Middelburg (1.5*). The highest and lowest figures rest on fewer than 10 cases. 1 municipality without ' +
        'a figure: Baarle-Nassau (x confidential). The figures for 2025 marked * are provisional.',
    );
    el.remove();
    const same = await smallFeed();
    for (const s of same.series.filter((s) => s.indicator === 'woninginbraak' && s.area.startsWith('GM'))) {
      s.values[s.values.length - 1] = 2.5;
      s.status = { ...s.status, '2025': 'definitive' };
    }
    const equal = await rendered<MivMap>(
      html`<miv-map lang="en" src=${feedUrl(same)} indicator="woninginbraak"></miv-map>`,
    );
    expect(text(equal, '[part="summary"]')).to.equal(
      'In 2025 all municipalities had the same figure: 2.5 woninginbraken per 1.000 inwoners.',
    );
  });

  it('heads its table in English, marks the emphasised gemeente, and keys the symbols and notes under it', async () => {
    // Baarle-Nassau's suppressed figure carries the feed's note.
    const el = await rendered<MivMap>(
      html`<miv-map
        lang="en"
        src=${feedUrl(await knownSpread())}
        indicator="woninginbraak"
        area="GM0758"
        show-table
      ></miv-map>`,
    );
    expect(text(el, '[part="table-toggle"]')).to.equal('Hide table');
    expect(text(el, '[part="table"] caption')).to.equal(
      'Diefstal uit woning (woninginbraak), Municipalities in De Baronie, per 1.000 inwoners',
    );
    expect(texts(el, '[part="table"] thead th')).to.deep.equal(['Area', '2025', '2024', 'Change since 2024']);
    expect(texts(el, '[part="table"] tbody th')).to.include('Breda (highlighted)');
    expect(texts(el, '[part="table"] .legend')).to.deep.equal([
      '* provisional · x confidential',
      'note 1) Te weinig gevallen om te publiceren.',
    ]);
  });

  it('gives its keyboard hint, and walks the gemeenten in English in the live region and the tooltip', async () => {
    const el = await rendered<MivMap>(
      html`<miv-map lang="en" src=${feedUrl(await knownSpread())} indicator="woninginbraak"></miv-map>`,
    );
    query(el, '[part~="chart"]')!.focus();
    expect(await walk(el, 'ArrowDown')).to.deep.equal({
      said: 'Bergen op Zoom, 2025: 1.3 woninginbraken per 1.000 inwoners. Change since 2024: -1.8',
      tooltip: 'Bergen op Zoom / 2025: 1.3 / Change since 2024: -1.8 / per 1.000 inwoners',
    });
    const keys = query(el, '[part="keys"]')!;
    expect(keys.checkVisibility(), 'the hint shows while the map has focus').to.equal(true);
    expect(text(el, '[part="keys"]')).to.equal(
      'Arrow keys: move through the municipalities, in the order of the table. Home and End: first and last. ' +
        'Enter: choose the municipality. Escape: stop.',
    );
    await walk(el, 'ArrowDown');
    expect(await walk(el, 'ArrowDown'), 'Baarle-Nassau, suppressed').to.deep.equal({
      said: 'Baarle-Nassau, 2025: x (confidential; Te weinig gevallen om te publiceren.)',
      tooltip: 'Baarle-Nassau / 2025: x (confidential) / Te weinig gevallen om te publiceren. / per 1.000 inwoners',
    });
    expect(await walk(el, 'End'), 'Middelburg, without data').to.deep.equal({
      said: 'Middelburg, 2025: . (data not available)',
      tooltip: 'Middelburg / 2025: . (data not available) / per 1.000 inwoners',
    });
  });

  it('names the series break under the map and in the table, and the special period in its summary', async () => {
    const el = await rendered<MivMap>(
      html`<miv-map lang="en" src=${SAMPLE_FEED_URL} indicator="woninginbraak" area="GM0855" period="2021" show-table>
      </miv-map>`,
    );
    expect(texts(el, '[part="notes"] li')).to.deep.equal([
      'Series break 2021 (Oisterwijk, Tilburg, Hart van Brabant and Eenheid Zeeland-West-Brabant): Herindeling: ' +
        'Haaren opgeheven (1 januari 2021); delen gingen naar Oisterwijk en Tilburg, en naar Boxtel en Vught buiten ' +
        'de eenheid.',
    ]);
    const tilburg = [...shadow(el).querySelectorAll('[part="table"] tbody tr')].find((tr) =>
      tr.querySelector('th')!.textContent!.includes('Tilburg'),
    )!;
    expect(tilburg.querySelector('th')!.textContent!.trim()).to.equal('Tilburg (highlighted)');
    expect(tilburg.lastElementChild!.textContent!.trim()).to.equal('Series break');
    expect(text(el, '[part="summary"]')).to.equal(
      'In 2021 the figure was highest in Loon op Zand (2.8 woninginbraken per 1.000 inwoners) and lowest in ' +
        'Gilze en Rijen (1.1). Special period 2020–2021 (Corona): Coronamaatregelen: minder mensen op straat en ' +
        'meer thuis. De reeks blijft vergelijkbaar; lees deze jaren met die achtergrond.',
    );
  });

  it('says for a survey figure where higher is better what its colours mean, its quantile classes and its margins', async () => {
    const el = await rendered<MivMap>(
      html`<miv-map
        lang="en"
        src=${SAMPLE_FEED_URL}
        indicator="rapportcijfer-veiligheid-buurt"
        area="de-baronie"
        classes="quantile"
      ></miv-map>`,
    );
    expect(texts(el, '[part="legend"] > p')).to.deep.equal([
      'The stronger the colour, the higher the figure; higher is favourable.',
      'Classes each containing roughly the same number of municipalities (quantiles); bounds rounded',
      'Survey figures have a margin of error: two municipalities in different classes do not always differ ' +
        'significantly. The table gives the margins.',
    ]);
  });

  it('says for a neutral indicator that higher is neither better nor worse, and which period it shows instead of one without figures', async () => {
    const el = await rendered<MivMap>(
      html`<miv-map lang="en" src=${SMALL_FEED_URL} indicator="halt-verwijzingen" period="2010"></miv-map>`,
    );
    expect(text(el, '.period-missing')).to.equal(
      'No figures for period “2010”; showing 2025, the latest period with figures.',
    );
    expect(texts(el, '[part="legend"] > p')[0]).to.equal(
      'The stronger the colour, the higher the figure; higher is neither better nor worse.',
    );
  });

  it('says why it does not colour a count', async () => {
    const feed = await smallFeed();
    const burglary = feed.indicators.find((i) => i.id === 'woninginbraak')!;
    Object.assign(burglary, { kind: 'count', unit: 'woninginbraken', decimals: 0 });
    const el = await undrawn(feedUrl(feed), { indicator: 'woninginbraak' });
    expect(text(el, '[part="status"]')).to.equal(
      'The map does not show counts in colour: a large number in a large municipality tells you no more than ' +
        'a small number in a small one. This indicator (Diefstal uit woning (woninginbraak)) is a count; choose ' +
        'a rate per inhabitant, a percentage or a survey figure, or compare the municipalities in the table.',
    );
  });

  it('says when there are no figures per gemeente, and which figure there is instead', async () => {
    const national = await undrawn(SAMPLE_FEED_URL, { indicator: 'ontruimingen-corporaties' });
    expect(text(national, '[part="status"]')).to.equal(
      'There are no figures per municipality for this indicator. Only the national figure is available: 0.90 ' +
        'woningontruimingen per 1.000 huurwoningen in Nederland in 2025 (provisional figure).',
    );
    national.remove();
    const district = await undrawn(SAMPLE_FEED_URL, { indicator: 'slachtoffer-online-oplichting', area: 'GM0758' });
    expect(text(district, '[part="status"]')).to.equal(
      'There are no figures per municipality for this indicator. The figure for the De Baronie district is ' +
        'available, though: 13.3% van de inwoners van 15 jaar en ouder in 2025.',
    );
  });
});
