/**
 * Every piece of UI text: its types, and the Dutch dictionary (the default). English is in `en.ts`,
 * loaded only by a page that asks for it. Hosts may override any entry per element through the
 * `strings` property.
 */
import type { ErrorKind, IssueWords } from '../feed/errors.js';
import { SMALL_COUNT, type AreaLevel, type Source, type ValueStatus } from '../feed/schema.js';
import { elementFailed } from './element-failed.js';

import type { HighlightRule } from '../model/highlights.js';

export type Lang = 'nl' | 'en';

/**
 * How a change reads besides its numbers. A period takes "in" in a sentence (`lager dan in 2024`), an
 * area does not (`lager dan Nederland`); a count goes up as "meer", a rate or share as "hoger".
 */
export interface ChangeWords {
  against: 'period' | 'area';
  count: boolean;
}

/**
 * Why a comparison's or map's highlighted area has no bar or region: it did not exist in the period
 * shown (`period` as in a sentence; `since` a date). It says where the area is not, not that a figure
 * is missing: a line chart of the same area may well have one there (history on today's boundaries).
 */
export interface HighlightAbsentWords {
  /** Formed after the period: `Altena komt in 2018 niet voor: de gemeente bestaat pas sinds 1 januari 2019.` */
  begun: (area: string, level: AreaLevel, period: string, since: string) => string;
  /** Ended before the period: `Haaren komt in 2025 niet voor: de gemeente is per 1 januari 2021 opgeheven.` */
  ended: (area: string, level: AreaLevel, period: string, since: string) => string;
  /**
   * On a map, which draws today's areas: one that existed in the period but has ended since, so it
   * has no shape (`Haaren staat niet op de kaart van 2020: de kaart toont de gemeenten van nu, en de
   * gemeente is per 1 januari 2021 opgeheven.`). Followed by `wentInto`. Optional, so that a
   * dictionary written for an earlier version still fits: without it the map says nothing above it.
   */
  endedSince?: (area: string, level: AreaLevel, period: string, since: string) => string;
  /**
   * After `begun`: the areas it was formed from that are shown instead (`names`, a list of `count`),
   * `all` when every one of them is: `U ziet de gemeenten waaruit ze is gevormd: Aalburg, Werkendam en
   * Woudrichem.`
   */
  formedFrom: (level: AreaLevel, names: string, count: number, all: boolean) => string;
  /**
   * After `ended`: the areas shown that name it among their predecessors (`names`, a list of `count`).
   * `whole` for a merger, whose one new area took all of it: `U ziet de gemeente waarin ze is
   * opgegaan: Altena.` Otherwise the feed says neither whether an area took all of it nor whether the
   * others that took part of it are all in the feed (Haaren's went to Boxtel and Vught too): `U ziet
   * de gemeenten Oisterwijk en Tilburg, die elk een deel ervan hebben gekregen.`
   */
  wentInto: (level: AreaLevel, names: string, count: number, whole: boolean) => string;
}

