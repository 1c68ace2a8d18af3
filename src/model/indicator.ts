/**
 * The model behind `<miv-indicator>`: one indicator over time in one area, its comparison lines,
 * the fallback to a higher level, and the changes a headline reports. Plain data, no DOM.
 */
import { MivError } from '../feed/errors.js';
import type {
  Area,
  AreaGroup,
  AreaLevel,
  Duiding,
  Feed,
  Indicator,
  RateOfCount,
  SeriesBreak,
  SpecialPeriod,
  ValueStatus,
} from '../feed/schema.js';
import { AREA_LEVELS } from '../feed/schema.js';
import { endedSince, existsIn } from '../feed/periods.js';
import { stringsFor } from '../i18n/strings.js';
import { breaksAmong, sinceLastBreak, specialPeriodsIn, type MarkedBreak } from './breaks.js';
import { formatPeriod, withPeriodInUnit } from './format.js';
import {
  defaultBase,
  hasDenominators,
  indexPoints,
  indicatorAsIndex,
  indicatorAsRate,
  rateOfCount,
  ratePoint,
  type IndexProblem,
  type Measure,
  type Scale,
} from './rates.js';
import { hasNumbers, indexFeed, sortPeriods, type FeedIndex, type Point } from './series.js';
import { compareInFeed, keyPoints, type Change } from './trend.js';
import { selectDuiding } from './duiding.js';

export type SeriesRole = 'main' | 'comparison';

export interface AreaSeries {
  area: Area;
  role: SeriesRole;
  /** True when this series stands in for the asked area, which has no data of its own. */
  fallback: boolean;
  /**
   * With a not-applicable point in each period shown in which the area did not exist (`withNotApplicable`);
   * for a stand-in, in which the asked area did not exist.
   */
  points: Point[];
  /** The group of comparable areas this line stands for (`compare="group:…"`). */
  group?: AreaGroup;
}

export interface IndicatorModel {
  feed: Feed;
  /** The feed's indicator; a rate over half-years or quarters has the period in its unit. */
  indicator: Indicator;
  /** The area that was asked for. */
  area: Area;
  /** The area whose numbers are shown: the asked one, or the nearest higher level with data. */
  shownArea: Area;
  fallback: boolean;
  /**
   * With a stand-in: the status every point of the asked area has in the periods asked, where they
   * share one (`suppressed`: Baarle-Nassau's figures are all geheim). Absent where it has no points,
   * or points of mixed status.
   */
  withheld?: ValueStatus;
  periods: string[];
  /** The main series first, then the comparisons from nearest to widest. */
  series: AreaSeries[];
  /**
   * The breaks of the lines shown, each at the period the chart marks it at: the first of `periods` with
   * figures from after it (a break dated `2021` at `2021-H1` among half-years, `dated` 2021). Only
   * breaks that split a line shown, one with a figure before the break (`breaksAmong`).
   */
  breaks: MarkedBreak[];
  /** Special periods (the COVID years) within the periods shown: marked, but no break. */
  specialPeriods: SpecialPeriod[];
  /**
   * The partners' words (`selectDuiding`): the asked area's own, then those of the areas above it
   * (district, eenheid, Nederland), of the other areas shown, and the general ones; each newest first.
   */
  duiding: Duiding[];
  latest?: Point;
  /**
   * The periods shown after the shown area's latest figure that have none, grouped by why, in the
   * order met: without saying so, a latest figure reads as the newest there is, where a later one may
   * be geheim. For an asked area that ended (Haaren after 2020), also the later periods of the areas
   * above it, in which it no longer existed, also where no line shows them.
   */
  missingAfterLatest: MissingPeriods[];
  /**
   * The last break of the shown area's series up to its latest value, when it moved the start of
   * `changeFirst`: the changes are measured after it only, and nothing is compared with a value from
   * before it. Absent when the break lies before the periods shown.
   */
  lastBreak?: SeriesBreak;
  /**
   * Latest versus the period before it that has a number, when no break lies between them; for
   * half-years and quarters, the same half-year or quarter of an earlier year.
   */
  changePrevious: Change | null;
  /** Latest versus the first period shown (of the same half-year or quarter), or the first after the last break. */
  changeFirst: Change | null;
  /** `rate` when the counts are shown per inwoner (or per the indicator's own base). */
  measure: Measure;
  /** The rate the counts can be shown as: the shown area's series carries denominators. */
  rate?: RateOfCount;
  scale: Scale;
  /** The period every line is 100 in with `scale` index (also with values: where the toggle would take it). */
  base?: string;
  /** Lines that have no index, and why (their base value is suppressed or missing). */
  indexProblems: { area: Area; problem: IndexProblem }[];
  /**
   * Every period of the shown area's series, and for an asked area that ended those after it that the
   * areas above have, whatever `from` and `to` say: the choice of a period control.
   */
  allPeriods: string[];
  /**
   * `from` and `to` as asked, when no area of the fallback chain has a figure between them (a link
   * older than the feed): the model then shows the whole series.
   */
  missingRange?: { from?: string; to?: string };
}

