/**
 * Words for what an indicator chart shows: the change phrases of the headline, the plain-language
 * summary that is also the chart's text alternative, and the notes that explain the chart's marks.
 */
import { begunSince, endedSince, existsIn, nextPeriod } from '../feed/periods.js';
import { PERIOD_PATTERN, type Area, type Indicator, type SpecialPeriod, type ValueStatus } from '../feed/schema.js';
import type { ChangeWords, Strings } from '../i18n/strings.js';
import type { AreaSeries, IndicatorModel, MissingPeriods } from './indicator.js';
import {
  formatDate,
  formatDifference,
  formatNumberInText,
  formatPeriod,
  formatWithUnit,
  intl,
  listOf,
  provisionalSentences,
  provisionalWord,
  statusKey,
} from './format.js';
import { inSpecialPeriod } from './breaks.js';
import { indexBreakSide } from './rates.js';
import { hasValue, indexFeed, type Point } from './series.js';
import { compareInFeed, keyPoints, SMALL_COUNT, type Change } from './trend.js';

/**
 * The area whose existence a line's blanks follow: its own, or for a stand-in the asked area's, in
 * whose periods alone it stands in (`AreaSeries.points`).
 */
function lineArea(model: IndicatorModel, series: AreaSeries): Area {
  return series.role === 'main' ? model.area : series.area;
}

/**
 * The figures of a line that have no index because a series break lies between them and the base,
 * by period, with the side of the break they lie on. Empty unless the chart shows an index. A blank
 * where the line's area did not exist (Haaren after 2020) is none of them: it has no figure to index.
 */
export function noIndexSides(model: IndicatorModel, series: AreaSeries): Map<string, 'before' | 'after'> {
  const sides = new Map<string, 'before' | 'after'>();
  const { base } = model;
  if (model.scale !== 'index' || !base) return sides;
  const area = lineArea(model, series);
  for (const p of series.points) {
    const side =
      p.status === 'not-applicable' && existsIn(area, p.period)
        ? indexBreakSide(model.indicator, series.area.id, base, p.period)
        : undefined;
    if (side) sides.set(p.period, side);
  }
  return sides;
}

/** A series' name as legends and tables show it: a stand-in for the asked area says so. */
export function seriesName(series: IndicatorModel['series'][number], strings: Strings): string {
  return series.fallback ? `${series.area.name} (${strings.fallbackLabel(series.area.level)})` : series.area.name;
}

/** Arrows per direction; they repeat the words for sighted readers and are hidden from screen readers. */
export const ARROWS = { up: '↑', down: '↓', same: '→' } as const;

/** Kinds where a relative change (-12 %) means something; not for percentages, scores or surveys. */
const RELATIVE_KINDS = new Set<Indicator['kind']>(['count', 'rate']);

/**
 * A change in words against a reference, a period (`in 2024`) or an area (`Nederland`):
 * `0,4 lager dan in 2024 (-12 %)`, `even hoog als in 2024`, `gelijk aan 2023 (verschil niet
 * significant)`, `1,6 procentpunt significant lager dan in 2019`, `0,5 procentpunt lager dan in 2023
 * (niet getoetst)`, `2 meer dan in 2024 (van 2 naar 4)`. An area's value (`referenceValue`) shares
 * the one bracket with what follows: `1,7 hoger dan Nederland (1,4; +121 %)`, `gelijk aan Nederland
 * (15,9 %; verschil niet significant)`.
 */
