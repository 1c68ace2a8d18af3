/**
 * The model behind `<miv-district-compare>`: one indicator in one period for the districts of the
 * unit (or the gemeenten of a district), with the unit and Nederland as references, each area's
 * change since the previous period, and what stands out. Plain data, no DOM.
 */
import { MivError } from '../feed/errors.js';
import { mergers } from '../feed/hierarchy.js';
import { begunSince, dayAfter, endedSince, existsIn } from '../feed/periods.js';
import {
  PROVISIONAL_STATUSES,
  type Area,
  type AreaGroup,
  type Duiding,
  type Feed,
  type Indicator,
  type Opvallendheid,
  type RateOfCount,
  type SpecialPeriod,
} from '../feed/schema.js';
import { languageOf, nl, stringsFor, type Strings } from '../i18n/strings.js';
import { breakBetween, specialPeriodsIn } from './breaks.js';
import {
  asPrinted,
  formatDate,
  formatNumberInText,
  formatPeriod,
  formatPointValue,
  formatWithUnit,
  isExactZero,
  listOf,
  provisionalSentences,
  provisionalWord,
  withPeriodInUnit,
  wordsBeforeNumber,
} from './format.js';
import { hasDenominators, indicatorAsRate, rateOfCount, ratePoint, type Measure } from './rates.js';
import { hasValue, indexFeed, sortPeriods, type FeedIndex, type Point, type ValuedPoint } from './series.js';
import { specialPeriodNote } from './summary.js';
import {
  compareInFeed,
  keyPoints,
  periodBefore,
  restsOnFewCases,
  SMALL_COUNT,
  type Change,
  type Significance,
} from './trend.js';
import { newestFirst } from './dates.js';
import { notADistrict } from './presets.js';
import { selectDuiding } from './duiding.js';

export const COMPARE_LEVELS = ['district', 'gemeente'] as const;
export type CompareLevel = (typeof COMPARE_LEVELS)[number];
/**
 * `fixed`: the districts in the feed's order, the gemeenten by district and then by name, so that no
 * comparison reads as a league table; `value` (highest first) and `name` only when a reader asks.
 */
export type CompareSort = 'fixed' | 'value' | 'name';
export const COMPARE_SORTS: readonly CompareSort[] = ['fixed', 'value', 'name'];

/**
 * The orders a reader may pick for the figures of `indicator` (as shown): never `value` for a count.
 * Raw counts of areas of different size are not ranked; the rate is what compares them.
 */
export function sortsFor(indicator: Indicator): readonly CompareSort[] {
  return indicator.kind === 'count' ? COMPARE_SORTS.filter((s) => s !== 'value') : COMPARE_SORTS;
}

export interface CompareQuery {
  indicator: string;
  /** `district` (default): the districts of the unit; `gemeente`: the gemeenten of `within`. */
  level?: string;
  /**
   * The district whose gemeenten are compared, or `group:<id>` for the members of a group of
   * comparable areas. Without it: the district of `highlight` when that is a gemeente, else every
   * gemeente of the unit.
   */
  within?: string;
  /** `count` or `rate` for a count with denominators; the rate when empty (the areas differ in size). */
  measure?: string;
  /** The period to compare; the latest period with a figure for any area when absent. */
  period?: string;
  /**
   * An area to emphasise; a gemeente at district level emphasises its district, in a period the
   * gemeente did not exist in only where a merger within the district holds all its ground.
   */
  highlight?: string;
  /**
   * `fixed` (default: district order, then name), `value` (highest first) or `name`. Counts are not
   * ranked: `value` gives the fixed order for them (`sortsFor`).
   */
  sort?: string;
  /** Locale for sorting by name. */
  locale?: string;
  /**
   * The areas of today (without an end), each with its figure for the period (a merger's history
   * recomputed on today's boundaries, where the feed has it), instead of the areas of the period: the
   * map, whose shapes are today's, draws these.
   */
  today?: boolean;
}

export interface CompareRow {
  area: Area;
  /** The area's value in the period; status `no-data` when the feed has none. */
  point: Point;
  /** The value in the previous period, when the feed has one. */
  previous?: Point;
  /** Versus the previous period; null when either has no number or a break lies between them. */
  change: Change | null;
  /**
   * True when a series break lies between the previous period's figure and this one's: the change is
   * not measured. False where either has no figure: there is nothing to compare across it, as a line
   * chart notes a break only between two figures.
   */
  acrossBreak: boolean;
  /**
   * The area versus Nederland in the same period. For surveys it is untested unless the publisher
   * flags it: the area's sample is part of Nederland's.
   */
  vsNational: Change | null;
  highlighted: boolean;
}

