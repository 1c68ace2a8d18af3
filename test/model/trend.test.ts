import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/validate.js';
import type { Feed, Indicator, Series } from '../../src/feed/schema.js';
import { dictionaries } from '../../src/i18n/dictionaries.js';
import { buildIndicatorModel } from '../../src/model/indicator.js';
import { indexFeed, type Point } from '../../src/model/series.js';
import { changePhrase, describeIndicator } from '../../src/model/summary.js';
import { formatMargin } from '../../src/model/format.js';
import {
  compareInFeed,
  compareValues,
  differsSignificantly,
  keyPoints,
  SMALL_COUNT,
  testDifference,
} from '../../src/model/trend.js';
import { testMeta } from '../fixtures/feeds.js';

const { nl, en } = dictionaries;

const indicator = (kind: Indicator['kind'], extra: Partial<Indicator> = {}): Indicator => ({
  id: kind,
  title: kind,
  shortTitle: kind,
  theme: 'buurt',
  unit: kind === 'count' ? 'aantal' : kind === 'survey' ? '% 15+' : 'per 1.000 inwoners',
  kind,
  decimals: kind === 'count' ? 0 : 1,
  polarity: 'higher-is-worse',
  definition: kind,
  source: { name: 'Test' },
  frequency: 'jaar',
  lowestLevel: 'gemeente',
  chainStep: 'repressie',
  ...extra,
});
const point = (period: string, value: number, margin: number | null = null): Point & { value: number } => ({
  period,
  value,
  status: 'definitive',
  margin,
});

