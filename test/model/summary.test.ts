import { expect } from '@open-wc/testing';
import { buildIndicatorModel, type IndicatorQuery } from '../../src/model/indicator.js';
import {
  changePhrase,
  changeSincePhrase,
  chartNotes,
  describeChart,
  describeIndicator,
  fallbackSentence,
  headlineChanges,
  missingAfterLatestInWords,
  missingRangeReason,
  specialPeriodSentence,
} from '../../src/model/summary.js';
import { compareValues } from '../../src/model/trend.js';
import { parseFeed } from '../../src/feed/validate.js';
import { dictionaries } from '../../src/i18n/dictionaries.js';
import type { Change } from '../../src/model/trend.js';
import type { Feed } from '../../src/feed/schema.js';
import { everyStatusFeed, secretSurveyFeed, smallFeed, withHaarenFeed } from '../fixtures/feeds.js';
import { withAltenaFeed } from './formed-area-feed.js';

const { nl, en } = dictionaries;

describe('change wording', () => {
  let feed: Feed;
  before(async () => {
    feed = parseFeed(await smallFeed());
  });
  const model = (query: IndicatorQuery, from = feed) => buildIndicatorModel(from, query);
  const phrase = (change: Change | null, query: IndicatorQuery, strings = nl, from = feed) =>
    changePhrase(change!, model(query, from).indicator, change!.from.period, strings);

  it('reads a rise of a higher-is-worse rate as unfavourable, in Dutch and English', () => {
    const query = { indicator: 'woninginbraak', area: 'GM0748' };
    const { changePrevious } = model(query);
    expect(changePrevious).to.include({ direction: 'up', judgement: 'unfavourable' });
    expect(phrase(changePrevious, query)).to.equal('0,2 hoger dan in 2024 (+6\u00a0%)');
    expect(phrase(changePrevious, query, en)).to.equal('0.2 higher than in 2024 (+6%)');
  });

  it('says "even hoog als" when the printed values are the same', () => {
    const query = { indicator: 'woninginbraak', area: 'GM0758' };
    const { changePrevious } = model(query);
    expect(changePrevious).to.include({ direction: 'same', judgement: 'equal' });
    expect(phrase(changePrevious, query)).to.equal('even hoog als in 2024');
    expect(phrase(changePrevious, query, en)).to.equal('the same as in 2024');
  });

  it('puts "in" before a period but not before an area, and the area\'s value in one bracket with the change', () => {
    const query = { indicator: 'woninginbraak', area: 'GM0748' };
    const { changePrevious, indicator } = model(query);
    expect(changePhrase(changePrevious!, indicator, 'Nederland', nl, 'area', '3,1')).to.equal(
      '0,2 hoger dan Nederland (3,1; +6\u00a0%)',
    );
    expect(changePhrase(changePrevious!, indicator, 'Nederland', en, 'area', '3.1')).to.equal(
      '0.2 higher than Nederland (3.1; +6%)',
    );
    const same = model({ indicator: 'woninginbraak', area: 'GM0758' });
    expect(changePhrase(same.changePrevious!, same.indicator, 'Nederland', nl, 'area')).to.equal(
      'even hoog als Nederland',
    );
  });

  it('reads the same fall as unfavourable once higher is better', async () => {
    const changed = await smallFeed();
    changed.indicators.find((i) => i.id === 'woninginbraak')!.polarity = 'higher-is-better';
    const better = parseFeed(changed);
    const query = { indicator: 'woninginbraak', area: 'GM0758' };
    const { changeFirst } = model(query, better);
    expect(changeFirst).to.include({ direction: 'down', judgement: 'unfavourable' });
    expect(phrase(changeFirst, query, nl, better)).to.equal('3,4 lager dan in 2015 (-53\u00a0%)');
  });

  it('never judges a neutral indicator, but still says which way it went', () => {
    const query = { indicator: 'mensenhandel-seksuele-uitbuiting', area: 'NL01' };
    const { changePrevious } = model(query);
    expect(changePrevious).to.include({ direction: 'up', judgement: 'neutral' });
    expect(phrase(changePrevious, query)).to.equal('35 meer dan in 2024 (+3\u00a0%)');
  });

  it('counts go up as "meer" and down as "minder", and stay "evenveel"', async () => {
    const raw = await smallFeed();
    const national = raw.series.find((s) => s.indicator === 'mensenhandel-seksuele-uitbuiting')!;
    Object.assign(national, { periods: ['2023', '2024', '2025'], values: [1020, 1020, 980], status: {} });
    const counts = parseFeed(raw);
    const query = { indicator: 'mensenhandel-seksuele-uitbuiting', area: 'NL01' };
    const { changePrevious, indicator, series } = model(query, counts);
    expect(phrase(changePrevious, query, nl, counts)).to.equal('40 minder dan in 2024 (-4\u00a0%)');
    expect(phrase(changePrevious, query, en, counts)).to.equal('40 fewer than in 2024 (-4%)');
    const [y2023, y2024] = series[0]!.points;
    const still = compareValues(indicator, y2023!, y2024!);
    expect(phrase(still, query, nl, counts)).to.equal('evenveel als in 2023');
    expect(phrase(still, query, en, counts)).to.equal('as many as in 2023');
  });

  it('calls a survey change only higher or lower when significant, in percentage points', () => {
    const breda = { indicator: 'onveilig-eigen-buurt', area: 'GM0758' };
    expect(phrase(model(breda).changePrevious, breda)).to.equal('gelijk aan 2023 (verschil niet significant)');
    expect(phrase(model(breda).changePrevious, breda, en)).to.equal('not significantly different from 2023');
    const national = { indicator: 'onveilig-eigen-buurt', area: 'NL01' };
    const { changeFirst } = model(national);
    expect(changeFirst).to.include({ direction: 'down', significant: true, judgement: 'favourable' });
    expect(phrase(changeFirst, national)).to.equal('1,6 procentpunt significant lager dan in 2019');
    expect(phrase(changeFirst, national, en)).to.equal('1.6 percentage points significantly lower than in 2019');
  });
});

