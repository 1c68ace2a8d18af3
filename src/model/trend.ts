/**
 * Change between two values, read through the indicator's polarity. Survey values only count as
 * higher or lower when their 95 % intervals do not overlap; otherwise they are "gelijk".
 */
import type { Indicator } from '../feed/schema.js';
import { hasValue, type Point, type ValuedPoint } from './series.js';

export type Direction = 'up' | 'down' | 'same';
/** How a reader should take a change: good news, bad news, not a judgement (neutral), or no change. */
export type Judgement = 'favourable' | 'unfavourable' | 'neutral' | 'equal';

export interface Change {
  from: Point;
  to: Point;
  /** `to.value - from.value`, in the indicator's unit. */
  delta: number;
  /** Relative change in % of `from.value`; null when that is zero. */
  relative: number | null;
  direction: Direction;
  /** False for survey values whose intervals overlap (and for surveys without margins). */
  significant: boolean;
  judgement: Judgement;
}

/** Whether two survey values differ significantly: their 95 % intervals do not overlap. */
export function differsSignificantly(a: ValuedPoint, b: ValuedPoint): boolean {
  if (a.margin === null || b.margin === null) return false;
  return Math.abs(a.value - b.value) > a.margin + b.margin;
}

/** Compares `to` with `from` for an indicator, or null when either has no number. */
export function compareValues(indicator: Indicator, from: Point, to: Point): Change | null {
  if (!hasValue(from) || !hasValue(to)) return null;
  // Compare what is printed: 12,04 and 12,01 shown as "12,0" are no change to a reader.
  const scale = 10 ** indicator.decimals;
  const delta = Math.round((to.value - from.value) * scale) / scale;
  const significant = indicator.kind === 'survey' ? differsSignificantly(from, to) : delta !== 0;
  const direction: Direction = !significant || delta === 0 ? 'same' : delta > 0 ? 'up' : 'down';
  let judgement: Judgement;
  if (direction === 'same') judgement = 'equal';
  else if (indicator.polarity === 'neutral') judgement = 'neutral';
  else judgement = (direction === 'up') === (indicator.polarity === 'higher-is-better') ? 'favourable' : 'unfavourable';
  return {
    from,
    to,
    delta,
    relative: from.value === 0 ? null : ((to.value - from.value) / Math.abs(from.value)) * 100,
    direction,
    significant,
    judgement,
  };
}

/** The latest point with a number, the one before it, and the first one. */
export function keyPoints(points: readonly Point[]): {
  latest?: ValuedPoint;
  previous?: ValuedPoint;
  first?: ValuedPoint;
} {
  const valued = points.filter(hasValue);
  return { latest: valued.at(-1), previous: valued.at(-2), first: valued[0] };
}
