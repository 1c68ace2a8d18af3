/**
 * Writes `src/feed/series-parser.ts`: the parser that zod's compiler makes from the schema of the
 * feed's series (`compileFn`), written out as a module. zod builds it with `new Function` at run time,
 * which a page's Content Security Policy may forbid; written out here it is plain code. It validates
 * the series, nearly all of a feed, in about half the time of zod's own parse.
 *
 *   npm run build:series-parser     (after changing the series' schema; a Node test checks the file)
 *
 * The file is left as written (prettier and eslint pass it by): it is read through this script.
 *
 * The compiler hoists what its code needs (patterns, sets of values, zod's helpers, the parsers of
 * record keys, which it compiles too) into constants; each is written here as the expression that
 * gives it, and a constant of another kind stops the script.
 */
import { writeFileSync } from 'node:fs';
import { compileFn, INVALID, util } from 'zod/v4/core';
import { feedSchema } from '../../src/feed/schema.js';

export const SERIES_PARSER = 'src/feed/series-parser.ts';

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

/** The source of a constant the compiler hoisted. */
function expression(value: unknown, made: Compiled[]): string {
  if (value === INVALID) return 'INVALID';
  if (value instanceof RegExp) return value.toString();
  if (value instanceof Set) return `new Set(${JSON.stringify([...value])})`;
  const inner = made.findIndex((c) => c.fn === value);
  if (inner !== -1) return `parser${inner}`;
  if (value === Object.prototype.propertyIsEnumerable) return 'Object.prototype.propertyIsEnumerable';
  const helper = Object.entries(util).find(([, fn]) => fn === value);
  if (helper) return `util.${helper[0]}`;
  throw new Error(`zod's compiled parser needs a constant this script cannot write: ${String(value).slice(0, 80)}`);
}

export function seriesParserSource(): string {
  const made = compiledFunctions(feedSchema.shape.series);
  const parsers = made.map(
    ({ names, body, values }, i) =>
      `const parser${i} = ((${names.join(', ')}) => {\n${body}\n})(${values.map((v) => expression(v, made)).join(', ')});`,
  );
  return `// Written by test/tools/write-series-parser.ts (npm run build:series-parser) from the schema of the
// feed's series in src/feed/schema.ts: zod's compiled parser, as plain code. Do not edit.
// @ts-nocheck
import { util } from 'zod/v4/core';

/** What the parser returns for series it does not accept: zod's own parse then tells why. */
export const INVALID = Symbol.for('zod.compile.invalid');

${parsers.join('\n\n')}

/** The feed's series as \`feedSchema.shape.series\` parses them, or \`INVALID\`. */
export const parseSeries: (input: unknown) => unknown = parser${made.length - 1};
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(SERIES_PARSER, seriesParserSource());
}