describe('changeSincePhrase', () => {
  it('measures a change against the period it started from, with "in"', async () => {
    const feed = parseFeed(await smallFeed());
    const { indicator, changePrevious, changeFirst } = buildIndicatorModel(feed, {
      indicator: 'woninginbraak',
      area: 'GM0748',
    });
    expect(changeSincePhrase(changePrevious!, indicator, nl)).to.equal('0,2 hoger dan in 2024 (+6\u00a0%)');
    expect(changeSincePhrase(changePrevious!, indicator, en)).to.equal('0.2 higher than in 2024 (+6%)');
    expect(changeSincePhrase(changeFirst!, indicator, nl)).to.match(/ dan in 2015 /);
    const halves = compareValues(
      indicator,
      { ...changePrevious!.from, period: '2024-H2' },
      { ...changePrevious!.to, period: '2025-H1' },
    )!;
    expect(changeSincePhrase(halves, indicator, nl)).to.equal('0,2 hoger dan in het 2e halfjaar van 2024 (+6\u00a0%)');
    expect(changeSincePhrase(halves, indicator, en)).to.equal('0.2 higher than in the second half of 2024 (+6%)');
  });

  it('says when the figure a change starts from may still change, as CBS publishes the year before a voorlopig one', async () => {
    const raw = await smallFeed();
    const bergen = raw.series.find((s) => s.indicator === 'woninginbraak' && s.area === 'GM0748')!;
    bergen.status = { ...bergen.status, '2024': 'revised-provisional', '2025': 'provisional' };
    const model = buildIndicatorModel(parseFeed(raw), { indicator: 'woninginbraak', area: 'GM0748' });
    const { indicator, changePrevious, changeFirst } = model;
    expect(changeSincePhrase(changePrevious!, indicator, nl)).to.equal(
      '0,2 hoger dan in 2024 (nader voorlopig cijfer; +6\u00a0%)',
    );
    expect(changeSincePhrase(changePrevious!, indicator, en)).to.equal(
      '0.2 higher than in 2024 (revised provisional figure; +6%)',
    );
    expect(describeIndicator(model, nl)).to.include(
      'Dat is 0,2 hoger dan in 2024 (nader voorlopig cijfer; +6\u00a0%).',
    );
    // A final figure to start from needs no word; nor does an area's figure, marked where its value is given.
    expect(changeSincePhrase(changeFirst!, indicator, nl)).to.match(/ dan in 2015 \(-\d+\u00a0%\)$/);
    expect(changePhrase(changePrevious!, indicator, 'Nederland', nl, 'area', '3,1**')).to.equal(
      '0,2 hoger dan Nederland (3,1**; +6\u00a0%)',
    );
  });
});

