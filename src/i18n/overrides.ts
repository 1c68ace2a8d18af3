/** A host's own words laid over a dictionary. */
import type { Strings } from './strings.js';

const isSection = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `strings` with `overrides` on top, section by section: a host that words one sentence of a section
 * (`compare.summary.versus`) keeps the library's words for the others, also for those a later version
 * adds to that section. A host's section written for an older version would otherwise lack them.
 */
export function withOverrides<T extends object = Strings>(strings: T, overrides: object): T {
  const out = { ...strings } as Record<string, unknown>;
  for (const [key, value] of Object.entries(overrides)) {
    const base = out[key];
    out[key] = isSection(base) && isSection(value) ? withOverrides(base, value) : value;
  }
  return out as T;
}