export interface Strings {
  locale: string;
  loading: string;
  errors: Record<ErrorKind, string>;
  errorDetails: string;
  /**
   * In the error's details, after a path of the feed: what is wrong there (`FeedIssue.said`),
   * `expected a number`. Dutch has none: the issue's own message is Dutch (worded in `validate.ts`).
   */
  feedIssue?: IssueWords;
  /** The short error line for an HTTP failure, naming the status: `De gegevensbron is niet gevonden (fout 404).` */
  httpError: (status: number) => string;
  /** Shown above data kept from an earlier visit while the feed cannot be loaded now. */
  stale: (date: string) => string;
  /** A status in words, as CBS's "verklaring van tekens" names it: `voorlopig`, `geheim`, `nihil`. */
  status: Record<ValueStatus, string>;
  /** CBS's symbol of a status: `*`, `**`, `x`, `.`, `–`; empty for definitive and for not applicable (a blank cell). */
  statusSymbol: Record<ValueStatus, string>;
  /** Stands for the empty symbol in a legend: `(leeg) niet van toepassing`. */
  blankSymbol: string;
  halfYear: (half: number, year: string) => string;
  quarter: (quarter: number, year: string) => string;
  /** Added to the unit of a rate given per half-year (`H`) or quarter (`Q`): `per 1.000 inwoners, per halfjaar`. */
  unitPer: { H: string; Q: string };
  /** Half-years and quarters inside a sentence: `in het 2e halfjaar van 2025`. */
  inText: {
    halfYear: (half: number, year: string) => string;
    quarter: (quarter: number, year: string) => string;
    /** Three or more periods in a row, each already in its sentence form: `2016 tot en met 2025`. */
    span: (from: string, to: string) => string;
  };
  source: string;
  unit: string;
  definition: string;
  updated: string;
  instruments: string;
  sample: string;
  duiding: string;
  /**
   * The asked area has no figures; `shown`, of `level`, stands in for it. Both names come through
   * `levelName`: `Voor Breda is geen cijfer beschikbaar; u ziet het cijfer van district De Baronie.`
   * `status`, where all the asked area's figures share one, says why, in the words of `status`:
   * `Voor Baarle-Nassau is geen cijfer beschikbaar (geheim); …`.
   */
  fallback: (asked: string, shown: string, level?: AreaLevel, status?: string) => string;
  /** An area's name with its level where the name does not say it: `district De Baronie`. */
  levelName: (name: string, level: AreaLevel) => string;
  /** An area with its value in a sentence, and the period when it differs: `Nederland (1,4 in 2024)`. */
  areaValue: (area: string, value: string, period?: string) => string;
  /** Added to the name of a series that stands in for the asked area: `Nederland (landelijke trend)`. */
  fallbackLabel: (level: AreaLevel) => string;
  publisher: string;
  /** The name of an indicator's duiding, as a region of the page. */
  duidingOf: (title: string) => string;
  /**
   * Above the duiding about another area than the one asked for (its district, its eenheid, an area
   * compared), naming it through `levelName`: `Duiding voor district Zeeland`.
   */
  duidingAbout: (area: string) => string;
  /** Above a duiding without an area, which the feed gives for every area: `Algemene duiding`. */
  duidingGeneral: string;
  /**
   * After a duiding's author and date: the period it is about, in a sentence's form (`over 2020`,
   * `over het 2e halfjaar van 2025`).
   */
  duidingPeriod: (period: string) => string;
  /** The short error line for an unknown id, naming it. */
  unknownId: { 'unknown-indicator': (id: string) => string; 'unknown-area': (id: string) => string };
  /** The error line for an area of the feed asked for as a district (`within="GM0758"`). */
  notDistrict: (name: string, id: string) => string;
  /** The error line for an element given no `indicator` or `theme` at all. */
  noId: (attribute: 'indicator' | 'theme') => string;
  /** After the error line for an unknown id: the feed's id it probably stands for, with its name. */
  meant: (id: string, name: string) => string;
  /** A change of an index, which moves by index points: `8,9 indexpunten`. */
  indexPoints: (delta: string) => string;
  /**
   * A number with the percent sign after it, as the language writes it (`-32 %`, `-32%`); a space
   * before the sign does not break, so that a `%` never starts a line on its own.
   */
  percent: (number: string) => string;
  /**
   * A change against a reference (a period or an area, as `words.against` says); `delta` is
   * unsigned, the word gives the direction.
   */
  change: {
    up: (delta: string, reference: string, significant: boolean, words: ChangeWords) => string;
    down: (delta: string, reference: string, significant: boolean, words: ChangeWords) => string;
    same: (reference: string, words: ChangeWords) => string;
    /**
     * A survey change within the margins, which counts as no change (`gelijk aan 2023`, `gelijk aan
     * het 2e halfjaar van 2024`, `gelijk aan Nederland`); `differenceNotSignificant` follows it in
     * brackets.
     */
    notSignificant: (reference: string, words: ChangeWords) => string;
    /**
     * After `notSignificant`: why the figures count as equal (`verschil niet significant`). Optional,
     * so that a `Strings` object written for an earlier version still fits: without it no bracket.
     */
    differenceNotSignificant?: string;
    /** After a survey difference whose significance is unknown. */
    notTested: string;
    /**
     * In a change's brackets, when the figure it starts from may still change: `nader voorlopig
     * cijfer`, `status` in words. Optional, so that a `Strings` object written for an earlier
     * version still fits: without it nothing is added.
     */
    fromProvisional?: (status: string) => string;
    /** Instead of a percentage, for small counts: `van 2 naar 4`. */
    fromTo: (from: string, to: string) => string;
    /** After `fromTo` for a rate or percentage: why it has no percentage (`minder dan 10 gevallen`). */
    fewCases: (threshold: number) => string;
    /**
     * A change of a percentage: the number with its unit (`1,6 procentpunt`, `1 percentage point`).
     * A string is put after the number as it is.
     */
    percentagePoints: string | ((delta: string) => string);
  };
  polarity: { 'higher-is-worse': string; 'higher-is-better': string; neutral: string };
  summary: {
    /**
     * The latest value in the indicator's words: `In 2025: 36 drugsafvaldumpingen in Breda.`;
     * `provisional` is the status of a value that may still change (`nader voorlopig`), else empty.
     */
    latest: (area: string, period: string, value: string, provisional: string) => string;
    previous: (phrase: string) => string;
    overall: (phrase: string) => string;
    /** The change over the series since the first period after its last break. */
    sinceBreak: (period: string, phrase: string) => string;
    comparisons: (period: string, list: string) => string;
    versus: (area: string, phrase: string) => string;
    versusEqual: (area: string, other: string) => string;
    /** Survey values of other areas that were not tested against this one. */
    comparisonsNotTested: (period: string, list: string) => string;
    noData: (area: string) => string;
    /** Periods after the latest figure that have none: `Voor Baarle-Nassau is in 2025 geen cijfer beschikbaar (geheim).` */
    laterMissing: (area: string, periods: string, status: string) => string;
  };
  /** Lines under the chart that explain its marks. */
  notes: {
    /** After the legend entry of a status that leaves a gap: `x geheim: de lijn is daar onderbroken`. */
    gap: (status: string) => string;
    /**
     * After the legend entry of not applicable, for a line whose area ended (`ended`: `areaEnded`'s
     * sentence): `(leeg) niet van toepassing: de lijn van Haaren stopt daar; Haaren bestaat sinds
     * 1 januari 2021 niet meer als gemeente.`; a stand-in's line names the area it `standsFor` (`de lijn
     * van Hart van Brabant (districtscijfer), die hier voor Haaren staat, stopt daar`): the district's own
     * series runs on.
     */
    ended: (status: string, line: string, ended: string, standsFor?: string) => string;
    /**
     * After the legend entry of not applicable, for a line blank before its area was formed, with no
     * figure from before (history not recomputed; `begun`: `areaBegun`'s sentence): `(leeg) niet van
     * toepassing: de lijn van Altena begint pas daarna; Altena bestaat sinds 1 januari 2019 als gemeente.`
     */
    begun: (status: string, line: string, begun: string, standsFor?: string) => string;
    band: (area: string) => string;
    /** Under a comparison's image whose bars carry survey margins: what the error bars are. */
    errorBars: string;
    /** `areas`: the lines the break cuts, where the chart's own area is not one of them. */
    seriesBreak: (period: string, reason: string, areas?: string) => string;
    /**
     * Breaks named where their reasons are numbered notes further on (a profile's theme): `Trendbreuk
     * 2021, zie noot 1`; `notes` lists the numbers (`1 en 2`), `count` says how many.
     */
    seriesBreakSee: (period: string, notes: string, count: number) => string;
    /**
     * The feed's note on figures a card states, where its text is numbered note `note` further on (a
     * profile's theme): `Cijfer 2015, zie noot 2`; `periods` lists them (`2015 en 2016`), `count` says
     * how many. Optional, so that a `Strings` object written for an earlier version still fits: without
     * it the card says `2015: noot 2`, in its `table.note`.
     */
    valueNoteSee?: (periods: string, count: number, note: number) => string;
    /** A shaded period: `Bijzondere periode 2020–2021 (Corona): …`. */
    specialPeriod: (periods: string, label: string, reason?: string) => string;
    /**
     * A special period as a sentence of its own, after a finding: which of its figures (`count` of
     * them, listed in `periods`) lie in it, `De cijfers van 2020 en 2021 vallen in de bijzondere periode
     * 2020–2021 (Corona).`; with none, earlier figures of the series it read.
     */
    specialPeriodSentence: (periods: string, count: number, range: string, label: string) => string;
    point: (area: string, period: string, note: string) => string;
  };
  downloads: { label: string; csv: string; png: string; svg: string; describe: (format: string) => string };
  csv: { value: string; status: string; margin: string; note: string };
  table: {
    caption: (title: string, area: string) => string;
    /** Read before the number of a cell's footnote (`x noot 1`), which sighted readers see raised. */
    note: string;
    period: string;
    area: string;
    show: string;
    hide: string;
  };
  chartLabel: (title: string, area: string) => string;
  /** The chart's HTML legend and its keyboard use. */
  chart: {
    legend: string;
    /** How to move through the points, read when the chart gets focus and shown while it has it. */
    keys: string;
    /** One point as announced: series or area, period, value, unit, then margin, status and note. */
    point: (series: string, period: string, value: string, unit: string, details: string[]) => string;
  };
  margin: string;
  seriesBreak: string;
  /** A headline change measured from the first period after a break: `sinds 2021 (na de trendbreuk): …`. */
  sinceBreak: (period: string, phrase: string) => string;
  /** Under a headline or on a card, periods after the latest figure that have none: `2025: geen cijfer (geheim)`. */
  noFigureIn: (periods: string, status: string) => string;
  /**
   * An area that ended (merged or split), for the periods after it: CBS leaves them blank (niet van
   * toepassing), so no figure is missing. `since` is its first day gone, as a date: `Haaren bestaat
   * sinds 1 januari 2021 niet meer als gemeente.`
   */
  areaEnded: (area: string, level: AreaLevel, since: string) => string;
  /**
   * An area formed later (a merger), for the periods before it when its history was not recomputed.
   * `since` is its first day, as a date: `Altena bestaat sinds 1 januari 2019 als gemeente.`
   */
  areaBegun: (area: string, level: AreaLevel, since: string) => string;
  /**
   * Periods asked for (`from`, `to` as given) without figures, and the whole series shown instead
   * (`2015–2025`); `reason` is the sentence why, where one is known (`areaEnded`, `areaBegun`).
   */
  rangeMissing: (from: string | undefined, to: string | undefined, shown: string, reason?: string) => string;
  /** A comparison's or map's period asked for without figures (`asked` as given), and the latest shown instead. */
  periodMissing: (asked: string, shown: string) => string;
  /**
   * A comparison's or map's highlighted area that did not exist in the period shown, so it has no bar
   * or region. Optional, as `feedIssue`: a host's dictionary for another language, written before
   * these words, gets Dutch ones, marked as Dutch (`absentHighlightSentence`).
   */
  highlightAbsent?: HighlightAbsentWords;
  /** `<miv-district-compare>`: areas side by side for one period. */
  compare: {
    /** Heading over the bars: `Districten van Eenheid Zeeland-West-Brabant`, `Gemeenten in De Baronie`. */
    areasOf: (level: 'district' | 'gemeente', parent: string) => string;
    /**
     * A group of which the feed holds only some members (`partial`), as the heading names it; `scope`
     * is the area those members lie in, when they share one: `… in Nederland (alleen die in De Baronie)`.
     */
    partialGroup: (group: string, scope?: string) => string;
    /**
     * That note in a sentence: which members the bars show, and that the group's own figure is of all
     * of them (`group` as it reads inside a sentence).
     */
    partialGroupNote: (group: string, scope?: string) => string;
    period: string;
    area: string;
    margin: string;
    changeSince: (period: string) => string;
    /** The picker of the order of the bars, and each order's name. */
    sort: { label: string; fixed: string; value: string; name: string };
    chartLabel: (title: string, areas: string, period: string) => string;
    /** How the keyboard walks the bars (`chart.keys` for a line chart). */
    keys: string;
    reference: (area: string, value: string) => string;
    noAreaData: (level: 'district' | 'gemeente') => string;
    /** `value` in the indicator's words; `provisional` the status of a figure that may still change, in words, or empty. */
    nationalOnly: (area: string, value: string, period: string, provisional: string) => string;
    /** The nearest higher level with a figure, when that is not Nederland, named with its level (`levelName`). */
    higherLevel: (area: string, value: string, period: string, provisional: string) => string;
    opvallendheden: string;
    notShared: string;
    highlighted: string;
    /** After a survey change in the table: tested and significant, within the margins, or not tested. */
    significant: string;
    notSignificant: string;
    notTested: string;
    summary: {
      /** The spread of the values, without naming areas: the comparison is no league table. */
      range: (period: string, lowest: string, highest: string) => string;
      /**
       * The same for figures whose words come before their number (`rapportcijfer 7,4`): `words` names
       * them (`de cijfers (rapportcijfer) tussen 7,1 en 7,7`), the numbers come bare.
       */
      rangeOf: (period: string, words: string, lowest: string, highest: string) => string;
      /**
       * `complete`: every area compared has a figure; else some have none (said in a later sentence).
       * `level` names the areas compared (`alle gemeenten`), not the references beside them, which may
       * differ (Nederland); a dictionary written before it says `alle gebieden`.
       */
      allEqual: (period: string, value: string, complete: boolean, level?: 'district' | 'gemeente') => string;
      notSignificant: string;
      notTested: string;
      versus: (area: string, value: string, relation: string, reference: string, referenceValue: string) => string;
      versusNotTested: (area: string, value: string, reference: string, referenceValue: string) => string;
      /** Instead of `versus` when `area`'s figure rests on fewer than `threshold` cases: no higher or lower. */
      versusFewCases: (
        area: string,
        value: string,
        reference: string,
        referenceValue: string,
        threshold: number,
      ) => string;
      relation: { up: string; down: string; same: string; notSignificant: string };
      /**
       * After the range or the map's highest and lowest, of those figures: `Het hoogste cijfer berust op
       * minder dan 10 gevallen.` Optional, so that a `Strings` object written for an earlier version
       * still fits: without it the sentence is left out.
       */
      fewCases?: (extremes: 'highest' | 'lowest' | 'both', threshold: number) => string;
      missing: (areas: string, status: string) => string;
      /** `De cijfers voor 2025 met een * zijn voorlopig.` */
      provisional: (period: string, symbol: string, status: string) => string;
    };
  };
  /** `<miv-map>`: a choropleth of the gemeenten. */
  map: {
    chartLabel: (title: string, areas: string, period: string) => string;
    /** The licence's attribution, shown on every map. */
    attribution: string;
    keys: string;
    /** Why a count is not mapped, and what to choose instead. */
    countOnly: (title: string) => string;
    legend: string;
    /** The class method in words; `step` is the width of an equal step as printed. */
    method: { equal: (step: string) => string; quantile: string };
    /** One class: `2,0 tot 4,0`; the last one holds its upper bound. */
    range: (from: string, to: string, last: boolean) => string;
    gemeenten: (count: number) => string;
    /** What a stronger colour means for each palette. */
    meaning: { worse: string; better: string; neutral: string };
    /** The hatched regions: `Gearceerd: geen cijfer`, followed by the CBS symbols that occur. */
    hatched: string;
    /** Under the legend of a survey value: neighbouring classes need not differ significantly. */
    surveyMargins: string;
    /**
     * The gemeenten of the period that ended since, which today's map has no shape for: `De kaart toont
     * de gemeenten van nu; Haaren (opgeheven per 1 januari 2021) staat er niet op.` `areas` names them
     * with the day they ended (`picker.ended`). Optional, so that a `Strings` object written for an
     * earlier version still fits: without it the note is left out.
     */
    notOnMap?: (areas: string, count: number) => string;
    /**
     * The gemeenten drawn with a figure of the period whose ground grew since, by taking in one that
     * ended: `Oisterwijk en Tilburg zijn getekend in de grenzen van nu; de cijfers van 2020 gelden
     * voor de grenzen van toen.` `period` as in a sentence. Optional, as `notOnMap` is.
     */
    grownSince?: (areas: string, count: number, period: string) => string;
    summary: {
      /** `In 2025 het hoogst in Breda (45,3 per 1.000 inwoners) en het laagst in Zundert (12,1).` */
      extremes: (period: string, highest: string, lowest: string) => string;
      allEqual: (period: string, value: string, complete: boolean) => string;
      /** `3 gemeenten zonder cijfer: Veere en Sluis (x geheim); Goes (. gegevens ontbreken).` */
      without: (count: number, list: string) => string;
    };
  };
  /** `<miv-area-picker>`. */
  picker: {
    label: string;
    /** Stands in the list while the area asked for is none of its choices. */
    choose: string;
    groups: { land: string; eenheid: string; district: string };
    gemeentenIn: (district: string) => string;
    /**
     * An area that ended, listed while the page is about it (an old link): `Haaren (opgeheven per
     * 1 januari 2021)`. `since` is its first day gone, as a date, as in `areaEnded`.
     */
    ended: (area: string, since: string) => string;
  };
  /** `<miv-theme>`. */
  theme: {
    subtitle: (area: string, count: number) => string;
    /** `Geen eigen cijfer; district De Baronie getoond`; with `status` why: `Geen eigen cijfer (geheim); …`. */
    fallback: (shown: string, status?: string) => string;
    /** A survey value's 95 % margin beside it on a card: `marge ± 1,2 procentpunt (95 %)`. */
    margin: (margin: string) => string;
  };
  /** A change judged by its indicator's polarity, in words beside its colour (a card's). */
  judgement: { favourable: string; unfavourable: string };
  /** Fair comparisons: per inwoner or absolute, comparable areas, the index, the period choice. */
  fair: {
    /** The group of buttons choosing number or rate. */
    measureLabel: string;
    count: string;
    /** The button of the rate: the feed's unit as a label, `Per 1.000 inwoners`. */
    rate: (unit: string) => string;
    scaleLabel: string;
    values: string;
    /** The index button and the index as a unit: `Index (2019 = 100)`, `index, 2019 = 100`. */
    index: (base: string) => string;
    indexUnit: (base: string) => string;
    /** An index value in a sentence, `{value}` for the number. */
    indexInSentence: (base: string) => string;
    /** A line that cannot be indexed, and why. */
    indexProblem: (
      area: string,
      base: string,
      reason: 'suppressed' | 'no-data' | 'nil' | 'not-applicable' | 'few-cases',
    ) => string;
    /** A note under an index chart: what 100 means. */
    indexNote: (base: string) => string;
    /**
     * Why a figure that exists has no index: it lies on the other side of a series break from the base
     * (`after` the break, or `before` it), the figure in a summary's list of comparisons.
     */
    noIndex: (side: 'before' | 'after') => string;
    /** The same as a note: under the chart (after the line's name) and beside the value in the CSV. */
    noIndexNote: (side: 'before' | 'after', base: string) => string;
    /** A group's name inside a sentence: `gemeenten met …`. */
    groupInSentence: (name: string) => string;
    /** Which groups an area is compared with (their names in a sentence, listed), and why: their rule. */
    group: (names: string, rule: string) => string;
    /** Why the members of a compared group belong together. */
    groupMembers: (rule: string) => string;
    periodsLabel: string;
    from: string;
    to: string;
  };
  /** `<miv-highlights>`. */
  highlights: {
    title: string;
    district: string;
    allDistricts: string;
    theme: string;
    allThemes: string;
    /** After the notice that the district (or area) asked for is not in the feed. */
    showsAllDistricts: string;
    /** After the notice that the theme asked for is not in the feed. */
    showsAllThemes: string;
    /**
     * Said after the reader changes a filter: how many notes, notes shared by other districts and
     * figures it lists for what (the district's and theme's names; absent: all of them).
     */
    shown: (notes: number, shared: number, found: number, district?: string, theme?: string) => string;
    authored: string;
    authoredIntro: string;
    noneAuthored: string;
    shared: string;
    notShared: string;
    indicators: string;
    detected: string;
    detectedIntro: string;
    noneDetected: string;
    /** The label on every detected figure. */
    byRule: string;
    open: string;
    /**
     * Each rule's name and its one-line explanation, built from the rule's threshold; `minChange` is
     * the size (%) a change must have to count, which a trend reversal's latest step needs too;
     * `minUnits` the units of the last printed decimal a registered figure's difference needs.
     */
    rules: Record<
      HighlightRule,
      {
        title: string;
        explain: (
          threshold: number,
          minCount: number,
          smallCount: number,
          minChange: number,
          minUnits: number,
        ) => string;
      }
    >;
    /**
     * `Woninginbraak in De Baronie: 2,7 woninginbraken per 1.000 inwoners in 2025, 0,4 lager dan in 2024
     * (-13 %)`; a (nader) voorlopig value says which, as the summary under a chart does.
     */
    finding: (
      indicator: string,
      area: string,
      value: string,
      period: string,
      phrase: string,
      provisional: string,
    ) => string;
    /** Appended for a trend reversal: `, na 3 dalingen op rij`. */
    afterRun: (run: number, direction: 'up' | 'down') => string;
  };
  /** `<miv-highlights shared>`: what the other districts shared, beside a district's own. */
  sharedHighlights: {
    title: string;
    intro: (district: string) => string;
    none: string;
  };
  /** The "Citeer" action of a figure and the text it copies. */
  citation: {
    button: string;
    /** The button's accessible name, starting with its visible text: `Citeer: bronvermelding van Woninginbraak kopiëren`. */
    describe: (title: string) => string;
    /** The live message after a copy. */
    copied: string;
    /** Shown with the selected text when the browser would not copy. */
    copyManually: string;
    textLabel: string;
    /**
     * A source's table as every place names it in running text (the footer, `<miv-sources>`, the
     * profile's sources, the citation), as CBS names a StatLine table: `tabel 83648NED “Geregistreerde
     * criminaliteit; soort misdrijf, regio”`. The title is quoted: its own commas and semicolons would
     * otherwise run into the sentence's.
     */
    table: (table: NonNullable<Source['table']>) => string;
    /** `Bron: …` line; `table` (as `table` names it) and the dates only when the feed has them. */
    source: (name: string, table?: string, published?: string, nextUpdate?: string) => string;
    /** `De cijfers van 2024 en 2025 zijn voorlopig en kunnen nog wijzigen.`, `status` in words. */
    provisional: (periods: string, status: string) => string;
    /**
     * The same where only some areas' figures of those periods are: `De cijfers van Breda en Goes over
     * 2025 zijn voorlopig en kunnen nog wijzigen.`; `count` figures in all.
     */
    provisionalOf: (periods: string, areas: string, count: number, status: string) => string;
    /** `Uit: Monitor …, uitgever, stand 15 juni 2026.` */
    feed: (title: string, publisher: string, date: string) => string;
    link: (url: string) => string;
    /**
     * After the source in a figure's footer: `tabel 83648NED “Geregistreerde criminaliteit; soort
     * misdrijf, regio”, gepubliceerd 24 april 2026`, `table` as `table` names it.
     */
    sourceDetail: (table?: string, published?: string) => string;
  };
}