export interface CompareReference {
  area: Area;
  /**
   * The area's value in the period, with its status: a suppressed (`x`) or missing (`.`) one draws no
   * line, but the legend, the table, the CSV and the summary still name it.
   */
  point: Point;
  change: Change | null;
  acrossBreak: boolean;
  previous?: Point;
}

export interface CompareModel {
  feed: Feed;
  /** `rate` when counts are shown per inwoner: areas of different size are compared. */
  measure: Measure;
  /** The rate the counts can be shown as, when the feed gives their denominators. */
  rate?: RateOfCount;
  /** The group whose members are compared (`within="group:…"`). */
  group?: AreaGroup;
  /**
   * For a `partial` group (its figure is of more areas than the feed holds): the area that all its
   * members in the feed lie in, below Nederland, when they share one. The bars show only those.
   */
  groupScope?: Area;
  /** The feed's indicator; a rate over half-years or quarters has the period in its unit. */
  indicator: Indicator;
  level: CompareLevel;
  /** The area whose parts are compared: the unit (districts) or a district (gemeenten). */
  parent: Area;
  /** With `today`: the areas that existed in the period but have ended since, and so have no row. */
  notToday?: Area[];
  /** Periods in which at least one compared area has a number, oldest first. */
  periods: string[];
  period: string;
  /** The period asked for, when no compared area has a figure in it: `period` is then the latest that has. */
  missingPeriod?: string;
  /**
   * The period each area is compared with: the one before, or for half-years and quarters the same
   * half-year or quarter of an earlier year.
   */
  previousPeriod?: string;
  /** The compared areas in display order. */
  rows: CompareRow[];
  /** The order of `rows`: the one asked for, or `fixed` where that may not be used (`sortsFor`). */
  sort: CompareSort;
  /** The orders a reader may pick for these figures (`sortsFor`). */
  sorts: readonly CompareSort[];
  /** Reference lines, nearest first: the district (gemeente level), the unit, Nederland. */
  references: CompareReference[];
  /** Nederland's reference, when it has a number: what the areas are set against. */
  national?: CompareReference & { point: ValuedPoint };
  /** The areas sharing the highest and the lowest number (empty when none has a number). */
  highest: CompareRow[];
  lowest: CompareRow[];
  /**
   * Whether highest and lowest really differ: significantly for surveys (untested without margins),
   * after rounding otherwise.
   */
  spread: Significance;
  /** @deprecated Read `spread`; this is true only when that is `significant`. */
  spreadSignificant: boolean;
  highlight?: CompareRow;
  /**
   * The highlighted area when it did not exist in `period` (Haaren after 2020, Altena before 2019) and
   * it, or at district level its district, is compared: it has no row, no district stands in for it
   * (`groundWithin`), and the element says why (`absentHighlightSentence`).
   */
  absentHighlight?: Area;
  /**
   * True when no compared area has a figure in any period: the indicator is published at a higher
   * level only. The element then says so instead of drawing bars.
   */
  noAreaData: boolean;
  opvallendheden: Opvallendheid[];
  duiding: Duiding[];
  /**
   * The indicator's special periods (the COVID years) that hold `period` or `previousPeriod`: the
   * figures, or the changes that start from them, are read with that in mind.
   */
  specialPeriods: SpecialPeriod[];
}

const noDataPoint = (period: string): Point => ({ period, value: null, status: 'no-data', margin: null });

const GROUP_PREFIX = 'group:';

function resolveLevel(level: string | undefined, within: string | undefined): CompareLevel {
  // `within` names a district or a group, whose gemeenten are compared whatever the level says:
  // `within="de-baronie"` without `level="gemeente"` showed the four districts and said nothing.
  return level === 'gemeente' || within ? 'gemeente' : 'district';
}

