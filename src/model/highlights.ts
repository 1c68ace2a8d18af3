/**
 * Opvallendheden: the ones districts write themselves (authored), and the ones a rule finds in the
 * numbers (detected). Both are plain data; the element labels them apart and explains each rule in
 * words built from the same thresholds as the code below, so text and rule cannot drift apart.
 */
import type { Area, Feed, Indicator, Opvallendheid, SpecialPeriod } from '../feed/schema.js';
import { addDutch, stringsFor, type Strings } from '../i18n/strings.js';
import { nlHighlightWords } from '../i18n/nl-highlights.js';
import { breakBetween, specialPeriodsIn } from './breaks.js';
import { formatNumberInText, formatPeriod, formatWithUnit, provisionalWord, withPeriodInUnit } from './format.js';
import { indexFeed, type FeedIndex, type Point } from './series.js';
import { changePhrase, judgedWords, specialPeriodSentence } from './summary.js';
import { compareInFeed, followsDirectly, keyPoints, season, SMALL_COUNT, type Change } from './trend.js';
import { VIEW_KEYS, viewHref, type ViewState } from '../view/view-state.js';
import { newestFirst } from './dates.js';

// The highlights' Dutch words travel with them, not with every chart.
addDutch(nlHighlightWords);

/** The thresholds of the detection rules. */
export const DETECTION_RULES = {
  /** A change counts from this relative size (%) versus the period before (surveys: significance instead). */
  largestChange: { minRelative: 10 },
  /** A value counts as far from Nederland from this relative distance (%) (surveys: significance instead). */
  farFromNational: { minRelative: 25 },
  /**
   * A trend reverses when the latest step goes against this many steps in one direction before it,
   * and that step is itself a change `largestChange` would count (surveys: significant): 300 → 301
   * after three falls is no turn.
   */
  trendReversal: { run: 3 },
  /** Counts below this (in the period compared with) move by chance: 2 → 4 is +100 % and means nothing. */
  minCount: 20,
  /**
   * A registered figure's difference counts from this many units of its last printed decimal (0,2
   * with one decimal; surveys: significance instead). A difference of one unit may be almost nothing
   * before rounding (0,4 against 0,3 may be 0,35 against 0,34), so the percentage read from it says
   * more than the figures do; from two units the true difference lies in the printed direction and is
   * at least one unit. Asking that the percentage hold for every unrounded value would drop most
   * changes of a low rate (1,8 → 1,6 is −11 %, yet could be −6 %) that the monitor prints as such.
   */
  minPrintedUnits: 2,
} as const;

export const HIGHLIGHT_RULES = ['largest-change', 'far-from-national', 'trend-reversal'] as const;
export type HighlightRule = (typeof HIGHLIGHT_RULES)[number];

/** The id of Nederland, the national reference area. */
const NATIONAL_LEVEL = 'land';

export interface DetectedHighlight {
  rule: HighlightRule;
  /** The feed's indicator; a rate over half-years or quarters has the period in its unit. */
  indicator: Indicator;
  area: Area;
  /** What the latest value is compared with: the period before, or Nederland in the same period. */
  reference: Area;
  /** `from` is the reference value, `to` the value that stands out. */
  change: Change;
  /** For `trend-reversal`: the number of steps in the other direction before the latest one. */
  run?: number;
  /**
   * The special periods (the COVID years) that a figure the rule read lies in: the finding stays
   * comparable, but says so, as the chart marks them.
   */
  specialPeriods: SpecialPeriod[];
}

export interface DetectionQuery {
  /** The areas to look at (e.g. the four districts). */
  areas: readonly string[];
  /** Only these indicators (e.g. those of one theme); every indicator when absent. */
  indicators?: readonly string[];
  /** The most results per rule, largest first. */
  limit?: number;
}

export const DEFAULT_DETECTION_LIMIT = 5;

/** True for a count too small to read a change in. */
function tooFew(indicator: Indicator, from: Point): boolean {
  return indicator.kind === 'count' && (from.value ?? 0) < DETECTION_RULES.minCount;
}

/** Whether a registered figure's difference is more than rounding could make (`minPrintedUnits`). */
function beyondRounding(change: Change, indicator: Indicator): boolean {
  // `delta` is the difference of the printed figures: counted in units of their last decimal.
  return Math.round(Math.abs(change.delta) * 10 ** indicator.decimals) >= DETECTION_RULES.minPrintedUnits;
}

function isNotable(change: Change | null, indicator: Indicator, minRelative: number): change is Change {
  if (!change || change.direction === 'same' || tooFew(indicator, change.from)) return false;
  if (indicator.kind === 'survey') return change.significance === 'significant';
  return beyondRounding(change, indicator) && change.relative !== null && Math.abs(change.relative) >= minRelative;
}

