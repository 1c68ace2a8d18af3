/** The base of a rate or percentage: what its count is divided by, times this. */
import type { Indicator } from './schema.js';

/** `per 1.000 inwoners` → 1000, `per 10.000 jongeren` → 10000; null when the words name no number. */
export function perIn(unit: string): number | null {
  const match = /per\s+([\d.]+)/.exec(unit);
  return match ? Number(match[1]!.replaceAll('.', '')) : null;
}

/** `per 1.000 inwoners` → 1000; percentages → 100. Null when the unit names no base. */
export function rateScale(indicator: Indicator): number | null {
  if (indicator.kind === 'percentage') return 100;
  if (indicator.kind !== 'rate') return null;
  return perIn(indicator.unit);
}