describe('significance of a survey difference', () => {
  const survey = indicator('survey');

  it('calls 20,0 ± 2,0 against 23,0 ± 2,0 significant: 3,0 > √(2,0² + 2,0²), although the intervals overlap', () => {
    const change = compareValues(survey, point('2023', 20, 2), point('2025', 23, 2))!;
    expect(change).to.include({ direction: 'up', significance: 'significant', judgement: 'unfavourable' });
    expect(changePhrase(change, survey, '2023', nl)).to.equal('3,0 procentpunt significant hoger dan in 2023');
    expect(differsSignificantly(point('2023', 20, 2), point('2025', 23, 2))).to.equal(true);
  });

  it('calls 20,0 ± 2,0 against 22,5 ± 2,0 "gelijk": 2,5 < 2,83, and keeps it neutral', () => {
    const change = compareValues(survey, point('2023', 20, 2), point('2025', 22.5, 2))!;
    expect(change).to.include({ direction: 'same', significance: 'not-significant', judgement: 'equal' });
    expect(changePhrase(change, survey, '2023', nl)).to.equal('gelijk aan 2023 (verschil niet significant)');
    expect(changePhrase(change, survey, '2023', en)).to.equal('not significantly different from 2023');
  });

  it('says "gelijk aan" a half-year as it says it of a year, and of an area with its figure in the one bracket', () => {
    const change = compareValues(survey, point('2024-H2', 20, 2), point('2025-H2', 22.5, 2))!;
    expect(changePhrase(change, survey, 'het 2e halfjaar van 2024', nl)).to.equal(
      'gelijk aan het 2e halfjaar van 2024 (verschil niet significant)',
    );
    expect(changePhrase(change, survey, 'the second half of 2024', en)).to.equal(
      'not significantly different from the second half of 2024',
    );
    expect(changePhrase(change, survey, 'Nederland', nl, 'area', '15,9\u00a0%')).to.equal(
      'gelijk aan Nederland (15,9\u00a0%; verschil niet significant)',
    );
    expect(changePhrase(change, survey, 'Nederland', en, 'area', '15.9%')).to.equal(
      'not significantly different from Nederland (15.9%)',
    );
  });

  it('calls 20,0 ± 3,0 against 25,0 ± 4,0 "gelijk": a difference of exactly √(3,0² + 4,0²) = 5,0 is not more', () => {
    const change = compareValues(survey, point('2023', 20, 3), point('2025', 25, 4))!;
    expect(change).to.include({ direction: 'same', significance: 'not-significant', judgement: 'equal' });
    expect(changePhrase(change, survey, '2023', nl)).to.equal('gelijk aan 2023 (verschil niet significant)');
  });

  it('says "niet getoetst" without margins, never "geen significant verschil", and gives it no colour', () => {
    const change = compareValues(survey, point('2023', 20, null), point('2025', 23, 2))!;
    expect(change).to.include({
      direction: 'up',
      significance: 'not-tested',
      judgement: 'neutral',
      significant: false,
    });
    expect(testDifference(point('2023', 20), point('2025', 20.1))).to.equal('not-tested');
    expect(changePhrase(change, survey, '2023', nl)).to.equal('3,0 procentpunt hoger dan in 2023 (niet getoetst)');
    expect(changePhrase(change, survey, '2023', en)).to.equal('3.0 percentage points higher than in 2023 (not tested)');
    const small = compareValues(survey, point('2023', 20), point('2025', 20.5))!;
    expect(changePhrase(small, survey, '2023', nl)).to.equal('0,5 procentpunt hoger dan in 2023 (niet getoetst)');
  });

  it('writes one percentage point in the singular in English', () => {
    const whole = { ...survey, decimals: 0 };
    const one = compareValues(whole, point('2023', 20), point('2025', 21))!;
    expect(changePhrase(one, whole, '2023', en)).to.equal('1 percentage point higher than in 2023 (not tested)');
    expect(changePhrase(one, whole, '2023', nl)).to.equal('1 procentpunt hoger dan in 2023 (niet getoetst)');
  });

  it('leaves an area against an area it lies in untested, and lets the publisher’s flag win over the margins', () => {
    const [from, to] = [point('2025', 16, 0.3), point('2025', 23, 2)];
    expect(compareValues(survey, from, to, { nested: true })).to.include({
      significance: 'not-tested',
      judgement: 'neutral',
    });
    expect(compareValues(survey, from, to, { nested: true, published: true })).to.include({
      significance: 'significant',
      judgement: 'unfavourable',
    });
    expect(compareValues(survey, from, to, { published: false }), '7,0 apart, but the source says no').to.include({
      direction: 'same',
      significance: 'not-significant',
    });
  });

  it('never tests a registration: every printed difference counts', () => {
    const rate = indicator('rate');
    expect(compareValues(rate, point('2024', 3.0), point('2025', 3.1))).to.include({ significance: 'significant' });
    expect(compareValues(rate, point('2024', 3.01), point('2025', 3.04))).to.include({
      direction: 'same',
      significance: 'not-significant',
    });
  });
});

