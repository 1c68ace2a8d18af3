/**
 * Change between two values, read through the indicator's polarity. Survey values only count as
 * higher or lower when the difference is significant; small counts get no percentage and no judgement.
 */
import { periodParts, periodYear } from '../feed/periods.js';
import { SMALL_COUNT, type Indicator } from '../feed/schema.js';
import { asPrinted } from './format.js';
import { hasValue, type FeedIndex, type Point, type ValuedPoint } from './series.js';

export type Direction = 'up' | 'down' | 'same';
/** How a reader should take a change: good news, bad news, not a judgement (neutral), or no change. */
export type Judgement = 'favourable' | 'unfavourable' | 'neutral' | 'equal';
/**
 * Whether a difference is real: tested and significant, tested and not, or unknown ("niet getoetst":
 * no margins, or an area against one it lies in, and no verdict from the publisher).
 */
export type Significance = 'significant' | 'not-significant' | 'not-tested';

export { SMALL_COUNT };

export interface Change {
  from: Point;
  to: Point;
  /** `to.value - from.value` as the two are printed (`asPrinted`), in the indicator's unit. */
  delta: number;
  /**
   * The change in % of `from.value`, from the feed's own values (`from.value`, `to.value`), not as
   * printed; 0 when the two print the same, null when `from` prints as zero, and between small counts.
   */
  relative: number | null;
  direction: Direction;
  /**
   * Survey values: as tested (see `compareValues`). Registrations have no sampling error, so every
   * printed difference counts: `significant` when the printed values differ, else `not-significant`.
   */
  significance: Significance;
  /** @deprecated Read `significance`; this is true only when that is `significant`. */
  significant: boolean;
  /**
   * True for a count where either value is below `SMALL_COUNT`, also when shown as a rate or an
   * index, and for a rate or percentage either of whose known counts is: no percentage, no judgement.
   */
  smallCount: boolean;
  judgement: Judgement;
}

/**
 * Whether two independent survey estimates differ significantly: |a − b| > √(m_a² + m_b²), with m
 * the half-width of each 95 % interval. Asking the intervals not to overlap (a gap of m_a + m_b) is
 * far too strict and misses real differences. Without both margins there is nothing to test.
 */
export function testDifference(a: ValuedPoint, b: ValuedPoint): Significance {
  if (a.margin === null || b.margin === null) return 'not-tested';
  return Math.abs(a.value - b.value) > Math.hypot(a.margin, b.margin) ? 'significant' : 'not-significant';
}

/** Whether two independent survey estimates differ significantly (`testDifference`); false when untested. */
export function differsSignificantly(a: ValuedPoint, b: ValuedPoint): boolean {
  return testDifference(a, b) === 'significant';
}

/**
 * Whether a figure is known to rest on fewer than `SMALL_COUNT` cases: a count by its value, a rate
 * or index computed from counts by the count it carries (the rule reads the counts, not the rate).
 * Unknown (a survey, a rate delivered without its count) is not small.
 */
export function restsOnFewCases(indicator: Indicator, point: Point): boolean {
  const count = indicator.kind === 'count' ? point.value : point.count;
  return count != null && count < SMALL_COUNT;
}

/** What the two values of a comparison are, beyond their numbers. */
export interface ComparisonContext {
  /**
   * True when one value's area lies within the other's (Breda in De Baronie): the samples overlap,
   * so the margins cannot test the difference.
   */
  nested?: boolean;
  /** The publisher's own verdict on the difference; it wins over the margins. */
  published?: boolean;
}

/**
 * A point's number as its figures print it (`asPrinted`); its margin as delivered, which is how it
 * prints (`marginDecimals`).
 */
function printed(point: ValuedPoint, indicator: Indicator): ValuedPoint {
  return { ...point, value: asPrinted(point.value, indicator) };
}

/** Whether a point is a rate made from a count (`ratePoint`): its count and denominator are on it. */
const fromCount = (point: Point) => point.count !== undefined && !!point.denominator;

/**
 * Two figures as the feed delivers them, for a percentage: rates made from counts by their counts and
 * denominators (in units of their `per`, which a ratio cancels), since their values are rounded as
 * printed; any other pair by their values, also a rate from counts beside one without (a gemeente's
 * beside Nederland's), whose count and value are in different units.
 */
function delivered(from: ValuedPoint, to: ValuedPoint): [from: number, to: number] {
  return fromCount(from) && fromCount(to)
    ? [from.count! / from.denominator!, to.count! / to.denominator!]
    : [from.value, to.value];
}

/**
 * Compares `to` with `from` for an indicator, or null when either has no number. The difference, its
 * direction and its significance are judged on the figures as printed: 12,04 and 12,06 printed 12,0
 * and 12,1 differ by 0,1, 12,05 and 12,149 both printed 12,1 are "even hoog". The percentage is the
 * exception (`relative`): read from the printed figures it would carry their rounding, which for
 * figures of one or two digits is much of the change (1,049 → 1,15 printed 1,0 → 1,2 would be +20 %
 * where the change is +9,6 %), and a rate made from counts (`ratePoint`) is read from its counts and
 * denominators. A survey difference is significant as the publisher says when it says so; otherwise
 * by `testDifference`, unless the areas are nested, which leaves it untested.
 */