export function changePhrase(
  change: Change,
  indicator: Indicator,
  reference: string,
  strings: Strings,
  against: ChangeWords['against'] = 'period',
  referenceValue?: string,
): string {
  const survey = indicator.kind === 'survey';
  const words: ChangeWords = { against, count: indicator.kind === 'count' };
  // A change from a figure that may still change says so, as the figure it goes to does: `0,8 lager
  // dan in 2024 (nader voorlopig cijfer; -16 %)`. An area's figure is marked where its value is given.
  const fromStatus = against === 'period' ? provisionalWord(change.from.status, strings) : '';
  const fromProvisional = fromStatus ? strings.change.fromProvisional?.(fromStatus) : undefined;
  const bracketed = (phrase: string, ...after: (string | undefined)[]) => {
    const parts = [referenceValue, fromProvisional, ...after].filter((part) => part !== undefined);
    return parts.length ? `${phrase} (${parts.join('; ')})` : phrase;
  };
  // A survey change within the margins is "gelijk" (MIV.md), and says why in its bracket.
  if (change.direction === 'same')
    return survey && change.significance === 'not-significant'
      ? bracketed(strings.change.notSignificant(reference, words), strings.change.differenceNotSignificant)
      : bracketed(strings.change.same(reference, words));
  // The arrow and the word carry the sign, so the number is written without one. A percentage
  // changes by procentpunten (`formatDifference`), and its ends carry their sign: `van 42 % naar 50 %`.
  const delta = formatDifference(Math.abs(change.delta), indicator, strings);
  const phrase = strings.change[change.direction](
    delta,
    reference,
    survey && change.significance === 'significant',
    words,
  );
  if (survey && change.significance === 'not-tested') return bracketed(phrase, strings.change.notTested);
  if (change.smallCount) {
    const end = (point: Change['from']) =>
      formatNumberInText({ ...point, value: point.value! }, indicator, strings, { symbol: false });
    const fromTo = strings.change.fromTo(end(change.from), end(change.to));
    // A count shows its few cases itself; a rate or percentage says why it has no percentage.
    return bracketed(
      phrase,
      ...(indicator.kind === 'count' ? [fromTo] : [fromTo, strings.change.fewCases(SMALL_COUNT)]),
    );
  }
  // A change that rounds to 0 % says nothing the words did not: "(0 %)" is left out.
  if (!RELATIVE_KINDS.has(indicator.kind) || change.relative === null || Math.abs(change.relative) < 0.5)
    return bracketed(phrase);
  // Formatted as a percentage, from the shortest decimal of the fraction (-0.575 is -58 %, where
  // -57.49999999999999 would be -57), and its sign written as every other percentage the library
  // writes (`van 42 % naar 50 %`).
  const relative = intl(Intl.NumberFormat, strings.locale, {
    style: 'percent',
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  })
    .formatToParts(change.relative / 100)
    .filter((part) => part.type !== 'percentSign' && part.type !== 'literal')
    .map((part) => part.value)
    .join('');
  return bracketed(phrase, strings.percent(relative));
}

/** A change in words against the period it started from: `0,4 lager dan in 2024 (-12 %)`. */
export function changeSincePhrase(change: Change, indicator: Indicator, strings: Strings): string {
  return changePhrase(change, indicator, formatPeriod(change.from.period, strings, true), strings);
}

/**
 * A change's words with its judgement in words too (`…, gunstig`), so that good or bad news is not
 * told by its colour alone (WCAG 1.4.1). A neutral or equal change has no such word (`Change.judgement`:
 * a neutral indicator, small counts, an untested survey difference).
 */
export function judgedWords(change: Change, words: string, strings: Strings): string {
  const { judgement } = change;
  return judgement === 'favourable' || judgement === 'unfavourable'
    ? `${words}, ${strings.judgement[judgement]}`
    : words;
}

/** A change with its words, as the headline and the cards show it. */
export interface WordedChange {
  change: Change;
  words: string;
}

/**
 * The headline's changes in words: against the period before, and over the series. After a break
 * the longer one starts from the first period after it and says so (`sinds 2021 (na de trendbreuk):
 * 4,9 procentpunt hoger dan 2021`), never from a period before it.
 */