/** The parent whose parts are compared, and those parts (before the period filter). */
function comparedAreas(index: FeedIndex, level: CompareLevel, query: CompareQuery): { parent: Area; areas: Area[] } {
  const all = index.feed.areas;
  const unit = all.find((a) => a.level === 'eenheid');
  if (level === 'district') {
    const districts = all.filter((a) => a.level === 'district');
    const parent = unit ?? index.areas.get(districts[0]?.parent ?? '');
    if (!parent || districts.length === 0) throw new MivError('unknown-area', 'De feed bevat geen districten');
    return { parent, areas: districts };
  }
  if (query.within?.startsWith(GROUP_PREFIX)) {
    const id = query.within.slice(GROUP_PREFIX.length);
    const group = index.groups.get(id);
    const parent = index.groupArea(id);
    if (!group || !parent) throw new MivError('unknown-area', `Onbekende groep: "${id}"`, { id });
    return { parent, areas: group.members.flatMap((m) => index.areas.get(m) ?? []) };
  }
  const withinId =
    query.within ||
    (query.highlight ? index.lineage(query.highlight).find((a) => a.level === 'district')?.id : undefined);
  if (withinId) {
    const district = index.areas.get(withinId);
    if (district?.level !== 'district') throw notADistrict(index, withinId);
    return { parent: district, areas: index.children(district.id).filter((a) => a.level === 'gemeente') };
  }
  if (!unit) throw new MivError('unknown-area', 'De feed bevat geen eenheid');
  return { parent: unit, areas: all.filter((a) => a.level === 'gemeente') };
}

/**
 * `fixed`: by the position of the area's district in the feed, then by name; `name`: by name;
 * `value`: rows with a number first, highest first, numbers printed equal and rows without one by name.
 */
function sortRows(
  rows: CompareRow[],
  sort: CompareSort,
  locale: string,
  index: FeedIndex,
  indicator: Indicator,
): CompareRow[] {
  const byName = (a: CompareRow, b: CompareRow) => a.area.name.localeCompare(b.area.name, locale);
  if (sort === 'name') return rows.sort(byName);
  if (sort === 'fixed') {
    const order = new Map(index.feed.areas.map((a, i) => [a.id, i]));
    const districtOf = (area: Area) =>
      order.get(area.level === 'district' ? area.id : (area.parent ?? area.id)) ?? Infinity;
    return rows.sort((a, b) => districtOf(a.area) - districtOf(b.area) || byName(a, b));
  }
  return rows.sort((a, b) => {
    const av = a.point.value;
    const bv = b.point.value;
    if (av === null || bv === null) return av === bv ? byName(a, b) : av === null ? 1 : -1;
    return asPrinted(bv, indicator) - asPrinted(av, indicator) || byName(a, b);
  });
}

/**
 * Whether the highest areas differ from the lowest: significant when any pair does, not significant
 * when every pair was tested and does not, otherwise untested.
 */
function spreadOf(index: FeedIndex, indicator: Indicator, highest: CompareRow[], lowest: CompareRow[]): Significance {
  const tests = highest.flatMap((h) =>
    lowest.map(
      (l) =>
        compareInFeed(index, indicator, { area: l.area.id, point: l.point }, { area: h.area.id, point: h.point })
          ?.significance,
    ),
  );
  if (tests.includes('significant')) return 'significant';
  return tests.every((t) => t === 'not-significant') ? 'not-significant' : 'not-tested';
}

