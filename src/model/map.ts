/**
 * The model behind `<miv-map>`: one indicator in one period for the gemeenten of the unit or of one
 * district, each in a colour class, with what the legend and the summary say. It stands on the
 * comparison model of the same gemeenten (`buildCompareModel`), so the map, its table and the bar
 * chart of the same choice show the same figures. Plain data, no DOM.
 */
import { MivError } from '../feed/errors.js';
import { dayAfter, existsIn } from '../feed/periods.js';
import type { Area, Feed, Polarity } from '../feed/schema.js';
import { addDutch, type Strings } from '../i18n/strings.js';
import { nlMapWords } from '../i18n/nl-map.js';
import type { MapPaletteName } from '../tokens/tokens.js';
import {
  buildCompareModel,
  specialPeriodSentences,
  rangeCaveats,
  tiedPoint,
  type CompareModel,
  type CompareRow,
} from './compare.js';
import {
  asPrinted,
  formatDate,
  formatNumberInText,
  formatNumber,
  formatPeriod,
  formatPointValue,
  formatWithUnit,
  listOf,
  provisionalSentences,
  statusKey,
} from './format.js';
import { statusesOf } from './grid.js';
import { stillChanging } from './still-changing.js';
import { classOf, mapClasses, type ClassMethod, type MapClasses } from './map-classes.js';
import { hasValue, indexFeed } from './series.js';

// The map's Dutch words travel with it, not with every chart.
addDutch(nlMapWords);

export interface MapQuery {
  indicator: string;
  /** The period; the latest with a figure for any gemeente when absent. */
  period?: string;
  /**
   * The unit (or nothing): its gemeenten; a district: its gemeenten; a gemeente: the gemeenten of its
   * district, with that gemeente emphasised.
   */
  area?: string;
  method?: ClassMethod;
  /** Locale for the order of names. */
  locale?: string;
}

export interface MapRegion {
  row: CompareRow;
  /** The region's colour class, or null without a figure (hatched). */
  classIndex: number | null;
}

export interface MapModel {
  /** The gemeenten's comparison: their figures, references, periods and the table's rows. */
  compare: CompareModel;
  /** The unit or the district whose gemeenten are drawn. */
  scope: Area;
  /** The districts whose outlines are drawn, with the ids of their drawn gemeenten. */
  districts: { area: Area; gemeenten: string[] }[];
  /** The gemeenten in the table's fixed order (district, then name). */
  regions: MapRegion[];
  classes: MapClasses;
  palette: MapPaletteName;
  /**
   * True for a count: raw counts of gemeenten of very different size are not coloured. The element
   * says why instead of drawing; `regions` is empty then.
   */
  countOnly: boolean;
}

/** What a polarity makes of a stronger colour. */
export const PALETTE_OF: Record<Polarity, MapPaletteName> = {
  'higher-is-worse': 'worse',
  'higher-is-better': 'better',
  neutral: 'neutral',
};

/** Builds the model, or throws `MivError` (`unknown-indicator`, `unknown-area`, `no-data`). */
export function buildMapModel(feed: Feed, query: MapQuery): MapModel {
  const index = indexFeed(feed);
  const asked = query.area ? index.areas.get(query.area) : undefined;
  if (query.area && !asked) throw index.unknown('unknown-area', query.area, `Onbekend gebied: "${query.area}"`);
  if (asked?.level === 'land')
    throw new MivError('unknown-area', `De kaart toont geen gemeenten van ${asked.name}`, { id: asked.id });
  const compare = buildCompareModel(feed, {
    indicator: query.indicator,
    level: 'gemeente',
    ...(asked?.level === 'district' ? { within: asked.id } : {}),
    ...(asked?.level === 'gemeente' ? { highlight: asked.id } : {}),
    ...(query.period ? { period: query.period } : {}),
    sort: 'fixed',
    ...(query.locale ? { locale: query.locale } : {}),
    // The shapes are today's: a gemeente that has ended has none, and one formed since has its history
    // on today's boundaries where the feed recomputed it.
    today: true,
  });
  const { indicator } = compare;
  const countOnly = indicator.kind === 'count';
  const rows = countOnly ? [] : compare.rows;
  // Classed as printed: 12,46 is shown as 12,5, and a legend class "12,0 tot 12,5" would contradict it.
  const printed = (row: CompareRow) => (hasValue(row.point) ? asPrinted(row.point.value, indicator) : null);
  const classes = mapClasses(
    rows.map(printed).filter((v) => v !== null),
    { method: query.method ?? 'equal', decimals: indicator.decimals },
  );
  const regions = rows.map((row) => {
    const value = printed(row);
    return { row, classIndex: value === null ? null : classOf(value, classes) };
  });
  const districtIds = [...new Set(rows.map((r) => r.area.parent).filter((id): id is string => Boolean(id)))];
  const districts = districtIds
    .map((id) => index.areas.get(id))
    .filter((a): a is Area => a?.level === 'district')
    .map((area) => ({ area, gemeenten: rows.filter((r) => r.area.parent === area.id).map((r) => r.area.id) }));
  return {
    compare,
    scope: compare.parent,
    districts,
    regions,
    classes,
    palette: PALETTE_OF[indicator.polarity],
    countOnly,
  };
}

/**
 * What today's shapes change about the period's gemeenten: `De kaart toont de gemeenten van nu;
 * Haaren (opgeheven per 1 januari 2021) staat er niet op.`, naming the gemeenten of the period that
 * have ended since (`CompareModel.notToday`) by the day they ended; and `Oisterwijk en Tilburg zijn
 * getekend in de grenzen van nu; de cijfers van 2020 gelden voor de grenzen van toen.`, naming those
 * drawn with a figure of the period whose ground grew since, by taking in an ended one. Altena in
 * 2018 is not among these: it did not exist yet, its figure is recomputed on today's ground. None
 * when the period's gemeenten are today's, or the dictionary has no words for it.
 */