describe('changes as printed', () => {
  const rate = indicator('rate');

  it('says what the printed figures say: 12,0 to 12,1 is 0,1 higher, 12,1 to 12,1 is even hoog', () => {
    // 12,04 and 12,06 with one decimal: +0,2 %, which rounds to 0 % and is left out (printed, +0,8 %).
    const up = compareValues(rate, point('2024', 12.04), point('2025', 12.06))!;
    expect(up).to.include({ delta: 0.1, direction: 'up' });
    expect(changePhrase(up, rate, '2024', nl)).to.equal('0,1 hoger dan in 2024');
    // 12,05 and 12,149.
    const same = compareValues(rate, point('2024', 12.05), point('2025', 12.149))!;
    expect(same).to.include({ delta: 0, direction: 'same', relative: 0 });
    expect(changePhrase(same, rate, '2024', nl)).to.equal('even hoog als in 2024');
    expect(changePhrase(same, rate, '2024', en)).to.equal('the same as in 2024');
  });

  it('reads the percentage from the feed’s figures: 1,049 to 1,15 is 0,2 higher and +10 %, not the printed +20 %', () => {
    const change = compareValues(rate, point('2024', 1.049), point('2025', 1.15))!;
    expect(change).to.include({ delta: 0.2, direction: 'up' });
    expect(changePhrase(change, rate, '2024', nl)).to.equal('0,2 hoger dan in 2024 (+10\u00a0%)');
    expect(changePhrase(change, rate, '2024', en)).to.equal('0.2 higher than in 2024 (+10%)');
    const down = compareValues(rate, point('2024', 1.15), point('2025', 1.049))!;
    expect(changePhrase(down, rate, '2024', nl), 'printed, -17 %').to.equal('0,2 lager dan in 2024 (-9\u00a0%)');
  });

  it('gives a count and its rate per inwoner the same percentage for the same change', () => {
    // 31 → 36 dumpings is +16 %; per 100.000 inwoners 2,02 → 2,34, printed 2,0 → 2,3: +15 % as printed.
    const feed = parseFeed({
      schemaVersion: 1,
      meta: testMeta('Count and rate'),
      themes: [{ id: 'buurt', title: 'Buurt', order: 1 }],
      areas: [{ id: 'NL01', name: 'Nederland', level: 'land' }],
      indicators: [
        indicator('count', {
          id: 'dumpingen',
          inSentence: '{value} drugsafvaldumpingen',
          rate: { unit: 'per 100.000 inwoners', per: 100_000 },
        }),
      ],
      series: [
        {
          indicator: 'dumpingen',
          area: 'NL01',
          periods: ['2024', '2025'],
          values: [31, 36],
          denominators: [1_535_000, 1_540_000],
        },
      ],
      duiding: [],
      opvallendheden: [],
    });
    const phrase = (measure: string) => {
      const model = buildIndicatorModel(feed, { indicator: 'dumpingen', area: 'NL01', measure });
      return changePhrase(model.changePrevious!, model.indicator, '2024', nl);
    };
    expect(phrase('count')).to.equal('5 meer dan in 2024 (+16\u00a0%)');
    expect(phrase('rate')).to.equal('0,3 hoger dan in 2024 (+16\u00a0%)');
  });

  it('rounds as the figures are printed: 1,45 is 1,5', () => {
    const change = compareValues(rate, point('2024', 1.5), point('2025', 1.45))!;
    expect(changePhrase(change, rate, '2024', nl)).to.equal('even hoog als in 2024');
  });

  it('tests survey figures by their margins as delivered, which print as delivered', () => {
    // 17,1 ± 0,24 against 17,4 ± 0,24: 0,3 < √(0,24² + 0,24²) ≈ 0,34. Rounded to ± 0,2, it would be significant.
    const survey = indicator('survey');
    const online = compareValues(survey, point('2023', 17.1, 0.24), point('2025', 17.4, 0.24))!;
    expect(online).to.include({ significance: 'not-significant', direction: 'same' });
    expect(formatMargin(0.24, survey, nl)).to.equal('± 0,24 procentpunt');
    // 1,1 ± 0,05 against 1,2 ± 0,05: 0,1 > 0,071. Rounded to ± 0,1, it would be "gelijk".
    const score = indicator('survey', { unit: 'schaalscore (0–10)' });
    const nuisance = compareValues(score, point('2023', 1.1, 0.05), point('2025', 1.2, 0.05))!;
    expect(nuisance).to.include({ significance: 'significant', direction: 'up' });
    expect(formatMargin(0.05, score, nl)).to.equal('± 0,05');
  });

  it('tests survey figures as printed, as a reader checking the table would', () => {
    const whole = indicator('survey', { decimals: 0 });
    // Printed 20 ± 2 and 23 ± 2: 3 > √(2² + 2²) ≈ 2,83. Unrounded, 2,8 would not be.
    const change = compareValues(whole, point('2023', 20.4, 2), point('2025', 23.2, 2))!;
    expect(change).to.include({ significance: 'significant', direction: 'up' });
    expect(changePhrase(change, whole, '2023', nl)).to.equal('3 procentpunt significant hoger dan in 2023');
  });
});