/** Builds the model, or throws `MivError` (`unknown-indicator`, `unknown-area`, `no-data`). */
export function buildCompareModel(feed: Feed, query: CompareQuery): CompareModel {
  const index = indexFeed(feed);
  const indicator = index.indicator(query.indicator);
  if (!indicator)
    throw index.unknown('unknown-indicator', query.indicator, `Onbekende indicator: "${query.indicator}"`);
  if (query.highlight && !index.areas.has(query.highlight))
    throw index.unknown('unknown-area', query.highlight, `Onbekend gebied in highlight: "${query.highlight}"`);

  const level = resolveLevel(query.level, query.within);
  const { parent, areas } = comparedAreas(index, level, query);
  // Areas of different size side by side: a count is shown per inwoner unless a reader asks for the number.
  const available = rateOfCount(indicator);
  const rate =
    available && areas.some((a) => hasDenominators(index.points(indicator.id, a.id))) ? available : undefined;
  const measure: Measure = rate && query.measure !== 'count' ? 'rate' : 'count';
  const pointsFor = (areaId: string): Point[] =>
    measure === 'rate'
      ? index.points(indicator.id, areaId).map((p) => ratePoint(p, rate!))
      : index.points(indicator.id, areaId);
  const shownIndicator = measure === 'rate' ? indicatorAsRate(indicator, rate!) : indicator;
  const group = index.groups.get(parent.id);
  // The members' nearest shared area: `Eenheid Zeeland-West-Brabant` for a national size class.
  const groupScope = group?.partial
    ? index
        .lineage(areas[0]?.parent ?? '')
        .find((a) => a.level !== 'land' && areas.every((m) => index.lineage(m.id).includes(a)))
    : undefined;
  const pointsOf = new Map(areas.map((a) => [a.id, new Map(pointsFor(a.id).map((p) => [p.period, p]))]));
  const valuedPeriods = sortPeriods(
    areas.flatMap((a) =>
      [...pointsOf.get(a.id)!.values()].filter((p) => hasValue(p) && existsIn(a, p.period)).map((p) => p.period),
    ),
  );
  const noAreaData = valuedPeriods.length === 0;

  const lineage = group ? [] : index.lineage(parent.id);
  let period: string;
  // A period without figures (a link older than the feed, a year asked of half-years) shows the
  // latest instead, and says so: an empty widget would leave the reader no period to pick.
  const missingPeriod = query.period && !noAreaData && !valuedPeriods.includes(query.period) ? query.period : undefined;
  if (query.period && !missingPeriod) {
    period = query.period;
  } else if (!noAreaData) {
    period = valuedPeriods.at(-1)!;
  } else {
    // Nothing at this level: the latest figure of the nearest higher level is what there is to say.
    const latest = lineage.map((a) => keyPoints(pointsFor(a.id)).latest).find(Boolean);
    if (!latest) throw new MivError('no-data', `Geen cijfers voor ${indicator.id}`, { id: indicator.id });
    period = latest.period;
  }
  const previousPeriod = periodBefore(valuedPeriods, period);

  // A break is one between two figures: beside an `x` or a `.` there is no change to measure anyway.
  const crossesBreak = (area: Area, point: Point, previous: Point | undefined) =>
    hasValue(point) && hasValue(previous) && breakBetween(indicator, area.id, previous.period, point.period);
  const pointAt = (areaId: string, at: string | undefined) =>
    at === undefined ? undefined : pointsFor(areaId).find((p) => p.period === at);
  const references: CompareReference[] = [];
  // The unit's count is the sum of the districts and Nederland's is far larger: counts get no reference
  // lines, unless this level has no figures and the higher level's is all there is to say.
  // A group's references: its own figure, and Nederland.
  const referenceAreas = group ? [parent, ...index.feed.areas.filter((a) => a.level === 'land')] : lineage;
  for (const area of shownIndicator.kind === 'count' && !noAreaData ? [] : referenceAreas) {
    const point = pointAt(area.id, period);
    // A reference the feed holds a figure or a status for stays, whatever that status: a suppressed
    // district total is `x geheim`, never silently left out.
    if (!point) continue;
    const previous = pointAt(area.id, previousPeriod);
    const acrossBreak = crossesBreak(area, point, previous);
    references.push({
      area,
      point,
      change:
        previous && !acrossBreak
          ? compareInFeed(index, shownIndicator, { area: area.id, point: previous }, { area: area.id, point })
          : null,
      acrossBreak,
      ...(previous ? { previous } : {}),
    });
  }
  const national = references.find(
    (r): r is CompareReference & { point: ValuedPoint } => r.area.level === 'land' && hasValue(r.point),
  );

  const compared = (area: Area) => (query.today ? !area.validTo : existsIn(area, period));
  const asked = query.highlight ? index.areas.get(query.highlight) : undefined;
  // The nearest area in the highlight's lineage that is compared: the gemeente itself, or its district.
  const standIn = asked && index.lineage(asked.id).find((a) => areas.includes(a));
  // A gemeente that did not exist in the period (with `today`, one that ended) has no row, and its
  // district stands in for it only where a merger puts all its ground there (`groundWithin`).
  const absent =
    standIn && !compared(asked) && (standIn === asked || !groundWithin(asked, standIn, period, feed.areas, index));
  const absentHighlight = !noAreaData && absent ? asked : undefined;
  const highlightId = absent ? undefined : standIn?.id;
  const rows: CompareRow[] = noAreaData
    ? []
    : areas.filter(compared).map((area) => {
        const point = pointsOf.get(area.id)!.get(period) ?? noDataPoint(period);
        const previous = previousPeriod === undefined ? undefined : pointsOf.get(area.id)!.get(previousPeriod);
        const acrossBreak = crossesBreak(area, point, previous);
        return {
          area,
          point,
          ...(previous ? { previous } : {}),
          change:
            previous && !acrossBreak
              ? compareInFeed(index, shownIndicator, { area: area.id, point: previous }, { area: area.id, point })
              : null,
          acrossBreak,
          vsNational: national
            ? compareInFeed(
                index,
                shownIndicator,
                { area: national.area.id, point: national.point },
                { area: area.id, point },
              )
            : null,
          highlighted: area.id === highlightId,
        };
      });
  const sorts = sortsFor(shownIndicator);
  const sort = sorts.find((s) => s === query.sort) ?? 'fixed';
  sortRows(rows, sort, query.locale ?? 'nl-NL', index, shownIndicator);

  const valued = rows.filter((r) => hasValue(r.point));
  // Highest, lowest and ties as printed: 12,05 and 12,149 are both 12,1, and neither is the higher.
  const shown = new Map(valued.map((r) => [r, asPrinted(r.point.value!, shownIndicator)]));
  const max = Math.max(...shown.values());
  const min = Math.min(...shown.values());
  const highest = valued.filter((r) => shown.get(r) === max);
  const lowest = valued.filter((r) => shown.get(r) === min);
  const spread =
    valued.length > 1 && max !== min ? spreadOf(index, shownIndicator, highest, lowest) : 'not-significant';

  const opvallendheden = feed.opvallendheden
    .filter((o) => o.indicators.includes(indicator.id))
    // Notes a district kept to itself only show where that district's own gemeenten are compared.
    .filter((o) => o.shared || (level === 'gemeente' && o.district === parent.id))
    .sort(newestFirst);
  const duiding = selectDuiding(
    feed,
    indicator.id,
    [parent],
    [...rows, ...references].map((r) => r.area),
    [period],
  );

  const highlight = rows.find((r) => r.highlighted);
  const notToday = noAreaData ? [] : areas.filter((a) => existsIn(a, period) && !compared(a));
  return {
    feed,
    measure,
    ...(rate ? { rate } : {}),
    ...(group ? { group } : {}),
    ...(groupScope ? { groupScope } : {}),
    indicator: withPeriodInUnit(shownIndicator, noAreaData ? [period] : valuedPeriods, stringsFor(feed.meta.language)),
    level,
    parent,
    periods: valuedPeriods,
    period,
    ...(missingPeriod ? { missingPeriod } : {}),
    ...(previousPeriod ? { previousPeriod } : {}),
    rows,
    sort,
    sorts,
    references,
    ...(national ? { national } : {}),
    highest: valued.length > 1 ? highest : [],
    lowest: valued.length > 1 ? lowest : [],
    spread,
    spreadSignificant: spread === 'significant',
    ...(highlight ? { highlight } : {}),
    ...(absentHighlight ? { absentHighlight } : {}),
    ...(notToday.length ? { notToday } : {}),
    noAreaData,
    opvallendheden,
    duiding,
    specialPeriods: specialPeriodsIn(indicator, previousPeriod ? [previousPeriod, period] : [period]),
  };
}