/** Periods without a figure that share why: a status of CBS's verklaring van tekens. */
export interface MissingPeriods {
  status: ValueStatus;
  periods: string[];
  /**
   * For periods after the asked area ended (`not-applicable`): that area, and the first day it no
   * longer existed (the day after its `validTo`). A sentence then says so, where "geen cijfer" would
   * read as a figure that is missing.
   */
  ended?: { area: Area; since: string };
}

export interface IndicatorQuery {
  indicator: string;
  area: string;
  /**
   * Comparison lines: `undefined` for the default (every higher level), `'none'`, or a list of
   * area ids and/or levels (`district`, `land`, …).
   */
  compare?: string;
  from?: string;
  to?: string;
  /**
   * `count` or `rate` for a count with denominators; empty: the rate when areas of different size
   * are compared (there are comparison lines), else the count.
   */
  measure?: string;
  /** `value` (default) or `index`. */
  scale?: string;
  /** The index's base period; by default the first period after the last break. */
  base?: string;
}

function inRange(period: string, from?: string, to?: string): boolean {
  // A bare year as bound covers its half-years and quarters too.
  return (!from || period >= from) && (!to || period <= to || period.startsWith(`${to}-`));
}

const GROUP_PREFIX = 'group:';

function comparisonAreas(
  compare: string | undefined,
  indicator: Indicator,
  lineage: Area[],
  shown: Area,
  index: FeedIndex,
): Area[] {
  const { areas } = index;
  // A count of a larger area is no yardstick for a smaller one (Nederland has hundreds of times the
  // cases of a gemeente): counts get comparison lines only when a page asks for them.
  const above = indicator.kind === 'count' ? [] : lineage.slice(lineage.indexOf(shown) + 1);
  if (compare === undefined || compare.trim() === '') return above;
  if (compare.trim() === 'none') return [];
  const out: Area[] = [];
  for (const token of compare.split(/[\s,]+/).filter(Boolean)) {
    const byLevel = (AREA_LEVELS as readonly string[]).includes(token)
      ? lineage.find((a) => a.level === (token as AreaLevel))
      : undefined;
    const area = token.startsWith(GROUP_PREFIX)
      ? index.groupArea(token.slice(GROUP_PREFIX.length))
      : (byLevel ?? areas.get(token));
    if (!area) throw index.unknown('unknown-area', token, `Onbekend gebied in compare: "${token}"`);
    if (area.id !== shown.id && !out.includes(area)) out.push(area);
  }
  return out;
}