describe('describeIndicator', () => {
  let feed: Feed;
  before(async () => {
    feed = parseFeed(await smallFeed());
  });

  it('leaves a survey value untested against the areas it lies in', () => {
    // Breda's respondents are part of De Baronie's, the unit's and Nederland's: not independent samples.
    const model = buildIndicatorModel(feed, { indicator: 'onveilig-eigen-buurt', area: 'GM0758' });
    expect(describeIndicator(model, nl)).to.equal(
      'In 2025: 18,7\u00a0% van de inwoners van 15 jaar en ouder in Breda. Dat is gelijk aan 2023 (verschil niet significant). ' +
        'Over de hele reeks: gelijk aan 2019 (verschil niet significant). ' +
        'Ter vergelijking in 2025: De Baronie (16,0\u00a0%), Eenheid Zeeland-West-Brabant (15,6\u00a0%) en Nederland (15,9\u00a0%); ' +
        'of de verschillen significant zijn, is niet getoetst.',
    );
    expect(describeIndicator(model, en)).to.contain(
      'For comparison, in 2025: De Baronie (16.0%), Eenheid Zeeland-West-Brabant (15.6%) and Nederland (15.9%); ' +
        'whether the differences are significant has not been tested.',
    );
  });

  it("takes the publisher's flag against a larger area, and tests an area outside it by the margins", async () => {
    const raw = await smallFeed();
    const breda = raw.series.find((s) => s.indicator === 'onveilig-eigen-buurt' && s.area === 'GM0758')!;
    // The source tested Breda against the unit (significant) and De Baronie (not); not against Nederland.
    breda.significance = { '2025': { areas: { 'zeeland-west-brabant': true } } };
    const baronie = raw.series.find((s) => s.indicator === 'onveilig-eigen-buurt' && s.area === 'de-baronie')!;
    baronie.significance = { '2025': { areas: { GM0758: false } } };
    const flagged = parseFeed(raw);
    const model = buildIndicatorModel(flagged, { indicator: 'onveilig-eigen-buurt', area: 'GM0758' });
    expect(describeIndicator(model, nl)).to.contain(
      'Breda verschilt niet significant van De Baronie (16,0\u00a0%). ' +
        'Breda ligt 3,1 procentpunt significant hoger dan Eenheid Zeeland-West-Brabant (15,6\u00a0%). ' +
        'Ter vergelijking in 2025: Nederland (15,9\u00a0%); of de verschillen significant zijn, is niet getoetst.',
    );
    // De Markiezaten is no part of Breda: 18,7 ± 2,0 against 17,1 ± 1,6 is tested, 1,6 < √(2,0² + 1,6²).
    const other = buildIndicatorModel(flagged, {
      indicator: 'onveilig-eigen-buurt',
      area: 'GM0758',
      compare: 'de-markiezaten',
    });
    expect(describeIndicator(other, nl)).to.contain(
      'Breda verschilt niet significant van De Markiezaten (17,1\u00a0%).',
    );
  });

  it('says which later periods have no figure, and why, so the latest figure does not read as the newest', async () => {
    // Baarle-Nassau's burglaries of 2025 are too few to publish.
    const baarle = buildIndicatorModel(feed, { indicator: 'woninginbraak', area: 'GM0744' });
    expect(describeIndicator(baarle, nl)).to.match(
      /^In 2024: 1,9 woninginbraken per 1\.000 inwoners in Baarle-Nassau\. Dat is .*\. Voor Baarle-Nassau is in 2025 geen cijfer beschikbaar \(geheim\)\. Ter vergelijking in 2024: /,
    );
    expect(describeIndicator(baarle, en)).to.contain(
      'No figure is available for Baarle-Nassau in 2025 (confidential).',
    );
    // Etten-Leur's series ends with a suppressed 2024; the areas beside it go on to 2025.
    const raw = await smallFeed();
    const ettenLeur = raw.series.find((s) => s.indicator === 'woninginbraak' && s.area === 'GM0777')!;
    ettenLeur.periods = ettenLeur.periods.slice(0, -1);
    ettenLeur.values = [...ettenLeur.values.slice(0, -2), null];
    ettenLeur.status = { '2024': 'suppressed' };
    const shorter = buildIndicatorModel(parseFeed(raw), { indicator: 'woninginbraak', area: 'GM0777' });
    expect(describeIndicator(shorter, nl)).to.contain(
      'Voor Etten-Leur is in 2024 geen cijfer beschikbaar (geheim). ' +
        'Voor Etten-Leur is in 2025 geen cijfer beschikbaar (gegevens ontbreken).',
    );
    // With a figure in the last period there is nothing to say.
    const breda = buildIndicatorModel(feed, { indicator: 'woninginbraak', area: 'GM0758' });
    expect(describeIndicator(breda, nl)).not.to.contain('geen cijfer');
  });

  it('writes three or more later periods in a row as one span, under the headline and in the summary', async () => {
    const raw = await smallFeed();
    const baarle = raw.series.find((s) => s.indicator === 'woninginbraak' && s.area === 'GM0744')!;
    const suppress = (periods: string[]) => {
      for (const period of periods) {
        baarle.values[baarle.periods.indexOf(period)] = null;
        baarle.status![period] = 'suppressed';
      }
      return buildIndicatorModel(parseFeed(structuredClone(raw)), { indicator: 'woninginbraak', area: 'GM0744' });
    };
    const words = (model: ReturnType<typeof suppress>, strings = nl) =>
      missingAfterLatestInWords(model.missingAfterLatest, strings);
    // 2024 and 2025: two periods are named.
    expect(words(suppress(['2024']))).to.deep.equal(['2024 en 2025: geen cijfer (geheim)']);
    // With 2022 and 2023 too, 2021 (geheim in the feed) to 2025 are in a row; 2020 has a figure.
    const four = suppress(['2022', '2023']);
    expect(words(four)).to.deep.equal(['2021–2025: geen cijfer (geheim)']);
    expect(words(four, en)).to.deep.equal(['2021–2025: no figure (confidential)']);
    expect(describeIndicator(four, nl)).to.contain('In 2020: 2,4 woninginbraken per 1.000 inwoners in Baarle-Nassau.');
    expect(describeIndicator(four, nl)).to.contain(
      'Voor Baarle-Nassau is in de periode van 2021 tot en met 2025 geen cijfer beschikbaar (geheim).',
    );
    expect(describeIndicator(four, en)).to.contain(
      'No figure is available for Baarle-Nassau in 2021–2025 (confidential).',
    );
  });

  it('says once, naming the level, that Nederland stands in for the asked area', () => {
    const model = buildIndicatorModel(feed, { indicator: 'mensenhandel-seksuele-uitbuiting', area: 'GM0758' });
    const fallback = 'Voor Breda is geen cijfer beschikbaar; u ziet het landelijke cijfer (Nederland).';
    expect(fallbackSentence(model, nl)).to.equal(fallback);
    // The summary names the area of each figure, so it reads right on its own, without the fallback.
    const summary =
      'In 2025: 1.110 gemelde mogelijke slachtoffers van seksuele uitbuiting in Nederland (voorlopig cijfer). ' +
      'Dat is 35 meer dan in 2024 (+3\u00a0%). Over de hele reeks: 290 meer dan in 2015 (+35\u00a0%).';
    expect(describeIndicator(model, nl)).to.equal(summary);
    expect(describeChart(model, nl)).to.equal(`${fallback} ${summary}`);
    expect(fallbackSentence(model, en)).to.equal(
      'No figure is available for Breda; the national figure (Nederland) is shown instead.',
    );
  });

  it('says why the asked area has no figure where all its figures are geheim', async () => {
    const raw = await secretSurveyFeed();
    const model = buildIndicatorModel(parseFeed(raw), { indicator: 'onveilig-eigen-buurt', area: 'GM0758' });
    expect(model.withheld).to.equal('suppressed');
    expect(fallbackSentence(model, nl)).to.equal(
      'Voor Breda is geen cijfer beschikbaar (geheim); u ziet het cijfer van district De Baronie.',
    );
    expect(fallbackSentence(model, en)).to.equal(
      'No figure is available for Breda (confidential); the figure for the De Baronie district is shown instead.',
    );
    // One figure geheim and another missing: no one reason to give.
    const breda = raw.series.find((s) => s.indicator === 'onveilig-eigen-buurt' && s.area === 'GM0758')!;
    breda.status![breda.periods[0]!] = 'no-data';
    const mixed = buildIndicatorModel(parseFeed(raw), { indicator: 'onveilig-eigen-buurt', area: 'GM0758' });
    expect(fallbackSentence(mixed, nl)).to.equal(
      'Voor Breda is geen cijfer beschikbaar; u ziet het cijfer van district De Baronie.',
    );
  });

  it('names a district or the unit that stands in by its level', async () => {
    const raw = await smallFeed();
    // Only De Baronie and the unit have figures for this indicator.
    raw.series = raw.series.filter(
      (s) => s.indicator !== 'onveilig-eigen-buurt' || ['de-baronie', 'zeeland-west-brabant'].includes(s.area),
    );
    const districtOnly = parseFeed(raw);
    const breda = buildIndicatorModel(districtOnly, { indicator: 'onveilig-eigen-buurt', area: 'GM0758' });
    expect(fallbackSentence(breda, nl)).to.equal(
      'Voor Breda is geen cijfer beschikbaar; u ziet het cijfer van district De Baronie.',
    );
    expect(fallbackSentence(breda, en)).to.equal(
      'No figure is available for Breda; the figure for the De Baronie district is shown instead.',
    );
    const zeeland = buildIndicatorModel(districtOnly, { indicator: 'onveilig-eigen-buurt', area: 'zeeland' });
    expect(fallbackSentence(zeeland, nl)).to.equal(
      'Voor district Zeeland is geen cijfer beschikbaar; u ziet het cijfer van Eenheid Zeeland-West-Brabant.',
    );
    const own = buildIndicatorModel(districtOnly, { indicator: 'onveilig-eigen-buurt', area: 'de-baronie' });
    expect(fallbackSentence(own, nl)).to.equal(undefined);
    expect(describeChart(own, nl)).to.equal(describeIndicator(own, nl));
  });
});

