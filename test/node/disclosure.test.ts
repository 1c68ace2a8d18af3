/**
 * Disclosure control: the builder hides a second cell or the total wherever a suppressed cell could be
 * recovered from published totals, at any level, and the check finds every cell that still can be.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assembleFeed, type FeedParts, type ValueInput } from '../../src/feed/build.js';
import { disclosureIssues } from '../../src/feed/disclosure.js';
import type { Area, Feed, Indicator, Series, ValueStatus } from '../../src/feed/schema.js';
import { area } from '../fixtures/areas.js';
import { testMeta } from '../fixtures/feeds.js';

const META: Feed['meta'] = testMeta('Testfeed');

const indicator = (id: string, kind: Indicator['kind'], unit = 'aantal'): Indicator => ({
  id,
  title: id,
  shortTitle: id,
  theme: 'ondermijning',
  unit,
  kind,
  decimals: kind === 'count' ? 0 : 1,
  polarity: 'neutral',
  definition: id,
  source: { name: 'Test' },
  frequency: 'jaar',
  lowestLevel: 'gemeente',
  chainStep: 'repressie',
});

const BIBOB = indicator('bibob', 'count');

/** Nederland, the unit, De Markiezaten with four gemeenten, and Zeeland with two. */
const AREAS: Area[] = [
  area('NL01', 'Nederland', 'land'),
  area('zwb', 'Zeeland-West-Brabant', 'eenheid', 'NL01'),
  area('dm', 'De Markiezaten', 'district', 'zwb'),
  area('zl', 'Zeeland', 'district', 'zwb'),
  area('GM0748', 'Bergen op Zoom', 'gemeente', 'dm'),
  area('GM1674', 'Roosendaal', 'gemeente', 'dm'),
  area('GM0851', 'Steenbergen', 'gemeente', 'dm'),
  area('GM0840', 'Rucphen', 'gemeente', 'dm'),
  area('GM0687', 'Middelburg', 'gemeente', 'zl'),
  area('GM1695', 'Noord-Beveland', 'gemeente', 'zl'),
];

/** Counts per area id; a `.` after a count suppresses it (`'1.'`). */
function counts(indicatorId: string, period: string, cells: Record<string, string | number>): ValueInput[] {
  return Object.entries(cells).map(([a, cell]) => {
    const suppressed = typeof cell === 'string' && cell.endsWith('.');
    const count = Number(String(cell).replace('.', ''));
    return {
      indicator: indicatorId,
      area: a,
      period,
      value: null,
      count,
      ...(suppressed ? { status: 'suppressed' as const } : {}),
    };
  });
}

function build(values: ValueInput[], overrides: Partial<FeedParts> = {}) {
  return assembleFeed({
    meta: META,
    themes: [{ id: 'ondermijning', title: 'Ondermijning', order: 1 }],
    areas: AREAS,
    indicators: [BIBOB],
    values,
    ...overrides,
  });
}

const cell = (feed: Feed, indicatorId: string, areaId: string, period: string) => {
  const s = feed.series.find((x) => x.indicator === indicatorId && x.area === areaId);
  const j = s?.periods.indexOf(period) ?? -1;
  if (!s || j < 0) return undefined;
  return { value: s.values[j], status: s.status?.[period], note: s.notes?.[period] };
};

const suppressedIn = (feed: Feed, indicatorId: string, period: string) =>
  feed.series
    .filter((s) => s.indicator === indicatorId && s.status?.[period] === 'suppressed')
    .map((s) => s.area)
    .sort();

test('Bibob De Markiezaten 2020: next to Rucphen the next smallest gemeente is hidden as well, and reported', () => {
  // Without protection: De Markiezaten 12, the published gemeenten 11, so Rucphen would be 1.
  const { feed, suppressed } = build(
    counts('bibob', '2020', { GM0748: 4, GM1674: 5, GM0851: 2, GM0840: '1.', GM0687: 3, GM1695: 4 }),
  );
  assert.equal(cell(feed, 'bibob', 'dm', '2020')?.value, 12);
  assert.deepEqual(suppressedIn(feed, 'bibob', '2020'), ['GM0840', 'GM0851']);
  assert.deepEqual(suppressed, [
    { indicator: 'bibob', period: '2020', area: 'GM0851', protects: 'GM0840', role: 'sibling' },
  ]);
  // The two secrets look alike in the feed: a reader who could tell Steenbergen's apart would know it
  // is not one the source hid, so for a source that hides counts below 5, at least 5.
  assert.deepEqual(cell(feed, 'bibob', 'GM0851', '2020'), { value: null, status: 'suppressed', note: undefined });
  assert.deepEqual(cell(feed, 'bibob', 'GM0840', '2020'), { value: null, status: 'suppressed', note: undefined });
  assert.deepEqual(disclosureIssues(feed), []);
});