const weight = (h: DetectedHighlight) => Math.abs(h.change.relative ?? 0);

/**
 * The numbers that stand out, by rule, largest first:
 * - `largest-change`: the latest value differs at least `largestChange.minRelative` % from the
 *   period right before it (surveys: significantly), with no series break in between, and for counts
 *   only from `minCount` cases in the period before; none when that period has no number (`x`, `.`);
 * - `far-from-national`: the latest value differs at least `farFromNational.minRelative` % from
 *   Nederland in the same period (surveys: significantly, which for an area within Nederland only
 *   the publisher's flag can say); counts are left out, since an area's count cannot be compared
 *   with the country's;
 * - `trend-reversal`: the latest step goes the other way after `trendReversal.run` steps in one
 *   direction, over consecutive periods with numbers and no series break (counts: from `minCount`),
 *   and is at least `largestChange.minRelative` % itself (surveys: significant).
 * None of them reads a rate or percentage resting on fewer than `SMALL_COUNT` cases where the feed
 * gives them (the change has no percentage then: `smallCount`), nor a registered figure's difference
 * of fewer than `minPrintedUnits` units of its last printed decimal, which rounding may make.
 * Half-years and quarters are only compared with the same half-year or quarter of other years.
 * An area that only has a higher level's numbers (fallback) has nothing of its own to stand out.
 */
export function detectHighlights(feed: Feed, query: DetectionQuery): DetectedHighlight[] {
  const index = indexFeed(feed);
  const national = feed.areas.find((a) => a.level === NATIONAL_LEVEL);
  const wanted = query.indicators ? new Set(query.indicators) : undefined;
  const indicators = feed.indicators.filter((i) => !wanted || wanted.has(i.id));
  const areas = query.areas.map((id) => index.areas.get(id)).filter((a): a is Area => a !== undefined);
  const feedStrings = stringsFor(feed.meta.language);
  const found: Record<HighlightRule, DetectedHighlight[]> = {
    'largest-change': [],
    'far-from-national': [],
    'trend-reversal': [],
  };

  for (const feedIndicator of indicators) {
    for (const area of areas) {
      const points = index.points(feedIndicator.id, area.id);
      const { latest, previous } = keyPoints(points);
      if (!latest) continue;
      const indicator = withPeriodInUnit(
        feedIndicator,
        points.map((p) => p.period),
        feedStrings,
      );
      const at = (point: Point, where = area) => ({ area: where.id, point });

      // The period right before only (a year, or the same half-year a year earlier): across a geheim or
      // missing figure the rule would rank a change over two years beside changes over one.
      if (
        previous &&
        followsDirectly(
          indicator,
          points.map((p) => p.period),
          previous.period,
          latest.period,
        ) &&
        !breakBetween(indicator, area.id, previous.period, latest.period)
      ) {
        const change = compareInFeed(index, indicator, at(previous), at(latest));
        if (isNotable(change, indicator, DETECTION_RULES.largestChange.minRelative))
          found['largest-change'].push(
            marked({ rule: 'largest-change', indicator, area, reference: area, change }, [
              previous.period,
              latest.period,
            ]),
          );
      }

      if (national && national.id !== area.id && indicator.kind !== 'count') {
        const reference = index.points(indicator.id, national.id).find((p) => p.period === latest.period);
        const change = reference ? compareInFeed(index, indicator, at(reference, national), at(latest)) : null;
        if (isNotable(change, indicator, DETECTION_RULES.farFromNational.minRelative))
          found['far-from-national'].push(
            marked({ rule: 'far-from-national', indicator, area, reference: national, change }, [latest.period]),
          );
      }

      const reversal = trendReversal(index, indicator, area, points);
      if (reversal) found['trend-reversal'].push(reversal);
    }
  }
  const limit = query.limit ?? DEFAULT_DETECTION_LIMIT;
  return HIGHLIGHT_RULES.flatMap((rule) => found[rule].sort((a, b) => weight(b) - weight(a)).slice(0, limit));
}

/** A finding with the special periods that the periods it read lie in. */
function marked(finding: Omit<DetectedHighlight, 'specialPeriods'>, read: readonly string[]): DetectedHighlight {
  return { ...finding, specialPeriods: specialPeriodsIn(finding.indicator, read) };
}