/**
 * A reference after "dan", "als", "than": a period takes "in" (`lager dan in 2024`, `lower than in
 * 2024`), an area does not (`lager dan Nederland`). Dutch and English agree here.
 */
export const than = (reference: string, { against }: ChangeWords) =>
  against === 'period' ? `in ${reference}` : reference;

/** A group's name inside a sentence: `Gemeenten met …` → `gemeenten met …`; other names keep their capital. */
export const inSentence = (name: string) =>
  /^(Gemeenten|Municipalities)\b/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;

/**
 * The dictionary's sections that only some elements read: their Dutch words travel in those
 * elements' chunks (`nl-map.ts`, `nl-highlights.ts`), not with every chart (1 KB gzip), and are
 * added to `nl` by `addDutch` when the module that reads them loads. English keeps them all: it
 * loads for English pages only.
 */
type ReadByFew = 'map' | 'highlights' | 'sharedHighlights';

/** What an area is, after "als" (`areaEnded`, `areaBegun`). */
const AREA_NOUN: Record<AreaLevel, string> = {
  land: 'land',
  eenheid: 'politie-eenheid',
  district: 'district',
  gemeente: 'gemeente',
};

/** An area of a level with its article (`highlightAbsent`): `de gemeente`, `het district`. */
const THE: Record<AreaLevel, string> = {
  land: 'het land',
  eenheid: 'de politie-eenheid',
  district: 'het district',
  gemeente: 'de gemeente',
};