test('a gemeente alone in its district takes the district with it, and the chain goes on up to the unit', () => {
  const areas = [
    ...AREAS.filter((a) => a.id !== 'GM0687'),
    area('GM0687', 'Middelburg', 'gemeente', 'zl', { validTo: '2019-12-31' }),
  ];
  // In 2020 Noord-Beveland is all of Zeeland: no sibling to hide, so the total goes. Zeeland is then
  // the unit minus De Markiezaten; hiding De Markiezaten would not help (its gemeenten add up to it),
  // so the unit's total goes too. Nederland is not a sum of the unit and stays.
  const values = [
    ...counts('bibob', '2020', { GM0748: 6, GM1674: 7, GM0851: 5, GM0840: 9, GM1695: '2.' }),
    { indicator: 'bibob', area: 'NL01', period: '2020', value: 260 },
  ];
  const { feed, suppressed } = build(values, { areas });
  assert.deepEqual(suppressed, [
    { indicator: 'bibob', period: '2020', area: 'zl', protects: 'GM1695', role: 'total' },
    { indicator: 'bibob', period: '2020', area: 'zwb', protects: 'zl', role: 'total' },
  ]);
  assert.deepEqual(suppressedIn(feed, 'bibob', '2020'), ['GM1695', 'zl', 'zwb']);
  assert.equal(cell(feed, 'bibob', 'dm', '2020')?.value, 27);
  assert.equal(cell(feed, 'bibob', 'NL01', '2020')?.value, 260);
  assert.deepEqual(disclosureIssues(feed), []);
});

test("a sibling that a merged gemeente's history would give away is passed over for the next", () => {
  // Hiding Steenbergen (3) would leave De Markiezaten safe, but Steenbergen is also all of a merged
  // gemeente's history, so Rucphen's next smallest sibling is Bergen op Zoom.
  const areas: Area[] = [
    ...AREAS,
    area('GM9999', 'Nieuwgemeente', 'gemeente', 'dm', { validFrom: '2021-01-01', predecessors: ['GM0851'] }),
  ].map((a) => (a.id === 'GM0851' ? { ...a, validTo: '2020-12-31' } : a));
  const { feed, suppressed } = build(
    counts('bibob', '2020', { GM0748: 4, GM1674: 8, GM0851: 3, GM0840: '1.', GM0687: 3, GM1695: 4 }),
    { areas },
  );
  assert.deepEqual(
    suppressed.map((s) => [s.area, s.role]),
    [['GM0748', 'sibling']],
  );
  assert.equal(cell(feed, 'bibob', 'GM9999', '2020')?.value, 3);
  assert.deepEqual(disclosureIssues(feed), []);
});

/** A cell of `feedOf`: a number, `'x'` (suppressed), or a number with the status it is published with. */
type Cell = number | 'x' | [number, ValueStatus];

/** A hand-written feed: series of one period, a `Cell` per area. */
function feedOf(indicators: Indicator[], cells: Record<string, Record<string, Cell>>, areas = AREAS): Feed {
  const series: Series[] = Object.entries(cells).flatMap(([indicatorId, byArea]) =>
    Object.entries(byArea).map(([a, v]) => {
      const [value, status] = v === 'x' ? [null, 'suppressed' as const] : typeof v === 'number' ? [v] : v;
      return {
        indicator: indicatorId,
        area: a,
        periods: ['2020'],
        values: [value],
        ...(status ? { status: { 2020: status } } : {}),
      };
    }),
  );
  return {
    schemaVersion: 1,
    meta: META,
    themes: [{ id: 'ondermijning', title: 'Ondermijning', order: 1 }],
    areas,
    indicators,
    series,
    duiding: [],
    opvallendheden: [],
  };
}