function trendReversal(
  index: FeedIndex,
  indicator: Indicator,
  area: Area,
  points: readonly Point[],
): DetectedHighlight | undefined {
  const { run } = DETECTION_RULES.trendReversal;
  const last = points.at(-1);
  if (!last) return undefined;
  // Each step goes from a half-year (or quarter) to the same one a year later: between neighbouring
  // half-years the seasons would zigzag.
  const window = points.filter((p) => season(p.period) === season(last.period)).slice(-(run + 2));
  const periods = points.map((p) => p.period);
  // Consecutive periods only: a trend is never read across a suppressed or missing value, nor across
  // a period the series leaves out (`followsDirectly`).
  if (window.length < run + 2 || window.some((p) => p.value === null)) return undefined;
  const steps: Change[] = [];
  for (let i = 1; i < window.length; i++) {
    const from = window[i - 1]!;
    const to = window[i]!;
    if (
      !followsDirectly(indicator, periods, from.period, to.period) ||
      breakBetween(indicator, area.id, from.period, to.period)
    )
      return undefined;
    const change = compareInFeed(index, indicator, { area: area.id, point: from }, { area: area.id, point: to });
    // An untested survey step is no rise or fall to build a trend on, nor a step between small counts,
    // nor one of a registered figure that rounding could make (1,9 → 1,8).
    if (change?.significance !== 'significant' || change.smallCount || tooFew(indicator, from)) return undefined;
    if (indicator.kind !== 'survey' && !beyondRounding(change, indicator)) return undefined;
    steps.push(change);
  }
  const latest = steps.pop()!;
  const direction = steps[0]!.direction;
  if (direction === latest.direction || steps.some((s) => s.direction !== direction)) return undefined;
  // The turn must be a change of its own: a step too small for `largest-change` turns no trend.
  if (!isNotable(latest, indicator, DETECTION_RULES.largestChange.minRelative)) return undefined;
  return marked(
    { rule: 'trend-reversal', indicator, area, reference: area, change: latest, run },
    window.map((p) => p.period),
  );
}

export interface AuthoredQuery {
  /** Only this district's opvallendheden. */
  district?: string;
  /** Only those about at least one indicator of this theme. */
  theme?: string;
  /**
   * The district whose page lists them (`''` on a page of no district): a note its district did not
   * share is kept within that district, so it is only listed on that district's own page. Absent,
   * every note is listed (the feed's whole list, for a tool).
   */
  viewer?: string;
}

/** The districts' own opvallendheden, newest first. */
export function authoredHighlights(feed: Feed, query: AuthoredQuery = {}): Opvallendheid[] {
  const themeOf = new Map(feed.indicators.map((i) => [i.id, i.theme]));
  const { viewer } = query;
  return feed.opvallendheden
    .filter((o) => viewer === undefined || o.shared || o.district === viewer)
    .filter((o) => !query.district || o.district === query.district)
    .filter((o) => !query.theme || o.indicators.some((id) => themeOf.get(id) === query.theme))
    .sort(newestFirst);
}

/** What other districts shared, for beside one district's own opvallendheden: newest first. */
export function sharedByOthers(feed: Feed, query: { district: string; theme?: string }): Opvallendheid[] {
  return authoredHighlights(feed, query.theme ? { theme: query.theme } : {}).filter(
    (o) => o.shared && o.district !== query.district,
  );
}

/** The view a finding is about: an indicator in an area, and the period when the finding has one. */
export interface FindingView {
  indicator: string;
  area: string;
  period?: string;
}

/**
 * The link to the view a finding is about, on the page `base`: the indicator with its theme, the
 * area and period. Every other view key of `base` is dropped, so a period or comparison chosen
 * earlier on that page does not carry over to another indicator.
 */
export function findingHref(feed: Feed, finding: FindingView, base: string): string {
  const cleared = Object.fromEntries(VIEW_KEYS.map((key) => [key, ''])) as ViewState;
  const theme = feed.indicators.find((i) => i.id === finding.indicator)?.theme;
  return viewHref({ ...cleared, ...(theme ? { theme } : {}), ...finding }, base);
}

/** The threshold each rule's one-line explanation states. */
const RULE_THRESHOLD: Record<HighlightRule, number> = {
  'largest-change': DETECTION_RULES.largestChange.minRelative,
  'far-from-national': DETECTION_RULES.farFromNational.minRelative,
  'trend-reversal': DETECTION_RULES.trendReversal.run,
};

/** A rule in one line, with the thresholds that `detectHighlights` uses. */
export function explainRule(rule: HighlightRule, strings: Strings): string {
  return strings.highlights.rules[rule].explain(
    RULE_THRESHOLD[rule],
    DETECTION_RULES.minCount,
    SMALL_COUNT,
    DETECTION_RULES.largestChange.minRelative,
    DETECTION_RULES.minPrintedUnits,
  );
}

/**
 * Nederland's figure a finding is set against, with its status in words when it may still change
 * (`4,0, voorlopig`): the sentence stands on its own, with no legend to explain a symbol.
 */
function nationalValue(point: Point, indicator: Indicator, strings: Strings): string {
  const number = formatNumberInText({ ...point, value: point.value! }, indicator, strings, { symbol: false });
  const status = provisionalWord(point.status, strings);
  return status ? `${number}, ${status}` : number;
}

