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

/**
 * The message for a reference to an id that does not exist, naming the id meant where only case or
 * spaces differ: `gebied "gm0758" bestaat niet in de feed; bedoelt u "GM0758"?`. `where` follows
 * "bestaat niet".
 */
export function unknownReference(what: string, value: string, known: Iterable<string>, where = ''): string {
  const meant = meantEntry(known, value, (id) => [id]);
  return `${what} "${value}" bestaat niet${where}${meant ? `; bedoelt u "${meant}"?` : ''}`;
}