test('the check names the recoverable cell by its path, says how, and what it is', () => {
  const feed = feedOf([BIBOB], { bibob: { dm: 5, GM0748: 2, GM1674: 2, GM0851: 0, GM0840: 'x' } });
  assert.deepEqual(disclosureIssues(feed), [
    {
      path: 'series[4].values[0]',
      message:
        'Rucphen in 2020 is geheim, maar af te leiden uit het totaal van De Markiezaten en de andere gepubliceerde cijfers. Scherm nog een cijfer of het totaal af (secundaire onderdrukking).',
    },
  ]);
});

for (const status of ['nil', 'revised-provisional'] as const)
  test(`a sibling published as ${status} is known: the check finds the secret it gives away`, () => {
    // Rucphen = De Markiezaten − 2 − 3 − Steenbergen, which is 0 as nihil, or 1 as a nader voorlopig 1.
    const steenbergen = status === 'nil' ? 0 : 1;
    const feed = feedOf([BIBOB], {
      bibob: { dm: 6 + steenbergen, GM0748: 2, GM1674: 3, GM0851: [steenbergen, status], GM0840: 'x' },
    });
    assert.deepEqual(
      disclosureIssues(feed).map((i) => [
        i.path,
        /^Rucphen in 2020 is geheim, maar af te leiden uit het totaal van De Markiezaten en de andere gepubliceerde cijfers\./.test(
          i.message,
        ),
      ]),
      [['series[4].values[0]', true]],
    );
  });

test('the builder passes over a nihil sibling, and one that would leave the hidden cells each 1', () => {
  // Hiding Steenbergen's zero would leave Rucphen + Steenbergen = 1; hiding Roosendaal's 1, a sum of 2
  // over two secrets of at least 1 each. Bergen op Zoom's 5 leaves Rucphen anywhere from 1 to 5.
  const { feed, suppressed } = build([
    ...counts('bibob', '2020', { GM0748: 5, GM1674: 1, GM0840: '1.', GM0687: 3, GM1695: 4 }),
    { indicator: 'bibob', area: 'GM0851', period: '2020', value: null, count: 0, status: 'nil' },
  ]);
  assert.equal(cell(feed, 'bibob', 'dm', '2020')?.value, 7);
  assert.deepEqual(
    suppressed.map((s) => [s.area, s.role]),
    [['GM0748', 'sibling']],
  );
  assert.deepEqual(disclosureIssues(feed), []);
});

test('secondary suppression tries a nihil sibling last: hiding a zero leaves the hidden cells adding up to the secret alone', () => {
  // Rucphen's 4 is secret. Steenbergen's 0 is its smallest sibling, and would even pass the check
  // (two hidden cells adding up to 4), but then De Markiezaten minus the published gemeenten is still
  // Rucphen's count, only spread over two cells: the next smallest sibling, Roosendaal, goes instead.
  const { feed, suppressed } = build([
    ...counts('bibob', '2020', { GM0748: 6, GM1674: 5, GM0840: '4.', GM0687: 3, GM1695: 4 }),
    { indicator: 'bibob', area: 'GM0851', period: '2020', value: null, count: 0, status: 'nil' },
  ]);
  assert.equal(cell(feed, 'bibob', 'dm', '2020')?.value, 15);
  assert.deepEqual(suppressed, [
    { indicator: 'bibob', period: '2020', area: 'GM1674', protects: 'GM0840', role: 'sibling' },
  ]);
  assert.deepEqual(cell(feed, 'bibob', 'GM0851', '2020'), { value: null, status: 'nil', note: undefined });
  assert.deepEqual(disclosureIssues(feed), []);
});

for (const sum of [1, 2])
  test(`the check finds a secret that a sum of ${sum} over two hidden cells gives away`, () => {
    // De Markiezaten minus the published gemeenten leaves Rucphen and Steenbergen adding up to 1 (a
    // hidden zero beside it) or 2 (two secrets): a secret count is at least 1, so Rucphen is 1.
    const feed = feedOf([BIBOB], { bibob: { dm: 5 + sum, GM0748: 2, GM1674: 3, GM0851: 'x', GM0840: 'x' } });
    const issues = disclosureIssues(feed).filter((i) => i.path === 'series[4].values[0]');
    assert.equal(issues.length, 1);
    // The same words whatever the sum: with it, anyone who reads the report knows each hidden cell.
    assert.equal(
      issues[0]!.message,
      'Rucphen in 2020 is geheim, maar af te leiden uit het totaal van De Markiezaten en de andere gepubliceerde cijfers: de afgeschermde cijfers daarin zijn samen zo klein dat dit cijfer vastligt, want een geheim cijfer is minstens 1. Scherm nog een cijfer of het totaal af (secundaire onderdrukking).',
    );
  });