/**
 * The change a rule found, against the period before or against Nederland, with its judgement in
 * words: `0,2 lager dan in 2024 (-11 %), gunstig`, `1,7 hoger dan Nederland (1,4; +121 %), ongunstig`.
 * The judgement follows the change it judges, before anything the finding adds (the run it breaks).
 */
function foundChange(highlight: DetectedHighlight, strings: Strings): string {
  const { indicator, change } = highlight;
  const national = highlight.rule === 'far-from-national';
  const phrase = national
    ? changePhrase(
        change,
        indicator,
        highlight.reference.name,
        strings,
        'area',
        nationalValue(change.from, indicator, strings),
      )
    : changePhrase(change, indicator, formatPeriod(change.from.period, strings, true), strings);
  return judgedWords(change, phrase, strings);
}

/** For `trend-reversal`, the run it breaks: `, na 3 dalingen op rij`; else nothing. */
function brokenRun(highlight: DetectedHighlight, strings: Strings): string {
  // A reversal went the other way before: after falls comes a rise.
  const before = highlight.change.direction === 'up' ? 'down' : 'up';
  return highlight.run ? strings.highlights.afterRun(highlight.run, before) : '';
}

/**
 * The special periods a finding read, each as a sentence after it that names which of its two
 * figures lie in one (` De cijfers van 2020 en 2021 vallen in de bijzondere periode 2020–2021
 * (Corona).`): the finding holds, but it is read with that period in mind. The reason is left to the
 * chart's notes, one click away.
 */
function specialPeriodsAfter(highlight: DetectedHighlight, strings: Strings): string {
  const { from, to } = highlight.change;
  return highlight.specialPeriods
    .map((special) => ` ${specialPeriodSentence(special, [from.period, to.period], strings)}`)
    .join('');
}

/**
 * A detected figure in one sentence: `Woninginbraak in Zeeland: 1,6 woninginbraken per 1.000 inwoners
 * in 2025, 0,2 lager dan in 2024 (-11 %), gunstig.`, against Nederland's figure for `far-from-national`
 * (`1,0 hoger dan Nederland (4,0)`: the same words as the value before it), and with the run it
 * breaks for `trend-reversal`, and the special period its figures lie in.
 */
export function describeHighlight(highlight: DetectedHighlight, strings: Strings): string {
  const { indicator, change } = highlight;
  const sentence = strings.highlights.finding(
    indicator.shortTitle,
    highlight.area.name,
    formatWithUnit({ ...change.to, value: change.to.value! }, indicator, strings, { symbol: false }),
    formatPeriod(change.to.period, strings, true),
    foundChange(highlight, strings),
    provisionalWord(change.to.status, strings),
  );
  return `${sentence}${brokenRun(highlight, strings)}.${specialPeriodsAfter(highlight, strings)}`;
}

/**
 * What a rule found, for a place that already shows the indicator, area and latest value (a card of
 * the profile): `0,2 lager dan in 2024 (-11 %), gunstig`, `1,0 hoger dan Nederland (4,0), ongunstig`,
 * `0,3 hoger dan in 2024, ongunstig, na 3 dalingen op rij`, and the special period its figures lie in.
 */
export function describeFinding(highlight: DetectedHighlight, strings: Strings): string {
  const after = specialPeriodsAfter(highlight, strings);
  return foundChange(highlight, strings) + brokenRun(highlight, strings) + (after && `.${after}`);
}

export interface HighlightsQuery {
  /** Only this district; every district of the feed when absent. */
  district?: string;
  /** Only the indicators of this theme; every indicator when absent. */
  theme?: string;
  /** The most results per rule. */
  limit?: number;
}

/** The figures one rule found, each with its sentence. */
export interface RuleFindings {
  rule: HighlightRule;
  /** The rule in one line (`explainRule`). */
  explanation: string;
  findings: { highlight: DetectedHighlight; sentence: string }[];
}

/**
 * What the rules find for a district and a theme, grouped by rule in the order of
 * `HIGHLIGHT_RULES`, each figure stated in words; a rule that found nothing is left out.
 */
export function detectedByRule(feed: Feed, query: HighlightsQuery, strings: Strings): RuleFindings[] {
  const found = detectHighlights(feed, {
    areas: query.district ? [query.district] : feed.areas.filter((a) => a.level === 'district').map((a) => a.id),
    indicators: query.theme ? feed.indicators.filter((i) => i.theme === query.theme).map((i) => i.id) : undefined,
    limit: query.limit,
  });
  return HIGHLIGHT_RULES.map((rule) => ({
    rule,
    explanation: explainRule(rule, strings),
    findings: found
      .filter((h) => h.rule === rule)
      .map((highlight) => ({ highlight, sentence: describeHighlight(highlight, strings) })),
  })).filter((r) => r.findings.length > 0);
}