export function boundaryNotes(model: MapModel, strings: Strings): string[] {
  const { notToday = [], period } = model.compare;
  const notes: string[] = [];
  if (notToday.length && strings.map.notOnMap) {
    const byEnd = new Map<string, string[]>();
    for (const area of notToday) byEnd.set(area.validTo!, [...(byEnd.get(area.validTo!) ?? []), area.name]);
    const groups = [...byEnd].map(([validTo, names]) =>
      strings.picker.ended(listOf(names, strings), formatDate(dayAfter(validTo), strings)),
    );
    notes.push(strings.map.notOnMap(listOf(groups, strings), notToday.length));
  }
  const ended = new Set(notToday.map((a) => a.id));
  const grown = model.regions
    .map((r) => r.row)
    .filter((row) => hasValue(row.point) && existsIn(row.area, period))
    .filter((row) => row.area.predecessors?.some((id) => ended.has(id)))
    .map((row) => row.area.name);
  if (grown.length && strings.map.grownSince)
    notes.push(strings.map.grownSince(listOf(grown, strings), grown.length, formatPeriod(period, strings, true)));
  return notes;
}

/** A class as the legend prints it: `2,0 tot 4,0`, the last `8,0 tot en met 10,0`. */
export function classLabels(model: MapModel, strings: Strings): string[] {
  const { classes, decimals } = model.classes;
  return classes.map((c, i) =>
    strings.map.range(
      formatNumber(c.from, decimals, strings),
      formatNumber(c.to, decimals, strings),
      i === classes.length - 1,
    ),
  );
}

/** The class method in words, as the legend states it. */
export function methodText(model: MapModel, strings: Strings): string {
  const { method, classes, decimals } = model.classes;
  if (method === 'quantile') return strings.map.method.quantile;
  const first = classes[0];
  const step = first ? formatNumber(first.to - first.from, decimals, strings) : '';
  return strings.map.method.equal(step);
}

/**
 * The hatched regions' key, with the CBS symbols of the figures they lack, as the legend and the
 * exported image both say it: `Gearceerd: geen cijfer (. gegevens ontbreken, x geheim)`.
 */
export function hatchedKey(model: MapModel, strings: Strings): string {
  const hatched = model.regions.filter((r) => r.classIndex === null);
  const symbols = statusesOf(hatched.map((r) => r.row.point)).map((s) => statusKey(s, strings));
  return `${strings.map.hatched} (${symbols.join(', ')})`;
}

/**
 * That the coloured figures may still change, in words (`stillChanging`): the map writes no figures,
 * so it has no `*` to explain, yet a copy of it must not pass for final figures.
 */
export function provisionalWords(model: MapModel, strings: Strings): string[] {
  const coloured = model.regions.filter((r) => r.classIndex !== null);
  return stillChanging(
    coloured.map(({ row }) => ({ area: row.area.name, point: row.point })),
    strings,
  );
}

/** More gemeenten tied for highest or lowest than this are counted in the map's text, not named. */
const MOST_NAMED = 5;

/**
 * The map's text alternative: where the figure is highest and lowest (named, as a map shows it
 * anyway), with a survey's caveat that those differences were not tested or are not significant,
 * whether those figures rest on fewer than 10 cases (`rangeCaveats`), which gemeenten have no
 * figure and why, and a special period the figures (or the table's changes) fall in. It never calls
 * a difference significant.
 */
export function describeMap(model: MapModel, strings: Strings): string {
  const { compare } = model;
  const { indicator } = compare;
  const period = formatPeriod(compare.period, strings, true);
  const sentences: string[] = [];
  const top = tiedPoint(compare.highest);
  const bottom = tiedPoint(compare.lowest);
  // Many gemeenten tied (nineteen at 0,0) are counted, not named: a sentence of names is not read to
  // its end, and the table names them.
  const named = (rows: readonly CompareRow[], value: string) => {
    const areas = rows.map((r) => r.area.name);
    return `${areas.length > MOST_NAMED ? strings.map.gemeenten(areas.length) : listOf(areas, strings)} (${value})`;
  };
  if (top && bottom) {
    if (top.value === bottom.value) {
      sentences.push(
        strings.map.summary.allEqual(
          period,
          formatWithUnit(top, indicator, strings),
          compare.rows.every((r) => hasValue(r.point)),
        ),
      );
    } else {
      sentences.push(
        strings.map.summary.extremes(
          period,
          named(compare.highest, formatWithUnit(top, indicator, strings)),
          named(compare.lowest, formatNumberInText(bottom, indicator, strings)),
        ),
      );
      // As the comparison of the same gemeenten says it: a named figure on a handful of cases is there
      // by chance as much as by anything else.
      sentences.push(...rangeCaveats(compare, strings));
    }
  }
  // The gemeenten without a figure, grouped by why: `A, B en C (x geheim); D (. gegevens ontbreken)`.
  const without = model.regions.filter((r) => r.classIndex === null);
  const byReason = new Map<string, string[]>();
  for (const { row } of without) {
    const reason = `${formatPointValue(row.point, indicator, strings)} ${strings.status[row.point.status]}`;
    byReason.set(reason, [...(byReason.get(reason) ?? []), row.area.name]);
  }
  if (without.length)
    sentences.push(
      strings.map.summary.without(
        without.length,
        [...byReason].map(([reason, names]) => `${listOf(names, strings)} (${reason})`).join('; '),
      ),
    );
  sentences.push(
    ...provisionalSentences(
      model.regions.map((r) => r.row.point),
      period,
      strings,
    ),
    ...specialPeriodSentences(compare, strings),
  );
  return sentences.join(' ');
}
