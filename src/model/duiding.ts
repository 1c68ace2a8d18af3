/** Which of the partners' duiding goes with an indicator's figures for an area, in what order. */
import type { Area, Duiding, Feed } from '../feed/schema.js';
import { periodsOverlap } from '../feed/periods.js';
import { newestFirst } from './dates.js';

/**
 * The duiding of `indicator` for the first area of `lineage` (the asked area and the areas above it,
 * nearest first): the area's own, then its district's, eenheid's and Nederland's, in the order of the
 * fallback chain (a district's words help read its gemeenten, and a gemeente page would otherwise
 * miss them), then those about the other areas the chart shows (`shown`), then the general ones
 * (without an area: the feed gives them for every area). Each group newest first. Only duiding
 * without a period, or dated to one of `periods` or one sharing days with it (a year's words beside
 * its half-years).
 */
export function selectDuiding(
  feed: Feed,
  indicator: string,
  lineage: readonly Area[],
  shown: readonly Area[],
  periods: readonly string[],
): Duiding[] {
  const order = [...lineage, ...shown].map((a) => a.id);
  const rank = (d: Duiding) => (d.area ? order.indexOf(d.area) : order.length);
  return feed.duiding
    .filter((d) => d.indicator === indicator && (!d.area || order.includes(d.area)))
    .filter((d) => !d.period || periods.some((p) => periodsOverlap(p, d.period!)))
    .sort((a, b) => rank(a) - rank(b) || newestFirst(a, b));
}