export function headlineChanges(model: IndicatorModel, strings: Strings): WordedChange[] {
  const { indicator, changePrevious, changeFirst, lastBreak } = model;
  const out: WordedChange[] = [];
  if (changePrevious)
    out.push({ change: changePrevious, words: changeSincePhrase(changePrevious, indicator, strings) });
  if (changeFirst) {
    const words = changeSincePhrase(changeFirst, indicator, strings);
    out.push({
      change: changeFirst,
      words: lastBreak ? strings.sinceBreak(formatPeriod(changeFirst.from.period, strings, true), words) : words,
    });
  }
  return out;
}

/**
 * For a stand-in chart, the sentence that says the asked area has no figures, and why where its
 * figures share a status (`geheim`), and names the level shown instead: `Voor Breda is geen cijfer
 * beschikbaar; u ziet het cijfer van district De Baronie.`
 * Undefined when the asked area has figures of its own.
 */
export function fallbackSentence(model: IndicatorModel, strings: Strings): string | undefined {
  if (!model.fallback) return undefined;
  const { area, shownArea, withheld } = model;
  return strings.fallback(
    strings.levelName(area.name, area.level),
    strings.levelName(shownArea.name, shownArea.level),
    shownArea.level,
    withheld && strings.status[withheld],
  );
}

/** Sorted periods as runs of periods in a row: 2016, 2017, 2018, 2020 → [2016, 2017, 2018], [2020]. */
function periodRuns(periods: readonly string[]): string[][] {
  const runs: string[][] = [];
  for (const period of periods) {
    const run = runs.at(-1);
    if (run && nextPeriod(run.at(-1)!) === period) run.push(period);
    else runs.push([period]);
  }
  return runs;
}

/**
 * The model's `missingAfterLatest` in words, one line per status: `2025: geen cijfer (geheim)` under a headline
 * or on a card, or the summary's sentence `Voor Baarle-Nassau is in 2025 geen cijfer beschikbaar (geheim).`
 * The periods after the asked area ended are one sentence, in both places: `Haaren bestaat sinds
 * 1 januari 2021 niet meer als gemeente.`
 */
export function missingAfterLatestInWords(
  missing: readonly MissingPeriods[],
  strings: Strings,
  sentence?: { area: string },
): string[] {
  const inText = sentence !== undefined;
  const name = (period: string) => formatPeriod(period, strings, inText);
  // Three or more periods in a row are one span: `2016–2025`, not ten years listed.
  const span = (from: string, to: string) =>
    inText ? strings.inText.span(name(from), name(to)) : periodRange(from, to, strings);
  return missing.map(({ status, periods, ended }) => {
    if (ended) return endedSentence(ended.area, ended.since, strings);
    const named = listOf(
      periodRuns(periods).flatMap((run) => (run.length < 3 ? run.map(name) : [span(run[0]!, run.at(-1)!)])),
      strings,
    );
    return sentence
      ? strings.summary.laterMissing(sentence.area, named, strings.status[status])
      : strings.noFigureIn(named, strings.status[status]);
  });
}

/** `Haaren bestaat sinds 1 januari 2021 niet meer als gemeente.`, `since` its first day gone. */
function endedSentence(area: Area, since: string, strings: Strings): string {
  return strings.areaEnded(area.name, area.level, formatDate(since, strings));
}

/** `Altena bestaat sinds 1 januari 2019 als gemeente.`, `since` its first day. */
function begunSentence(area: Area, since: string, strings: Strings): string {
  return strings.areaBegun(area.name, area.level, formatDate(since, strings));
}

/**
 * Why the periods asked for have no figures (`missingRange`), where the asked area explains it: the
 * range lies wholly after it ended (Haaren from 2022) or wholly before it was formed. Without it the
 * notice leaves the reader guessing.
 */