/** Builds the model, or throws `MivError` (`unknown-indicator`, `unknown-area`, `no-data`). */
export function buildIndicatorModel(feed: Feed, query: IndicatorQuery): IndicatorModel {
  const index = indexFeed(feed);
  const indicator = index.indicator(query.indicator);
  if (!indicator)
    throw index.unknown('unknown-indicator', query.indicator, `Onbekende indicator: "${query.indicator}"`);
  const area = index.areas.get(query.area);
  if (!area) throw index.unknown('unknown-area', query.area, `Onbekend gebied: "${query.area}"`);

  const pointsOf = (a: Area) => index.points(indicator.id, a.id).filter((p) => inRange(p.period, query.from, query.to));
  // A higher level stands in for the asked area only in periods the asked area existed in: after
  // Haaren ended (2021) its figures are not missing but blank ("niet van toepassing"), and no
  // district's figure is Haaren's. A range wholly after its end shows Haaren's own series instead.
  const standInPoints = (a: Area) => pointsOf(a).filter((p) => a === area || existsIn(area, p.period));
  const lineage = index.lineage(area.id);
  // Fallback chain gemeente → district → eenheid → Nederland: the nearest level that has numbers.
  const shownArea = lineage.find((a) => hasNumbers(standInPoints(a)));
  if (!shownArea) {
    // Figures outside the asked periods: the whole series, and the reader is told (an empty widget
    // would leave no periods to pick).
    const { from, to, ...unbounded } = query;
    if (from || to)
      return {
        ...buildIndicatorModel(feed, unbounded),
        missingRange: { ...(from ? { from } : {}), ...(to ? { to } : {}) },
      };
    throw new MivError('no-data', `Geen cijfers voor ${indicator.id} in ${area.id}`, { id: indicator.id });
  }
  const fallback = shownArea !== area;
  // Why the asked area has no figure, where all its points say the same: Baarle-Nassau's are geheim,
  // which "geen cijfer" alone would hide (it reads as not measured at that level).
  const ownStatuses = new Set(fallback ? pointsOf(area).map((p) => p.status) : []);
  const [ownStatus] = ownStatuses;
  const withheld = ownStatuses.size === 1 && ownStatus !== 'not-applicable' ? ownStatus : undefined;

  let series: AreaSeries[] = [{ area: shownArea, role: 'main', fallback, points: standInPoints(shownArea) }];
  for (const other of comparisonAreas(query.compare, indicator, lineage, shownArea, index)) {
    const points = pointsOf(other);
    const group = index.groups.get(other.id);
    if (hasNumbers(points))
      series.push({ area: other, role: 'comparison', fallback: false, points, ...(group ? { group } : {}) });
  }

  // Per inwoner: where areas of different size stand side by side, the rate is the fair default.
  const rate = rateOfCount(indicator) && hasDenominators(series[0]!.points) ? rateOfCount(indicator) : undefined;
  const measure: Measure =
    rate && (query.measure === 'rate' || (query.measure !== 'count' && series.length > 1)) ? 'rate' : 'count';
  let shownIndicator = indicator;
  if (measure === 'rate') {
    series = series
      .map((s) => ({ ...s, points: s.points.map((p) => ratePoint(p, rate!)) }))
      .filter((s, i) => i === 0 || hasNumbers(s.points));
    shownIndicator = indicatorAsRate(indicator, rate!);
  }

  // A period control offers every period of the lines drawn, whatever `from` and `to` say: an ended
  // area's chart runs on with the lines beside it (Haaren's blank years), and a gemeente formed later
  // starts with them, so each end of the chart is one of the choices.
  const allPeriods = sortPeriods(
    series.flatMap((s) =>
      index
        .points(indicator.id, s.area.id)
        .filter((p) => s.role !== 'main' || s.area === area || existsIn(area, p.period))
        .map((p) => p.period),
    ),
  );
  // The figures a break splits: an index blanks those across the break from its base.
  const figures = new Map(series.map((s) => [s.area.id, s.points]));
  const scale: Scale = query.scale === 'index' ? 'index' : 'value';
  const indexProblems: IndicatorModel['indexProblems'] = [];
  // Also without the index: a toggle names the base it would switch to.
  const base =
    query.base ||
    defaultBase(
      indicator,
      shownArea.id,
      series[0]!.points.map((p) => p.period),
    );
  if (scale === 'index') {
    series = series
      .map((s) => {
        const indexed = indexPoints(s.points, base ?? '', shownIndicator, s.area.id);
        if (indexed.problem) indexProblems.push({ area: s.area, problem: indexed.problem });
        return { ...s, points: indexed.points };
      })
      .filter((s, i) => i === 0 || s.points.length > 0);
    // The unit is the feed's text, so it is written in the feed's language.
    const feedStrings = stringsFor(feed.meta.language);
    shownIndicator = indicatorAsIndex(shownIndicator, base ? formatPeriod(base, feedStrings) : '', feedStrings);
  }
  const periods = sortPeriods(series.flatMap((s) => s.points.map((p) => p.period)));
  // A stand-in's line is blank where the asked area did not exist, like the asked area's own.
  series = series.map((s) => ({
    ...s,
    points: withNotApplicable(s.role === 'main' ? area : s.area, s.points, periods),
  }));
  const mainPoints = series[0]!.points;

  const breaks = breaksAmong(
    indicator,
    series.map((s) => ({
      areas: s.role === 'main' ? [s.area.id, area.id] : [s.area.id],
      points: figures.get(s.area.id)!,
    })),
    periods,
  );
  const duiding = selectDuiding(
    feed,
    indicator.id,
    lineage,
    series.map((s) => s.area),
    periods,
  );

  const { latest, first: firstShown } = keyPoints(mainPoints);
  const comparable = sinceLastBreak(indicator, shownArea.id, mainPoints);
  const at = (point: Point) => ({ area: shownArea.id, point });
  const { previous, first } = keyPoints(comparable.points);
  // A break before the periods shown (a reader's `from` after it) moved nothing: named, it would
  // place a break at the reader's first period.
  const lastBreak = first?.period !== firstShown?.period ? comparable.lastBreak : undefined;
  return {
    feed,
    indicator: withPeriodInUnit(shownIndicator, periods, stringsFor(feed.meta.language)),
    area,
    shownArea,
    fallback,
    ...(withheld ? { withheld } : {}),
    periods,
    series,
    breaks,
    specialPeriods: specialPeriodsIn(indicator, periods),
    duiding,
    ...(latest ? { latest } : {}),
    missingAfterLatest: missingAfter(
      latest,
      sortPeriods([...periods, ...periodsAfterEnd(index, indicator.id, lineage, query)]),
      mainPoints,
      area,
    ),
    ...(lastBreak ? { lastBreak } : {}),
    changePrevious: latest && previous ? compareInFeed(index, shownIndicator, at(previous), at(latest)) : null,
    changeFirst:
      latest && first && first !== previous && first !== latest
        ? compareInFeed(index, shownIndicator, at(first), at(latest))
        : null,
    measure,
    ...(rate ? { rate } : {}),
    scale,
    ...(base ? { base } : {}),
    indexProblems,
    allPeriods,
  };
}

