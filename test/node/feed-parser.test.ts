/**
 * The parsers written from the feed's schema (`src/feed/feed-parser.ts`) are what the script writes
 * today, and accept exactly what zod's parse of the schema accepts, with the same result: a wrong
 * acceptance would let a bad figure through the feed's validation.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { feedSchema } from '../../src/feed/feed-schema.js';
import { INVALID, parseHead, parseSeries } from '../../src/feed/feed-parser.js';
import { codePointLength, isPlainObject } from '../../src/feed/zod-helpers.js';
import { util } from 'zod/v4/core';
import { FEED_PARSER, feedParserSource, headSchema } from '../tools/write-feed-parser.js';

const sample = JSON.parse(readFileSync('examples/data/sample-feed.json', 'utf8')) as { series: unknown[] };
const { series: sampleSeries, ...sampleHead } = sample;
const schema = feedSchema.shape.series;

test('the committed parsers are what the script writes from the schema (npm run build:feed-parser)', () => {
  assert.equal(readFileSync(FEED_PARSER, 'utf8'), feedParserSource());
});

test('parse the sample feed as zod does', () => {
  assert.deepEqual(parseSeries(sampleSeries), schema.parse(sampleSeries));
  assert.deepEqual(parseHead(sample), headSchema.parse(sample));
  assert.equal(parseHead({ ...sample, schemaVersion: 2 }), INVALID);
});

/** A value that may break a field, or not. */
const replacement = fc.oneof(
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
  fc.constant('javascript:alert(1)'),
  fc.constant({ '2024': 'definitive' }),
  fc.constant({ '20x4': 'definitive' }),
  fc.constant({ __proto__: null, '2024': 1 }),
  fc.constant([1, null, '2']),
  fc.jsonValue({ maxDepth: 2 }),
);

/** `value` with one place somewhere in it replaced by `by`, added, or removed (`undefined`). */
function mutate(value: unknown, n: number, by: unknown): unknown {
  const copy = structuredClone(value);
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
  if (by === undefined && !Array.isArray(parent)) delete (parent as Record<string, unknown>)[key];
  else (parent as Record<string | number, unknown>)[key] = by;
  return copy;
}

const RUNS = Number(process.env.PROPERTY_RUNS ?? 400);

/** Whether `compiled` accepts what `zod` accepts, with the same result. */
function agree(compiled: unknown, zod: { success: boolean; data?: unknown }, input: unknown): void {
  assert.equal(compiled !== INVALID, zod.success, JSON.stringify(input).slice(0, 2000));
  if (zod.success) assert.deepEqual(compiled, zod.data);
}

test('the series: accept exactly what zod accepts, with the same result', () => {
  const small = sampleSeries.filter((s) => JSON.stringify(s).length < 4000);
  const series = fc.tuple(fc.constantFrom(...small), fc.nat(), replacement).map(([s, n, by]) => [mutate(s, n, by)]);
  fc.assert(
    fc.property(series, (input) => agree(parseSeries(input), schema.safeParse(input), input)),
    { numRuns: RUNS },
  );
});

test('everything but the series: accepts exactly what zod accepts, with the same result', () => {
  const head = fc.tuple(fc.nat(), replacement).map(([n, by]) => mutate(sampleHead, n, by));
  fc.assert(
    fc.property(head, (input) => agree(parseHead(input), headSchema.safeParse(input), input)),
    { numRuns: RUNS },
  );
});

test("zod's helpers, as the parsers take them, answer as zod's own", () => {
  class Point {
    x = 1;
  }
  const objects = fc.oneof(
    fc.anything(),
    fc.constantFrom(Object.create(null), new Point(), new Map(), [], new Date(0), { constructor: 1 }),
  );
  fc.assert(
    fc.property(objects, (o) => assert.equal(isPlainObject(o), util.isPlainObject(o))),
    { numRuns: RUNS },
  );
  const text = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.constant('\ud83d'));
  fc.assert(
    fc.property(text, (s) => assert.equal(codePointLength(s), util.codePointLength(s))),
    { numRuns: RUNS },
  );
});
