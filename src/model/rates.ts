/**
 * Fair comparisons of one indicator: a count per inwoner (or per its own base), and every line as an
 * index against a base period. Both change what a value means, so both also change the indicator's
 * unit and words, and every place that prints a value (headline, table, summary, CSV) reads them
 * from the same transformed points. The status of a value never changes: a suppressed count gives a
 * suppressed rate and a suppressed index.
 */
import type { Indicator, RateOfCount, ValueStatus } from '../feed/schema.js';
import type { Strings } from '../i18n/strings.js';
import { breakBetween, breakIndices } from './breaks.js';
import { printedRatio } from '../feed/rounding.js';
import { hasValue, type Point } from './series.js';
import { restsOnFewCases } from './trend.js';

/** What a count is shown as: the number itself, or the rate per its denominator. */
export const MEASURES = ['count', 'rate'] as const;
export type Measure = (typeof MEASURES)[number];
/** `value`: the figures as published; `index`: every line 100 in the base period. */
export const SCALES = ['value', 'index'] as const;
export type Scale = (typeof SCALES)[number];

/** Decimals of a rate whose indicator does not say. */
const RATE_DECIMALS = 1;
/** Decimals of an index: 104,3. */
export const INDEX_DECIMALS = 1;
const INDEX_BASE = 100;

/** A copy of `record` without `keys`. */
function omit<T extends object, K extends keyof T>(record: T, ...keys: K[]): Omit<T, K> {
  const copy = { ...record };
  for (const key of keys) delete copy[key];
  return copy;
}

/** The rate a count indicator can be shown as; undefined for other kinds. */
export function rateOfCount(indicator: Indicator): RateOfCount | undefined {
  return indicator.kind === 'count' ? indicator.rate : undefined;
}

/** Whether points of a count carry the denominators a rate needs. */
export function hasDenominators(points: readonly Point[]): boolean {
  return points.some((p) => p.denominator !== undefined);
}

/**
 * A count as a rate: count / denominator × `per`, rounded as it is printed. A count without a number
 * keeps its status (a suppressed count gives a suppressed rate), nil gives a rate of 0 (also without
 * a denominator), and any other count without a denominator has no rate (`no-data`). The count stays
 * on the point for the small-number rule, and with its denominator for the percentage of a change
 * (`compareValues`), which the rounded rate would misstate.
 */
export function ratePoint(point: Point, rate: RateOfCount): Point {
  const rest = omit(point, 'denominator', 'count');
  if (point.value === null) return { ...rest, margin: null };
  // A true zero is one per any number of inhabitants, also where the feed gives none: never "missing".
  if (point.status === 'nil' && !point.denominator) return { ...rest, value: 0, margin: null, count: 0 };
  if (!point.denominator) return { ...rest, value: null, status: 'no-data', margin: null };
  const value = printedRatio(point.value, point.denominator, rate.decimals ?? RATE_DECIMALS, rate.per);
  return { ...rest, value, margin: null, count: point.value, denominator: point.denominator };
}

/** The indicator as its rate reads: unit, decimals and words of the rate. */
export function indicatorAsRate(indicator: Indicator, rate: RateOfCount): Indicator {
  const { inSentence } = indicator;
  const rest = omit(indicator, 'inSentence', 'inSentenceOne', 'rate');
  // "{value} drugsafvaldumpingen" becomes "{value} drugsafvaldumpingen per 1.000 inwoners".
  const words = rate.inSentence ?? (inSentence ? `${inSentence} ${rate.unit}` : undefined);
  return {
    ...rest,
    kind: 'rate',
    unit: rate.unit,
    decimals: rate.decimals ?? RATE_DECIMALS,
    ...(words ? { inSentence: words } : {}),
  };
}

/**
 * The period every line is indexed to when a page names none: the first period after the area's last
 * break among `periods` (nothing is indexed across a break), else the first period.
 */
export function defaultBase(indicator: Indicator, areaId: string, periods: readonly string[]): string | undefined {
  const start = breakIndices(indicator, areaId, periods).at(-1) ?? 0;
  return periods[start];
}

/**
 * Why a line cannot be indexed: its base value is missing, suppressed, nil (0) or not applicable, or
 * rests on fewer than `SMALL_COUNT` cases (`few-cases`).
 */
export type IndexProblem = Exclude<ValueStatus, 'definitive' | 'provisional' | 'revised-provisional'> | 'few-cases';

/**
 * The side of a series break `period` lies on when it is on the other side of one from `base`
 * (`before` or `after` it), else undefined: an index across a break compares what cannot be compared.
 */
export function indexBreakSide(
  indicator: Indicator,
  areaId: string,
  base: string,
  period: string,
): 'before' | 'after' | undefined {
  if (period < base) return breakBetween(indicator, areaId, period, base) ? 'before' : undefined;
  return breakBetween(indicator, areaId, base, period) ? 'after' : undefined;
}

/**
 * A series as an index, 100 in `base`: value / base value × 100, margins scaled alike (so a change
 * within the line tests as before). A figure on the other side of a break from the base has no index:
 * it stays, without a number and not applicable (blank), so that the table and the CSV keep its row
 * and say why (`indexBreakSide`) instead of reading as missing data; a point without a figure keeps
 * its status. Without a number in the base, or with a base of 0, there is no index: `problem` says
 * why, and no point is returned.
 */
export function indexPoints(
  points: readonly Point[],
  base: string,
  indicator: Indicator,
  areaId: string,
): { points: Point[]; problem?: IndexProblem } {
  const basePoint = points.find((p) => p.period === base);
  if (!hasValue(basePoint)) return { points: [], problem: (basePoint?.status ?? 'no-data') as IndexProblem };
  // A zero, delivered as nihil or as the number 0, gives no index: nothing is a multiple of it.
  if (basePoint.value === 0) return { points: [], problem: 'nil' };
  // An index is a relative change in disguise: on a handful of cases (1 to 6 is 600), it says what the
  // small-numbers rule forbids a percentage to say.
  if (restsOnFewCases(indicator, basePoint)) return { points: [], problem: 'few-cases' };
  const baseValue = basePoint.value;
  const factor = INDEX_BASE / baseValue;
  return {
    points: points.map((p) => {
      if (indexBreakSide(indicator, areaId, base, p.period)) {
        const rest = omit(p, 'denominator', 'count');
        return { ...rest, value: null, margin: null, status: p.value === null ? p.status : 'not-applicable' };
      }
      const rest = omit(p, 'denominator');
      const count = p.count ?? (indicator.kind === 'count' && p.value !== null ? p.value : undefined);
      return {
        ...rest,
        value: p.value === null ? null : printedRatio(p.value, baseValue, INDEX_DECIMALS, INDEX_BASE),
        margin: p.value === null || p.margin === null ? null : p.margin * factor,
        ...(count !== undefined ? { count } : {}),
      };
    }),
  };
}

/**
 * The indicator as an index reads: `index, 2019 = 100` as its unit and in its sentences. A survey
 * stays a survey, so its changes are still tested against the (scaled) margins; any other kind reads
 * as a score, so no percentage of a percentage is printed beside it.
 */
export function indicatorAsIndex(indicator: Indicator, baseLabel: string, strings: Strings): Indicator {
  const rest = omit(indicator, 'inSentence', 'inSentenceOne', 'rate');
  return {
    ...rest,
    kind: indicator.kind === 'survey' ? 'survey' : 'score',
    unit: strings.fair.indexUnit(baseLabel),
    decimals: INDEX_DECIMALS,
    inSentence: strings.fair.indexInSentence(baseLabel),
  };
}