/** What refers back to an area of a level, after "waaruit" or "waarin" (`highlightAbsent`): `ze` (de gemeente), `het` (het district). */
const IT: Record<AreaLevel, string> = { land: 'het', eenheid: 'ze', district: 'het', gemeente: 'ze' };

/** More than one area of a level (`highlightAbsent`). */
const AREAS_NOUN: Record<AreaLevel, string> = {
  land: 'landen',
  eenheid: 'politie-eenheden',
  district: 'districten',
  gemeente: 'gemeenten',
};

const nlCore: Omit<Strings, ReadByFew> = {
  locale: 'nl-NL',
  loading: 'Gegevens laden…',
  errors: {
    'no-src': 'Er is geen gegevensbron opgegeven (het attribuut src ontbreekt).',
    network: 'De gegevens konden niet worden opgehaald. Controleer de verbinding.',
    http: 'De gegevensbron gaf een fout.',
    timeout: 'De gegevensbron antwoordt niet op tijd.',
    'not-json': 'De gegevensbron bevat geen leesbare gegevens.',
    truncated: 'De gegevens zijn niet volledig binnengekomen: de gegevensbron is afgebroken.',
    schema: 'De gegevensbron voldoet niet aan het afgesproken formaat.',
    version: 'Deze versie van de gegevensbron wordt (nog) niet ondersteund.',
    'unknown-indicator': 'Indicator niet gevonden.',
    'unknown-area': 'Gebied niet gevonden.',
    'no-data': 'Voor deze keuze zijn geen cijfers beschikbaar.',
    chart: 'De grafiek kon niet worden getekend; de cijfers staan in de tabel.',
    'unknown-theme': 'Thema niet gevonden.',
    element: elementFailed.nl,
  },
  errorDetails: 'Details',
  httpError: (status) =>
    status === 404
      ? 'De gegevensbron is niet gevonden (fout 404).'
      : status >= 500
        ? `De server van de gegevensbron heeft een storing (fout ${status}).`
        : `De gegevensbron weigert het verzoek (fout ${status}).`,
  stale: (date) => `Verouderd — stand: ${date}. De actuele gegevens konden niet worden opgehaald.`,
  status: {
    definitive: 'definitief',
    provisional: 'voorlopig',
    'revised-provisional': 'nader voorlopig',
    suppressed: 'geheim',
    'not-applicable': 'niet van toepassing',
    'no-data': 'gegevens ontbreken',
    nil: 'nihil',
  },
  statusSymbol: {
    definitive: '',
    provisional: '*',
    'revised-provisional': '**',
    suppressed: 'x',
    'not-applicable': '',
    'no-data': '.',
    nil: '–',
  },
  blankSymbol: '(leeg)',
  halfYear: (half, year) => `${half}e halfjaar ${year}`,
  quarter: (quarter, year) => `${quarter}e kwartaal ${year}`,
  unitPer: { H: 'per halfjaar', Q: 'per kwartaal' },
  inText: {
    halfYear: (half, year) => `het ${half}e halfjaar van ${year}`,
    quarter: (quarter, year) => `het ${quarter}e kwartaal van ${year}`,
    span: (from, to) => `de periode van ${from} tot en met ${to}`,
  },
  source: 'Bron',
  unit: 'Eenheid',
  definition: 'Toelichting',
  updated: 'Stand',
  instruments: 'Zie ook',
  sample: 'Fictieve voorbeelddata',
  duiding: 'Duiding',
  fallback: (asked, shown, level, status) => {
    const none = `Voor ${asked} is geen cijfer beschikbaar${status ? ` (${status})` : ''}`;
    return level === 'land'
      ? `${none}; u ziet het landelijke cijfer (${shown}).`
      : `${none}; u ziet het cijfer van ${shown}.`;
  },
  levelName: (name, level) =>
    (level === 'district' || level === 'eenheid') && !name.toLowerCase().startsWith(level) ? `${level} ${name}` : name,
  areaValue: (area, value, period) => `${area} (${value}${period ? ` in ${period}` : ''})`,
  fallbackLabel: (level) =>
    ({ land: 'landelijke trend', eenheid: 'eenheidscijfer', district: 'districtscijfer', gemeente: 'gemeentecijfer' })[
      level
    ],
  publisher: 'Uitgever',
  duidingOf: (title) => `Duiding bij ${title}`,
  duidingAbout: (area) => `Duiding voor ${area}`,
  duidingGeneral: 'Algemene duiding',
  duidingPeriod: (period) => `over ${period}`,
  unknownId: {
    'unknown-indicator': (id) => `Indicator „${id}” niet gevonden.`,
    'unknown-area': (id) => `Gebied „${id}” niet gevonden.`,
  },
  notDistrict: (name, id) => `${name} („${id}”) is geen district.`,
  noId: (attribute) =>
    `Er is geen ${attribute === 'theme' ? 'thema' : 'indicator'} opgegeven (het attribuut ${attribute} ontbreekt).`,
  meant: (id, name) => `Bedoelt u „${id}” (${name})?`,
  indexPoints: (delta) => `${delta} indexpunten`,
  percent: (number) => `${number}\u00a0%`,
  change: {
    up: (delta, reference, significant, words) =>
      `${delta} ${significant ? 'significant ' : ''}${words.count ? 'meer' : 'hoger'} dan ${than(reference, words)}`,
    down: (delta, reference, significant, words) =>
      `${delta} ${significant ? 'significant ' : ''}${words.count ? 'minder' : 'lager'} dan ${than(reference, words)}`,
    same: (reference, words) => `${words.count ? 'evenveel' : 'even hoog'} als ${than(reference, words)}`,
    // "gelijk aan" takes a period as it takes an area, without "in" (`than`): `gelijk aan 2023`.
    notSignificant: (reference) => `gelijk aan ${reference}`,
    differenceNotSignificant: 'verschil niet significant',
    notTested: 'niet getoetst',
    fromProvisional: (status) => `${status} cijfer`,
    fromTo: (from, to) => `van ${from} naar ${to}`,
    fewCases: (threshold) => `minder dan ${threshold} gevallen`,
    percentagePoints: 'procentpunt',
  },
  polarity: {
    'higher-is-worse': 'Lager is gunstiger.',
    'higher-is-better': 'Hoger is gunstiger.',
    neutral: 'Neutraal: meer kan ook betere opsporing of meldingsbereidheid betekenen.',
  },
  summary: {
    latest: (area, period, value, provisional) =>
      `In ${period}: ${value} in ${area}${provisional ? ` (${provisional} cijfer)` : ''}.`,
    previous: (phrase) => `Dat is ${phrase}.`,
    overall: (phrase) => `Over de hele reeks: ${phrase}.`,
    sinceBreak: (period, phrase) => `Sinds ${period} (na de trendbreuk): ${phrase}.`,
    comparisons: (period, list) => `Ter vergelijking in ${period}: ${list}.`,
    versus: (area, phrase) => `${area} ligt ${phrase}.`,
    versusEqual: (area, other) => `${area} verschilt niet significant van ${other}.`,
    comparisonsNotTested: (period, list) =>
      `Ter vergelijking in ${period}: ${list}; of de verschillen significant zijn, is niet getoetst.`,
    noData: (area) => `Voor ${area} zijn geen cijfers beschikbaar.`,
    laterMissing: (area, periods, status) => `Voor ${area} is in ${periods} geen cijfer beschikbaar (${status}).`,
  },
  notes: {
    gap: (status) => `${status}: de lijn is daar onderbroken`,
    ended: (status, line, ended, standsFor) =>
      `${status}: de lijn van ${line}${standsFor ? `, die hier voor ${standsFor} staat,` : ''} stopt daar; ${ended}`,
    begun: (status, line, begun, standsFor) =>
      `${status}: de lijn van ${line}${standsFor ? `, die hier voor ${standsFor} staat,` : ''} begint pas daarna; ${begun}`,
    band: (area) => `Band: 95\u00a0%-betrouwbaarheidsmarge van ${area}.`,
    errorBars: 'Foutbalken: 95\u00a0%-betrouwbaarheidsmarge van het cijfer van elke staaf.',
    seriesBreak: (period, reason, areas) => `Trendbreuk ${period}${areas ? ` (${areas})` : ''}: ${reason}`,
    seriesBreakSee: (period, notes, count) => `Trendbreuk ${period}, zie ${count === 1 ? 'noot' : 'noten'} ${notes}`,
    valueNoteSee: (periods, count, note) => `${count === 1 ? 'Cijfer' : 'Cijfers'} ${periods}, zie noot ${note}`,
    specialPeriod: (periods, label, reason) => `Bijzondere periode ${periods} (${label})${reason ? `: ${reason}` : ''}`,
    specialPeriodSentence: (periods, count, range, label) =>
      `${count === 0 ? 'Eerdere cijfers van de reeks vallen' : count === 1 ? `Het cijfer van ${periods} valt` : `De cijfers van ${periods} vallen`} in de bijzondere periode ${range} (${label}).`,
    point: (area, period, note) => `${area}, ${period}: ${note}`,
  },
  downloads: {
    label: 'Download',
    csv: 'CSV',
    png: 'PNG',
    svg: 'SVG',
    describe: (format) => `Download als ${format}`,
  },
  csv: { value: 'Waarde', status: 'Status', margin: 'Marge (95 %)', note: 'Noot' },
  table: {
    caption: (title, area) => `${title}, ${area}`,
    note: 'noot',
    period: 'Periode',
    area: 'Gebied',
    show: 'Toon tabel',
    hide: 'Verberg tabel',
  },
  chartLabel: (title, area) => `Grafiek: ${title}, ${area}`,
  chart: {
    legend: 'Legenda',
    keys: 'Pijltjestoetsen: door de cijfers (links en rechts: perioden, op en neer: lijnen of gebieden). Home en End: eerste en laatste. Escape: stoppen.',
    point: (series, period, value, unit, details) =>
      `${series}, ${period}: ${[value, unit, details.length ? `(${details.join('; ')})` : ''].filter(Boolean).join(' ')}`,
  },
  margin: 'marge',
  seriesBreak: 'Trendbreuk',
  sinceBreak: (period, phrase) => `sinds ${period} (na de trendbreuk): ${phrase}`,
  noFigureIn: (periods, status) => `${periods}: geen cijfer (${status})`,
  areaEnded: (area, level, since) => `${area} bestaat sinds ${since} niet meer als ${AREA_NOUN[level]}.`,
  areaBegun: (area, level, since) => `${area} bestaat sinds ${since} als ${AREA_NOUN[level]}.`,
  rangeMissing: (from, to, shown, reason) =>
    `Geen cijfers ${from && to ? `van „${from}” tot en met „${to}”` : from ? `vanaf „${from}”` : `tot en met „${to}”`}${reason ? `: ${reason} U` : '; u'} ziet de hele reeks, ${shown}.`,
  periodMissing: (asked, shown) =>
    `Geen cijfers voor periode „${asked}”; u ziet ${shown}, de laatste periode met cijfers.`,
  highlightAbsent: {
    begun: (area, level, period, since) =>
      `${area} komt in ${period} niet voor: ${THE[level]} bestaat pas sinds ${since}.`,
    ended: (area, level, period, since) =>
      `${area} komt in ${period} niet voor: ${THE[level]} is per ${since} opgeheven.`,
    endedSince: (area, level, period, since) =>
      `${area} staat niet op de kaart van ${period}: de kaart toont de ${AREAS_NOUN[level]} van nu, en ${THE[level]} is per ${since} opgeheven.`,
    formedFrom: (level, names, count, all) =>
      all
        ? `U ziet ${count === 1 ? THE[level] : `de ${AREAS_NOUN[level]}`} waaruit ${IT[level]} is gevormd: ${names}.`
        : `Van de ${AREAS_NOUN[level]} waaruit ${IT[level]} is gevormd, ziet u ${names}.`,
    wentInto: (level, names, count, whole) =>
      whole
        ? `U ziet ${THE[level]} waarin ${IT[level]} is opgegaan: ${names}.`
        : count === 1
          ? `U ziet ${THE[level]} ${names}, waarin ${IT[level]} geheel of voor een deel is opgegaan.`
          : `U ziet de ${AREAS_NOUN[level]} ${names}, die elk een deel ervan hebben gekregen.`,
  },
  compare: {
    areasOf: (level, parent) => (level === 'district' ? `Districten van ${parent}` : `Gemeenten in ${parent}`),
    partialGroup: (group, scope) => `${group} (${scope ? `alleen die in ${scope}` : 'alleen een deel'})`,
    partialGroupNote: (group, scope) =>
      `${scope ? `Alleen de gemeenten in ${scope} zijn getoond` : 'Alleen een deel van de gemeenten is getoond'}; het cijfer van de groep geldt voor alle ${group}.`,
    period: 'Periode',
    area: 'Gebied',
    margin: 'Marge (95\u00a0%)',
    changeSince: (period) => `Verschil met ${period}`,
    sort: { label: 'Volgorde', fixed: 'Vaste volgorde', value: 'Hoogste eerst', name: 'Op naam' },
    chartLabel: (title, areas, period) => `Staafdiagram: ${title}, ${areas}, ${period}`,
    keys: 'Pijltjestoetsen: door de gebieden, in de volgorde van de staven. Home en End: eerste en laatste. Escape: stoppen.',
    reference: (area, value) => `${area}: ${value}`,
    noAreaData: (level) =>
      level === 'district'
        ? 'Voor deze indicator bestaan geen cijfers per district.'
        : 'Voor deze indicator bestaan geen cijfers per gemeente.',
    nationalOnly: (area, value, period, provisional) =>
      `Alleen het landelijke cijfer is beschikbaar: ${value} in ${area} in ${period}${provisional ? ` (${provisional} cijfer)` : ''}.`,
    higherLevel: (area, value, period, provisional) =>
      `Het cijfer van ${area} is wel beschikbaar: ${value} in ${period}${provisional ? ` (${provisional} cijfer)` : ''}.`,
    opvallendheden: 'Opvallendheden',
    notShared: 'alleen binnen het district',
    highlighted: 'gemarkeerd',
    significant: 'significant',
    notSignificant: 'niet significant',
    notTested: 'niet getoetst',
    summary: {
      range: (period, lowest, highest) => `In ${period} lagen de cijfers tussen ${lowest} en ${highest}.`,
      // The feed's words are named beside the figures, never inflected: a plural made from them
      // goes wrong ("aandeels", "de het rapportcijfers").
      rangeOf: (period, words, lowest, highest) =>
        `In ${period} lagen de cijfers (${words}) tussen ${lowest} en ${highest}.`,
      allEqual: (period, value, complete, level) => {
        const areas = level === 'district' ? 'districten' : level === 'gemeente' ? 'gemeenten' : 'gebieden';
        return complete
          ? `In ${period} hadden alle ${areas} hetzelfde cijfer: ${value}.`
          : `In ${period} hadden alle ${areas} met een cijfer dezelfde waarde: ${value}.`;
      },
      notSignificant: 'Het hoogste en het laagste cijfer verschillen niet significant.',
      notTested: 'Of het hoogste en het laagste cijfer significant verschillen, is niet getoetst.',
      versus: (area, value, relation, reference, referenceValue) =>
        `${area} (${value}) ${relation} ${reference} (${referenceValue}).`,
      versusNotTested: (area, value, reference, referenceValue) =>
        `Het verschil tussen ${area} (${value}) en ${reference} (${referenceValue}) is niet getoetst.`,
      versusFewCases: (area, value, reference, referenceValue, threshold) =>
        `Het cijfer van ${area} (${value}) berust op minder dan ${threshold} gevallen, te weinig om het hoger of lager te noemen dan ${reference} (${referenceValue}).`,
      relation: {
        up: 'ligt hoger dan',
        down: 'ligt lager dan',
        same: 'ligt even hoog als',
        notSignificant: 'verschilt niet significant van',
      },
      fewCases: (extremes, threshold) =>
        extremes === 'both'
          ? `Het hoogste en het laagste cijfer berusten op minder dan ${threshold} gevallen.`
          : `Het ${extremes === 'highest' ? 'hoogste' : 'laagste'} cijfer berust op minder dan ${threshold} gevallen.`,
      missing: (areas, status) => `Voor ${areas} is geen cijfer beschikbaar (${status}).`,
      provisional: (period, symbol, status) => `De cijfers voor ${period} met een ${symbol} zijn ${status}.`,
    },
  },
  picker: {
    label: 'Gebied',
    choose: 'Kies een gebied',
    groups: { land: 'Nederland', eenheid: 'Eenheid', district: 'Districten' },
    gemeentenIn: (district) => `Gemeenten in ${district}`,
    ended: (area, since) => `${area} (opgeheven per ${since})`,
  },
  theme: {
    subtitle: (area, count) => `${area} · ${count} ${count === 1 ? 'indicator' : 'indicatoren'}`,
    fallback: (shown, status) => `Geen eigen cijfer${status ? ` (${status})` : ''}; ${shown} getoond`,
    margin: (margin) => `marge ${margin} (95\u00a0%)`,
  },
  judgement: { favourable: 'gunstig', unfavourable: 'ongunstig' },
  fair: {
    measureLabel: 'Toon als',
    count: 'Aantal',
    rate: (unit) => unit.charAt(0).toUpperCase() + unit.slice(1),
    scaleLabel: 'Schaal',
    values: 'Waarden',
    index: (base) => `Index (${base} = 100)`,
    indexUnit: (base) => `index, ${base} = 100`,
    indexInSentence: (base) => `{value} (index, ${base} = 100)`,
    indexProblem: (area, base, reason) =>
      `Voor ${area} is geen index te berekenen: ${
        {
          suppressed: `het cijfer van ${base} is geheim (x)`,
          'no-data': `voor ${base} is geen cijfer beschikbaar`,
          nil: `het cijfer van ${base} is nihil, en een index op 0 bestaat niet`,
          'not-applicable': `een cijfer voor ${base} is niet van toepassing`,
          'few-cases': `het cijfer van ${base} berust op minder dan ${SMALL_COUNT} gevallen`,
        }[reason]
      }. Kies een andere basisperiode.`,
    indexNote: (base) => `Index: elke lijn staat op 100 in ${base}.`,
    noIndex: (side) => `geen index ${side === 'after' ? 'na' : 'vóór'} de trendbreuk`,
    noIndexNote: (side, base) =>
      `Geen index ${side === 'after' ? 'na' : 'vóór'} de trendbreuk: het cijfer bestaat, maar ligt aan de andere kant van de trendbreuk dan ${base}`,
    groupInSentence: (name) => inSentence(name),
    group: (names, rule) => `Ter vergelijking: ${names} (${rule}).`,
    groupMembers: (rule) => `Vergelijkbare gemeenten: ${rule}.`,
    periodsLabel: 'Periode',
    from: 'Van',
    to: 'Tot en met',
  },
  citation: {
    button: 'Citeer',
    describe: (title) => `Citeer: bronvermelding van ${title} kopiëren`,
    copied: 'Bronvermelding gekopieerd',
    copyManually:
      'Kopiëren lukte niet vanzelf: de tekst staat geselecteerd, kopieer hem met Ctrl+C (Cmd+C op een Mac).',
    textLabel: 'Bronvermelding',
    table: ({ id, title }) => `tabel ${id ? `${id} ` : ''}“${title}”`,
    source: (name, table, published, nextUpdate) =>
      `Bron: ${[name, table, published ? `gepubliceerd ${published}` : ''].filter(Boolean).join(', ')}` +
      `${nextUpdate ? `; volgende publicatie verwacht ${nextUpdate}` : ''}.`,
    provisional: (periods, status) => `De cijfers van ${periods} zijn ${status} en kunnen nog wijzigen.`,
    provisionalOf: (periods, areas, count, status) =>
      count === 1
        ? `Het cijfer van ${areas} over ${periods} is ${status} en kan nog wijzigen.`
        : `De cijfers van ${areas} over ${periods} zijn ${status} en kunnen nog wijzigen.`,
    feed: (title, publisher, date) => `Uit: ${title}, ${publisher}, stand ${date}.`,
    link: (url) => `Link: ${url}`,
    sourceDetail: (table, published) =>
      [table, published ? `gepubliceerd ${published}` : ''].filter(Boolean).join(', '),
  },
};