test('the check follows a chain of sums across levels', () => {
  // Zeeland = 3 + 4 from below; De Markiezaten = unit − Zeeland = 13; Rucphen = 13 − 5 − 6 − 0 = 2.
  const feed = feedOf([BIBOB], {
    bibob: { zwb: 20, dm: 'x', zl: 'x', GM0748: 5, GM1674: 6, GM0851: 0, GM0840: 'x', GM0687: 3, GM1695: 4 },
  });
  const found = disclosureIssues(feed).map((i) => [feed.series[Number(/\d+/.exec(i.path)![0])]!.area, i.message]);
  assert.deepEqual(
    found.map(([a]) => a),
    ['dm', 'zl', 'GM0840'],
  );
  assert.match(
    found[0]![1]!,
    /^De Markiezaten in 2020 is geheim, maar af te leiden uit het totaal van Zeeland-West-Brabant en het totaal van Zeeland /,
  );
  assert.doesNotMatch(found[2]![1]!, /het is/);
});

/** The largest gemeente of each district as one group, as a size class of the CBS ties two districts. */
const LARGEST = {
  id: 'grootste',
  name: 'Grootste gemeenten',
  rule: 'de grootste van elk district',
  members: ['GM0748', 'GM0687'],
};

test('the check narrows the sums together: two districts and a group across them leave three secrets adding up to 3', () => {
  // De Markiezaten less Roosendaal leaves Bergen op Zoom + Rucphen + Steenbergen = 4, Zeeland leaves
  // Middelburg + Noord-Beveland = 6, and the group Bergen op Zoom + Middelburg = 7. No sum alone pins
  // a cell, but together they leave Rucphen + Steenbergen + Noord-Beveland = 3: each is 1, and then
  // Bergen op Zoom is 2 and Middelburg 5.
  const feed: Feed = {
    ...feedOf([BIBOB], {
      bibob: { dm: 10, zl: 6, grootste: 7, GM0748: 'x', GM1674: 6, GM0851: 'x', GM0840: 'x', GM0687: 'x', GM1695: 'x' },
    }),
    areaGroups: [LARGEST],
  };
  const found = disclosureIssues(feed);
  assert.deepEqual(found.map((i) => feed.series[Number(/\d+/.exec(i.path)![0])]!.area).sort(), [
    'GM0687',
    'GM0748',
    'GM0840',
    'GM0851',
    'GM1695',
  ]);
  assert.match(
    found.find((i) => i.path === 'series[6].values[0]')!.message,
    /^Rucphen in 2020 is geheim, maar af te leiden uit .*het cijfer van de groep Grootste gemeenten.*: de afgeschermde cijfers daarin zijn samen zo klein dat dit cijfer vastligt, want een geheim cijfer is minstens 1\./,
  );

  // The builder protects the gemeenten within their districts first, then hides the group that
  // would still give them away.
  const { feed: built } = build(
    counts('bibob', '2020', { GM0748: 2, GM1674: 6, GM0851: '1.', GM0840: '1.', GM0687: 5, GM1695: '1.' }),
    { areaGroups: [LARGEST] },
  );
  assert.deepEqual(suppressedIn(built, 'bibob', '2020'), [
    'GM0687',
    'GM0748',
    'GM0840',
    'GM0851',
    'GM1695',
    'grootste',
  ]);
  assert.deepEqual(disclosureIssues(built), []);
});

