import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/validate.js';
import type { Duiding, Feed, Indicator, SeriesBreak } from '../../src/feed/schema.js';
import { breakBetween, breakIndices } from '../../src/model/breaks.js';
import { buildIndicatorModel } from '../../src/model/indicator.js';
import { indicatorGrid } from '../../src/model/grid.js';
import { chartNotes, describeIndicator } from '../../src/model/summary.js';
import { dictionaries } from '../../src/i18n/dictionaries.js';
import { linePoints, lineTooltip } from '../../src/charts/line.js';
import { testMeta } from '../fixtures/feeds.js';

const { nl } = dictionaries;

/** Tilburg's figures of one indicator, `frequency` as given, with one break. */
function feedWithBreak(
  frequency: Indicator['frequency'],
  seriesBreak: SeriesBreak,
  values: Record<string, number>,
  duiding: Duiding[] = [],
): Feed {
  return parseFeed({
    schemaVersion: 1,
    meta: testMeta('Trendbreuken'),
    themes: [{ id: 'zorg', title: 'Zorg', order: 1 }],
    areas: [
      { id: 'NL01', name: 'Nederland', level: 'land' },
      { id: 'GM0855', name: 'Tilburg', level: 'gemeente', parent: 'NL01' },
    ],
    indicators: [
      {
        id: 'meldingen',
        title: 'Meldingen',
        shortTitle: 'Meldingen',
        theme: 'zorg',
        unit: 'per 1.000 inwoners',
        kind: 'rate',
        decimals: 1,
        polarity: 'neutral',
        definition: 'Meldingen per 1.000 inwoners.',
        source: { name: 'Test' },
        frequency,
        lowestLevel: 'gemeente',
        chainStep: 'repressie',
        breaks: [seriesBreak],
      },
    ],
    series: [{ indicator: 'meldingen', area: 'GM0855', periods: Object.keys(values), values: Object.values(values) }],
    duiding,
    opvallendheden: [],
  });
}

const query = { indicator: 'meldingen', area: 'GM0855' };

describe('a series break dated to another kind of period than the series', () => {
  it('marks a break dated to a year at the first half-year of that year, in the notes and the table', () => {
    const feed = feedWithBreak(
      'halfjaar',
      { period: '2021', reason: 'Nieuwe registratie' },
      { '2020-H1': 3.0, '2020-H2': 3.2, '2021-H1': 5.0, '2021-H2': 5.5, '2022-H1': 5.2 },
    );
    const model = buildIndicatorModel(feed, query);
    // Drawn at the first half-year of 2021; the notes name the break as the feed dates it.
    expect(model.breaks).to.deep.equal([{ period: '2021-H1', reason: 'Nieuwe registratie', dated: '2021' }]);
    expect(chartNotes(model, nl)).to.deep.equal(['Trendbreuk 2021: Nieuwe registratie']);
    const grid = indicatorGrid(model, nl);
    expect(grid.rows[2]!.header).to.equal('1e halfjaar 2021');
    expect(grid.rows[2]!.pointNotes).to.deep.equal([['Trendbreuk 2021: Nieuwe registratie']]);
    // The tooltip and the keyboard walk at its column say the same.
    expect(lineTooltip(model, 2, nl)!.after).to.deep.equal([
      'per 1.000 inwoners, per halfjaar',
      'Trendbreuk 2021: Nieuwe registratie',
    ]);
    expect(linePoints(model, nl).describe(0, 2)).to.equal(
      'Tilburg, 1e halfjaar 2021: 5,0 per 1.000 inwoners, per halfjaar. Trendbreuk 2021',
    );
    // The latest half-year is compared with the same one a year earlier, both after the break.
    expect(model.changePrevious?.from.period).to.equal('2021-H1');
    expect(breakIndices(feed.indicators[0]!, 'GM0855', model.periods)).to.deep.equal([2]);
  });

  it('splits a yearly series at the year of a break dated to its first half-year: compared after it, not across it', () => {
    const feed = feedWithBreak(
      'jaar',
      { period: '2021-H1', reason: 'Nieuwe registratie' },
      { 2019: 3.0, 2020: 3.1, 2021: 5.0, 2022: 5.5 },
    );
    const indicator = feed.indicators[0]!;
    expect(breakBetween(indicator, 'GM0855', '2020', '2021'), '2020 against 2021').to.equal(true);
    expect(breakBetween(indicator, 'GM0855', '2021', '2022'), '2021 against 2022').to.equal(false);
    const model = buildIndicatorModel(feed, query);
    expect(model.breaks).to.deep.equal([{ period: '2021', reason: 'Nieuwe registratie', dated: '2021-H1' }]);
    expect(chartNotes(model, nl)).to.deep.equal(['Trendbreuk 1e halfjaar 2021: Nieuwe registratie']);
    expect(describeIndicator(model, nl)).to.equal(
      'In 2022: 5,5 per 1.000 inwoners in Tilburg. Dat is 0,5 hoger dan in 2021 (+10\u00a0%).',
    );
    const upTo2021 = buildIndicatorModel(feed, { ...query, to: '2021' });
    expect(upTo2021.changePrevious, '2021 is not compared with 2020').to.equal(null);
    expect(upTo2021.changeFirst).to.equal(null);
  });

  it('compares a year that a break falls inside with neither side', () => {
    const feed = feedWithBreak(
      'jaar',
      { period: '2021-H2', reason: 'Nieuwe registratie' },
      { 2020: 3.1, 2021: 4.0, 2022: 5.5, 2023: 5.6 },
    );
    const indicator = feed.indicators[0]!;
    expect(breakBetween(indicator, 'GM0855', '2020', '2021')).to.equal(true);
    expect(breakBetween(indicator, 'GM0855', '2021', '2022')).to.equal(true);
    expect(breakBetween(indicator, 'GM0855', '2022', '2023')).to.equal(false);
    const model = buildIndicatorModel(feed, { ...query, to: '2022' });
    expect(model.latest?.period).to.equal('2022');
    expect(model.changePrevious, '2022 against 2021, half of it before the break').to.equal(null);
  });
});

