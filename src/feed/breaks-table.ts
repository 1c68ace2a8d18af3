/**
 * Series breaks and special periods for `miv-feed build`: the ones a data team writes down
 * (`breaks.csv`, `special_periods.csv`), and the ones a boundary change in `areas.csv` implies. MIV.md
 * asks to recompute a boundary change on today's boundaries, or else to mark a break: a merger's
 * counts are recomputed (`addHistory` in `build.ts`), so only its other figures get a break, and the
 * districts that hold part of it; a split or an area that went into existing gemeenten cannot be
 * recomputed, so every figure gets one.
 */
import type { FeedIssue } from './errors.js';
import { summable, TableReader, type CsvTable, type KnownIds } from './build.js';
import { andList } from './disclosure.js';
import { mergers } from './hierarchy.js';
import { dayAfter, endsBeforeStart, periodBounds, spanBounds } from './periods.js';
import { AREA_LEVELS, type Area, type Indicator, type SeriesBreak, type SpecialPeriod } from './schema.js';

/** Written in the indicator column of `breaks.csv` or `special_periods.csv`: the row holds for every indicator. */
export const EVERY_INDICATOR = '*';

/** A break of one indicator, or of every one (`*`). */
export interface IndicatorBreak extends SeriesBreak {
  indicator: string;
}

/** A special period of one indicator, or of every one (`*`). */
export interface IndicatorSpecialPeriod extends SpecialPeriod {
  indicator: string;
}

/** What `withBreaks` reads: the parts of a feed, and the breaks and special periods the data team wrote. */
export interface BreakParts {
  areas: readonly Area[];
  indicators: readonly Indicator[];
  /** The delivered values: where they lie tells whether a boundary change splits a series at all. */
  values: readonly { indicator: string; area: string; period: string }[];
  breaks?: readonly IndicatorBreak[];
  specialPeriods?: readonly IndicatorSpecialPeriod[];
}

/** The indicator column: an id of `indicators.csv`, or `*`. */
function indicatorOf(read: TableReader, line: number, record: Record<string, string>, known: KnownIds) {
  const indicator = read.text(line, record, 'indicator');
  if (indicator === EVERY_INDICATOR) return indicator;
  return read.known(line, 'indicator', indicator, known.indicators, 'indicator') ? indicator : undefined;
}

/**
 * Breaks from `breaks.csv`: indicator (an id, or `*` for every indicator), period (the first period
 * after the break), reason; optionally areas (ids separated by spaces or `;`), limiting the break to them.
 */
export function breaksFromTable(table: CsvTable, issues: FeedIssue[], known: KnownIds = {}): IndicatorBreak[] {
  const read = new TableReader(table, issues);
  read.refuseUnknownColumns(['indicator', 'period', 'reason', 'areas']);
  if (!read.requireColumns('indicator', 'period', 'reason')) return [];
  const out: IndicatorBreak[] = [];
  for (const { line, record } of table.rows) {
    const indicator = indicatorOf(read, line, record, known);
    const period = read.period(line, record, 'period');
    const reason = read.text(line, record, 'reason');
    const areas = read.list(record, 'areas');
    const refs = areas.map((area) => read.known(line, 'areas', area, known.areas, 'gebied'));
    if (!indicator || !period || !reason || refs.includes(false)) continue;
    out.push({ indicator, period, reason, ...(areas.length > 0 ? { areas } : {}) });
  }
  return out;
}

/**
 * Special periods from `special_periods.csv` (bijzondere perioden): indicator (an id, or `*`), from,
 * to (periods; `to` not before `from`), label (a word or two on the band: Corona); optionally reason.
 */
export function specialPeriodsFromTable(
  table: CsvTable,
  issues: FeedIssue[],
  known: KnownIds = {},
): IndicatorSpecialPeriod[] {
  const read = new TableReader(table, issues);
  read.refuseUnknownColumns(['indicator', 'from', 'to', 'label', 'reason']);
  if (!read.requireColumns('indicator', 'from', 'to', 'label')) return [];
  const out: IndicatorSpecialPeriod[] = [];
  for (const { line, record } of table.rows) {
    const indicator = indicatorOf(read, line, record, known);
    const from = read.period(line, record, 'from');
    const to = read.period(line, record, 'to');
    const label = read.text(line, record, 'label');
    const reason = read.text(line, record, 'reason', false);
    if (from && to && endsBeforeStart(from, to)) {
      issues.push({ path: read.at(line, 'to'), message: `valt vóór from (${from})` });
      continue;
    }
    if (!indicator || !from || !to || !label) continue;
    out.push({ indicator, from, to, label, ...(reason ? { reason } : {}) });
  }
  return out;
}