test('rates are sized by the counts behind them: two secrets of 1 beside published rates get a sibling hidden', () => {
  // A rate and its denominator give its count back, so De Markiezaten's rate tells that Rucphen and
  // Steenbergen add up to 2 cases, each 1, unless a third cell is hidden.
  const rate = (area: string, count: number, denominator: number, suppressed = false): ValueInput => ({
    indicator: 'inbraak',
    area,
    period: '2020',
    value: null,
    count,
    denominator,
    ...(suppressed ? { status: 'suppressed' as const } : {}),
  });
  const { feed, suppressed } = build(
    [
      rate('GM0748', 60, 67_000),
      rate('GM1674', 90, 77_000),
      rate('GM0851', 1, 24_000, true),
      rate('GM0840', 1, 22_000, true),
    ],
    { indicators: [indicator('inbraak', 'rate', 'per 1.000 inwoners')] },
  );
  assert.deepEqual(
    suppressed.map((s) => [s.area, s.role]),
    [['GM0748', 'sibling']],
  );
  assert.deepEqual(suppressedIn(feed, 'inbraak', '2020'), ['GM0748', 'GM0840', 'GM0851']);
});

test('with the source’s rule known, two secrets adding up to twice its most are each that most: a sibling is hidden', () => {
  // Counts from 1 to 4 are secret. De Markiezaten less Bergen op Zoom and Roosendaal leaves Steenbergen
  // + Rucphen = 8: each is at most 4, so each is 4. Without the rule, 8 is anything from 1 + 7 to 7 + 1.
  const values = counts('bibob', '2020', { GM0748: 20, GM1674: 30, GM0851: '4.', GM0840: '4.', GM0687: 3, GM1695: 6 });
  assert.deepEqual(build(values).suppressed, []);
  const { feed, suppressed } = build(values, { secretBelow: 5 });
  assert.deepEqual(
    suppressed.map((s) => [s.area, s.role]),
    [['GM0748', 'sibling']],
  );
  assert.deepEqual(disclosureIssues(feed), []);
  // A secret the rule does not cover (a count of 7, hidden as confidential) keeps its open range.
  const confidential = counts('bibob', '2020', {
    GM0748: 20,
    GM1674: 30,
    GM0851: '1.',
    GM0840: '7.',
    GM0687: 3,
    GM1695: 6,
  });
  assert.deepEqual(build(confidential, { secretBelow: 5 }).suppressed, []);
});

test('a secret survey figure is published without its margin, which with the sample size gives the estimate back', () => {
  const survey = (area: string, period: string, value: number | 'x', margin: number): ValueInput => ({
    indicator: 'onveilig',
    area,
    period,
    value: value === 'x' ? null : value,
    margin,
    ...(value === 'x' ? { status: 'suppressed' as const } : {}),
  });
  const { feed } = build(
    [
      survey('GM0748', '2023', 16, 1.2),
      survey('GM0840', '2023', 'x', 3.1),
      survey('GM0840', '2025', 11, 2.9),
      survey('GM1674', '2023', 'x', 2.2),
    ],
    { indicators: [indicator('onveilig', 'survey', '%')] },
  );
  const margins = (area: string) => feed.series.find((s) => s.area === area)?.margins;
  assert.deepEqual(margins('GM0748'), [1.2]);
  assert.deepEqual(margins('GM0840'), [null, 2.9]);
  assert.equal(margins('GM1674'), undefined);
  assert.deepEqual(disclosureIssues(feed), []);

  // The check finds one another tool wrote; a margin of 0 is read as none.
  const rucphen = feed.series.findIndex((s) => s.area === 'GM0840');
  feed.series[rucphen]!.margins = [3.1, 2.9];
  feed.series.find((s) => s.area === 'GM1674')!.margins = [0];
  assert.deepEqual(disclosureIssues(feed), [
    {
      path: `series[${rucphen}].margins[0]`,
      message:
        'Rucphen in 2023 is geheim, maar de marge ernaast is gepubliceerd: met de steekproefomvang geeft die het cijfer terug. Laat de marge leeg (null).',
    },
  ]);
});

test('a safe feed passes: two hidden siblings, an unknown sibling, a survey, or Nederland above the unit', () => {
  const survey = indicator('onveilig', 'survey', '%');
  const feed = feedOf([BIBOB, survey, indicator('inbraak', 'rate', 'per 1.000 inwoners')], {
    bibob: { zwb: 32, dm: 7, zl: 25, GM0748: 2, GM1674: 2, GM0851: 'x', GM0840: 'x', GM0687: 20 },
    onveilig: { dm: 17.5, GM0748: 16, GM1674: 19, GM0851: 'x', GM0840: 15.2 },
    inbraak: { NL01: 2.1, zwb: 'x' },
  });
  assert.deepEqual(disclosureIssues(feed), []);
});