export function compareValues(
  indicator: Indicator,
  from: Point,
  to: Point,
  context: ComparisonContext = {},
): Change | null {
  if (!hasValue(from) || !hasValue(to)) return null;
  const [a, b] = [printed(from, indicator), printed(to, indicator)];
  // Read back too: 12,1 − 12,0 in binary is 0,0999…
  const delta = asPrinted(b.value - a.value, indicator);
  let significance: Significance;
  if (indicator.kind !== 'survey') significance = delta === 0 ? 'not-significant' : 'significant';
  else if (context.published !== undefined) significance = context.published ? 'significant' : 'not-significant';
  // The delivered margins test the printed figures (`17,1 ± 0,24`), not finer ones a feed may carry:
  // a reader who checks a verdict against the table by the rule gets the same answer, since a margin
  // prints as delivered (`marginDecimals`), and figures printed equal are never "significant hoger".
  // A margin rounded for print would move the verdict (0,24 tested as 0,2 made 17,1 → 17,4
  // significant). Rounding a value moves the difference by at most one unit of its last decimal,
  // little beside a survey's margins; the publisher, who tests its unrounded estimates, decides
  // wherever it flags a difference (above).
  else significance = context.nested ? 'not-tested' : testDifference(a, b);
  const sign: Direction = delta === 0 ? 'same' : delta > 0 ? 'up' : 'down';
  // A difference within the margins is "gelijk"; an untested one still shows which way the figures went.
  const direction = significance === 'not-significant' ? 'same' : sign;
  // One known small count is enough ("either below 10"): Nederland's count is not in the feed, and a
  // gemeente's rate of 9 cases is no less chance beside it.
  const smallCount = restsOnFewCases(indicator, from) || restsOnFewCases(indicator, to);
  // From the feed's own values (see above). Rounding keeps the order of two figures, so the sign agrees
  // with the printed difference, and figures printed equal change by 0 %; beside a figure printed 0
  // no percentage can be read.
  const [deliveredFrom, deliveredTo] = delivered(from, to);
  const relative =
    a.value === 0 || smallCount
      ? null
      : delta === 0
        ? 0
        : ((deliveredTo - deliveredFrom) / Math.abs(deliveredFrom)) * 100;
  let judgement: Judgement;
  if (direction === 'same') judgement = 'equal';
  else if (indicator.polarity === 'neutral' || significance === 'not-tested' || smallCount) judgement = 'neutral';
  else judgement = (direction === 'up') === (indicator.polarity === 'higher-is-better') ? 'favourable' : 'unfavourable';
  return {
    from,
    to,
    delta,
    relative,
    direction,
    significance,
    significant: significance === 'significant',
    smallCount,
    judgement,
  };
}

/** One value of an indicator and the area it belongs to. */
export interface AreaPoint {
  area: string;
  point: Point;
}

/**
 * Compares two values of an indicator in a feed, with what the feed says about them: the
 * publisher's significance flags, and whether one area lies within the other. The same area in two
 * periods, or two areas in one period.
 */
export function compareInFeed(index: FeedIndex, indicator: Indicator, from: AreaPoint, to: AreaPoint): Change | null {
  const published = index.publishedSignificance(
    indicator.id,
    { area: from.area, period: from.point.period },
    { area: to.area, period: to.point.period },
  );
  return compareValues(indicator, from.point, to.point, {
    nested: index.nested(from.area, to.area),
    ...(published === undefined ? {} : { published }),
  });
}

/**
 * The part of the year a period covers: `H2` for `2025-H2`, `Q3` for a quarter, empty for a year.
 * Half-years and quarters are seasonal, so only periods of the same season compare.
 */
export function season(period: string): string {
  const { part } = periodParts(period);
  return part ? `${part.kind}${part.number}` : '';
}

/** The latest period before `period` in `periods` (in time order) of the same season, if any. */
export function periodBefore(periods: readonly string[], period: string): string | undefined {
  return periods.filter((p) => p < period && season(p) === season(period)).at(-1);
}

/**
 * True when `to` is the period right after `from` of the same season: the next one in the series'
 * `periods`, whatever its figure (across a geheim or missing one a change spans two steps, which
 * ranked beside changes over one would weigh more), and for a regular series also a year on, two for
 * the Veiligheidsmonitor (every two years), so that a period the series leaves out counts too. An
 * irregular series has no expected step: its published periods are the ones in a row.
 */
export function followsDirectly(indicator: Indicator, periods: readonly string[], from: string, to: string): boolean {
  if (periodBefore(periods, to) !== from) return false;
  if (indicator.frequency === 'onregelmatig') return true;
  const years = indicator.frequency === 'tweejaarlijks' ? 2 : 1;
  return Number(periodYear(to)) - Number(periodYear(from)) === years;
}

/**
 * The latest point with a number, and the ones it is compared with: the one before it and the first
 * one, both of the same season (2e halfjaar 2025 against 2e halfjaar 2024 and 2e halfjaar 2019), and
 * neither of them the latest itself.
 */
export function keyPoints(points: readonly Point[]): {
  latest?: ValuedPoint;
  previous?: ValuedPoint;
  first?: ValuedPoint;
} {
  const valued = points.filter(hasValue);
  const latest = valued.at(-1);
  if (!latest) return {};
  const comparable = valued.filter((p) => season(p.period) === season(latest.period));
  return { latest, previous: comparable.at(-2), first: comparable.length > 1 ? comparable[0] : undefined };
}
