/**
 * Periods (`2024`, `2024-H1`, `2024-Q3`) read in one place, and the one rule for when an area
 * exists. It lives with the feed because building and validating a feed need it as much as the model.
 */
import type { Area } from './schema.js';

export interface PeriodParts {
  year: string;
  /** A half-year (`H`) or a quarter (`Q`) and its number, from 1; absent for a whole year. */
  part?: { kind: 'H' | 'Q'; number: number };
}

/** `2024-Q3` → year `2024`, quarter 3; `2024` → year `2024` alone. */
export function periodParts(period: string): PeriodParts {
  const [year = period, part] = period.split('-');
  if (!part) return { year };
  return { year, part: { kind: part.startsWith('H') ? 'H' : 'Q', number: Number(part.slice(1)) } };
}

/** The period after this one, of the same kind: `2024` → `2025`, `2024-H2` → `2025-H1`, `2024-Q3` → `2024-Q4`. */
export function nextPeriod(period: string): string {
  const { year, part } = periodParts(period);
  const nextYear = String(Number(year) + 1);
  if (!part) return nextYear;
  const perYear = part.kind === 'H' ? 2 : 4;
  return part.number < perYear ? `${year}-${part.kind}${part.number + 1}` : `${nextYear}-${part.kind}1`;
}

/** The calendar year a period lies in: `2024-H2` → `2024`. */
export function periodYear(period: string): string {
  return periodParts(period).year;
}

/** First and last day of a period, for comparing with an area's validFrom and validTo. */
export function periodBounds(period: string): [string, string] {
  const { year, part } = periodParts(period);
  if (!part) return [`${year}-01-01`, `${year}-12-31`];
  const months = part.kind === 'H' ? 6 : 3;
  const first = (part.number - 1) * months + 1;
  const last = first + months - 1;
  const lastDay = new Date(Date.UTC(Number(year), last, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return [`${year}-${pad(first)}-01`, `${year}-${pad(last)}-${pad(lastDay)}`];
}

/**
 * The days from the start of `from` to the end of `to`: how a span of periods (a special period) is
 * compared, so that `2020-H2` to `2020` runs forward and `2020-H1`–`2021-H2` equals `2020`–`2021`.
 */
export function spanBounds(from: string, to: string): [string, string] {
  return [periodBounds(from)[0], periodBounds(to)[1]];
}

/** True when `to` ends before `from` begins: the check of a special period, in the builder and the validator alike. */
export function endsBeforeStart(from: string, to: string): boolean {
  const [start, end] = spanBounds(from, to);
  return end < start;
}

/** True when the two periods share a day: the year 2021 and its `2021-H2`, not 2021 and `2022-Q1`. */
export function periodsOverlap(a: string, b: string): boolean {
  const [[aStart, aEnd], [bStart, bEnd]] = [periodBounds(a), periodBounds(b)];
  return aStart <= bEnd && bStart <= aEnd;
}

/**
 * True when the area exists on any day from `start` to `end` (ISO dates), or on any day from `start`
 * on when there is no `end`: merged and split gemeenten exist from their validFrom to their validTo.
 */
export function existsBetween(area: Area, start: string, end?: string): boolean {
  return (!area.validTo || area.validTo >= start) && (!end || !area.validFrom || area.validFrom <= end);
}

/** True when the area existed during (part of) the period. */
export function existsIn(area: Area, period: string): boolean {
  return existsBetween(area, ...periodBounds(period));
}

/**
 * The first day an area no longer existed (the day after its `validTo`), when `period` lies after it
 * ended (Haaren from 2021 on): its blank there is no figure missing. Undefined for an area that exists
 * in `period`, or did not yet.
 */
export function endedSince(area: Area, period: string): string | undefined {
  const end = area.validTo;
  return end !== undefined && periodBounds(period)[0] > end ? dayAfter(end) : undefined;
}

/**
 * The first day an area existed (its `validFrom`), when `period` lies wholly before it (Altena before
 * 2019). Undefined for an area that exists in `period`, or already existed.
 */
export function begunSince(area: Area, period: string): string | undefined {
  const start = area.validFrom;
  return start !== undefined && periodBounds(period)[1] < start ? start : undefined;
}

/** The day after an ISO date, the first an ended area no longer exists: `2020-12-31` → `2021-01-01`. */
export function dayAfter(isoDate: string): string {
  const day = new Date(`${isoDate}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}
