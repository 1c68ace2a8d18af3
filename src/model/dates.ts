/** Ordering of the feed's dated notes. */

/**
 * Newest first, for notes with a date (duiding, opvallendheden). Their dates are ISO dates
 * (`2026-05-01`, as the schema requires), which order as plain strings: `localeCompare` gives the
 * same order, but its first call on a page loads the locale's collation data, a cost a page of
 * charts has no other reason to pay.
 */
export function newestFirst(a: { date: string }, b: { date: string }): number {
  return a.date < b.date ? 1 : a.date > b.date ? -1 : 0;
}