describe('significance read from the feed', () => {
  function feed(flags: { breda?: Series['significance']; baronie?: Series['significance'] } = {}): Feed {
    const series = (area: string, values: number[], margins: number[], significance?: Series['significance']) => ({
      indicator: 'survey',
      area,
      periods: ['2023', '2025'],
      values,
      margins,
      ...(significance ? { significance } : {}),
    });
    return parseFeed({
      schemaVersion: 1,
      meta: testMeta('Test'),
      themes: [{ id: 'buurt', title: 'Buurt', order: 1 }],
      areas: [
        { id: 'NL01', name: 'Nederland', level: 'land' },
        { id: 'de-baronie', name: 'De Baronie', level: 'district', parent: 'NL01' },
        { id: 'de-markiezaten', name: 'De Markiezaten', level: 'district', parent: 'NL01' },
        { id: 'GM0758', name: 'Breda', level: 'gemeente', parent: 'de-baronie' },
      ],
      indicators: [indicator('survey')],
      series: [
        series('GM0758', [20, 23], [2, 2], flags.breda),
        series('de-baronie', [18, 17], [1, 1], flags.baronie),
        series('de-markiezaten', [17, 17], [1, 1]),
      ],
      duiding: [],
      opvallendheden: [],
    });
  }
  const at = (f: Feed, area: string, period: string) => ({
    area,
    point: indexFeed(f)
      .points('survey', area)
      .find((p) => p.period === period)!,
  });
  const compare = (f: Feed, a: [string, string], b: [string, string]) =>
    compareInFeed(indexFeed(f), f.indicators[0]!, at(f, ...a), at(f, ...b))!.significance;

  it('tests Breda against De Markiezaten by the margins, but not against De Baronie, which it lies in', () => {
    const plain = feed();
    // 23 ± 2 against 17 ± 1 both times: 6 > √5.
    expect(compare(plain, ['de-markiezaten', '2025'], ['GM0758', '2025'])).to.equal('significant');
    expect(compare(plain, ['de-baronie', '2025'], ['GM0758', '2025'])).to.equal('not-tested');
    expect(compare(plain, ['GM0758', '2023'], ['GM0758', '2025']), '3 > √8').to.equal('significant');
  });

  it('reads the flag from either series, for a period or for an area', () => {
    const onBreda = feed({ breda: { '2025': { periods: { '2023': false }, areas: { 'de-baronie': true } } } });
    expect(compare(onBreda, ['de-baronie', '2025'], ['GM0758', '2025'])).to.equal('significant');
    expect(compare(onBreda, ['GM0758', '2023'], ['GM0758', '2025'])).to.equal('not-significant');
    const onBaronie = feed({ baronie: { '2025': { areas: { GM0758: false } } } });
    expect(compare(onBaronie, ['de-baronie', '2025'], ['GM0758', '2025'])).to.equal('not-significant');
    expect(compare(onBaronie, ['de-baronie', '2023'], ['GM0758', '2023']), 'no flag for 2023').to.equal('not-tested');
  });

  it('never tests a gemeente by the margins against its own district or size class: the flag, or "niet getoetst"', () => {
    const plain = feed();
    const grouped = parseFeed({
      ...plain,
      areaGroups: [
        {
          id: 'gk',
          name: 'gemeenten van 150.000 tot 250.000 inwoners',
          rule: 'CBS-grootteklasse',
          members: ['GM0758'],
          partial: true,
        },
      ],
      series: [
        ...plain.series,
        { indicator: 'survey', area: 'gk', periods: ['2023', '2025'], values: [17, 17], margins: [1, 1] },
      ],
    });
    const words = (f: Feed, compare: string) =>
      describeIndicator(buildIndicatorModel(f, { indicator: 'survey', area: 'GM0758', compare }), nl);
    // Breda 23 ± 2 against 17 ± 1 everywhere: 6 > √(2² + 1²) would be significant, were the samples independent.
    expect(words(grouped, 'de-markiezaten')).to.contain(
      'Breda ligt 6,0 procentpunt significant hoger dan De Markiezaten (17,0\u00a0%).',
    );
    expect(words(grouped, 'de-baronie')).to.contain(
      'Ter vergelijking in 2025: De Baronie (17,0\u00a0%); of de verschillen significant zijn, is niet getoetst.',
    );
    expect(words(grouped, 'group:gk')).to.contain(
      'Ter vergelijking in 2025: gemeenten van 150.000 tot 250.000 inwoners (17,0\u00a0%); of de verschillen significant zijn, is niet getoetst.',
    );
    const flagged = feed({ breda: { '2025': { areas: { 'de-baronie': false } } } });
    expect(words(flagged, 'de-baronie'), "the publisher's flag wins").to.contain(
      'Breda verschilt niet significant van De Baronie (17,0\u00a0%).',
    );
  });

  it('reads a margin of 0 as none: the difference is not tested, unless the publisher flags it', () => {
    const zero = (f: Feed) =>
      parseFeed({ ...f, series: f.series.map((s) => (s.area === 'GM0758' ? { ...s, margins: [0, 0] } : s)) });
    // 20 ± 0 against 23 ± 0 would be a significant rise, as would any printed difference.
    expect(compare(zero(feed()), ['GM0758', '2023'], ['GM0758', '2025'])).to.equal('not-tested');
    expect(compare(zero(feed()), ['de-markiezaten', '2025'], ['GM0758', '2025'])).to.equal('not-tested');
    const flagged = zero(feed({ breda: { '2025': { periods: { '2023': false } } } }));
    expect(compare(flagged, ['GM0758', '2023'], ['GM0758', '2025'])).to.equal('not-significant');
  });

  it('does not take an inherited name for a flag', () => {
    const odd = feed({ breda: { '2025': { areas: {} } } });
    const index = indexFeed(odd);
    expect(
      index.publishedSignificance(
        'survey',
        { area: 'GM0758', period: '2025' },
        { area: 'constructor', period: '2025' },
      ),
    ).to.be.undefined;
  });
});