describe('a duiding dated to another kind of period than the series', () => {
  it("shows a year's duiding beside its half-years, and a half-year's beside its year, not beside other years", () => {
    const words = (period: string): Duiding => ({
      indicator: 'meldingen',
      area: 'GM0855',
      period,
      text: `Over ${period}.`,
      author: 'Analist',
      date: '2026-01-01',
    });
    const texts = (feed: Feed) => buildIndicatorModel(feed, query).duiding.map((d) => d.text);
    const halfYears = feedWithBreak(
      'halfjaar',
      { period: '2015', reason: 'Oud' },
      { '2020-H1': 3.0, '2020-H2': 3.2, '2021-H1': 5.0 },
      [words('2021'), words('2019')],
    );
    expect(texts(halfYears)).to.deep.equal(['Over 2021.']);
    const years = feedWithBreak('jaar', { period: '2015', reason: 'Oud' }, { 2020: 3.1, 2021: 4.0 }, [
      words('2021-H2'),
      words('2022-H1'),
    ]);
    expect(texts(years)).to.deep.equal(['Over 2021-H2.']);
  });
});

describe('a special period dated to another kind of period than the series', () => {
  /** The rows of the table whose value the special period `from`–`to` marks. */
  function marked(frequency: Indicator['frequency'], from: string, to: string, values: Record<string, number>) {
    const feed = feedWithBreak(frequency, { period: '2015', reason: 'Oud' }, values);
    feed.indicators[0]!.specialPeriods = [{ from, to, label: 'Corona' }];
    const grid = indicatorGrid(buildIndicatorModel(feed, query), nl);
    return grid.rows.filter((row) => row.pointNotes?.flat().length).map((row) => row.header);
  }

  it('marks the half-years of its years, and the years its half-years cover whole', () => {
    const halfYears = {
      '2019-H2': 3.0,
      '2020-H1': 3.1,
      '2020-H2': 3.2,
      '2021-H1': 3.3,
      '2021-H2': 3.4,
      '2022-H1': 3.5,
    };
    expect(marked('halfjaar', '2020', '2021', halfYears)).to.deep.equal([
      '1e halfjaar 2020',
      '2e halfjaar 2020',
      '1e halfjaar 2021',
      '2e halfjaar 2021',
    ]);
    const years = { 2019: 3.0, 2020: 3.1, 2021: 3.2, 2022: 3.3 };
    expect(marked('jaar', '2020-H1', '2021-H2', years)).to.deep.equal(['2020', '2021']);
    // A year only half in it holds figures from outside it too.
    expect(marked('jaar', '2020-H2', '2021-H2', years)).to.deep.equal(['2021']);
  });
});