/**
 * Whether all the ground of `area`, in a period it did not exist in, lay within `within`: a merger's
 * parts before it (Altena before 2019 was Aalburg, Werkendam and Woudrichem, all in De Baronie), or
 * the area a merger took it into after it (Aalburg after 2018 is part of Altena). After a split
 * (Haaren in 2021, partly to gemeenten beyond the unit) the feed cannot say where every part went.
 */
function groundWithin(area: Area, within: Area, period: string, areas: readonly Area[], index: FeedIndex): boolean {
  const merged = mergers(areas);
  const ground = begunSince(area, period)
    ? merged.get(area)
    : [...merged].filter(([, parts]) => parts.includes(area)).map(([into]) => into);
  return !!ground?.length && ground.every((a) => index.lineage(a.id).includes(within));
}

/**
 * What to say when the level has no figures at all: that plainly, and the nearest higher level's
 * figure when there is one, naming that level as the fallback rule asks (`Het cijfer van district
 * De Baronie is wel beschikbaar: …`).
 */
export function noAreaDataText(model: CompareModel, strings: Strings): [string] | [string, string] {
  const message = strings.compare.noAreaData(model.level);
  const nearest = model.references.find((r) => hasValue(r.point)) ?? model.references[0];
  if (!nearest) return [message];
  const { area, point } = nearest;
  const figure = [
    hasValue(point)
      ? formatWithUnit(point, model.indicator, strings, { symbol: false })
      : formatPointValue(point, model.indicator, strings),
    formatPeriod(point.period, strings, true),
    provisionalWord(point.status, strings),
  ] as const;
  return [
    message,
    area.level === 'land'
      ? strings.compare.nationalOnly(area.name, ...figure)
      : strings.compare.higherLevel(strings.levelName(area.name, area.level), ...figure),
  ];
}

