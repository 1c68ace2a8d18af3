/** Rates from counts, indexes against a base period, and groups of comparable areas, worked out by hand. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../../src/feed/validate.js';
import type { Indicator } from '../../src/feed/schema.js';
import { dictionaries } from '../../src/i18n/dictionaries.js';
import { buildIndicatorModel } from '../../src/model/indicator.js';
import { defaultBase, indexBreakSide, indexPoints, ratePoint } from '../../src/model/rates.js';
import type { Point } from '../../src/model/series.js';
import { describeIndicator } from '../../src/model/summary.js';
import { compareValues, SMALL_COUNT } from '../../src/model/trend.js';
import { testMeta } from '../fixtures/feeds.js';

const nl = dictionaries.nl;
const RATE = { unit: 'per 1.000 inwoners', per: 1000 };
const point = (period: string, value: number | null, extra: Partial<Point> = {}): Point => ({
  period,
  value,
  status: value === null ? 'no-data' : 'definitive',
  margin: null,
  ...extra,
});

const INDICATOR: Indicator = {
  id: 'labs',
  title: 'Drugslabs',
  shortTitle: 'Drugslabs',
  theme: 'buurt',
  unit: 'aantal',
  kind: 'count',
  decimals: 0,
  polarity: 'higher-is-worse',
  definition: 'Aangetroffen drugslabs.',
  source: { name: 'Politie' },
  frequency: 'jaar',
  lowestLevel: 'gemeente',
  chainStep: 'repressie',
  inSentence: '{value} drugslabs',
  breaks: [{ period: '2021', reason: 'Nieuwe registratie.' }],
  rate: RATE,
};

test('a count per 1.000 inwoners: 37 of 18.500 is 2,0; 3 of 7.000 is 0,4', () => {
  assert.equal(ratePoint(point('2024', 37, { denominator: 18_500 }), RATE).value, 2);
  assert.equal(ratePoint(point('2024', 3, { denominator: 7_000 }), RATE).value, 0.4);
  // Per 10.000 jongeren with two decimals: 7 of 2.345 is 29,85.
  assert.equal(
    ratePoint(point('2024', 7, { denominator: 2_345 }), { unit: 'per 10.000', per: 10_000, decimals: 2 }).value,
    29.85,
  );
  assert.equal(
    ratePoint(point('2024', 3, { denominator: 7_000 }), RATE).count,
    3,
    'the count stays for the small-number rule',
  );
});

test('a rate and an index at an exact half round up, as printed and as a reader works them out', () => {
  // 49 of 20.000 per 1.000 is 2,45, printed 2,5: in binary 49 / 20.000 × 1.000 is 2,4499999…
  assert.equal(ratePoint(point('2024', 49, { denominator: 20_000 }), RATE).value, 2.5);
  assert.equal(ratePoint(point('2024', 59, { denominator: 20_000 }), RATE).value, 3);
  // 1,15 against a base of 4,00 is 28,75, printed 28,8: in binary 1,15 × (100 / 4) is 28,749999…
  const indexed = indexPoints(
    [point('2023', 4), point('2024', 1.15)],
    '2023',
    { ...INDICATOR, kind: 'rate', breaks: [] },
    'GM1',
  );
  assert.deepEqual(
    indexed.points.map((p) => p.value),
    [100, 28.8],
  );
});

test('a suppressed count gives a suppressed rate; nil a rate of 0; no denominator no rate', () => {
  const secret = ratePoint(point('2024', null, { status: 'suppressed', denominator: 7_000 }), RATE);
  assert.deepEqual([secret.value, secret.status], [null, 'suppressed']);
  const nil = ratePoint(point('2024', 0, { status: 'nil', denominator: 7_000 }), RATE);
  assert.deepEqual([nil.value, nil.status], [0, 'nil']);
  const unknown = ratePoint(point('2024', 12), RATE);
  assert.deepEqual([unknown.value, unknown.status], [null, 'no-data']);
});

test('a change between rates of small counts gets no percentage and no judgement', () => {
  const rateIndicator = { ...INDICATOR, kind: 'rate' as const, unit: 'per 1.000 inwoners', decimals: 1 };
  const from = ratePoint(point('2023', 2, { denominator: 7_000 }), RATE);
  const to = ratePoint(point('2024', 4, { denominator: 7_000 }), RATE);
  const small = compareValues(rateIndicator, from, to)!;
  assert.deepEqual([from.value, to.value], [0.3, 0.6]);
  assert.equal(small.smallCount, true);
  assert.equal(small.relative, null);
  assert.equal(small.judgement, 'neutral');
  const large = compareValues(
    rateIndicator,
    ratePoint(point('2023', 20, { denominator: 7_000 }), RATE),
    ratePoint(point('2024', 40, { denominator: 7_000 }), RATE),
  )!;
  assert.equal(large.judgement, 'unfavourable');
});

test('an index is value / base value × 100, and blank with its reason across a break', () => {
  const points = [point('2019', 40), point('2020', 50), point('2021', 30), point('2022', 33), point('2023', 27)];
  const indexed = (base: string) =>
    indexPoints(points, base, INDICATOR, 'GM1').points.map((p) => [p.period, p.value, p.status]);
  // Before the break of 2021: 2019 = 100, 2020 = 50 / 40 × 100 = 125; 2021 and later exist but have no
  // index (not applicable, never missing data).
  assert.deepEqual(indexed('2019'), [
    ['2019', 100, 'definitive'],
    ['2020', 125, 'definitive'],
    ['2021', null, 'not-applicable'],
    ['2022', null, 'not-applicable'],
    ['2023', null, 'not-applicable'],
  ]);
  assert.deepEqual(
    ['2019', '2020', '2021'].map((p) => indexBreakSide(INDICATOR, 'GM1', '2019', p)),
    [undefined, undefined, 'after'],
  );
  // After it: 33 / 30 × 100 = 110; 27 / 30 × 100 = 90.
  assert.deepEqual(indexed('2021'), [
    ['2019', null, 'not-applicable'],
    ['2020', null, 'not-applicable'],
    ['2021', 100, 'definitive'],
    ['2022', 110, 'definitive'],
    ['2023', 90, 'definitive'],
  ]);
  assert.equal(indexBreakSide(INDICATOR, 'GM1', '2021', '2020'), 'before');
  assert.equal(defaultBase(INDICATOR, 'GM1', ['2019', '2020', '2021', '2022', '2023']), '2021');
  assert.equal(defaultBase(INDICATOR, 'GM1', ['2022', '2023']), '2022', 'the first period when the break lies before');
});

test('a suppressed, missing or nil base gives no index and says why', () => {
  const points = [
    point('2021', null, { status: 'suppressed' }),
    point('2022', 12),
    point('2023', 0, { status: 'nil' }),
  ];
  assert.deepEqual(indexPoints(points, '2021', INDICATOR, 'GM1'), { points: [], problem: 'suppressed' });
  assert.deepEqual(indexPoints(points, '2020', INDICATOR, 'GM1'), { points: [], problem: 'no-data' });
  assert.deepEqual(indexPoints(points, '2023', INDICATOR, 'GM1'), { points: [], problem: 'nil' });
  assert.deepEqual(indexPoints([point('2023', 0)], '2023', INDICATOR, 'GM1'), { points: [], problem: 'nil' });
  // A suppressed value after a good base stays suppressed in the index.
  const later = indexPoints(
    [point('2022', 12), point('2023', null, { status: 'suppressed' })],
    '2022',
    INDICATOR,
    'GM1',
  );
  assert.deepEqual(
    later.points.map((p) => [p.value, p.status]),
    [
      [100, 'definitive'],
      [null, 'suppressed'],
    ],
  );
});

test('survey margins scale with the index, so a change within a line tests as before', () => {
  const survey = { ...INDICATOR, kind: 'survey' as const, unit: '%', decimals: 1, breaks: [] };
  const [a, b] = indexPoints(
    [point('2019', 20, { margin: 2 }), point('2021', 23, { margin: 2 })],
    '2019',
    survey,
    'GM1',
  ).points;
  assert.deepEqual([a!.value, a!.margin, b!.value, b!.margin], [100, 10, 115, 10]);
  // |23 − 20| = 3 > √(2² + 2²) = 2,83: significant in values and in the index alike.
  assert.equal(compareValues(survey, a!, b!)!.significance, 'significant');
});

const FEED = parseFeed({
  schemaVersion: 1,
  meta: testMeta('Test'),
  themes: [{ id: 'buurt', title: 'Buurt', order: 1 }],
  areas: [
    { id: 'NL01', name: 'Nederland', level: 'land' },
    { id: 'unit', name: 'Eenheid', level: 'eenheid', parent: 'NL01' },
    { id: 'noord', name: 'Noord', level: 'district', parent: 'unit' },
    { id: 'GM1', name: 'Grootstad', level: 'gemeente', parent: 'noord' },
    { id: 'GM2', name: 'Dorp', level: 'gemeente', parent: 'noord' },
  ],
  areaGroups: [
    {
      id: 'groot',
      name: 'gemeenten met 100.000 inwoners of meer',
      rule: 'CBS-grootteklasse',
      members: ['GM1'],
      partial: true,
    },
  ],
  indicators: [INDICATOR],
  series: [
    {
      indicator: 'labs',
      area: 'GM1',
      periods: ['2021', '2022', '2023'],
      values: [90, 99, 120],
      denominators: [100_000, 110_000, 120_000],
    },
    {
      indicator: 'labs',
      area: 'GM2',
      periods: ['2021', '2022', '2023'],
      values: [null, 4, 6],
      status: { 2021: 'suppressed' },
      denominators: [7_000, 7_000, 7_000],
    },
    {
      indicator: 'labs',
      area: 'groot',
      periods: ['2021', '2022', '2023'],
      values: [1_600, 1_500, 1_800],
      denominators: [1_600_000, 1_600_000, 1_500_000],
    },
  ],
  duiding: [],
  opvallendheden: [],
});

test('the model shows a count as it is alone, and per 1.000 inwoners beside its size class', () => {
  const alone = buildIndicatorModel(FEED, { indicator: 'labs', area: 'GM1' });
  assert.equal(alone.measure, 'count');
  assert.deepEqual(alone.rate, RATE);
  assert.deepEqual(
    alone.series[0]!.points.map((p) => p.value),
    [90, 99, 120],
  );

  const beside = buildIndicatorModel(FEED, { indicator: 'labs', area: 'GM1', compare: 'group:groot' });
  assert.equal(beside.measure, 'rate');
  assert.equal(beside.indicator.unit, 'per 1.000 inwoners');
  // 90 / 100.000, 99 / 110.000, 120 / 120.000 per 1.000: 0,9 each year, and the class 1,0, 0,9, 1,2.
  assert.deepEqual(
    beside.series.map((s) => s.points.map((p) => p.value)),
    [
      [0.9, 0.9, 1],
      [1, 0.9, 1.2],
    ],
  );
  assert.equal(beside.series[1]!.group?.rule, 'CBS-grootteklasse');
  assert.match(describeIndicator(beside, nl), /In 2023: 1,0 drugslabs per 1\.000 inwoners in Grootstad\./);
  assert.match(describeIndicator(beside, nl), /gemeenten met 100\.000 inwoners of meer \(1,2\)/);

  const counted = buildIndicatorModel(FEED, {
    indicator: 'labs',
    area: 'GM1',
    compare: 'group:groot',
    measure: 'count',
  });
  assert.equal(counted.measure, 'count');
});

test('a suppressed count stays suppressed as a rate, and a small one keeps the small-number rule', () => {
  const model = buildIndicatorModel(FEED, { indicator: 'labs', area: 'GM2', measure: 'rate' });
  assert.deepEqual(
    model.series[0]!.points.map((p) => [p.value, p.status]),
    [
      [null, 'suppressed'],
      [0.6, 'definitive'],
      [0.9, 'definitive'],
    ],
  );
  assert.equal(model.changePrevious!.smallCount, true);
  assert.equal(model.changePrevious!.judgement, 'neutral');
});

test('the index model: 2021 = 100 by default after the break, and a clear problem for a secret base', () => {
  const model = buildIndicatorModel(FEED, {
    indicator: 'labs',
    area: 'GM1',
    compare: 'group:groot',
    scale: 'index',
    measure: 'count',
  });
  assert.equal(model.base, '2021');
  assert.equal(model.indicator.unit, 'index, 2021 = 100');
  // 99 / 90 × 100 = 110; 120 / 90 × 100 = 133,3; the class 1.500 / 1.600 × 100 = 93,8 and 112,5.
  assert.deepEqual(
    model.series.map((s) => s.points.map((p) => p.value)),
    [
      [100, 110, 133.3],
      [100, 93.8, 112.5],
    ],
  );
  assert.match(describeIndicator(model, nl), /133,3 \(index, 2021 = 100\)/);
  const secret = buildIndicatorModel(FEED, { indicator: 'labs', area: 'GM2', scale: 'index', base: '2021' });
  assert.deepEqual(
    secret.indexProblems.map((p) => [p.area.id, p.problem]),
    [['GM2', 'suppressed']],
  );
  assert.equal(
    nl.fair.indexProblem('Dorp', '2021', 'suppressed'),
    'Voor Dorp is geen index te berekenen: het cijfer van 2021 is geheim (x). Kies een andere basisperiode.',
  );
});

test(`an index never rests on a base of fewer than ${SMALL_COUNT} cases: 9 gives no index and says so, 10 gives one`, () => {
  const onBase = (cases: number) =>
    buildIndicatorModel(
      parseFeed({
        ...FEED,
        series: [{ indicator: 'labs', area: 'GM2', periods: ['2022', '2023'], values: [cases, 18] }],
      }),
      { indicator: 'labs', area: 'GM2', scale: 'index', base: '2022' },
    );
  // 9 → 18 would read as index 200: a doubling that a handful of cases makes by chance.
  const nine = onBase(SMALL_COUNT - 1);
  assert.deepEqual(
    nine.indexProblems.map((p) => [p.area.id, p.problem]),
    [['GM2', 'few-cases']],
  );
  assert.deepEqual(
    nine.series.flatMap((s) => s.points.map((p) => p.value)),
    [],
  );
  assert.equal(
    describeIndicator(nine, nl),
    'Voor Dorp is geen index te berekenen: het cijfer van 2022 berust op minder dan 10 gevallen. Kies een andere basisperiode.',
  );
  // 10 → 18 is index 180.
  const ten = onBase(SMALL_COUNT);
  assert.deepEqual(ten.indexProblems, []);
  assert.deepEqual(
    ten.series.map((s) => s.points.map((p) => p.value)),
    [[100, 180]],
  );
  assert.match(describeIndicator(ten, nl), /In 2023: 180,0 \(index, 2022 = 100\) in Dorp\./);
});