describe('periods in sentences', () => {
  it('gives half-years their article inside a sentence, and keeps the short form in labels', async () => {
    const raw = await smallFeed();
    const series = raw.series.find((s) => s.indicator === 'woninginbraak' && s.area === 'NL01')!;
    Object.assign(series, { periods: ['2023-H2', '2024-H1', '2024-H2'], values: [1.2, 2.0, 1.0], status: {} });
    const model = buildIndicatorModel(parseFeed(raw), { indicator: 'woninginbraak', area: 'NL01' });
    expect(describeIndicator(model, nl)).to.equal(
      'In het 2e halfjaar van 2024: 1,0 woninginbraken per 1.000 inwoners in Nederland. ' +
        'Dat is 0,2 lager dan in het 2e halfjaar van 2023 (-17\u00a0%).',
    );
    expect(describeIndicator(model, en)).to.match(
      /^In the second half of 2024: 1\.0 woninginbraken per 1\.000 inwoners in Nederland\./,
    );
    // Without the feed's words, the unit says the period.
    delete raw.indicators.find((i) => i.id === 'woninginbraak')!.inSentence;
    const unworded = buildIndicatorModel(parseFeed(raw), { indicator: 'woninginbraak', area: 'NL01' });
    expect(describeIndicator(unworded, nl)).to.match(
      /^In het 2e halfjaar van 2024: 1,0 per 1\.000 inwoners, per halfjaar in Nederland\./,
    );
  });
});