export function missingRangeReason(model: IndicatorModel, strings: Strings): string | undefined {
  const { from, to } = model.missingRange ?? {};
  // A bound that is no period (a mistyped link) says nothing about the area.
  const bounds = [from, to].filter((p) => p !== undefined);
  if (!bounds.length || !bounds.every((p) => PERIOD_PATTERN.test(p))) return undefined;
  const { area } = model;
  const ended = from !== undefined && bounds.every((p) => endedSince(area, p));
  if (ended) return endedSentence(area, endedSince(area, from)!, strings);
  const begun = to !== undefined && bounds.every((p) => begunSince(area, p));
  return begun ? begunSentence(area, begunSince(area, to)!, strings) : undefined;
}

/**
 * One or two plain sentences per fact, in the indicator's own words: the visible summary under the
 * chart. Each names the area it is about, so a stand-in's figures read right without the fallback
 * sentence, which `<miv-indicator>` shows once, above the headline; the chart's accessible
 * description is both (`describeChart`).
 */
export function describeIndicator(model: IndicatorModel, strings: Strings): string {
  const { indicator, shownArea, latest, changePrevious, changeFirst } = model;
  const sentences: string[] = [];
  // The area has figures, but none as an index on this base: say why, not that there are none.
  const noIndex = model.indexProblems.find((p) => p.area.id === shownArea.id);
  if (noIndex)
    return strings.fair.indexProblem(shownArea.name, formatPeriod(model.base ?? '', strings), noIndex.problem);
  if (!hasValue(latest)) return strings.summary.noData(shownArea.name);
  const latestPeriod = formatPeriod(latest.period, strings, true);
  sentences.push(
    strings.summary.latest(
      shownArea.name,
      latestPeriod,
      formatWithUnit(latest, indicator, strings, { symbol: false }),
      provisionalWord(latest.status, strings),
    ),
  );
  if (changePrevious) {
    const reference = formatPeriod(changePrevious.from.period, strings, true);
    sentences.push(strings.summary.previous(changePhrase(changePrevious, indicator, reference, strings)));
  }
  if (changeFirst) {
    const reference = formatPeriod(changeFirst.from.period, strings, true);
    const phrase = changePhrase(changeFirst, indicator, reference, strings);
    sentences.push(model.lastBreak ? strings.summary.sinceBreak(reference, phrase) : strings.summary.overall(phrase));
  }
  sentences.push(...missingAfterLatestInWords(model.missingAfterLatest, strings, { area: shownArea.name }));

  const compared: string[] = [];
  /** The comparison figures in the text by period, so that a voorlopig one is said in words too. */
  const comparedPoints = new Map<string, Point[]>();
  for (const s of model.series.slice(1)) {
    const name = s.group ? strings.fair.groupInSentence(s.area.name) : seriesName(s, strings);
    // A figure of the same period without an index (across a break from the base) is said as such: an
    // older index in its place would read as today's comparison.
    const noIndex = noIndexSides(model, s).get(latest.period);
    if (noIndex) {
      compared.push(strings.areaValue(name, strings.fair.noIndex(noIndex)));
      continue;
    }
    const same = s.points.find((p) => p.period === latest.period && p.value !== null);
    const point = same ?? keyPoints(s.points).latest;
    if (!hasValue(point)) continue;
    comparedPoints.set(point.period, [...(comparedPoints.get(point.period) ?? []), point]);
    const value = formatNumberInText(point, indicator, strings);
    // A survey value is only higher or lower than another area's when the difference is significant.
    const versus =
      indicator.kind === 'survey' && same
        ? compareInFeed(
            indexFeed(model.feed),
            indicator,
            { area: s.area.id, point: same },
            { area: shownArea.id, point: latest },
          )
        : null;
    // An untested one is only set beside it, like a registration's.
    if (versus && versus.significance !== 'not-tested') {
      sentences.push(
        versus.significance === 'not-significant'
          ? strings.summary.versusEqual(shownArea.name, strings.areaValue(name, value))
          : strings.summary.versus(shownArea.name, changePhrase(versus, indicator, name, strings, 'area', value)),
      );
    } else compared.push(strings.areaValue(name, value, same ? undefined : formatPeriod(point.period, strings, true)));
  }
  if (compared.length) {
    const list = listOf(compared, strings);
    sentences.push(
      indicator.kind === 'survey'
        ? strings.summary.comparisonsNotTested(latestPeriod, list)
        : strings.summary.comparisons(latestPeriod, list),
    );
  }
  for (const [period, points] of comparedPoints)
    sentences.push(...provisionalSentences(points, formatPeriod(period, strings, true), strings));
  return sentences.join(' ');
}