describe('small numbers', () => {
  const count = indicator('count');

  it('gives a change from 2 to 4 no percentage and no colour: "van 2 naar 4"', () => {
    const change = compareValues(count, point('2024', 2), point('2025', 4))!;
    expect(change).to.include({ direction: 'up', relative: null, smallCount: true, judgement: 'neutral' });
    expect(changePhrase(change, count, '2024', nl)).to.equal('2 meer dan in 2024 (van 2 naar 4)');
    expect(changePhrase(change, count, '2024', en)).to.equal('2 more than in 2024 (from 2 to 4)');
    const fall = compareValues(count, point('2024', 4), point('2025', 2))!;
    expect(changePhrase(fall, count, '2024', nl)).to.equal('2 minder dan in 2024 (van 4 naar 2)');
    expect(fall.judgement, 'a fall of a higher-is-worse count is no good news either').to.equal('neutral');
  });

  it(`counts either value: from ${SMALL_COUNT - 1} up is still small, from ${SMALL_COUNT} on both it is not`, () => {
    expect(compareValues(count, point('2024', SMALL_COUNT - 1), point('2025', 40))).to.include({ smallCount: true });
    const large = compareValues(count, point('2024', SMALL_COUNT), point('2025', SMALL_COUNT * 2))!;
    expect(large).to.include({ smallCount: false, relative: 100, judgement: 'unfavourable' });
    expect(changePhrase(large, count, '2024', nl)).to.equal(`${SMALL_COUNT} meer dan in 2024 (+100\u00a0%)`);
  });

  it('writes a nihil as 0 in "van … naar …", never 0,0', () => {
    const rate = indicator('rate');
    const nil = { ...point('2024', 0), status: 'nil' as const, count: 0 };
    const change = compareValues(rate, nil, { ...point('2025', 2.9), count: 2 })!;
    expect(changePhrase(change, rate, '2024', nl)).to.equal(
      '2,9 hoger dan in 2024 (van 0 naar 2,9; minder dan 10 gevallen)',
    );
  });

  it(`states the small-numbers rule where a percentage or rate rests on fewer than ${SMALL_COUNT} cases: "minder dan ${SMALL_COUNT} gevallen"`, () => {
    // 7 of 12 awareness elements on order, then 8: a share of a handful has no percentage change.
    const share = indicator('percentage', { unit: '% van de normelementen', decimals: 0 });
    const few = compareValues(share, { ...point('2024', 58), count: 7 }, { ...point('2025', 67), count: 8 })!;
    expect(changePhrase(few, share, '2024', nl)).to.equal(
      '9 procentpunt hoger dan in 2024 (van 58\u00a0% naar 67\u00a0%; minder dan 10 gevallen)',
    );
    expect(changePhrase(few, share, '2024', en)).to.equal(
      '9 percentage points higher than in 2024 (from 58% to 67%; fewer than 10 cases)',
    );
    const rate = indicator('rate');
    const fewRate = compareValues(rate, { ...point('2024', 0.6), count: 4 }, { ...point('2025', 0.9), count: 6 })!;
    expect(changePhrase(fewRate, rate, '2024', nl)).to.equal(
      '0,3 hoger dan in 2024 (van 0,6 naar 0,9; minder dan 10 gevallen)',
    );
    // From 10 cases on both sides the rule does not apply: a percentage, and no note.
    const enough = compareValues(rate, { ...point('2024', 1.0), count: 10 }, { ...point('2025', 1.5), count: 15 })!;
    expect(changePhrase(enough, rate, '2024', nl)).to.equal('0,5 hoger dan in 2024 (+50\u00a0%)');
  });

  it('leaves rates of small areas alone: the rule is about counts', () => {
    const rate = indicator('rate');
    expect(compareValues(rate, point('2024', 2), point('2025', 4))).to.include({ smallCount: false, relative: 100 });
  });

  it('reads the counts under a rate, and one known small count is enough', () => {
    const rate = indicator('rate');
    const withCount = (p: Point, count: number) => ({ ...p, count });
    // A gemeente's rate of 9 cases against Nederland's, whose count the feed does not give.
    const againstNational = compareValues(rate, point('2025', 0.99), withCount(point('2025', 1.29), 9))!;
    expect(againstNational).to.include({ smallCount: true, relative: null, judgement: 'neutral' });
    const large = compareValues(rate, point('2025', 0.99), withCount(point('2025', 1.29), SMALL_COUNT))!;
    expect(large).to.include({ smallCount: false, judgement: 'unfavourable' });
  });
});

