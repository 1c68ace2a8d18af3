import { expect } from '@open-wc/testing';
import { buildIndicatorModel } from '../../src/model/indicator.js';
import { buildCompareModel } from '../../src/model/compare.js';
import { compareCitation, indicatorCitation } from '../../src/model/citation.js';
import { parseFeed } from '../../src/feed/validate.js';
import { dictionaries } from '../../src/i18n/dictionaries.js';
import type { Feed } from '../../src/feed/schema.js';
import { SAMPLE_FEED_URL } from '../helpers.js';

const { nl, en } = dictionaries;
const HREF = 'https://gemeente.example/veiligheid?gebied=GM0758&indicator=x';
/** The citation's line naming the source. */
const sourceLine = (citation: string) => citation.split('\n').find((l) => l.startsWith('Bron: '));
const FEED_LINE =
  'Uit: Monitor Integrale Veiligheid Zeeland-West-Brabant (voorbeeldfeed), MIV widgets (fictieve voorbeelddata), stand 15 juni 2026.';

describe('citation text', () => {
  let feed: Feed;
  before(async () => {
    feed = parseFeed(await (await fetch(SAMPLE_FEED_URL)).json());
  });

  it('cites a rate with its StatLine table, publication date and next update, the feed and the link', () => {
    const model = buildIndicatorModel(feed, { indicator: 'woninginbraak', area: 'GM0758', from: '2018' });
    expect(indicatorCitation(model, HREF, nl).split('\n')).to.deep.equal([
      'Diefstal uit woning (woninginbraak) (per 1.000 inwoners), Breda, 2018–2025.',
      'De cijfers van 2025 zijn voorlopig en kunnen nog wijzigen.',
      'Bron: Politie Open Data, tabel 47022NED “Geregistreerde misdrijven; soort misdrijf, wijk, buurt, maand”, gepubliceerd 1 juni 2026; volgende publicatie verwacht 1 juli 2026.',
      FEED_LINE,
      'Fictieve voorbeelddata.',
      `Link: ${HREF}&schaal=value`,
    ]);
  });

  it('links to the measure and scale its unit names, whatever the page address says', () => {
    const link = (citation: string) =>
      new URL(
        citation
          .split('\n')
          .at(-1)!
          .replace(/^Link: /, ''),
      ).searchParams;
    const page = `${HREF}&schaal=index&maat=count`;
    const rate = buildIndicatorModel(feed, { indicator: 'bibob-weigeringen', area: 'GM0758', measure: 'rate' });
    const rated = indicatorCitation(rate, page, nl);
    expect(rated.split('\n')[0]).to.contain('(per 100.000 inwoners)');
    expect(link(rated).get('maat')).to.equal('rate');
    expect(link(rated).get('schaal')).to.equal('value');
    const index = buildIndicatorModel(feed, { indicator: 'woninginbraak', area: 'GM0758', scale: 'index' });
    const indexed = indicatorCitation(index, HREF, nl);
    expect(indexed.split('\n')[0]).to.match(/\(index, \d{4} = 100\)/);
    expect(link(indexed).get('schaal')).to.equal('index');
    expect(link(indexed).has('maat'), 'no rate to choose: no measure').to.equal(false);
    expect(link(indexed).get('basis'), 'the default base, which the next break would move').to.equal(index.base);
    const based = buildIndicatorModel(feed, {
      indicator: 'woninginbraak',
      area: 'GM0758',
      scale: 'index',
      base: '2019',
    });
    const chosen = indicatorCitation(based, `${HREF}&basis=2015`, nl);
    expect(chosen.split('\n')[0]).to.contain('(index, 2019 = 100)');
    expect(link(chosen).get('basis')).to.equal('2019');
    expect(link(rated).has('basis'), 'values have no base').to.equal(false);
    expect(link(indicatorCitation(rate, `${HREF}&basis=2015`, nl)).has('basis')).to.equal(false);
    const compare = buildCompareModel(feed, {
      indicator: 'bibob-weigeringen',
      level: 'gemeente',
      within: 'de-baronie',
      measure: 'count',
    });
    const compared = compareCitation(compare, `${HREF}&maat=rate`, nl);
    expect(compared.split('\n')[0]).to.contain('(aantal)');
    expect(link(compared).get('maat')).to.equal('count');
    expect(link(compared).has('schaal'), 'a comparison has no scale').to.equal(false);
  });

  it('cites a survey value with the Veiligheidsmonitor and its publication date, in English too', () => {
    const model = buildIndicatorModel(feed, { indicator: 'onveilig-eigen-buurt', area: 'GM0758' });
    const [what, source] = indicatorCitation(model, HREF, nl).split('\n');
    expect(what).to.equal(`Voelt zich weleens onveilig in eigen buurt (% 15+), Breda, 2019–2025.`);
    expect(source).to.equal(
      'Bron: Veiligheidsmonitor, tabel “Veiligheidsmonitor 2025, kerncijfers per gemeente”, gepubliceerd 12 maart 2026; volgende publicatie verwacht 9 maart 2028.',
    );
    expect(indicatorCitation(model, HREF, en).split('\n')[1]).to.equal(
      'Source: Veiligheidsmonitor, table “Veiligheidsmonitor 2025, kerncijfers per gemeente”, published 12 March 2026; next publication expected 9 March 2028.',
    );
  });

  it('says when a higher level stands in for the gemeente, and names the asked area', () => {
    const model = buildIndicatorModel(feed, { indicator: 'steekincidenten', area: 'GM0758' });
    expect(model.fallback).to.equal(true);
    const lines = indicatorCitation(model, HREF, nl).split('\n');
    expect(lines[0]).to.match(/^Steekincidenten \(.+\), Breda, \d{4}–2025\.$/);
    expect(lines[1]).to.equal('Voor Breda is geen cijfer beschikbaar; u ziet het cijfer van district De Baronie.');
    expect(sourceLine(lines.join('\n'))).to.match(
      /^Bron: Politie: Basisvoorziening Handhaving \(BVH\), .*gepubliceerd 12 februari 2026;/,
    );
  });

  it('gives the source name alone, never a date, when the feed has no entry or no date for it', () => {
    const noEntry = buildIndicatorModel(feed, { indicator: 'damocles-sluitingen', area: 'GM0758' });
    expect(noEntry.indicator.source.id).to.equal(undefined);
    expect(sourceLine(indicatorCitation(noEntry, HREF, nl))).to.equal('Bron: gemeente.');
    const undated = buildIndicatorModel(feed, { indicator: 'opkomsttijd-brandweer', area: 'GM0758' });
    const source = sourceLine(indicatorCitation(undated, HREF, nl));
    expect(source).to.equal("Bron: Veiligheidsregio's Midden- en West-Brabant en Zeeland.");
  });

  it('cites a comparison with the compared areas and its one period', () => {
    const model = buildCompareModel(feed, {
      indicator: 'woninginbraak',
      level: 'gemeente',
      within: 'de-baronie',
      period: '2024',
    });
    const lines = compareCitation(model, HREF, nl).split('\n');
    expect(lines[0]).to.equal(
      'Diefstal uit woning (woninginbraak) (per 1.000 inwoners), Gemeenten in De Baronie, 2024.',
    );
    expect(lines.at(-1)).to.equal(`Link: ${HREF}`);
    expect(lines.join('\n'), '2024 is final in the sample feed').not.to.contain('voorlopig');
    const latest = buildCompareModel(feed, { indicator: 'woninginbraak', level: 'gemeente', within: 'de-baronie' });
    expect(compareCitation(latest, HREF, nl).split('\n')[1]).to.equal(
      'De cijfers van 2025 zijn voorlopig en kunnen nog wijzigen.',
    );
  });

  it('names the areas whose figures may change where the others of that period are final', () => {
    const copy = structuredClone(feed);
    // Breda's 2025 final; the district, the unit and Nederland beside it stay provisional.
    const breda = copy.series.find((s) => s.indicator === 'woninginbraak' && s.area === 'GM0758')!;
    breda.status = { ...breda.status, '2025': 'definitive' };
    const model = buildIndicatorModel(copy, { indicator: 'woninginbraak', area: 'GM0758' });
    const lines = indicatorCitation(model, HREF, nl).split('\n');
    const others = model.series.filter((s) => s.area.id !== 'GM0758').map((s) => s.area.name);
    expect(others.length, 'lines beside Breda').to.be.above(0);
    const said = lines.find((l) => l.includes('voorlopig'))!;
    expect(said).to.match(
      /^De cijfers van .* over 2025 zijn voorlopig en kunnen nog wijzigen\.$|^Het cijfer van .* over 2025 is voorlopig en kan nog wijzigen\.$/,
    );
    for (const name of others) expect(said).to.contain(name);
    expect(said).not.to.contain('Breda');
    expect(lines).not.to.include('De cijfers van 2025 zijn voorlopig en kunnen nog wijzigen.');
  });

  it('names every period that may still change, by status, in Dutch and English', () => {
    const copy = structuredClone(feed);
    for (const s of copy.series.filter((s) => s.indicator === 'woninginbraak'))
      s.status = { ...s.status, '2023': 'revised-provisional', '2024': 'revised-provisional' };
    const model = buildIndicatorModel(copy, { indicator: 'woninginbraak', area: 'GM0758' });
    expect(indicatorCitation(model, HREF, nl).split('\n').slice(1, 3)).to.deep.equal([
      'De cijfers van 2025 zijn voorlopig en kunnen nog wijzigen.',
      'De cijfers van 2023 en 2024 zijn nader voorlopig en kunnen nog wijzigen.',
    ]);
    expect(indicatorCitation(model, HREF, en).split('\n')[2]).to.equal(
      'The figures for 2023 and 2024 are revised provisional and may still change.',
    );
  });
});