/**
 * Which groups of comparable areas the chart sets beside the area, and why: one sentence per rule,
 * naming every group that follows it (`Ter vergelijking: gemeenten met … in Zeeland-West-Brabant en
 * gemeenten met … in Nederland (gemeentegrootteklasse van het CBS, …).`).
 */
export function groupSentences(model: IndicatorModel, strings: Strings): string[] {
  const byRule = new Map<string, string[]>();
  for (const { group } of model.series)
    if (group) byRule.set(group.rule, [...(byRule.get(group.rule) ?? []), group.name]);
  return [...byRule].map(([rule, names]) =>
    strings.fair.group(
      listOf(
        names.map((n) => strings.fair.groupInSentence(n)),
        strings,
      ),
      rule,
    ),
  );
}

/** The chart's text alternative: the fallback sentence, if any, then the summary. */
export function describeChart(model: IndicatorModel, strings: Strings): string {
  return [fallbackSentence(model, strings), describeIndicator(model, strings)].filter(Boolean).join(' ');
}

/** Statuses whose symbol the line chart shows at a point, in the order the notes explain them. */
export const MARKED_STATUSES: readonly ValueStatus[] = ['provisional', 'revised-provisional', 'nil'];
/** Statuses without a number: the line has a gap there. */
const GAP_STATUSES: readonly ValueStatus[] = ['suppressed', 'no-data', 'not-applicable'];

/**
 * What the chart's marks mean, as short lines under it: what an index is indexed to, the status
 * symbols at points and the gaps, the lines that begin late or stop because their area did not exist
 * then, the margin band, breaks, special periods, notes.
 */
