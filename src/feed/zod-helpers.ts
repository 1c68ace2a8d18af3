/**
 * The two helpers of zod (`zod/v4/core`, util.js; MIT licence) that the parsers written from the
 * feed's schema call (`feed-parser.ts`), as zod 4 writes them. Imported from zod, they would bring
 * the whole of it into every page: its index re-exports all of zod, and the bundler puts what the
 * pages reach that way beside them. `test/node/feed-parser.test.ts` holds them to zod's own.
 */

const isObject = (data: unknown): data is Record<PropertyKey, unknown> =>
  typeof data === 'object' && data !== null && !Array.isArray(data);

/** Whether `o` is an object made by `{}`, `Object.create(null)` or a class whose prototype is an object's. */
export function isPlainObject(o: unknown): boolean {
  if (!isObject(o)) return false;
  const ctor = o.constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const prot: unknown = ctor.prototype;
  if (!isObject(prot)) return false;
  return Object.prototype.hasOwnProperty.call(prot, 'isPrototypeOf');
}

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/** The length of `str` in code points: a character outside the Basic Multilingual Plane counts once. */
export function codePointLength(str: string): number {
  const units = str.length;
  if (!HIGH_SURROGATE.test(str)) return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}
