/**
 * Every source of a feed in one list, for `<miv-sources>`: per source its indicators, lowest level,
 * frequency, dates, publisher, contact and links, the theme links of its indicators included.
 */
import {
  AREA_LEVELS,
  FREQUENCIES,
  type AreaLevel,
  type Feed,
  type Indicator,
  type Link,
  type Source,
  type Theme,
} from '../feed/schema.js';
import { seeAlso } from './series.js';

export interface SourceEntry {
  /** The feed's entry, or one holding only the name (and url) when the feed lists none for it. */
  source: Source;
  /** Whether the feed lists the source in `sources`; otherwise its dates and contact are unknown. */
  listed: boolean;
  indicators: Indicator[];
  themes: Theme[];
  /**
   * The lowest level among its indicators (those listed), else the source's own. What the page shows
   * from the source decides: a source that says `district` while Breda has its own figures from it
   * has gemeente figures.
   */
  lowestLevel?: AreaLevel;
  /** The frequencies of its indicators (those listed), in the schema's order; else the source's own. */
  frequencies: Indicator['frequency'][];
  /** The source's own links, then the theme links and instruments of its indicators, each once. */
  links: Link[];
}

export interface SourcesQuery {
  /** Only sources with an indicator of this theme, listing only those indicators. */
  theme?: string;
}

const unique = (links: Link[]) => links.filter((link, i) => links.findIndex((l) => l.url === link.url) === i);

/**
 * The sources in the order of the feed's `sources`, then the sources that indicators only name,
 * alphabetically. A listed source without indicators is shown only when no theme is chosen.
 */
export function buildSourcesOverview(feed: Feed, query: SourcesQuery = {}, locale = 'nl'): SourceEntry[] {
  const listed = feed.sources ?? [];
  const byId = new Map(listed.map((s) => [s.id, s]));
  const groups = new Map<Source, Indicator[]>(listed.map((s) => [s, []]));
  const named = new Map<string, Source>();
  for (const indicator of feed.indicators) {
    let source = indicator.source.id === undefined ? undefined : byId.get(indicator.source.id);
    if (!source) {
      const { name, url } = indicator.source;
      source = named.get(name) ?? { id: '', name, ...(url ? { url } : {}) };
      named.set(name, source);
    }
    groups.set(source, [...(groups.get(source) ?? []), indicator]);
  }
  const unlisted = [...named.values()].sort((a, b) => a.name.localeCompare(b.name, locale));
  const themeOrder = new Map(feed.themes.map((t) => [t.id, t]));
  return [...listed, ...unlisted].flatMap((source) => {
    const all = groups.get(source) ?? [];
    const indicators = query.theme ? all.filter((i) => i.theme === query.theme) : all;
    if (query.theme && indicators.length === 0) return [];
    const themes = [...new Set(indicators.map((i) => i.theme))]
      .map((id) => themeOrder.get(id))
      .filter((t): t is Theme => t !== undefined)
      .sort((a, b) => a.order - b.order);
    const deepest = Math.max(...indicators.map((i) => AREA_LEVELS.indexOf(i.lowestLevel)));
    const lowestLevel = indicators.length ? AREA_LEVELS[deepest] : source.lowestLevel;
    const frequencies = indicators.length
      ? FREQUENCIES.filter((f) => indicators.some((i) => i.frequency === f))
      : source.frequency
        ? [source.frequency]
        : [];
    // A listed source without an address takes the one its indicators give, where they give one only,
    // as their figures' footers do (`indicatorSource`).
    const given = [...new Set(all.flatMap((i) => (i.source.url ? [i.source.url] : [])))];
    const url = source.url ?? (given.length === 1 ? given[0] : undefined);
    return [
      {
        source: url && !source.url ? { ...source, url } : source,
        listed: byId.get(source.id) === source,
        indicators,
        themes,
        ...(lowestLevel ? { lowestLevel } : {}),
        frequencies,
        links: unique([...(source.links ?? []), ...indicators.flatMap((i) => seeAlso(feed, i))]),
      },
    ];
  });
}