describe('after a series break', () => {
  /** The small feed with a method break before 2019 in every area. */
  async function withBreak(period = '2019', indicator = 'woninginbraak'): Promise<Feed> {
    const raw = await smallFeed();
    raw.indicators.find((i) => i.id === indicator)!.breaks = [{ period, reason: 'Nieuwe registratiemethode' }];
    return parseFeed(raw);
  }

  it('measures the headline from the first period after the last break, and says so', async () => {
    const model = buildIndicatorModel(await withBreak(), { indicator: 'woninginbraak', area: 'GM0758' });
    expect(model.lastBreak?.period).to.equal('2019');
    expect(model.changeFirst!.from.period).to.equal('2019');
    expect(headlineChanges(model, nl).map((c) => c.words)).to.deep.equal([
      'even hoog als in 2024',
      'sinds 2019 (na de trendbreuk): 2,1 lager dan in 2019 (-41\u00a0%)',
    ]);
  });

  it('writes "sinds 2019 (na de trendbreuk)" in the summary, never a period before the break', async () => {
    const model = buildIndicatorModel(await withBreak(), {
      indicator: 'woninginbraak',
      area: 'GM0758',
      compare: 'none',
    });
    const text = describeIndicator(model, nl);
    expect(text).to.contain('Sinds 2019 (na de trendbreuk): 2,1 lager dan in 2019 (-41\u00a0%).');
    expect(text).not.to.match(/2015|2016|2017|2018|hele reeks/);
    expect(describeIndicator(model, en)).to.contain('Since 2019 (after the series break): ');
  });

  it('names no break when the chart starts after it: the start is then the reader’s choice', async () => {
    const model = buildIndicatorModel(await withBreak(), {
      indicator: 'woninginbraak',
      area: 'GM0758',
      from: '2021',
      compare: 'none',
    });
    expect(headlineChanges(model, nl).map((c) => c.words)).to.deep.equal([
      'even hoog als in 2024',
      '1,3 lager dan in 2021 (-30\u00a0%)',
    ]);
    const text = describeIndicator(model, nl);
    expect(text).to.contain('Over de hele reeks: 1,3 lager dan in 2021 (-30\u00a0%).');
    expect(text).not.to.contain('trendbreuk');
    expect(describeIndicator(model, en)).not.to.contain('series break');
    expect(model.lastBreak).to.equal(undefined);
  });

  it('compares nothing when the break lies between the latest value and the one before', async () => {
    const model = buildIndicatorModel(await withBreak('2025'), { indicator: 'woninginbraak', area: 'GM0758' });
    expect([model.changePrevious, model.changeFirst]).to.deep.equal([null, null]);
    expect(headlineChanges(model, nl)).to.deep.equal([]);
    expect(describeIndicator(model, nl)).not.to.match(/ dan |hele reeks|Sinds/);
  });

  it('keeps a survey comparison after the Veiligheidsmonitor break of 2021', async () => {
    const model = buildIndicatorModel(await withBreak('2021', 'onveilig-eigen-buurt'), {
      indicator: 'onveilig-eigen-buurt',
      area: 'NL01',
    });
    expect(model.changeFirst!.from.period).to.equal('2021');
    const text = describeIndicator(model, nl);
    expect(text).to.contain('Sinds 2021 (na de trendbreuk): ');
    expect(text).not.to.contain('2019');
  });

  it('leaves a break of another area alone', async () => {
    const raw = await smallFeed();
    raw.indicators.find((i) => i.id === 'woninginbraak')!.breaks = [
      { period: '2019', reason: 'Herindeling', areas: ['GM0748'] },
    ];
    const model = buildIndicatorModel(parseFeed(raw), { indicator: 'woninginbraak', area: 'GM0758' });
    expect(model.lastBreak).to.equal(undefined);
    expect(model.changeFirst!.from.period).to.equal('2015');
  });
});

