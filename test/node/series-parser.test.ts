/**
 * The series' parser written from their schema (`src/feed/series-parser.ts`) is what the script
 * writes today, and accepts exactly what zod's parse of the schema accepts, with the same result: a
 * wrong acceptance would let a bad figure through the feed's validation.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { feedSchema } from '../../src/feed/schema.js';
import { INVALID, parseSeries } from '../../src/feed/series-parser.js';
import { SERIES_PARSER, seriesParserSource } from '../tools/write-series-parser.js';

const sample = JSON.parse(readFileSync('examples/data/sample-feed.json', 'utf8')) as { series: unknown[] };
const schema = feedSchema.shape.series;

test('the committed parser is what the script writes from the schema (npm run build:series-parser)', () => {
  assert.equal(readFileSync(SERIES_PARSER, 'utf8'), seriesParserSource());
});

test('parses the sample feed as zod does', () => {
  assert.deepEqual(parseSeries(sample.series), schema.parse(sample.series));
});

/** A series of the sample feed with one value somewhere in it replaced, added or removed. */
const mutated = fc
  .tuple(
    fc.constantFrom(...sample.series.filter((s) => JSON.stringify(s).length < 4000)),
    fc.nat(),
    fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.constant(-1),
      fc.constant(Number.NaN),
      fc.constant(''),
      fc.constant(' '),
      fc.constant('2024-H3'),
      fc.constant('provisional'),
      fc.constant('nil'),
      fc.constant('x y'),
      fc.constant({ '2024': 'definitive' }),
      fc.constant({ '20x4': 'definitive' }),
      fc.constant({ __proto__: null, '2024': 1 }),
      fc.constant([1, null, '2']),
      fc.jsonValue({ maxDepth: 2 }),
    ),
  )
  .map(([series, n, value]) => {
    const copy = structuredClone(series) as Record<string, unknown>;
    const places: [Record<string, unknown> | unknown[], string | number][] = [];
    const walk = (node: unknown) => {
      if (node === null || typeof node !== 'object') return;
      for (const key of Object.keys(node)) {
        places.push([node as Record<string, unknown>, key]);
        walk((node as Record<string, unknown>)[key]);
      }
      if (!Array.isArray(node)) places.push([node as Record<string, unknown>, 'extra']);
    };
    walk(copy);
    const [parent, key] = places[n % places.length]!;
    if (value === undefined && !Array.isArray(parent)) delete (parent as Record<string, unknown>)[key];
    else (parent as Record<string | number, unknown>)[key] = value;
    return [copy];
  });

test('accepts exactly what zod accepts, with the same result', () => {
  fc.assert(
    fc.property(mutated, (series) => {
      const compiled = parseSeries(series);
      const parsed = schema.safeParse(series);
      assert.equal(compiled !== INVALID, parsed.success, JSON.stringify(series));
      if (parsed.success) assert.deepEqual(compiled, parsed.data);
    }),
    { numRuns: Number(process.env.PROPERTY_RUNS ?? 400) },
  );
});