/** A boundary change: the day it took effect, the areas whose series it splits, and why. */
interface BoundaryChange {
  day: string;
  areas: Area[];
  reason: string;
  /** A merger: the new area's history is recomputed from its predecessors' counts. */
  merged?: Area;
  /**
   * Of a merger, the new area and its predecessors: one series on today's boundaries where the history
   * is recomputed or delivered, so only the areas above them that hold some but not all still break.
   */
  recomputed?: Area[];
  /** An ended area that no area names among its predecessors: where its parts went is unknown. */
  unnamed?: Area;
}

const longDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dutchDate = (isoDate: string) => longDate.format(new Date(`${isoDate}T12:00:00Z`));

/** The areas above `area`, up to but not including Nederland: a change inside the country leaves it whole. */
function ancestors(area: Area, byId: ReadonlyMap<string, Area>): Area[] {
  const out: Area[] = [];
  for (let up = byId.get(area.parent ?? ''); up && up.level !== 'land'; up = byId.get(up.parent ?? '')) out.push(up);
  return out;
}

/**
 * Every boundary change in the areas. A merger (a new area with valid_from and predecessors, each
 * going into it whole) changes the areas above only where they hold some of its areas but not all.
 * Where an ended area's parts went is never known in full (Haaren's went to Oisterwijk and Tilburg,
 * and to Boxtel and Vught outside the unit), so the areas above it, and above those that received a
 * part, change too, and the reason names the receivers as some of them ("onder meer").
 */
function boundaryChanges(areas: readonly Area[]): BoundaryChange[] {
  const byId = new Map(areas.map((a) => [a.id, a]));
  const up = (involved: Area[]) => [...new Set(involved.flatMap((a) => ancestors(a, byId)))];
  const out: BoundaryChange[] = [];
  const merged = mergers(areas);
  for (const [area, predecessors] of merged) {
    const involved = [area, ...predecessors];
    const holdsAll = (above: Area) => involved.every((a) => ancestors(a, byId).includes(above));
    out.push({
      day: area.validFrom!,
      areas: [...involved, ...up(involved).filter((above) => !holdsAll(above))],
      reason: `Herindeling: ${area.name} gevormd uit ${andList(predecessors.map((p) => p.name))} (${dutchDate(area.validFrom!)}).`,
      merged: area,
      recomputed: involved,
    });
  }
  const intoMerger = new Set([...merged.values()].flat());
  for (const ended of areas) {
    if (!ended.validTo || intoMerger.has(ended)) continue;
    const receivers = areas.filter((a) => a.predecessors?.includes(ended.id));
    const names = receivers.map((a) => a.name).sort((a, b) => a.localeCompare(b, 'nl'));
    const day = dayAfter(ended.validTo);
    // areas.csv names only the receivers inside the feed, and not whether one took all of it.
    const went =
      receivers.length === 0
        ? ''
        : receivers.length === 1
          ? `; het gebied ging geheel of voor een deel naar ${names[0]}`
          : `; delen gingen onder meer naar ${andList(names)}`;
    out.push({
      day,
      areas: [ended, ...receivers, ...up([ended, ...receivers])],
      reason: `Herindeling: ${ended.name} opgeheven (${dutchDate(day)})${went}.`,
      ...(receivers.length === 0 ? { unnamed: ended } : {}),
    });
  }
  return out;
}

/**
 * The period a break on `day` is dated to: of the indicator's own kind where one starts that day
 * (`2021-H1` for half-years), else the longest that does. Breaks are read by date (`model/breaks.ts`),
 * so any of them cuts every series on that day. Boundary changes take effect on 1 January; a day
 * inside a quarter falls back to that quarter.
 */
function breakPeriod(day: string, frequency: Indicator['frequency']): string {
  const year = day.slice(0, 4);
  const month = Number(day.slice(5, 7));
  const half = `${year}-H${month <= 6 ? 1 : 2}`;
  const quarter = `${year}-Q${Math.ceil(month / 3)}`;
  const own = frequency === 'halfjaar' ? half : frequency === 'kwartaal' ? quarter : year;
  return [own, year, half, quarter].find((p) => periodBounds(p)[0] === day) ?? quarter;
}