describe('chartNotes', () => {
  it('explains status symbols, gaps, special periods and footnotes, and the margin band', async () => {
    const feed = parseFeed(await smallFeed());
    const burglary = buildIndicatorModel(feed, { indicator: 'woninginbraak', area: 'GM0748', compare: 'none' });
    expect(chartNotes(burglary, nl)).to.deep.equal([
      '* voorlopig',
      'x geheim: de lijn is daar onderbroken',
      'Bijzondere periode 2020–2021 (Corona): COVID-19: minder mensen van huis',
      'Bergen op Zoom, 2020: Te weinig gevallen om te publiceren.',
    ]);
    expect(chartNotes(burglary, nl).join(' '), 'a special period is no break').not.to.contain('Trendbreuk');
    const survey = buildIndicatorModel(feed, { indicator: 'onveilig-eigen-buurt', area: 'GM0758', compare: 'none' });
    expect(chartNotes(survey, nl)).to.deep.equal(['Band: 95\u00a0%-betrouwbaarheidsmarge van Breda.']);
  });

  it('explains a blank figure (niet van toepassing) as the gap it leaves', async () => {
    // Breda's 2024 figure is delivered as not applicable, between figures.
    const model = buildIndicatorModel(parseFeed(await everyStatusFeed()), {
      indicator: 'woninginbraak',
      area: 'GM0758',
      compare: 'none',
    });
    expect(chartNotes(model, nl)).to.include('(leeg) niet van toepassing: de lijn is daar onderbroken');
    expect(chartNotes(model, en)).to.include('(blank) not applicable: the line has a gap there');
  });

  it('says that the line of a gemeente that ended stops there because it no longer exists, not that figures are missing', async () => {
    const feed = parseFeed(await withHaarenFeed());
    const model = buildIndicatorModel(feed, { indicator: 'woninginbraak', area: 'GM0788' });
    const ended =
      '(leeg) niet van toepassing: de lijn van Haaren stopt daar; Haaren bestaat sinds 1 januari 2021 niet meer als gemeente.';
    const corona = 'Bijzondere periode 2020–2021 (Corona): COVID-19: minder mensen van huis';
    expect(chartNotes(model, nl)).to.deep.equal(['* voorlopig', ended, corona]);
    expect(chartNotes(model, en).slice(0, 2)).to.deep.equal([
      '* provisional',
      '(blank) not applicable: the line for Haaren ends there; Haaren has not existed as a municipality since 1 January 2021.',
    ]);
    // Beside Tilburg, Haaren's line is a comparison that stops.
    const beside = buildIndicatorModel(feed, { indicator: 'woninginbraak', area: 'GM0855', compare: 'GM0788' });
    expect(chartNotes(beside, nl)).to.include(ended);
    // As an index, across the break of Haaren's split, its blanks after 2020 are no figures that exist but
    // lack an index: none is said to ("het cijfer bestaat"). The break splits the district's line only:
    // Haaren's has no figure after it.
    const split = await withHaarenFeed();
    split.indicators.find((i) => i.id === 'woninginbraak')!.breaks = [
      { period: '2021', reason: 'Herindeling', areas: ['GM0788', 'hart-van-brabant'] },
    ];
    const index = buildIndicatorModel(parseFeed(split), { indicator: 'woninginbraak', area: 'GM0788', scale: 'index' });
    expect(chartNotes(index, nl)).to.deep.equal([
      'Index: elke lijn staat op 100 in 2015.',
      '* voorlopig',
      ended,
      'Trendbreuk 2021 (Hart van Brabant): Herindeling',
      corona,
      'Hart van Brabant: Geen index na de trendbreuk: het cijfer bestaat, maar ligt aan de andere kant van de trendbreuk dan 2015.',
    ]);
  });

  it('says of a stand-in line for a gemeente that ended that it stands in for it, so its own series is not taken to stop', async () => {
    const feed = await withHaarenFeed();
    // Without figures of its own, Haaren's district stands in for it.
    feed.series = feed.series.filter((s) => !(s.indicator === 'woninginbraak' && s.area === 'GM0788'));
    const model = buildIndicatorModel(parseFeed(feed), { indicator: 'woninginbraak', area: 'GM0788' });
    expect(model.series[0]!.area.id).to.equal('hart-van-brabant');
    expect(chartNotes(model, nl)).to.include(
      '(leeg) niet van toepassing: de lijn van Hart van Brabant (districtscijfer), die hier voor Haaren staat, stopt daar; Haaren bestaat sinds 1 januari 2021 niet meer als gemeente.',
    );
    expect(chartNotes(model, en)).to.include(
      '(blank) not applicable: the line for Hart van Brabant (district figure), standing in for Haaren here, ends there; Haaren has not existed as a municipality since 1 January 2021.',
    );
  });

  it('says that the line of a gemeente formed later begins after its blanks because it did not exist then, not that figures are missing', async () => {
    const feed = parseFeed(await withAltenaFeed());
    const model = buildIndicatorModel(feed, { indicator: 'woninginbraak', area: 'GM1959' });
    const begun =
      '(leeg) niet van toepassing: de lijn van Altena begint pas daarna; Altena bestaat sinds 1 januari 2019 als gemeente.';
    expect(model.series[0]!.points[0]).to.include({ period: '2015', status: 'not-applicable' });
    expect(chartNotes(model, nl)).to.deep.equal([
      '* voorlopig',
      begun,
      'Bijzondere periode 2020–2021 (Corona): COVID-19: minder mensen van huis',
    ]);
    expect(chartNotes(model, en)).to.include(
      '(blank) not applicable: the line for Altena only begins after that; Altena has existed as a municipality since 1 January 2019.',
    );
    // Beside Breda, Altena's line is a comparison that begins late.
    const beside = buildIndicatorModel(feed, { indicator: 'woninginbraak', area: 'GM0758', compare: 'GM1959' });
    expect(chartNotes(beside, nl)).to.include(begun);
  });

  it('keeps the gap note for a blank before a gemeente was formed where figures from before then exist (history recomputed in part)', async () => {
    const feed = parseFeed(await withAltenaFeed('2016'));
    const notes = chartNotes(buildIndicatorModel(feed, { indicator: 'woninginbraak', area: 'GM1959' }), nl);
    expect(notes).to.include('(leeg) niet van toepassing: de lijn is daar onderbroken');
    expect(notes.join(' ')).not.to.contain('begint');
  });
});