/** Dutch: complete once the modules that read `ReadByFew` have added their words (`addDutch`). */
export const nl = nlCore as Strings;

/** Adds Dutch words that travel with the elements reading them; the same words twice change nothing. */
export function addDutch(words: Partial<Pick<Strings, ReadByFew>>): void {
  Object.assign(nl, words);
}

/** Dictionaries beside Dutch, registered when loaded (`loadStrings`), so a Dutch page never downloads them. */
const loaded: Partial<Record<Lang, Strings>> = { nl };
const loading = new Map<Lang, Promise<void>>();

/** A language tag's language: `nl` for `nl-NL`. */
export const languageOf = (tag: string): string => tag.split('-')[0]!.toLowerCase();

/** The language a tag (`nl`, `nl-BE`, `en-GB`, …) asks for; Dutch for anything else. */
export const langOf = (lang: string | null | undefined): Lang => (lang?.toLowerCase().startsWith('en') ? 'en' : 'nl');

/** Whether the dictionary a tag asks for is there (`stringsFor` gives it, not Dutch in its place). */
export const hasStrings = (lang: string | null | undefined): boolean => loaded[langOf(lang)] !== undefined;

/** Makes a dictionary available to `stringsFor`. */
export function registerStrings(lang: Lang, strings: Strings): void {
  loaded[lang] = strings;
}

/**
 * Loads the dictionary a tag asks for, once per page. Never fails: without it, text stays Dutch
 * (a failed load is retried next time).
 */
export function loadStrings(lang: string | null | undefined): Promise<void> {
  const wanted = langOf(lang);
  if (loaded[wanted]) return Promise.resolve();
  let pending = loading.get(wanted);
  if (!pending) {
    pending = import('./en.js').then(
      ({ en }) => registerStrings('en', en),
      () => void loading.delete(wanted),
    );
    loading.set(wanted, pending);
  }
  return pending;
}

/**
 * The dictionary for a language tag; Dutch for anything else, and until the asked language is
 * loaded (`loadStrings`).
 */
export function stringsFor(lang: string | null | undefined): Strings {
  return loaded[langOf(lang)] ?? nl;
}