describe('no "(0 %)"', () => {
  it('leaves out a relative change that rounds to 0 %', () => {
    const rate = indicator('rate');
    const tiny = compareValues(rate, point('2024', 50), point('2025', 50.2))!;
    expect(changePhrase(tiny, rate, '2024', nl)).to.equal('0,2 hoger dan in 2024');
    const count = indicator('count');
    const large = compareValues(count, point('2024', 1000), point('2025', 996))!;
    expect(changePhrase(large, count, '2024', en)).to.equal('4 fewer than in 2024');
    const half = compareValues(rate, point('2024', 20), point('2025', 20.1))!;
    expect(changePhrase(half, rate, '2024', nl), '0,5 % rounds to 1 %').to.equal('0,1 hoger dan in 2024 (+1\u00a0%)');
  });
});

describe('half-years and quarters', () => {
  const halves = ['2019', '2020', '2021', '2022', '2023', '2024', '2025'].flatMap((y) => [`${y}-H1`, `${y}-H2`]);

  it('compares the 2e halfjaar 2025 with the 2e halfjaar 2024 and the 2e halfjaar 2019, never with a 1e halfjaar', () => {
    const points = halves.map((p, i) => point(p, 10 + i));
    const { latest, previous, first } = keyPoints(points);
    expect([latest?.period, previous?.period, first?.period]).to.deep.equal(['2025-H2', '2024-H2', '2019-H2']);
    const quarters = ['2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3'].map((p) => point(p, 1));
    expect(keyPoints(quarters).previous?.period).to.equal('2024-Q3');
    expect(keyPoints(quarters).first, 'the previous one is also the first').to.equal(quarters[1]);
  });

  it('skips a half-year without a number, but never takes the other half-year', () => {
    const points: Point[] = [
      point('2023-H2', 5),
      point('2024-H1', 6),
      { ...point('2024-H2', 0), value: null, status: 'suppressed' },
    ];
    const latest = point('2025-H2', 7);
    expect(keyPoints([...points, point('2025-H1', 8), latest]).previous?.period).to.equal('2023-H2');
  });

  it('never compares a lone value with itself', () => {
    expect(keyPoints([point('2025', 3)])).to.deep.equal({
      latest: point('2025', 3),
      previous: undefined,
      first: undefined,
    });
    expect(keyPoints([point('2025-H1', 3), point('2025-H2', 4)]).first).to.equal(undefined);
  });

  function halfYearFeed(unit: string, kind: Indicator['kind'] = 'rate', language = 'nl'): Feed {
    return parseFeed({
      schemaVersion: 1,
      meta: {
        title: 'Test',
        publisher: 'Test',
        licence: 'CC0-1.0',
        language,
        published: '2026-01-01',
        updated: '2026-01-01',
        sample: true,
      },
      themes: [{ id: 'buurt', title: 'Buurt', order: 1 }],
      areas: [{ id: 'NL01', name: 'Nederland', level: 'land' }],
      indicators: [indicator(kind, { id: 'vt', unit, frequency: 'halfjaar' })],
      series: [
        // Seasonal: every 2e halfjaar is higher than the 1e halfjaar before it.
        { indicator: 'vt', area: 'NL01', periods: halves, values: halves.map((p) => (p.endsWith('H2') ? 4.0 : 3.0)) },
      ],
      duiding: [],
      opvallendheden: [],
    });
  }

  it('says "even hoog" where the half-year before would have shown a seasonal rise, and names the period in the unit', () => {
    const model = buildIndicatorModel(halfYearFeed('per 1.000 inwoners'), { indicator: 'vt', area: 'NL01' });
    expect(model.indicator.unit).to.equal('per 1.000 inwoners, per halfjaar');
    expect(model.changePrevious?.from.period).to.equal('2024-H2');
    expect(model.changeFirst?.from.period).to.equal('2019-H2');
    expect(describeIndicator(model, nl)).to.equal(
      'In het 2e halfjaar van 2025: 4,0 per 1.000 inwoners, per halfjaar in Nederland. ' +
        'Dat is even hoog als in het 2e halfjaar van 2024. Over de hele reeks: even hoog als in het 2e halfjaar van 2019.',
    );
  });

  it('keeps a unit that already names the period, and adds none to other kinds', () => {
    const said = buildIndicatorModel(halfYearFeed('per 1.000 inwoners per halfjaar'), {
      indicator: 'vt',
      area: 'NL01',
    });
    expect(said.indicator.unit).to.equal('per 1.000 inwoners per halfjaar');
    const share = buildIndicatorModel(halfYearFeed('% 12–22 jaar', 'percentage'), { indicator: 'vt', area: 'NL01' });
    expect(share.indicator.unit, 'a share is no flow per period').to.equal('% 12–22 jaar');
    const english = buildIndicatorModel(halfYearFeed('per 1,000 residents', 'rate', 'en'), {
      indicator: 'vt',
      area: 'NL01',
    });
    expect(english.indicator.unit, "in the feed's own language").to.equal('per 1,000 residents, per half-year');
  });
});
