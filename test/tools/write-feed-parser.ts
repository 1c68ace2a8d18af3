/**
 * Writes `src/feed/feed-parser.ts`: the parsers that zod's compiler makes from the feed's schema
 * (`compileFn`), written out as a module: one of everything but the series, one of the series. zod
 * builds them with `new Function` at run time, which a page's Content Security Policy may forbid;
 * written out here they are plain code. They validate a feed in about half the time of zod's own
 * parse, and a page whose feed is valid never loads zod (`validate-core.ts`).
 *
 *   npm run build:feed-parser     (after changing the feed's schema; a Node test checks the file)
 *
 * The file is left as written (prettier and eslint pass it by): it is read through this script.
 *
 * The compiler hoists what its code needs (patterns, sets of values, zod's helpers, the parsers of
 * record keys, which it compiles too) into constants; each is written here as the expression that
 * gives it (zod's helpers from `zod-helpers.ts`), and a constant of another kind stops the script.
 */
import { writeFileSync } from 'node:fs';
import { compileFn, INVALID, util } from 'zod/v4/core';
import * as z from 'zod/mini';
import { feedSchema } from '../../src/feed/feed-schema.js';
import * as zodHelpers from '../../src/feed/zod-helpers.js';

export const FEED_PARSER = 'src/feed/feed-parser.ts';

/** Everything in the feed but its series, which are parsed apart (in steps, for a large feed). */
export const headSchema = z.omit(feedSchema, { series: true });

interface Compiled {
  names: string[];
  body: string;
  values: unknown[];
  fn: unknown;
}

/** Every function zod's compiler makes while compiling `schema`, in the order made (inner ones first). */
function compiledFunctions(schema: unknown): Compiled[] {
  const made: Compiled[] = [];
  const RealFunction = globalThis.Function;
  globalThis.Function = function (...args: string[]) {
    const factory = new RealFunction(...args) as (...values: unknown[]) => unknown;
    return (...values: unknown[]) => {
      const fn = factory(...values);
      made.push({ names: args.slice(0, -1), body: args.at(-1)!, values, fn });
      return fn;
    };
  } as unknown as FunctionConstructor;
  try {
    compileFn(schema as Parameters<typeof compileFn>[0]);
  } finally {
    globalThis.Function = RealFunction;
  }
  return made;
}

/** The source of a constant the compiler hoisted; `name` names the parsers made with it. */
function expression(value: unknown, made: Compiled[], name: string): string {
  if (value === INVALID) return 'INVALID';
  if (value instanceof RegExp) return value.toString();
  if (value instanceof Set) return `new Set(${JSON.stringify([...value])})`;
  const inner = made.findIndex((c) => c.fn === value);
  if (inner !== -1) return `${name}${inner}`;
  if (value === Object.prototype.propertyIsEnumerable) return 'Object.prototype.propertyIsEnumerable';
  const helper = Object.entries(util).find(([, fn]) => fn === value)?.[0];
  if (helper && helper in zodHelpers) return `zodHelpers.${helper}`;
  if (helper) throw new Error(`zod's compiled parser needs util.${helper}: add it to src/feed/zod-helpers.ts`);
  throw new Error(`zod's compiled parser needs a constant this script cannot write: ${String(value).slice(0, 80)}`);
}

/**
 * The parsers compiled from `schema`, as constants `name0`, `name1`, …, the last the schema's own. A
 * parser the same as one before it (the keys of each record of periods) is that one.
 */
function parsersOf(schema: unknown, name: string): { source: string; last: string } {
  const made = compiledFunctions(schema);
  const written = new Map<string, string>();
  const source = made.map(({ names, body, values }, i) => {
    const code = `((${names.join(', ')}) => {\n${body}\n})(${values.map((v) => expression(v, made, name)).join(', ')})`;
    const same = written.get(code);
    if (!same) written.set(code, `${name}${i}`);
    return `const ${name}${i} = ${same ?? code};`;
  });
  return { source: source.join('\n\n'), last: `${name}${made.length - 1}` };
}

export function feedParserSource(): string {
  const head = parsersOf(headSchema, 'head');
  const series = parsersOf(feedSchema.shape.series, 'series');
  return `// Written by test/tools/write-feed-parser.ts (npm run build:feed-parser) from the feed's schema in
// src/feed/schema.ts: zod's compiled parsers, as plain code. Do not edit.
// @ts-nocheck
import * as zodHelpers from './zod-helpers.js';

/** What a parser returns for input it does not accept: zod's own parse then tells why. */
export const INVALID = Symbol.for('zod.compile.invalid');

${head.source}

${series.source}

/** Everything in the feed but its series, as \`z.omit(feedSchema, { series: true })\` parses it, or \`INVALID\`. */
export const parseHead: (input: unknown) => unknown = ${head.last};

/** The feed's series as \`feedSchema.shape.series\` parses them, or \`INVALID\`. */
export const parseSeries: (input: unknown) => unknown = ${series.last};
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(FEED_PARSER, feedParserSource());
}
