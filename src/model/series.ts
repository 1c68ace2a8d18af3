/**
 * Reading values out of a feed: points with their status, and the area hierarchy used for
 * comparisons and for the fallback to a higher level.
 */
import {
  carriesNumber,
  statusAt,
  type Area,
  type AreaGroup,
  type Feed,
  type Indicator,
  type Link,
  type Series,
  type Source,
  type ValueStatus,
} from '../feed/schema.js';
import { MivError } from '../feed/errors.js';
import { meantEntry } from '../feed/meant.js';
import { isWritableMargin } from '../feed/rounding.js';
import { yieldToPage } from '../scheduling.js';

/**
 * One value as a widget shows it. `value` is null whenever the status carries no number, and 0 for
 * nil (nihil): a true zero, drawn and compared as one.
 */
export interface Point {
  period: string;
  value: number | null;
  status: ValueStatus;
  /** Half-width of the 95 % interval (survey values); null without one, also for a margin of 0 (`marginAt`). */
  margin: number | null;
  note?: string;
  /** The base of a count (inhabitants), when its series delivers one: what a rate is computed from. */
  denominator?: number;
  /**
   * The count under a rate (computed from a count, or delivered with its `counts`) or an index of
   * it: the small-number rule reads the count, not the rate (`van 2 naar 4` stays unjudged when shown
   * per 1.000 inwoners).
   */
  count?: number;
}

/** Where a value sits in a series: an area and a period. */
export interface AreaPeriod {
  area: string;
  period: string;
}

/** A point that carries a number. */
export type ValuedPoint = Point & { value: number };

/** Whether a point carries a number (not suppressed, missing or not applicable; nil is 0). */
export const hasValue = (p: Point | undefined): p is ValuedPoint => p?.value != null;

/**
 * The survey margin of a series' `i`th value, or null: also for a margin of 0, or one too small to be
 * written (`isWritableMargin`). A sample always has a margin, so 0 is a coding error for "unknown";
 * held as one, every copy of the value would print `± 0` and any printed difference would test
 * significant. Read here, every table, sentence, chart and test sees no margin, and a difference
 * with the value is "niet getoetst" unless the publisher's own flag says otherwise.
 */
function marginAt(s: Series, i: number): number | null {
  const margin = s.margins?.[i];
  return margin != null && isWritableMargin(margin) ? margin : null;
}

/** A record's own entry: an area id such as `constructor` must not find `Object.prototype`'s. */
const own = <T>(record: Record<string, T> | undefined, key: string): T | undefined =>
  record && Object.hasOwn(record, key) ? record[key] : undefined;

/** Series by indicator, then by area. */
type SeriesIndex = Map<string, Map<string, Series>>;

/** Adds `series[from]` up to `series[to]` to `index`. */
function indexSeries(index: SeriesIndex, series: readonly Series[], from: number, to: number): SeriesIndex {
  for (let i = from; i < Math.min(to, series.length); i++) {
    const s = series[i]!;
    let byArea = index.get(s.indicator);
    if (!byArea) index.set(s.indicator, (byArea = new Map()));
    byArea.set(s.area, s);
  }
  return index;
}

/** Indexes a feed once, so that every widget on a page can look things up without scanning. */
export class FeedIndex {
  readonly areas: Map<string, Area>;
  /** Groups of comparable areas (`areaGroups`), by id. */
  readonly groups: Map<string, AreaGroup>;
  /**
   * Series by indicator, then by area. Two levels of maps, not one keyed by a joined string: a 20 MB
   * feed (70,000 series) is indexed in a tenth of the time, without a string per series.
   */
  private readonly series: SeriesIndex;

  /** `series`: the feed's series already indexed (`indexFeedInTurns`); indexed here when absent. */
  constructor(
    readonly feed: Feed,
    series?: SeriesIndex,
  ) {
    this.areas = new Map(feed.areas.map((a) => [a.id, a]));
    this.groups = new Map((feed.areaGroups ?? []).map((g) => [g.id, g]));
    this.series = series ?? indexSeries(new Map(), feed.series, 0, feed.series.length);
  }

  indicator(id: string) {
    return this.feed.indicators.find((i) => i.id === id);
  }

  /**
   * The error for an id the feed does not hold, naming the entry a webmaster probably meant: the same
   * id in another case or with spaces (`gm0758`), or the entry's name (`Breda`). `fits` narrows the
   * entries to those the place accepts (`within` takes a district).
   */
  unknown(
    kind: 'unknown-area' | 'unknown-indicator' | 'unknown-theme',
    id: string,
    message: string,
    fits: (area: Area) => boolean = () => true,
  ): MivError {
    const { areas, indicators, themes } = this.feed;
    const entries: { id: string; name: string; alias?: string }[] =
      kind === 'unknown-area'
        ? areas.filter(fits)
        : kind === 'unknown-indicator'
          ? indicators.map((i) => ({ id: i.id, name: i.title, alias: i.shortTitle }))
          : themes.map((t) => ({ id: t.id, name: t.title }));
    const meant = meantEntry(entries, id, (e) => [e.id, e.name, e.alias]);
    return new MivError(kind, message, { id, ...(meant ? { meant: { id: meant.id, name: meant.name } } : {}) });
  }

  /** The points of an indicator in an area, or an empty list when the feed has none. */
  points(indicatorId: string, areaId: string): Point[] {
    const s = this.series.get(indicatorId)?.get(areaId);
    if (!s) return [];
    return s.periods.map((period, i) => {
      const value = s.values[i] ?? null;
      const status = statusAt(s, i);
      const note = s.notes?.[period];
      const denominator = s.denominators?.[i];
      const count = s.counts?.[i];
      return {
        period,
        value: status === 'nil' ? 0 : carriesNumber(status) ? value : null,
        status,
        margin: marginAt(s, i),
        ...(note ? { note } : {}),
        ...(denominator != null ? { denominator } : {}),
        ...(count != null ? { count } : {}),
      };
    });
  }