/**
 * Why the highlighted area has no row (`absentHighlight`), and which areas are shown in its place:
 * for one formed later, those it was formed from (`Altena komt in 2018 niet voor: de gemeente bestaat
 * pas sinds 1 januari 2019. U ziet de gemeenten waaruit ze is gevormd: Aalburg, Werkendam en
 * Woudrichem.`); for one that ended, those that name it among their predecessors (`… U ziet de
 * gemeente waarin ze is opgegaan: Altena.`), also on a map of today's gemeenten in a period before
 * it ended (`Haaren staat niet op de kaart van 2020: …`). Neither is emphasised: they are not the area asked for.
 * It says where the area is not, never that it has no figure: its history may be recomputed on
 * today's boundaries, as the line chart beside it shows. `lang` is set where the words are Dutch in
 * an element of another language: a dictionary without its own (`Strings.highlightAbsent`).
 */
export function absentHighlightSentence(
  model: CompareModel,
  strings: Strings,
): { text: string; lang?: string } | undefined {
  const area = model.absentHighlight;
  if (!area) return undefined;
  // The dictionary's own words. A host's for another language, written before them, has none, or
  // Dutch's (a host's words are laid over `nl`): the sentence is then Dutch throughout, date and list too.
  const own = strings.highlightAbsent === nl.highlightAbsent ? undefined : strings.highlightAbsent;
  const lang = own || languageOf(strings.locale) === 'nl' ? undefined : 'nl';
  const words = own ?? nl.highlightAbsent!;
  const dictionary = lang ? nl : strings;
  const said = (text: string) => ({ text, ...(lang ? { lang } : {}) });
  const period = formatPeriod(model.period, dictionary, true);
  const ended = endedSince(area, model.period);
  // On a map of today's gemeenten, one of the period that has ended since has no shape either.
  const gone = !ended && model.notToday?.includes(area) ? dayAfter(area.validTo!) : undefined;
  const endedSentence = ended
    ? words.ended(area.name, area.level, period, formatDate(ended, dictionary))
    : gone && words.endedSince?.(area.name, area.level, period, formatDate(gone, dictionary));
  if (endedSentence) {
    const successors = model.rows.filter((r) => r.area.predecessors?.includes(area.id)).map((r) => r.area);
    if (successors.length === 0) return said(endedSentence);
    const names = successors.map((a) => a.name).sort((a, b) => a.localeCompare(b, dictionary.locale));
    // Only a merger says that one area took all of it; a split's receivers may lie beyond the feed.
    const whole = successors.length === 1 && !!mergers(model.feed.areas).get(successors[0]!)?.includes(area);
    return said(`${endedSentence} ${words.wentInto(area.level, listOf(names, dictionary), names.length, whole)}`);
  }
  const begun = begunSince(area, model.period);
  if (!begun) return undefined;
  const begunSentence = words.begun(area.name, area.level, period, formatDate(begun, dictionary));
  const predecessors = area.predecessors ?? [];
  const shown = new Map(model.rows.map((r) => [r.area.id, r.area.name]));
  const formedFrom = predecessors.flatMap((id) => shown.get(id) ?? []);
  if (formedFrom.length === 0) return said(begunSentence);
  const all = formedFrom.length === predecessors.length;
  return said(
    `${begunSentence} ${words.formedFrom(area.level, listOf(formedFrom, dictionary), formedFrom.length, all)}`,
  );
}

/**
 * The notes on the special periods the comparison's period or its changes fall in, in the words of
 * the line chart's notes: `Bijzondere periode 2020–2021 (Corona): …`.
 */
export function specialPeriodNotes(model: CompareModel, strings: Strings): string[] {
  return model.specialPeriods.map((special) => specialPeriodNote(special, strings));
}

/** The feed's notes on the figures compared, of either period: the feed's words in the table's footnotes. */
export function figureNotes(model: CompareModel): string[] {
  return [...model.rows, ...model.references].flatMap((r) =>
    [r.point.note, r.previous?.note].filter((n) => n !== undefined),
  );
}

/** The special-period notes as sentences of a text: a note without a reason gets its full stop. */
export function specialPeriodSentences(model: CompareModel, strings: Strings): string[] {
  return specialPeriodNotes(model, strings).map((note) => (/[.!?]$/.test(note) ? note : `${note}.`));
}