describe('missingRangeReason', () => {
  const notice = (model: ReturnType<typeof buildIndicatorModel>, strings = nl) =>
    strings.rangeMissing(
      model.missingRange?.from,
      model.missingRange?.to,
      '2015–2025',
      missingRangeReason(model, strings),
    );

  it('says why periods asked for wholly after the area ended have no figures', async () => {
    const feed = parseFeed(await withHaarenFeed());
    const haaren = (query: Partial<IndicatorQuery>) =>
      buildIndicatorModel(feed, { indicator: 'woninginbraak', area: 'GM0788', ...query });
    expect(notice(haaren({ from: '2022' }))).to.equal(
      'Geen cijfers vanaf „2022”: Haaren bestaat sinds 1 januari 2021 niet meer als gemeente. U ziet de hele reeks, 2015–2025.',
    );
    expect(notice(haaren({ from: '2022' }), en)).to.equal(
      'No figures from “2022” onwards: Haaren has not existed as a municipality since 1 January 2021. Showing the whole series, 2015–2025.',
    );
    expect(notice(haaren({ from: '2021', to: '2023' }))).to.equal(
      'Geen cijfers van „2021” tot en met „2023”: Haaren bestaat sinds 1 januari 2021 niet meer als gemeente. U ziet de hele reeks, 2015–2025.',
    );
    expect(notice(haaren({ from: '2021', to: '2023' }), en)).to.equal(
      'No figures from “2021” up to and including “2023”: Haaren has not existed as a municipality since 1 January 2021. Showing the whole series, 2015–2025.',
    );
    // A range reversed across the end, or no period at all, is not explained by it.
    expect(missingRangeReason(haaren({ from: '2022', to: '2018' }), nl)).to.equal(undefined);
    expect(notice(haaren({ from: 'later' }))).to.equal('Geen cijfers vanaf „later”; u ziet de hele reeks, 2015–2025.');
  });

  it('says why periods asked for wholly before the area was formed have no figures', async () => {
    const feed = parseFeed(await withAltenaFeed());
    const model = buildIndicatorModel(feed, { indicator: 'woninginbraak', area: 'GM1959', to: '2017' });
    expect(notice(model)).to.equal(
      'Geen cijfers tot en met „2017”: Altena bestaat sinds 1 januari 2019 als gemeente. U ziet de hele reeks, 2015–2025.',
    );
    expect(notice(model, en)).to.equal(
      'No figures up to and including “2017”: Altena has existed as a municipality since 1 January 2019. Showing the whole series, 2015–2025.',
    );
  });

  it('gives no reason for an area that existed throughout', async () => {
    const feed = parseFeed(await smallFeed());
    const model = buildIndicatorModel(feed, { indicator: 'woninginbraak', area: 'GM0758', from: '2031' });
    expect(notice(model)).to.equal('Geen cijfers vanaf „2031”; u ziet de hele reeks, 2015–2025.');
  });
});

