/**
 * Series breaks and special periods, read in one place. A break splits a series: no change is ever
 * measured from a value before the last break to one after it. A special period (the COVID years)
 * leaves the series comparable; it is only marked.
 */
import { periodBounds } from '../feed/periods.js';
import type { Indicator, SeriesBreak, SpecialPeriod } from '../feed/schema.js';
import type { Point } from './series.js';

/** The breaks of an indicator that split the series of one area, oldest first. */
export function breaksOf(indicator: Indicator, areaId: string): SeriesBreak[] {
  return (indicator.breaks ?? [])
    .filter((b) => !b.areas || b.areas.includes(areaId))
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}

/**
 * True when a break of the area's series lies after `from` and up to `to`: the two values are not
 * comparable. A break's period is the first period after it; a year's break also starts its
 * half-years and quarters (`2021` sorts before `2021-H1`).
 */
export function breakBetween(indicator: Indicator, areaId: string, from: string, to: string): boolean {
  return breaksOf(indicator, areaId).some((b) => b.period > from && b.period <= to);
}

/**
 * Where the breaks of the area's series cut a list of periods (oldest first): the index of the first
 * period after each break, leaving out breaks before the first period or after the last.
 */
export function breakIndices(indicator: Indicator, areaId: string, periods: readonly string[]): number[] {
  const starts = breaksOf(indicator, areaId).map((b) => periods.findIndex((p) => p >= b.period));
  return starts.filter((start, i) => start > 0 && starts.indexOf(start) === i);
}

/**
 * The part of a series that may be compared with its latest value: the points from the last break
 * on (up to the latest point), and that break; every point when there is none.
 */
export function sinceLastBreak(
  indicator: Indicator,
  areaId: string,
  points: readonly Point[],
): { points: Point[]; lastBreak?: SeriesBreak } {
  const latest = points.filter((p) => p.value !== null).at(-1);
  const lastBreak =
    latest &&
    breaksOf(indicator, areaId)
      .filter((b) => b.period <= latest.period)
      .at(-1);
  if (!lastBreak) return { points: [...points] };
  return { points: points.filter((p) => p.period >= lastBreak.period), lastBreak };
}

/** True when `period` lies wholly within the special period (a bare year covers its half-years and quarters). */
export function inSpecialPeriod(special: SpecialPeriod, period: string): boolean {
  const [start, end] = periodBounds(period);
  return start >= periodBounds(special.from)[0] && end <= periodBounds(special.to)[1];
}

/** The indicator's special periods that cover at least one of `periods`. */
export function specialPeriodsIn(indicator: Indicator, periods: readonly string[]): SpecialPeriod[] {
  return (indicator.specialPeriods ?? []).filter((s) => periods.some((p) => inSpecialPeriod(s, p)));
}