const breakDay = (b: SeriesBreak) => periodBounds(b.period)[0];

/** The words of a text in lower case, each once surrounded by spaces: ` mill en sint hubert `. */
const words = (text: string) =>
  ` ${text
    .toLocaleLowerCase('nl')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ')} `;

/**
 * True when a break on the day `ended` ended records its end: it names `ended` among its areas, or in
 * its reason by name or id. Any break for every area cuts the receivers' series too, but one for
 * another reason (a new questionnaire) does not tell their readers that the gemeente changed.
 */
const records = (b: SeriesBreak, ended: Area) =>
  b.areas?.includes(ended.id) || [ended.name, ended.id].some((name) => words(b.reason).includes(words(name)));

const levelRank = (level: Area['level']) => AREA_LEVELS.indexOf(level);

/**
 * The breaks the boundary changes in `areas` imply, per indicator: at the first period after the
 * change, limited to the areas whose series it splits and the indicator shows (down to its lowest
 * level). None where the indicator has no values on both sides of the change, for a merged area and
 * its predecessors where its history is recomputed (or delivered by the source), for an area that a
 * break already given at that date names (the data team's words for it win), or at all where a break
 * given at that date for every area gives the same reason. One for every area with another reason (a
 * new questionnaire) leaves it standing, as `withBreaks` does with a given break of some areas: a
 * reader of Oisterwijk's chart learns of the herindeling too. Pushes a warning for an ended area that
 * no area names among its predecessors.
 */
export function boundaryBreaks(parts: BreakParts, warnings: string[]): IndicatorBreak[] {
  const given = [
    ...parts.indicators.flatMap((i) => (i.breaks ?? []).map((b) => ({ ...b, indicator: i.id }))),
    ...(parts.breaks ?? []),
  ];
  const valuesOf = new Map<string, BreakParts['values'][number][]>();
  for (const v of parts.values) valuesOf.set(v.indicator, [...(valuesOf.get(v.indicator) ?? []), v]);
  const out: IndicatorBreak[] = [];
  for (const change of boundaryChanges(parts.areas)) {
    let unrecorded = false;
    for (const indicator of parts.indicators) {
      if (indicator.lowestLevel === 'land') continue;
      const values = valuesOf.get(indicator.id) ?? [];
      const spans =
        values.some((v) => periodBounds(v.period)[1] < change.day) &&
        values.some((v) => periodBounds(v.period)[1] >= change.day);
      if (!spans) continue;
      const here = given.filter(
        (b) => (b.indicator === indicator.id || b.indicator === EVERY_INDICATOR) && breakDay(b) === change.day,
      );
      if (change.unnamed && levelRank(indicator.lowestLevel) >= levelRank(change.unnamed.level))
        unrecorded ||= !here.some((b) => records(b, change.unnamed!));
      if (here.some((b) => !b.areas && b.reason === change.reason)) continue;
      // The source may deliver the history itself, on today's boundaries: that wins, as in addHistory.
      const history = values.some((v) => v.area === change.merged?.id && periodBounds(v.period)[1] < change.day);
      const joined = change.merged && (summable(indicator) || history) ? change.recomputed! : [];
      const covered = new Set([...here.flatMap((b) => b.areas ?? []), ...joined.map((a) => a.id)]);
      const areas = change.areas
        .filter((a) => levelRank(a.level) <= levelRank(indicator.lowestLevel) && !covered.has(a.id))
        .map((a) => a.id);
      if (areas.length > 0)
        out.push({
          indicator: indicator.id,
          period: breakPeriod(change.day, indicator.frequency),
          reason: change.reason,
          areas,
        });
    }
    if (unrecorded)
      warnings.push(
        `${change.unnamed!.id} (${change.unnamed!.name}) is opgeheven per ${dutchDate(change.day)}, maar geen gebied ` +
          `noemt het bij predecessors: de reeksen van de gebieden die (delen van) ${change.unnamed!.name} kregen, ` +
          `krijgen zo geen trendbreuk. Zet ${change.unnamed!.id} in areas.csv bij hun predecessors, of zet in breaks.csv ` +
          `een breuk die ${change.unnamed!.name} noemt (bij areas of in reason)`,
      );
  }
  return out;
}