describe('specialPeriodSentence', () => {
  it('names which of a finding’s figures lie in a special period, in a sentence of its own', () => {
    const corona = { from: '2020', to: '2021', label: 'Corona', reason: 'Coronamaatregelen.' };
    expect(specialPeriodSentence(corona, ['2020', '2021'], nl)).to.equal(
      'De cijfers van 2020 en 2021 vallen in de bijzondere periode 2020–2021 (Corona).',
    );
    expect(specialPeriodSentence(corona, ['2021', '2022'], nl)).to.equal(
      'Het cijfer van 2021 valt in de bijzondere periode 2020–2021 (Corona).',
    );
    // A trend's turn from 2022 to 2023, after a run that began in 2020.
    expect(specialPeriodSentence(corona, ['2022', '2023'], nl)).to.equal(
      'Eerdere cijfers van de reeks vallen in de bijzondere periode 2020–2021 (Corona).',
    );
    // Breda's figure and Nederland's, both of 2021.
    expect(specialPeriodSentence(corona, ['2021', '2021'], nl)).to.equal(
      'De cijfers van 2021 vallen in de bijzondere periode 2020–2021 (Corona).',
    );
    expect(specialPeriodSentence(corona, ['2021', '2022'], en)).to.equal(
      'The figure for 2021 falls within the special period 2020–2021 (Corona).',
    );
  });
});
