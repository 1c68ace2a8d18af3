/**
 * The classes of the map: round bounds, every value in exactly one class, the stated method, and the
 * edge cases a feed produces (one value, equal values, no values).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { classOf, mapClasses, type MapClasses } from '../../src/model/map-classes.js';
import { parseFeed } from '../../src/feed/validate.js';
import { stringsFor } from '../../src/i18n/strings.js';
import { buildMapModel, classLabels } from '../../src/model/map.js';
import { testMeta } from '../fixtures/feeds.js';

const bounds = (c: MapClasses) => [c.classes[0]!.from, ...c.classes.map((k) => k.to)];

test('equal steps: round bounds from below the lowest to above the highest value', () => {
  const classes = mapClasses([1.3, 2.2, 4.9, 7.5, 9.6], { method: 'equal', decimals: 1 });
  assert.deepEqual(bounds(classes), [0, 2, 4, 6, 8, 10]);
  assert.deepEqual(
    classes.classes.map((c) => c.count),
    [1, 1, 1, 1, 1],
  );
  assert.equal(classes.decimals, 1);
});

test('equal steps widen to the next round step when five would not reach the highest value', () => {
  // Five steps of 2 from 0 end at 10, below 10.4: the step becomes 5.
  const classes = mapClasses([0.5, 3, 10.4], { method: 'equal', decimals: 1 });
  assert.deepEqual(bounds(classes), [0, 5, 10, 15]);
});

test('equal steps never get finer than the printed decimals', () => {
  const classes = mapClasses([10, 11, 12], { method: 'equal', decimals: 0 });
  // Steps of 0,4 would fall between whole numbers; the last class holds its upper bound.
  assert.deepEqual(bounds(classes), [10, 11, 12]);
});

test('quantiles put about as many values in each class, with rounded bounds', () => {
  // A skewed spread: one city far above the others.
  const values = [2.1, 2.4, 2.6, 2.9, 3.1, 3.3, 3.6, 3.8, 4.2, 4.4, 12.8];
  const classes = mapClasses(values, { method: 'quantile', decimals: 1 });
  assert.equal(classes.method, 'quantile');
  assert.deepEqual(bounds(classes), [2, 2.5, 3, 3.5, 4, 13]);
  assert.deepEqual(
    classes.classes.map((c) => c.count),
    [2, 2, 2, 2, 3],
  );
  // Equal steps would put ten of the eleven in the lowest two classes.
  const equal = mapClasses(values, { method: 'equal', decimals: 1 });
  assert.deepEqual(bounds(equal), [0, 5, 10, 15]);
});

test('one value or equal values give one class; no values give none', () => {
  assert.deepEqual(mapClasses([7.4, 7.4], { decimals: 1 }).classes, [{ from: 7.4, to: 7.5, count: 2 }]);
  assert.deepEqual(mapClasses([], { decimals: 1 }).classes, []);
});

test('every value falls in exactly one class, and the classes hold all of them', () => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 0, max: 100000 }), { minLength: 1, maxLength: 40 }),
      fc.constantFrom('equal' as const, 'quantile' as const),
      fc.integer({ min: 0, max: 2 }),
      (ints, method, decimals) => {
        const values = ints.map((i) => i / 10 ** decimals);
        const classes = mapClasses(values, { method, decimals });
        assert.ok(classes.classes.length >= 1 && classes.classes.length <= 5);
        for (const v of values) assert.notEqual(classOf(v, classes), null, `${v} in ${JSON.stringify(classes)}`);
        assert.equal(
          classes.classes.reduce((sum, c) => sum + c.count, 0),
          values.length,
        );
        for (const c of classes.classes) assert.ok(c.from < c.to);
      },
    ),
  );
});

test('a gemeente is in the class of its figure as printed: 12,46 printed 12,5 is in "12,5 tot 13,0"', () => {
  const values = { GM0758: 12.06, GM0777: 12.04, GM0687: 12.46, GM0718: 13.96 };
  const feed = parseFeed({
    schemaVersion: 1,
    meta: testMeta('Kaart'),
    themes: [{ id: 'thema', title: 'Thema', order: 1 }],
    areas: [
      { id: 'NL01', name: 'Nederland', level: 'land' },
      { id: 'zwb', name: 'Eenheid Zeeland-West-Brabant', level: 'eenheid', parent: 'NL01' },
      { id: 'de-baronie', name: 'De Baronie', level: 'district', parent: 'zwb' },
      { id: 'zeeland', name: 'Zeeland', level: 'district', parent: 'zwb' },
      { id: 'GM0758', name: 'Breda', level: 'gemeente', parent: 'de-baronie' },
      { id: 'GM0777', name: 'Etten-Leur', level: 'gemeente', parent: 'de-baronie' },
      { id: 'GM0687', name: 'Middelburg', level: 'gemeente', parent: 'zeeland' },
      { id: 'GM0718', name: 'Vlissingen', level: 'gemeente', parent: 'zeeland' },
    ],
    indicators: [
      {
        id: 'inbraak',
        title: 'Inbraak',
        shortTitle: 'Inbraak',
        theme: 'thema',
        unit: 'per 1.000 inwoners',
        kind: 'rate',
        decimals: 1,
        polarity: 'higher-is-worse',
        definition: 'Inbraak',
        source: { name: 'Bron' },
        frequency: 'jaar',
        lowestLevel: 'gemeente',
        chainStep: 'repressie',
      },
    ],
    series: Object.entries(values).map(([area, value]) => ({
      indicator: 'inbraak',
      area,
      periods: ['2025'],
      values: [value],
    })),
    duiding: [],
    opvallendheden: [],
  });
  const model = buildMapModel(feed, { indicator: 'inbraak' });
  const labels = classLabels(model, stringsFor('nl'));
  const classOfArea = Object.fromEntries(model.regions.map((r) => [r.row.area.name, labels[r.classIndex!]]));
  assert.deepEqual(classOfArea, {
    Breda: '12,0 tot 12,5',
    'Etten-Leur': '12,0 tot 12,5',
    Middelburg: '12,5 tot 13,0',
    Vlissingen: '13,5 tot en met 14,0',
  });
});