test('rates are protected like the counts behind them: a district rate gives a gemeente rate away', () => {
  const feed = feedOf([indicator('inbraak', 'rate', 'per 1.000 inwoners')], {
    inbraak: { zl: 2.4, GM0687: 2.1, GM1695: 'x' },
  });
  const [issue] = disclosureIssues(feed);
  assert.equal(issue?.path, 'series[2].values[0]');
  assert.match(issue!.message, /met hun noemers \(zoals het aantal inwoners\)/);

  const { feed: built, suppressed } = build(
    [
      { indicator: 'inbraak', area: 'GM0687', period: '2020', value: null, count: 105, denominator: 50_000 },
      {
        indicator: 'inbraak',
        area: 'GM1695',
        period: '2020',
        value: null,
        count: 4,
        denominator: 7_500,
        status: 'suppressed',
      },
    ],
    { indicators: [indicator('inbraak', 'rate', 'per 1.000 inwoners')] },
  );
  assert.deepEqual(
    suppressed.map((s) => [s.area, s.role]),
    [['GM0687', 'sibling']],
  );
  assert.deepEqual(disclosureIssues(built), []);
});

test("Altena before 2019 is its predecessors' sum, on today's boundaries; a split keeps its break", () => {
  const areas: Area[] = [
    area('NL01', 'Nederland', 'land'),
    area('zwb', 'Zeeland-West-Brabant', 'eenheid', 'NL01'),
    area('db', 'De Baronie', 'district', 'zwb'),
    area('GM0758', 'Breda', 'gemeente', 'db'),
    area('GM1959', 'Altena', 'gemeente', 'db', {
      validFrom: '2019-01-01',
      predecessors: ['GM0738', 'GM0870', 'GM0874'],
    }),
    area('GM0738', 'Aalburg', 'gemeente', 'db', { validTo: '2018-12-31' }),
    area('GM0870', 'Werkendam', 'gemeente', 'db', { validTo: '2018-12-31' }),
    area('GM0874', 'Woudrichem', 'gemeente', 'db', { validTo: '2018-12-31' }),
    // Haaren split: two new areas name it, so neither can take its history.
    area('GM0788', 'Haaren', 'gemeente', 'db', { validTo: '2020-12-31' }),
    area('GM8001', 'Haaren-Noord', 'gemeente', 'db', { validFrom: '2021-01-01', predecessors: ['GM0788'] }),
    area('GM8002', 'Haaren-Zuid', 'gemeente', 'db', { validFrom: '2021-01-01', predecessors: ['GM0788'] }),
  ];
  const rate = indicator('inbraak', 'rate', 'per 1.000 inwoners');
  const values: ValueInput[] = [
    ...counts('bibob', '2018', { GM0758: 20, GM0738: 6, GM0870: 9, GM0874: 7, GM0788: 5 }),
    ...counts('bibob', '2021', { GM0758: 21, GM1959: 25, GM8001: 5, GM8002: 6 }),
    { indicator: 'inbraak', area: 'GM0738', period: '2018', value: null, count: 30, denominator: 13_000 },
    { indicator: 'inbraak', area: 'GM0870', period: '2018', value: null, count: 70, denominator: 27_500 },
    { indicator: 'inbraak', area: 'GM0874', period: '2018', value: null, count: 35, denominator: 14_500 },
  ];
  const { feed, suppressed } = build(values, { areas, indicators: [BIBOB, rate] });
  assert.deepEqual(suppressed, []);
  assert.deepEqual(cell(feed, 'bibob', 'GM1959', '2018'), {
    value: 22,
    status: undefined,
    note: 'Herberekend op de gemeentelijke indeling van 2021: Aalburg, Werkendam en Woudrichem samen.',
  });
  // Σcounts / Σdenominators: 135 / 55.000 × 1.000 = 2,45…, never the mean of 2,3, 2,5 and 2,4.
  assert.equal(cell(feed, 'inbraak', 'GM1959', '2018')?.value, 2.5);
  assert.equal(cell(feed, 'bibob', 'db', '2018')?.value, 47, 'the district counts the predecessors, not Altena');
  for (const part of ['GM8001', 'GM8002']) assert.equal(cell(feed, 'bibob', part, '2018'), undefined);
});