/** The same areas, in any order; absent (every area) only equals absent. */
const sameAreas = (a: SeriesBreak, b: SeriesBreak) =>
  (a.areas ?? []).length === (b.areas ?? []).length &&
  !a.areas === !b.areas &&
  (a.areas ?? []).every((id) => b.areas!.includes(id));

const byDate =
  <T>(first: (x: T) => string) =>
  (a: T, b: T) =>
    first(a) < first(b) ? -1 : first(a) > first(b) ? 1 : 0;

/** A reason as a sentence, to give it beside another: `Nieuwe vragenlijst. Andere weging.` */
const asSentence = (reason: string) => (/[.!?]$/.test(reason) ? reason : `${reason}.`);

/**
 * The indicators with their breaks and special periods: their own, those of `breaks` and
 * `specialPeriods` (a `*` row goes to every indicator), and those the boundary changes imply
 * (`boundaryBreaks`, which pushes its warnings), each once and sorted by date. A break is the same
 * as another when it falls on the same day for the same areas, a special period when it covers the
 * same days (`2020-H1` to `2021-H2` is `2020` to `2021`). Of the same break, an implied one gives way
 * to a given one (the data team's words for a herindeling win); given ones with other reasons are
 * both real (a new questionnaire and another weighting), so they become one break that gives every
 * reason: a chart cuts there once, and its tooltip and table name the first break of a period only.
 * Breaks of some areas on the same day with the same reason become one for all their areas, and a
 * break without areas holds for every area, so one of some areas on its day with the same reason is
 * left out: the notes would say it twice. With another reason it stays, as the sample feed's Haaren
 * break beside the Veiligheidsmonitor's: the notes of those areas give both reasons, which a single
 * break for every area could not without telling the others what holds for a few.
 */
export function withBreaks(parts: BreakParts, warnings: string[]): Indicator[] {
  const implied = boundaryBreaks(parts, warnings);
  const forIndicator = <T extends { indicator: string }>(rows: readonly T[], id: string) =>
    rows.filter((r) => r.indicator === id || r.indicator === EVERY_INDICATOR).map(({ indicator: _, ...rest }) => rest);
  return parts.indicators.map((indicator) => {
    const given = [...(indicator.breaks ?? []), ...forIndicator(parts.breaks ?? [], indicator.id)];
    const all = [...given, ...forIndicator(implied, indicator.id)];
    const saidForAll = (b: SeriesBreak) =>
      b.areas !== undefined && all.some((x) => !x.areas && breakDay(x) === breakDay(b) && x.reason === b.reason);
    // Joined before the same areas are looked for, so the outcome does not hang on the order of the
    // rows; the given ones come first, so a break that holds one of them is given.
    const joined: { b: SeriesBreak; given: boolean }[] = [];
    for (const b of all) {
      const i = joined.findIndex(
        ({ b: x }) => x.areas && b.areas && breakDay(x) === breakDay(b) && x.reason === b.reason,
      );
      if (i < 0) joined.push({ b, given: given.includes(b) });
      else joined[i]!.b = { ...joined[i]!.b, areas: [...new Set([...joined[i]!.b.areas!, ...b.areas!])] };
    }
    const breaks: { b: SeriesBreak; reasons: string[] }[] = [];
    for (const { b, given } of joined) {
      if (saidForAll(b)) continue;
      const same = breaks.find((x) => breakDay(x.b) === breakDay(b) && sameAreas(x.b, b));
      if (!same) breaks.push({ b, reasons: [b.reason] });
      else if (given && !same.reasons.map(asSentence).includes(asSentence(b.reason))) same.reasons.push(b.reason);
    }
    const merged = breaks.map(({ b, reasons }) =>
      reasons.length === 1 ? b : { ...b, reason: reasons.map(asSentence).join(' ') },
    );
    const special: SpecialPeriod[] = [];
    for (const s of [...(indicator.specialPeriods ?? []), ...forIndicator(parts.specialPeriods ?? [], indicator.id)])
      if (!special.some((x) => spanBounds(x.from, x.to).join() === spanBounds(s.from, s.to).join())) special.push(s);
    return {
      ...indicator,
      ...(merged.length > 0 ? { breaks: merged.sort(byDate(breakDay)) } : {}),
      ...(special.length > 0 ? { specialPeriods: special.sort(byDate((s) => periodBounds(s.from)[0])) } : {}),
    };
  });
}
