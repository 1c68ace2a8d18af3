/**
 * Series breaks and special periods, read in one place. A break splits a series: no change is ever
 * measured from a value before the last break to one after it. A special period (the COVID years)
 * leaves the series comparable; it is only marked.
 *
 * A break is matched by date, not by the text of its period: its period is the first one after it,
 * and its first day is where it cuts. So a break dated to a year (`2021`) cuts a half-year or quarter
 * series before `2021-H1`, and one dated to a half-year or quarter (`2021-H1`) cuts a yearly series
 * before `2021`; compared as text, `2021-H1` sorts after `2021` and the year would land before it.
 */
import { periodBounds, spanBounds } from '../feed/periods.js';
import type { Indicator, SeriesBreak, SpecialPeriod } from '../feed/schema.js';
import type { Point } from './series.js';

/** The first day after the break: the first day of its period. */
const breakDay = (b: SeriesBreak): string => periodBounds(b.period)[0];

/** True when `period` holds figures from after the break: it ends on or after the break's first day. */
const reaches = (b: SeriesBreak, period: string): boolean => periodBounds(period)[1] >= breakDay(b);

/** True when `period` lies wholly after the break: it starts on or after the break's first day. */
const whollyAfter = (b: SeriesBreak, period: string): boolean => periodBounds(period)[0] >= breakDay(b);

/** The breaks of an indicator that split the series of one area, oldest first. */
export function breaksOf(indicator: Indicator, areaId: string): SeriesBreak[] {
  return (indicator.breaks ?? [])
    .filter((b) => !b.areas || b.areas.includes(areaId))
    .sort((a, b) => (breakDay(a) < breakDay(b) ? -1 : breakDay(a) > breakDay(b) ? 1 : 0));
}

/**
 * True when a break of the area's series lies between the periods `from` and `to` (the later): the
 * two values are not comparable. A period the break falls inside (the year 2021 of a break in
 * `2021-H2`) holds figures from both sides, so it is comparable with neither.
 */
export function breakBetween(indicator: Indicator, areaId: string, from: string, to: string): boolean {
  return breaksOf(indicator, areaId).some((b) => reaches(b, to) && !whollyAfter(b, from));
}

/** The index in `periods` (oldest first) of the first period with figures from after the break; -1 when none. */
const firstReaching = (b: SeriesBreak, periods: readonly string[]): number => periods.findIndex((p) => reaches(b, p));

/**
 * Where the breaks of the area's series cut a list of periods (oldest first): the index of the first
 * period after each break, leaving out breaks before the first period or after the last.
 */
export function breakIndices(indicator: Indicator, areaId: string, periods: readonly string[]): number[] {
  const starts = breaksOf(indicator, areaId).map((b) => firstReaching(b, periods));
  return starts.filter((start, i) => start > 0 && starts.indexOf(start) === i);
}

/** A break where a chart marks it: at one of its periods, which may differ from the feed's. */
export interface MarkedBreak extends SeriesBreak {
  /** The period the feed dates the break to, where `period` differs from it; the notes name this one. */
  dated?: string;
}

/**
 * The break as a chart of `periods` (oldest first) marks it: at the first of them with figures from
 * after it (a break of `2021` at `2021-H1` among half-years), or undefined when no period lies before
 * it or none after it. A break at the first period (a reader's `from` at the break, a comparison's
 * older period) has nothing shown before it to be compared with: marked, a reader would look for it.
 */
export function breakAmong(b: SeriesBreak, periods: readonly string[]): MarkedBreak | undefined {
  const at = firstReaching(b, periods);
  if (at <= 0) return undefined;
  const period = periods[at]!;
  return period === b.period ? b : { ...b, period, dated: b.period };
}

/** A line of a chart: its points, and the areas whose breaks cut it (a stand-in's, the asked area's too). */
export interface ChartLine {
  areas: readonly string[];
  points: readonly Point[];
}

/**
 * The breaks a chart of `lines` over `periods` (oldest first) marks (`breakAmong`): only those that
 * split a line, one with a figure on both sides of the break. A line that starts at a break (Altena's
 * survey figures, from 2019, the year Altena was formed) has nothing before it to compare with, and
 * one that ends before it (Haaren's, to 2020, before the herindeling of 2021) nothing after it. Where
 * some of the lines a break would cut are not split by it, its `areas` name only the others, so that
 * no table, tooltip or note marks the break on a line it does not split. The figures are the lines'
 * values, not their index: an index blanks those across the break from its base.
 */
export function breaksAmong(
  indicator: Indicator,
  lines: readonly ChartLine[],
  periods: readonly string[],
): MarkedBreak[] {
  return (indicator.breaks ?? []).flatMap((b) => {
    const marked = breakAmong(b, periods);
    const cut = lines.filter((l) => !b.areas || l.areas.some((id) => b.areas!.includes(id)));
    const figureAt = (l: ChartLine, after: boolean) =>
      l.points.some((p) => p.value !== null && reaches(b, p.period) === after);
    const split = cut.filter((l) => figureAt(l, false) && figureAt(l, true));
    if (!marked || split.length === 0) return [];
    if (split.length === cut.length) return [marked];
    const unsplit = cut.filter((l) => !split.includes(l)).flatMap((l) => l.areas);
    const areas = b.areas ? b.areas.filter((id) => !unsplit.includes(id)) : split.flatMap((l) => l.areas);
    return [{ ...marked, areas }];
  });
}

/**
 * The part of a series that may be compared with its latest value: the points from the last break
 * on (up to the latest point), and that break; every point when there is none. A point the break
 * falls inside is left out (`breakBetween`).
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
      .filter((b) => reaches(b, latest.period))
      .at(-1);
  if (!lastBreak) return { points: [...points] };
  return { points: points.filter((p) => whollyAfter(lastBreak, p.period)), lastBreak };
}

/** True when `period` lies wholly within the special period (a bare year covers its half-years and quarters). */
export function inSpecialPeriod(special: SpecialPeriod, period: string): boolean {
  const [start, end] = periodBounds(period);
  const [from, to] = spanBounds(special.from, special.to);
  return start >= from && end <= to;
}

/** The indicator's special periods that cover at least one of `periods`. */
export function specialPeriodsIn(indicator: Indicator, periods: readonly string[]): SpecialPeriod[] {
  return (indicator.specialPeriods ?? []).filter((s) => periods.some((p) => inSpecialPeriod(s, p)));
}