/**
 * The points of an area, with a not-applicable one in each of `periods` the area did not exist in
 * and has no figure for (Haaren after 2020): CBS's blank, "kan op logische gronden niet voorkomen",
 * where a period without a point would read as missing data (`.`). A figure recomputed on today's
 * boundaries for before the area was formed stays.
 */
function withNotApplicable(area: Area, points: readonly Point[], periods: readonly string[]): Point[] {
  const byPeriod = new Map(points.map((p) => [p.period, p]));
  return periods.flatMap((period) => {
    const point = byPeriod.get(period);
    if (point) return [point];
    return existsIn(area, period) ? [] : [{ period, value: null, status: 'not-applicable' as const, margin: null }];
  });
}

/**
 * The periods within `from` and `to` that the areas above an ended area have figures for, after it
 * ended (Haaren's district in 2021–2025): none for an area that still exists.
 */
function periodsAfterEnd(
  index: FeedIndex,
  indicatorId: string,
  lineage: readonly Area[],
  range: Pick<IndicatorQuery, 'from' | 'to'>,
) {
  const [area, ...above] = lineage;
  if (!area?.validTo) return [];
  return above.flatMap((a) =>
    index
      .points(indicatorId, a.id)
      .filter((p) => endedSince(area, p.period) && inRange(p.period, range.from, range.to))
      .map((p) => p.period),
  );
}

/**
 * The periods after `latest` without a figure, grouped by status, and those after the asked area
 * ended apart (`ended`); a period `points` do not reach has no data (`.`), or none that can exist
 * when the asked area did not exist then.
 */
function missingAfter(
  latest: Point | undefined,
  periods: readonly string[],
  points: readonly Point[],
  asked: Area,
): MissingPeriods[] {
  if (!latest) return [];
  const byPeriod = new Map(points.map((p) => [p.period, p]));
  const groups = new Map<string, MissingPeriods>();
  for (const period of periods.filter((p) => p > latest.period)) {
    const status = byPeriod.get(period)?.status ?? (existsIn(asked, period) ? 'no-data' : 'not-applicable');
    const since = status === 'not-applicable' ? endedSince(asked, period) : undefined;
    const key = since ? 'ended' : status;
    const group = groups.get(key);
    if (group) group.periods.push(period);
    else groups.set(key, { status, periods: [period], ...(since ? { ended: { area: asked, since } } : {}) });
  }
  return [...groups.values()];
}
