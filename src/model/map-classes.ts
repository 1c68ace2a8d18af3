/**
 * The classes of a choropleth: a handful of value ranges, each with one colour of a sequential
 * palette. Bounds are round numbers, so the legend reads `2,0 tot 4,0` and not `1,87 tot 3,91`.
 * Two methods, and the legend says which one drew the map:
 * - `equal`: steps of equal width (1, 2 or 5 times a power of ten) from a round number at or below
 *   the lowest value to one at or above the highest. Equal distances in colour mean equal distances
 *   in value.
 * - `quantile`: about as many areas in each class, with the bounds rounded. A skewed spread (one
 *   city far above the rest) then still shows differences among the others.
 * Plain data and arithmetic, no DOM.
 */

export type ClassMethod = 'equal' | 'quantile';
export const CLASS_METHODS: readonly ClassMethod[] = ['equal', 'quantile'];

/** Five classes: as many as readers tell apart reliably on a map, and what the palettes hold. */
export const CLASS_COUNT = 5;

export interface MapClass {
  /** Lower bound, inclusive. */
  from: number;
  /** Upper bound: exclusive, except for the last class. */
  to: number;
  /** How many of the classified values fall in it. */
  count: number;
}

export interface MapClasses {
  method: ClassMethod;
  classes: MapClass[];
  /** The decimals the bounds need to be printed exactly (at least the indicator's). */
  decimals: number;
}

const NICE_STEPS = [1, 2, 5];

/** The smallest step of 1, 2 or 5 times a power of ten at or above `raw`, and never finer than `unit`. */
function niceStep(raw: number, unit: number): number {
  if (!(raw > unit)) return unit;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = NICE_STEPS.map((s) => s * power).find((s) => s >= raw - 1e-12) ?? 10 * power;
  return Math.max(step, unit);
}

/** Rounds away floating-point dust (`0.30000000000000004`) at the precision of `unit`. */
function clean(value: number, unit: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(unit)) + 1);
  return Number(value.toFixed(decimals));
}

function decimalsOf(step: number, minimum: number): number {
  let decimals = minimum;
  while (decimals < 6 && Math.abs(Math.round(step * 10 ** decimals) - step * 10 ** decimals) > 1e-9) decimals += 1;
  return decimals;
}

/** The value at quantile `q` (0–1) of sorted values, interpolated between neighbours. */
function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const below = Math.floor(at);
  const above = Math.ceil(at);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (at - below);
}

function bandsFrom(bounds: number[], sorted: readonly number[]): MapClass[] {
  return bounds.slice(0, -1).map((from, i) => {
    const to = bounds[i + 1]!;
    const last = i === bounds.length - 2;
    return { from, to, count: sorted.filter((v) => v >= from && (last ? v <= to : v < to)).length };
  });
}

/**
 * The classes for `values` (numbers shown with `decimals` decimals). No values give no classes; values
 * that are all equal give one class around them.
 */
export function mapClasses(
  values: readonly number[],
  {
    method = 'equal',
    decimals = 0,
    count = CLASS_COUNT,
  }: { method?: ClassMethod; decimals?: number; count?: number } = {},
): MapClasses {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  // A bound never finer than the numbers as printed: 2,25 makes no sense for values shown as 2,2 or 2,3.
  const unit = 10 ** -decimals;
  if (sorted.length === 0) return { method, classes: [], decimals };
  const min = sorted[0]!;
  const max = sorted.at(-1)!;
  if (min === max) {
    const from = clean(Math.floor(min / unit) * unit, unit);
    return { method, classes: [{ from, to: clean(from + unit, unit), count: sorted.length }], decimals };
  }
  if (method === 'quantile') {
    // Bounds rounded to a tenth of an equal step: coarse enough to read, fine enough to split the values.
    const step = niceStep((max - min) / count / 10, unit);
    const lower = clean(Math.floor(min / step) * step, step);
    const upper = clean(Math.ceil(max / step) * step, step);
    const inner = Array.from({ length: count - 1 }, (_, i) =>
      clean(Math.round(quantile(sorted, (i + 1) / count) / step) * step, step),
    );
    const bounds = [lower, ...inner.filter((b) => b > lower && b < upper), upper].filter(
      (b, i, all) => i === 0 || b > all[i - 1]!,
    );
    // A bound shared by equal values would leave a class empty; keep only those that hold values.
    const classes = bandsFrom(bounds, sorted);
    return { method, classes: mergeEmpty(classes), decimals: decimalsOf(step, decimals) };
  }
  let step = niceStep((max - min) / count, unit);
  let lower = clean(Math.floor(min / step) * step, step);
  // Rounding the lower bound down can need one step more than `count`: take the next nice step then.
  while (lower + count * step < max - 1e-9) {
    step = niceStep(step * 1.01, unit);
    lower = clean(Math.floor(min / step) * step, step);
  }
  const steps = Math.max(1, Math.ceil((max - lower) / step - 1e-9));
  const bounds = Array.from({ length: steps + 1 }, (_, i) => clean(lower + i * step, step));
  return { method, classes: bandsFrom(bounds, sorted), decimals: decimalsOf(step, decimals) };
}

/** Joins an empty quantile class with its neighbour above, so that every class in the legend is on the map. */
function mergeEmpty(classes: MapClass[]): MapClass[] {
  const out: MapClass[] = [];
  for (const c of classes) {
    const previous = out.at(-1);
    if (previous && previous.count === 0) out[out.length - 1] = { from: previous.from, to: c.to, count: c.count };
    else out.push(c);
  }
  const last = out.at(-1);
  if (out.length > 1 && last && last.count === 0) {
    out.pop();
    out[out.length - 1] = { ...out.at(-1)!, to: last.to };
  }
  return out;
}

/**
 * The class a value falls in (its index), or null for a value outside every class. The value as
 * printed, as the classes' values are: the legend's bounds are read against the printed figures.
 */
export function classOf(value: number, { classes }: MapClasses): number | null {
  const index = classes.findIndex(
    (c, i) => value >= c.from && (i === classes.length - 1 ? value <= c.to : value < c.to),
  );
  return index === -1 ? null : index;
}
