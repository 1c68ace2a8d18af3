/**
 * Ids are typed by hand, in attributes, links and spreadsheets: of `entries`, the one that `typed`
 * stands for when only case or surrounding spaces differ (`gm0758`), or that it names by one of its
 * other `keys` (`Breda`). Undefined when none does.
 */
export function meantEntry<T>(
  entries: Iterable<T>,
  typed: string,
  keys: (entry: T) => readonly (string | undefined)[],
): T | undefined {
  const wanted = typed.trim().toLowerCase();
  if (!wanted) return undefined;
  for (const entry of entries) if (keys(entry).some((k) => k?.trim().toLowerCase() === wanted)) return entry;
  return undefined;
}
