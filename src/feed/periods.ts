/** Periods as spans of days, to compare them with the validity dates of areas. */
import type { Area } from './schema.js';

/** First and last day of a period, for comparing with an area's validFrom and validTo. */
export function periodBounds(period: string): [string, string] {
  const [year, part] = period.split('-');
  if (!part) return [`${year}-01-01`, `${year}-12-31`];
  const months = part.startsWith('H') ? 6 : 3;
  const index = Number(part.slice(1)) - 1;
  const first = index * months + 1;
  const last = first + months - 1;
  const lastDay = new Date(Date.UTC(Number(year), last, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return [`${year}-${pad(first)}-01`, `${year}-${pad(last)}-${pad(lastDay)}`];
}

/** True when the area existed during (part of) the period. */
export function existsIn(area: Area, period: string): boolean {
  const [start, end] = periodBounds(period);
  return (!area.validFrom || area.validFrom <= end) && (!area.validTo || area.validTo >= start);
}