  /** The area and its ancestors, nearest first: gemeente → district → eenheid → land. */
  lineage(areaId: string): Area[] {
    const out: Area[] = [];
    const seen = new Set<string>();
    for (let a = this.areas.get(areaId); a && !seen.has(a.id); a = a.parent ? this.areas.get(a.parent) : undefined) {
      seen.add(a.id);
      out.push(a);
    }
    return out;
  }

  /**
   * True when one of the two areas lies within the other (Breda in De Baronie, De Baronie in
   * Nederland), or one is a group the other belongs to (Breda in its size class): their figures share
   * cases or respondents.
   */
  nested(a: string, b: string): boolean {
    if (a === b) return false;
    const member = (group: string, area: string) => {
      const members = this.groups.get(group)?.members;
      return !!members && this.lineage(area).some((x) => members.includes(x.id));
    };
    return (
      this.lineage(a).some((x) => x.id === b) || this.lineage(b).some((x) => x.id === a) || member(a, b) || member(b, a)
    );
  }

  /**
   * A group as an area to draw and name: its id and name, at the level of its members. Undefined for
   * an id that is no group.
   */
  groupArea(id: string): Area | undefined {
    const group = this.groups.get(id);
    if (!group) return undefined;
    const level = this.areas.get(group.members[0] ?? '')?.level ?? 'gemeente';
    return { id: group.id, name: group.name, level };
  }

  /**
   * The publisher's verdict on whether two values of an indicator differ significantly, read from
   * either series' `significance`; undefined when it gives none. `a` and `b` are the same area in two
   * periods, or two areas in the same period.
   */
  publishedSignificance(indicatorId: string, a: AreaPeriod, b: AreaPeriod): boolean | undefined {
    const flags = (at: AreaPeriod) => own(this.series.get(indicatorId)?.get(at.area)?.significance, at.period);
    if (a.area === b.area) return own(flags(a)?.periods, b.period) ?? own(flags(b)?.periods, a.period);
    if (a.period === b.period) return own(flags(a)?.areas, b.area) ?? own(flags(b)?.areas, a.area);
    return undefined;
  }

  /** The areas whose parent is `areaId`, in feed order. */
  children(areaId: string): Area[] {
    return this.feed.areas.filter((a) => a.parent === areaId);
  }
}

const indexes = new WeakMap<Feed, FeedIndex>();

/** One shared index per loaded feed object. */
export function indexFeed(feed: Feed): FeedIndex {
  let index = indexes.get(feed);
  if (!index) indexes.set(feed, (index = new FeedIndex(feed)));
  return index;
}

/** How many series one turn of `indexFeedInTurns` indexes: about 5 ms on the development machine. */
const SERIES_PER_TURN = 10_000;
const indexing = new WeakMap<Feed, Promise<FeedIndex>>();

/**
 * `indexFeed`, built a slice of series per task, so that the page handles input and paints in
 * between: a 20 MB feed's 70,000 series took 30–40 ms to index, in the same task as the first
 * widget's build. A feed of up to one slice is indexed at once.
 */
export function indexFeedInTurns(feed: Feed): Promise<FeedIndex> {
  let pending = indexing.get(feed);
  if (!pending) {
    pending = (async () => {
      const series: SeriesIndex = new Map();
      for (let from = 0; from < feed.series.length && !indexes.has(feed); from += SERIES_PER_TURN) {
        if (from > 0) await yieldToPage();
        indexSeries(series, feed.series, from, from + SERIES_PER_TURN);
      }
      // A widget that could not wait may have indexed the feed meanwhile: that index is the one.
      if (!indexes.has(feed)) indexes.set(feed, new FeedIndex(feed, series));
      return indexes.get(feed)!;
    })();
    indexing.set(feed, pending);
  }
  return pending;
}

/** True when at least one point has a number to show. */
export function hasNumbers(points: readonly Point[]): boolean {
  return points.some((p) => p.value !== null);
}

/** Periods in time order; years, half-years and quarters sort correctly as strings. */
export function sortPeriods(periods: Iterable<string>): string[] {
  return [...new Set(periods)].sort();
}

/**
 * What a figure's footer points to: its theme's link (Zicht op Ondermijning under every figure on
 * organised crime), then the indicator's own instruments, each address once.
 */
export function seeAlso(feed: Feed, indicator: Indicator): Link[] {
  const themeLink = feed.themes.find((t) => t.id === indicator.theme)?.link;
  const links = [...(themeLink ? [themeLink] : []), ...(indicator.instruments ?? [])];
  return links.filter((link, i) => links.findIndex((l) => l.url === link.url) === i);
}

/** The feed's entry for an indicator's source, when the indicator refers to one. */
export function sourceOf(feed: Feed, indicator: Indicator): Source | undefined {
  const id = indicator.source.id;
  return id === undefined ? undefined : feed.sources?.find((s) => s.id === id);
}

/** The name and address a figure's source goes by wherever it is named. */
export interface SourceLine {
  name: string;
  url?: string;
}

/**
 * The source as every place names it (footer, CSV, image, card, citation, `<miv-sources>`): the
 * feed's entry where the indicator refers to one, else the indicator's own words. Each place naming
 * it its own way credited one table to two publishers on one handout. An entry without an address
 * takes the indicator's, so that the reader can still reach the source; one it has is never replaced.
 */
export function indicatorSource(feed: Feed, indicator: Indicator): SourceLine {
  const listed = sourceOf(feed, indicator);
  const name = listed?.name ?? indicator.source.name;
  const url = listed?.url ?? indicator.source.url;
  return url ? { name, url } : { name };
}
