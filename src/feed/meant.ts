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

/** Of `names`, the one `typed` is a slip of the keyboard for (at most two letters off), if just one is nearest. */
export function nearest(typed: string, names: readonly string[]): string | undefined {
  const distance = (a: string, b: string) => {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const next = [i];
      for (let j = 1; j <= b.length; j++)
        next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row = next;
    }
    return row[b.length]!;
  };
  const scored = names.map((name) => ({ name, d: distance(typed, name) })).filter(({ d }) => d <= 2);
  const best = Math.min(...scored.map(({ d }) => d));
  const closest = scored.filter(({ d }) => d === best);
  return closest.length === 1 ? closest[0]!.name : undefined;
}