/**
 * The compared areas as the heading, the table's caption and the image name them: `Districten van
 * Eenheid Zeeland-West-Brabant`, `Gemeenten in De Baronie`, or a group by its own name, which for a
 * partial group says that the bars are only some of its members.
 */
export function comparedAreasName(model: CompareModel, strings: Strings): string {
  const { group, groupScope } = model;
  if (!group) return strings.compare.areasOf(model.level, model.parent.name);
  return group.partial ? strings.compare.partialGroup(group.name, groupScope?.name) : group.name;
}

/**
 * For a partial group, which of its members the bars are: `Alleen de gemeenten in Eenheid
 * Zeeland-West-Brabant zijn getoond; het cijfer van de groep geldt voor alle gemeenten met …`. The
 * group's name and its own figure are of all its members ("in Nederland"), its bars only of those in
 * the feed. Undefined for any other comparison.
 */
export function partialGroupNote(model: CompareModel, strings: Strings): string | undefined {
  const { group, groupScope } = model;
  if (!group?.partial) return undefined;
  return strings.compare.partialGroupNote(strings.fair.groupInSentence(group.name), groupScope?.name);
}

/** The areas' names as a sentence list: `A, B en C`; a group's name as it reads inside a sentence. */
function listNames(model: CompareModel, rows: readonly { area: Area }[], strings: Strings): string {
  return listOf(
    rows.map((r) =>
      model.group && r.area.id === model.parent.id ? strings.fair.groupInSentence(r.area.name) : r.area.name,
    ),
    strings,
  );
}

/**
 * What a survey's range from lowest to highest does not say: that the areas differ, unless the
 * difference between the two ends was tested and significant. Undefined for other kinds.
 */
function spreadCaveat(model: CompareModel, strings: Strings): string | undefined {
  if (model.indicator.kind !== 'survey' || model.spread === 'significant') return undefined;
  return model.spread === 'not-tested' ? strings.compare.summary.notTested : strings.compare.summary.notSignificant;
}

/**
 * That the highest or the lowest figure (any of the areas sharing it) rests on fewer than
 * `SMALL_COUNT` cases (`Het hoogste cijfer berust op minder dan 10 gevallen.`): such a figure is at an
 * end of the range by chance as much as by anything else, as the small-numbers rule says of a change.
 * Undefined when neither does, or for a dictionary without the sentence.
 */
function fewCasesCaveat(model: CompareModel, strings: Strings): string | undefined {
  const few = (rows: readonly CompareRow[]) => rows.some((r) => restsOnFewCases(model.indicator, r.point));
  const [high, low] = [few(model.highest), few(model.lowest)];
  const { fewCases } = strings.compare.summary;
  if (!fewCases || !(high || low)) return undefined;
  return fewCases(high && low ? 'both' : high ? 'highest' : 'lowest', SMALL_COUNT);
}

/**
 * What the range from the lowest to the highest figure does not say (`spreadCaveat`,
 * `fewCasesCaveat`), where its ends differ: said after the range by the comparison's and the map's
 * text, and under their exported images, which show the range without the text.
 */
export function rangeCaveats(model: CompareModel, strings: Strings): string[] {
  const [top, bottom] = [tiedPoint(model.highest), tiedPoint(model.lowest)];
  if (!top || !bottom || top.value === bottom.value) return [];
  return [spreadCaveat(model, strings), fewCasesCaveat(model, strings)].filter((c) => c !== undefined);
}

/**
 * The plain-language description of a comparison: which areas a partial group's bars are, the range
 * of the values (without naming areas at its ends: a comparison is no league table) with what its
 * ends do not say (`rangeCaveats`), the highlighted area (or the unit) against
 * Nederland, the areas without a figure, whether figures are provisional, and a special period the
 * figures or their changes fall in. It is the chart's text alternative.
 */