export function chartNotes(model: IndicatorModel, strings: Strings): string[] {
  const notes: string[] = [];
  if (model.scale === 'index' && model.base) notes.push(strings.fair.indexNote(formatPeriod(model.base, strings)));
  const noIndex = new Map(model.series.map((s) => [s, noIndexSides(model, s)]));
  /** The first day a blank point's area no longer existed, when the point lies after that (Haaren from 2021). */
  const endedAt = (series: AreaSeries, point: Point) =>
    point.status === 'not-applicable' ? endedSince(lineArea(model, series), point.period) : undefined;
  /**
   * The first day a blank point's area existed, when the point lies before it and the line has no
   * cell but blanks from before then (Altena before 2019, its history not recomputed): the line
   * begins there. A recomputed history's blank is a gap like any other.
   */
  /** The asked area, for a stand-in's line: its blanks follow that area, not the stand-in's own. */
  const standsFor = (series: AreaSeries) =>
    series.role === 'main' && series.area.id !== model.area.id ? model.area.name : undefined;
  const begunAt = (series: AreaSeries, point: Point) => {
    const before = (p: Point) => begunSince(lineArea(model, series), p.period);
    const recomputed = series.points.some((p) => p.status !== 'not-applicable' && before(p));
    return point.status === 'not-applicable' && !recomputed ? before(point) : undefined;
  };
  const points = model.series.flatMap((s) => s.points.map((p) => ({ series: s, point: p })));
  // A blank explained further on (no index across a break, an area that ended or was formed later)
  // is no gap of its own.
  const present = new Set(
    points
      .filter(
        ({ series, point }) =>
          !noIndex.get(series)!.has(point.period) && !endedAt(series, point) && !begunAt(series, point),
      )
      .map(({ point }) => point.status),
  );
  for (const status of MARKED_STATUSES) if (present.has(status)) notes.push(statusKey(status, strings));
  for (const status of GAP_STATUSES) if (present.has(status)) notes.push(strings.notes.gap(statusKey(status, strings)));
  // A line that begins late or stops because its area did not exist then says so: a gap would read
  // as figures missing.
  for (const s of model.series) {
    const begun = s.points.map((p) => begunAt(s, p)).find(Boolean);
    if (begun)
      notes.push(
        strings.notes.begun(
          statusKey('not-applicable', strings),
          seriesName(s, strings),
          begunSentence(lineArea(model, s), begun, strings),
          standsFor(s),
        ),
      );
    const since = s.points.map((p) => endedAt(s, p)).find(Boolean);
    if (since)
      notes.push(
        strings.notes.ended(
          statusKey('not-applicable', strings),
          seriesName(s, strings),
          endedSentence(lineArea(model, s), since, strings),
          standsFor(s),
        ),
      );
  }
  const main = model.series[0];
  if (main?.points.some((p) => p.value !== null && p.margin !== null))
    notes.push(strings.notes.band(seriesName(main, strings)));
  for (const b of model.breaks) {
    // A break of a comparison line only (the unit's, beside a gemeente) names that line.
    const cut = b.areas?.includes(model.shownArea.id)
      ? []
      : model.series.filter((s) => b.areas?.includes(s.area.id)).map((s) => seriesName(s, strings));
    notes.push(strings.notes.seriesBreak(formatPeriod(b.dated ?? b.period, strings), b.reason, listOf(cut, strings)));
  }
  for (const special of model.specialPeriods) notes.push(specialPeriodNote(special, strings));
  // Which figures have no index, and on which side of the break: each line's own.
  const base = formatPeriod(model.base ?? '', strings);
  for (const s of model.series)
    for (const side of new Set(noIndex.get(s)!.values()))
      notes.push(strings.compare.reference(seriesName(s, strings), `${strings.fair.noIndexNote(side, base)}.`));
  for (const { series, point } of points)
    if (point.note)
      notes.push(strings.notes.point(seriesName(series, strings), formatPeriod(point.period, strings), point.note));
  return notes;
}

/**
 * A special period as the chart's notes name it: `Bijzondere periode 2020–2021 (Corona): …`. Without
 * `reason`, for a short text whose chart gives the reason one click away.
 */
export function specialPeriodNote(special: SpecialPeriod, strings: Strings, { reason = true } = {}): string {
  return strings.notes.specialPeriod(
    periodRange(special.from, special.to, strings),
    special.label,
    reason ? special.reason : undefined,
  );
}

/**
 * A special period as a sentence after a finding, naming which of the periods its figures (`periods`,
 * one per figure) are of lie in it: `De cijfers van 2020 en 2021 vallen in de bijzondere periode 2020–2021 (Corona).`, `Het cijfer
 * van 2021 valt …`, or, where only earlier figures of the series it read do (a trend's run), `Eerdere
 * cijfers van de reeks vallen …`. The finding holds; its reader weighs it with that period in mind,
 * whose reason the chart's notes give.
 */
export function specialPeriodSentence(special: SpecialPeriod, periods: readonly string[], strings: Strings): string {
  // One period twice is two figures of it: an area's and Nederland's (`De cijfers van 2021 vallen …`).
  const inside = periods.filter((p) => inSpecialPeriod(special, p));
  return strings.notes.specialPeriodSentence(
    listOf(
      [...new Set(inside)].map((p) => formatPeriod(p, strings)),
      strings,
    ),
    inside.length,
    periodRange(special.from, special.to, strings),
    special.label,
  );
}

/** `2020–2021`, or one period alone when both ends are the same. */
export function periodRange(from: string, to: string, strings: Strings): string {
  return from === to ? formatPeriod(from, strings) : `${formatPeriod(from, strings)}–${formatPeriod(to, strings)}`;
}
