/**
 * The model behind `<miv-indicator>`: one indicator over time in one area, its comparison lines,
 * the fallback to a higher level, and the changes a headline reports. Plain data, no DOM.
 */
import { MivError } from '../feed/errors.js';
import type { Area, AreaLevel, Duiding, Feed, Indicator, SeriesBreak, SpecialPeriod } from '../feed/schema.js';
import { AREA_LEVELS } from '../feed/schema.js';
import { stringsFor } from '../i18n/strings.js';
import { sinceLastBreak, specialPeriodsIn } from './breaks.js';
import { withPeriodInUnit } from './format.js';
import { hasNumbers, indexFeed, sortPeriods, type Point } from './series.js';
import { compareInFeed, keyPoints, type Change } from './trend.js';

export type SeriesRole = 'main' | 'comparison';

export interface AreaSeries {
  area: Area;
  role: SeriesRole;
  /** True when this series stands in for the asked area, which has no data of its own. */
  fallback: boolean;
  points: Point[];
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
  periods: string[];
  /** The main series first, then the comparisons from nearest to widest. */
  series: AreaSeries[];
  breaks: SeriesBreak[];
  /** Special periods (the COVID years) within the periods shown: marked, but no break. */
  specialPeriods: SpecialPeriod[];
  duiding: Duiding[];
  latest?: Point;
  /**
   * The last break of the shown area's series up to its latest value. The changes are measured
   * after it only: nothing is compared with a value from before it.
   */
  lastBreak?: SeriesBreak;
  /**
   * Latest versus the period before it that has a number, when no break lies between them; for
   * half-years and quarters, the same half-year or quarter of an earlier year.
   */
  changePrevious: Change | null;
  /** Latest versus the first period shown (of the same half-year or quarter), or the first after the last break. */
  changeFirst: Change | null;
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
}

function inRange(period: string, from?: string, to?: string): boolean {
  // A bare year as bound covers its half-years and quarters too.
  return (!from || period >= from) && (!to || period <= to || period.startsWith(`${to}-`));
}

function comparisonAreas(
  compare: string | undefined,
  indicator: Indicator,
  lineage: Area[],
  shown: Area,
  areas: Map<string, Area>,
): Area[] {
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
    const area = byLevel ?? areas.get(token);
    if (!area) throw new MivError('unknown-area', `Onbekend gebied in compare: "${token}"`, { id: token });
    if (area.id !== shown.id && !out.includes(area)) out.push(area);
  }
  return out;
}

/** Builds the model, or throws `MivError` (`unknown-indicator`, `unknown-area`, `no-data`). */
export function buildIndicatorModel(feed: Feed, query: IndicatorQuery): IndicatorModel {
  const index = indexFeed(feed);
  const indicator = index.indicator(query.indicator);
  if (!indicator)
    throw new MivError('unknown-indicator', `Onbekende indicator: "${query.indicator}"`, { id: query.indicator });
  const area = index.areas.get(query.area);
  if (!area) throw new MivError('unknown-area', `Onbekend gebied: "${query.area}"`, { id: query.area });

  const pointsOf = (a: Area) => index.points(indicator.id, a.id).filter((p) => inRange(p.period, query.from, query.to));
  const lineage = index.lineage(area.id);
  // Fallback chain gemeente → district → eenheid → Nederland: the nearest level that has numbers.
  const shownArea = lineage.find((a) => hasNumbers(pointsOf(a)));
  if (!shownArea)
    throw new MivError('no-data', `Geen cijfers voor ${indicator.id} in ${area.id}`, { id: indicator.id });
  const fallback = shownArea !== area;

  const mainPoints = pointsOf(shownArea);
  const series: AreaSeries[] = [{ area: shownArea, role: 'main', fallback, points: mainPoints }];
  for (const other of comparisonAreas(query.compare, indicator, lineage, shownArea, index.areas)) {
    const points = pointsOf(other);
    if (hasNumbers(points)) series.push({ area: other, role: 'comparison', fallback: false, points });
  }

  const periods = sortPeriods(series.flatMap((s) => s.points.map((p) => p.period)));
  const shownIds = new Set(series.map((s) => s.area.id));
  const breaks = (indicator.breaks ?? []).filter(
    (b) => periods.includes(b.period) && (!b.areas || b.areas.some((id) => shownIds.has(id) || id === area.id)),
  );
  // The partners' words about any area in the chart count: a district's duiding helps read its gemeenten.
  const duiding = feed.duiding
    .filter((d) => d.indicator === indicator.id && (!d.area || d.area === area.id || shownIds.has(d.area)))
    .filter((d) => !d.period || periods.includes(d.period))
    .sort((a, b) => b.date.localeCompare(a.date));

  const { latest } = keyPoints(mainPoints);
  const comparable = sinceLastBreak(indicator, shownArea.id, mainPoints);
  const { previous, first } = keyPoints(comparable.points);
  const at = (point: Point) => ({ area: shownArea.id, point });
  return {
    feed,
    indicator: withPeriodInUnit(indicator, periods, stringsFor(feed.meta.language)),
    area,
    shownArea,
    fallback,
    periods,
    series,
    breaks,
    specialPeriods: specialPeriodsIn(indicator, periods),
    duiding,
    ...(latest ? { latest } : {}),
    ...(comparable.lastBreak ? { lastBreak: comparable.lastBreak } : {}),
    changePrevious: latest && previous ? compareInFeed(index, indicator, at(previous), at(latest)) : null,
    changeFirst:
      latest && first && first !== previous && first !== latest
        ? compareInFeed(index, indicator, at(first), at(latest))
        : null,
  };
}