export function describeComparison(model: CompareModel, strings: Strings): string {
  const { indicator, national } = model;
  const period = formatPeriod(model.period, strings, true);
  // The first value in the text carries the indicator's words; the values after it only their numbers.
  const numberOf = (p: ValuedPoint) => formatNumberInText(p, indicator, strings);
  let worded = false;
  const inText = (p: ValuedPoint) => {
    if (worded) return numberOf(p);
    worded = true;
    return formatWithUnit(p, indicator, strings);
  };
  if (model.noAreaData) return noAreaDataText(model, strings).join(' ');
  const partial = partialGroupNote(model, strings);
  const sentences: string[] = partial ? [partial] : [];
  const top = tiedPoint(model.highest);
  const bottom = tiedPoint(model.lowest);
  // The indicator's words go where they read: after the highest (`tussen 7,2 % en 7,5 % van de
  // inwoners`), or, when they come before the number, beside the figures (`lagen de cijfers
  // (rapportcijfer) tussen 7,2 en 7,5`: `de cijfers tussen rapportcijfer 7,2 en 7,5` said cijfer twice).
  const rangeSentence = (lowest: ValuedPoint, highest: ValuedPoint) => {
    if (!wordsBeforeNumber(indicator)) return strings.compare.summary.range(period, numberOf(lowest), inText(highest));
    const [before = '', after = ''] = indicator.inSentence!.split('{value}');
    worded = true;
    return strings.compare.summary.rangeOf(period, before.trim(), numberOf(lowest), numberOf(highest) + after);
  };
  if (top && bottom) {
    if (top.value === bottom.value) {
      sentences.push(
        strings.compare.summary.allEqual(
          period,
          inText(top),
          model.rows.every((r) => hasValue(r.point)),
          model.level,
        ),
      );
    } else {
      sentences.push(rangeSentence(bottom, top), ...rangeCaveats(model, strings));
    }
  }
  // The highlighted area against Nederland; without a highlight, the unit stands for the region.
  const subject = model.highlight
    ? { area: model.highlight.area, point: model.highlight.point, change: model.highlight.vsNational }
    : model.references
        .filter((r) => r.area.level === 'eenheid')
        .map((r) => ({
          area: r.area,
          point: r.point,
          change: national
            ? compareInFeed(
                indexFeed(model.feed),
                indicator,
                { area: national.area.id, point: national.point },
                { area: r.area.id, point: r.point },
              )
            : null,
        }))[0];
  if (subject && national && subject.change && hasValue(subject.point)) {
    if (subject.change.smallCount) {
      // A figure on a handful of cases is no higher or lower than another, as the map and the
      // highlights read it: both figures are said, and which of them rests on few cases.
      const own = { name: subject.area.name, point: subject.point };
      const reference = { name: national.area.name, point: national.point };
      const [few, other] = restsOnFewCases(indicator, own.point) ? [own, reference] : [reference, own];
      sentences.push(
        strings.compare.summary.versusFewCases(
          few.name,
          inText(few.point),
          other.name,
          inText(other.point),
          SMALL_COUNT,
        ),
      );
    } else {
      const { relation } = strings.compare.summary;
      const { significance, direction } = subject.change;
      const survey = indicator.kind === 'survey';
      const value = inText(subject.point);
      const nationalValue = inText(national.point);
      sentences.push(
        survey && significance === 'not-tested'
          ? strings.compare.summary.versusNotTested(subject.area.name, value, national.area.name, nationalValue)
          : strings.compare.summary.versus(
              subject.area.name,
              value,
              survey && significance === 'not-significant' ? relation.notSignificant : relation[direction],
              national.area.name,
              nationalValue,
            ),
      );
    }
  }
  // The references too: a district total without a number is said, as its gemeenten's are.
  const missing = [...model.rows, ...model.references].filter((r) => !hasValue(r.point));
  for (const status of new Set(missing.map((r) => r.point.status))) {
    const rows = missing.filter((r) => r.point.status === status);
    sentences.push(strings.compare.summary.missing(listNames(model, rows, strings), strings.status[status]));
  }
  sentences.push(
    ...provisionalSentences(
      model.rows.map((r) => r.point),
      period,
      strings,
    ),
    ...specialPeriodSentences(model, strings),
  );
  return sentences.join(' ');
}

/**
 * The figure that stands in a sentence for areas sharing one number (the highest, the lowest): of
 * their points the least final, voorlopig before nader voorlopig before definitive, so that a tie
 * never reads as more certain than one of its figures. Nor as more exact: a 0 of a count of 0
 * (`0`) tied with a 0 that is rounded (one case among 180.000 inhabitants, `0,0` per 1.000) is
 * written as the rounded one (`isExactZero`).
 */
export function tiedPoint(rows: readonly CompareRow[]): ValuedPoint | undefined {
  const points = rows.map((r) => r.point).filter(hasValue);
  const rounded = points.find((p) => !isExactZero(p));
  const point =
    PROVISIONAL_STATUSES.map((status) => points.find((p) => p.status === status)).find(Boolean) ?? rounded ?? points[0];
  return point && rounded && isExactZero(point) ? { ...rounded, status: point.status } : point;
}
