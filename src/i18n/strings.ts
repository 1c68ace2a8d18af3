/**
 * Every piece of UI text, in Dutch (the default) and English. Hosts may override any entry per
 * element through the `strings` property.
 */
import type { ErrorKind } from '../feed/errors.js';
import type { AreaLevel, Indicator, ValueStatus } from '../feed/schema.js';

type Frequency = Indicator['frequency'];
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

export interface Strings {
  locale: string;
  loading: string;
  errors: Record<ErrorKind, string>;
  errorDetails: string;
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
  inText: { halfYear: (half: number, year: string) => string; quarter: (quarter: number, year: string) => string };
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
   */
  fallback: (asked: string, shown: string, level?: AreaLevel) => string;
  /** An area's name with its level where the name does not say it: `district De Baronie`. */
  levelName: (name: string, level: AreaLevel) => string;
  /** An area with its value in a sentence, and the period when it differs: `Nederland (1,4 in 2024)`. */
  areaValue: (area: string, value: string, period?: string) => string;
  /** Added to the name of a series that stands in for the asked area: `Nederland (landelijke trend)`. */
  fallbackLabel: (level: AreaLevel) => string;
  publisher: string;
  /** After a duiding's author and date: what it is about, when that is another area. */
  duidingAbout: (area: string) => string;
  /** The short error line for an unknown id, naming it. */
  unknownId: { 'unknown-indicator': (id: string) => string; 'unknown-area': (id: string) => string };
  /**
   * A change against a reference (a period or an area, as `words.against` says); `delta` is
   * unsigned, the word gives the direction.
   */
  change: {
    up: (delta: string, reference: string, significant: boolean, words: ChangeWords) => string;
    down: (delta: string, reference: string, significant: boolean, words: ChangeWords) => string;
    same: (reference: string, words: ChangeWords) => string;
    notSignificant: (reference: string, words: ChangeWords) => string;
    /** After a survey difference whose significance is unknown. */
    notTested: string;
    /** Instead of a percentage, for small counts: `van 2 naar 4`. */
    fromTo: (from: string, to: string) => string;
    percentagePoints: string;
  };
  polarity: { 'higher-is-worse': string; 'higher-is-better': string; neutral: string };
  summary: {
    /** The latest value in the indicator's words: `In 2025: 36 drugsafvaldumpingen in Breda.` */
    latest: (area: string, period: string, value: string, provisional: boolean) => string;
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
  };
  /** Lines under the chart that explain its marks. */
  notes: {
    /** After the legend entry of a status that leaves a gap: `x geheim: de lijn is daar onderbroken`. */
    gap: (status: string) => string;
    band: (area: string) => string;
    seriesBreak: (period: string, reason: string) => string;
    /** A shaded period: `Bijzondere periode 2020–2021 (Corona): …`. */
    specialPeriod: (periods: string, label: string, reason?: string) => string;
    point: (area: string, period: string, note: string) => string;
  };
  downloads: { label: string; csv: string; png: string; svg: string; describe: (format: string) => string };
  csv: { value: string; status: string; margin: string; note: string };
  table: {
    caption: (title: string, area: string) => string;
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
  /** `<miv-district-compare>`: areas side by side for one period. */
  compare: {
    /** Heading over the bars: `Districten van Eenheid Zeeland-West-Brabant`, `Gemeenten in De Baronie`. */
    areasOf: (level: 'district' | 'gemeente', parent: string) => string;
    period: string;
    area: string;
    margin: string;
    changeSince: (period: string) => string;
    /** The picker of the order of the bars, and each order's name. */
    sort: { label: string; fixed: string; value: string; name: string };
    chartLabel: (title: string, areas: string, period: string) => string;
    reference: (area: string, value: string) => string;
    noAreaData: (level: 'district' | 'gemeente') => string;
    nationalOnly: (area: string, value: string, period: string) => string;
    /** The nearest higher level with a figure, when that is not Nederland. */
    higherLevel: (area: string, value: string, period: string) => string;
    opvallendheden: string;
    notShared: string;
    highlighted: string;
    notSignificant: string;
    notTested: string;
    summary: {
      /** The spread of the values, without naming areas: the comparison is no league table. */
      range: (period: string, lowest: string, highest: string) => string;
      allEqual: (period: string, value: string) => string;
      notSignificant: string;
      notTested: string;
      versus: (area: string, value: string, relation: string, reference: string, referenceValue: string) => string;
      versusNotTested: (area: string, value: string, reference: string, referenceValue: string) => string;
      relation: { up: string; down: string; same: string; notSignificant: string };
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
    summary: {
      /** `In 2025 het hoogst in Breda (45,3 per 1.000 inwoners) en het laagst in Zundert (12,1).` */
      extremes: (period: string, highest: string, lowest: string) => string;
      allEqual: (period: string, value: string) => string;
      /** `2 gemeenten zonder cijfer: Veere (x geheim) en Goes (. gegevens ontbreken).` */
      without: (count: number, list: string) => string;
    };
  };
  /** `<miv-area-picker>`. */
  picker: {
    label: string;
    groups: { land: string; eenheid: string; district: string };
    gemeentenIn: (district: string) => string;
  };
  /** `<miv-theme>`. */
  theme: { subtitle: (area: string, count: number) => string; fallback: (shown: string) => string };
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
    indexProblem: (area: string, base: string, reason: 'suppressed' | 'no-data' | 'nil' | 'not-applicable') => string;
    /** A note under an index chart: what 100 means, and that nothing is indexed across a break. */
    indexNote: (base: string) => string;
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
    /** Each rule's name and its one-line explanation, built from the rule's threshold. */
    rules: Record<HighlightRule, { title: string; explain: (threshold: number, minCount: number) => string }>;
    /** `Woninginbraak in De Baronie: 2,7 woninginbraken per 1.000 inwoners in 2025, 0,4 lager dan in 2024 (−13 %)`. */
    finding: (indicator: string, area: string, value: string, period: string, phrase: string) => string;
    /** Appended for a trend reversal: `, na 3 dalingen op rij`. */
    afterRun: (run: number, direction: 'up' | 'down') => string;
  };
  /** `<miv-highlights shared>`: what the other districts shared, beside a district's own. */
  sharedHighlights: {
    title: string;
    intro: (district: string) => string;
    none: string;
  };
  /** `<miv-profile>`, the handout for the beleidsdialoog. */
  profile: {
    /** The default title: `Veiligheidsprofiel Breda`. */
    title: (area: string) => string;
    /** The line under the title: area, number of themes and indicators. */
    subtitle: (area: string, themes: number, indicators: number) => string;
    intro: string;
    print: string;
    contents: string;
    shared: string;
    sharedIntro: string;
    noneShared: string;
    /** `De Baronie, 12 mei 2026`: who shared an opvallendheid and when. */
    sharedBy: (district: string, date: string) => string;
    aboutRules: string;
    /** The page number in the printed header; `{page}` and `{pages}` become the numbers. */
    pageNumber: string;
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
    /** `Bron: …` line; `table` and the dates only when the feed has them. */
    source: (name: string, table?: string, published?: string, nextUpdate?: string) => string;
    /** `Uit: Monitor …, uitgever, stand 15 juni 2026.` */
    feed: (title: string, publisher: string, date: string) => string;
    link: (url: string) => string;
    /** After the source in a figure's footer: `tabel 83648NED, gepubliceerd 24 april 2026`. */
    sourceDetail: (table?: string, published?: string) => string;
  };
  /** `<miv-sources>`. */
  sources: {
    title: string;
    count: (n: number) => string;
    theme: string;
    allThemes: string;
    none: string;
    indicators: string;
    publisher: string;
    table: string;
    lowestLevel: string;
    frequency: string;
    published: string;
    nextUpdate: string;
    contact: string;
    links: string;
    /** For a date the feed does not give. */
    unknown: string;
    levels: Record<AreaLevel, string>;
    frequencies: Record<Frequency, string>;
  };
}

/**
 * A reference after "dan", "als", "than": a period takes "in" (`lager dan in 2024`, `lower than in
 * 2024`), an area does not (`lager dan Nederland`). Dutch and English agree here.
 */
const than = (reference: string, { against }: ChangeWords) => (against === 'period' ? `in ${reference}` : reference);

/** A group's name inside a sentence: `Gemeenten met …` → `gemeenten met …`; other names keep their capital. */
const inSentence = (name: string) =>
  /^(Gemeenten|Municipalities)\b/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;

const nl: Strings = {
  locale: 'nl-NL',
  loading: 'Gegevens laden…',
  errors: {
    'no-src': 'Er is geen gegevensbron opgegeven (het attribuut src ontbreekt).',
    network: 'De gegevens konden niet worden opgehaald. Controleer de verbinding.',
    http: 'De gegevensbron gaf een fout.',
    timeout: 'De gegevensbron antwoordt niet op tijd.',
    'not-json': 'De gegevensbron bevat geen leesbare gegevens.',
    truncated: 'De gegevensbron is maar half aangekomen; de gegevens zijn afgebroken.',
    schema: 'De gegevensbron klopt niet met het afgesproken formaat.',
    version: 'Deze versie van de gegevensbron wordt (nog) niet ondersteund.',
    'unknown-indicator': 'Indicator niet gevonden.',
    'unknown-area': 'Gebied niet gevonden.',
    'no-data': 'Voor deze keuze zijn geen cijfers beschikbaar.',
    chart: 'De grafiek kon niet worden getekend; de cijfers staan in de tabel.',
    'unknown-theme': 'Thema niet gevonden.',
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
  },
  source: 'Bron',
  unit: 'Eenheid',
  definition: 'Toelichting',
  updated: 'Stand',
  instruments: 'Zie ook',
  sample: 'Fictieve voorbeelddata',
  duiding: 'Duiding',
  fallback: (asked, shown, level) =>
    level === 'land'
      ? `Voor ${asked} is geen cijfer beschikbaar; u ziet het landelijke cijfer (${shown}).`
      : `Voor ${asked} is geen cijfer beschikbaar; u ziet het cijfer van ${shown}.`,
  levelName: (name, level) =>
    (level === 'district' || level === 'eenheid') && !name.toLowerCase().startsWith(level) ? `${level} ${name}` : name,
  areaValue: (area, value, period) => `${area} (${value}${period ? ` in ${period}` : ''})`,
  fallbackLabel: (level) =>
    ({ land: 'landelijke trend', eenheid: 'cijfer eenheid', district: 'districtscijfer', gemeente: 'gemeentecijfer' })[
      level
    ],
  publisher: 'Uitgever',
  duidingAbout: (area) => `over ${area}`,
  unknownId: {
    'unknown-indicator': (id) => `Indicator „${id}” niet gevonden.`,
    'unknown-area': (id) => `Gebied „${id}” niet gevonden.`,
  },
  change: {
    up: (delta, reference, significant, words) =>
      `${delta} ${significant ? 'significant ' : ''}${words.count ? 'meer' : 'hoger'} dan ${than(reference, words)}`,
    down: (delta, reference, significant, words) =>
      `${delta} ${significant ? 'significant ' : ''}${words.count ? 'minder' : 'lager'} dan ${than(reference, words)}`,
    same: (reference, words) => `${words.count ? 'evenveel' : 'even hoog'} als ${than(reference, words)}`,
    notSignificant: (reference, words) => `niet significant anders dan ${than(reference, words)}`,
    notTested: 'niet getoetst',
    fromTo: (from, to) => `van ${from} naar ${to}`,
    percentagePoints: 'procentpunt',
  },
  polarity: {
    'higher-is-worse': 'Lager is gunstiger.',
    'higher-is-better': 'Hoger is gunstiger.',
    neutral: 'Neutraal: meer kan ook betere opsporing of meldingsbereidheid betekenen.',
  },
  summary: {
    latest: (area, period, value, provisional) =>
      `In ${period}: ${value} in ${area}${provisional ? ' (voorlopig cijfer)' : ''}.`,
    previous: (phrase) => `Dat is ${phrase}.`,
    overall: (phrase) => `Over de hele reeks: ${phrase}.`,
    sinceBreak: (period, phrase) => `Sinds ${period} (na de trendbreuk): ${phrase}.`,
    comparisons: (period, list) => `Ter vergelijking in ${period}: ${list}.`,
    versus: (area, phrase) => `${area} ligt ${phrase}.`,
    versusEqual: (area, other) => `${area} verschilt niet significant van ${other}.`,
    comparisonsNotTested: (period, list) =>
      `Ter vergelijking in ${period}: ${list}; of de verschillen significant zijn, is niet getoetst.`,
    noData: (area) => `Voor ${area} zijn geen cijfers beschikbaar.`,
  },
  notes: {
    gap: (status) => `${status}: de lijn is daar onderbroken`,
    band: (area) => `Band: 95 %-betrouwbaarheidsmarge van ${area}.`,
    seriesBreak: (period, reason) => `Trendbreuk ${period}: ${reason}`,
    specialPeriod: (periods, label, reason) => `Bijzondere periode ${periods} (${label})${reason ? `: ${reason}` : ''}`,
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
  compare: {
    areasOf: (level, parent) => (level === 'district' ? `Districten van ${parent}` : `Gemeenten in ${parent}`),
    period: 'Periode',
    area: 'Gebied',
    margin: 'Marge (95 %)',
    changeSince: (period) => `Verschil met ${period}`,
    sort: { label: 'Volgorde', fixed: 'Vaste volgorde', value: 'Hoogste eerst', name: 'Op naam' },
    chartLabel: (title, areas, period) => `Staafdiagram: ${title}, ${areas}, ${period}`,
    reference: (area, value) => `${area}: ${value}`,
    noAreaData: (level) =>
      level === 'district'
        ? 'Voor deze indicator bestaan geen cijfers per district.'
        : 'Voor deze indicator bestaan geen cijfers per gemeente.',
    nationalOnly: (area, value, period) =>
      `Alleen het landelijke cijfer is beschikbaar: ${area} ${value} in ${period}.`,
    higherLevel: (area, value, period) => `Het cijfer voor ${area} is wel beschikbaar: ${value} in ${period}.`,
    opvallendheden: 'Opvallendheden',
    notShared: 'alleen binnen het district',
    highlighted: 'gemarkeerd',
    notSignificant: 'niet significant',
    notTested: 'niet getoetst',
    summary: {
      range: (period, lowest, highest) => `In ${period} lagen de cijfers tussen ${lowest} en ${highest}.`,
      allEqual: (period, value) => `In ${period} hadden alle gebieden hetzelfde cijfer: ${value}.`,
      notSignificant: 'De verschillen tussen de gebieden zijn niet significant.',
      notTested: 'Of de verschillen tussen de gebieden significant zijn, is niet getoetst.',
      versus: (area, value, relation, reference, referenceValue) =>
        `${area} (${value}) ${relation} ${reference} (${referenceValue}).`,
      versusNotTested: (area, value, reference, referenceValue) =>
        `Het verschil tussen ${area} (${value}) en ${reference} (${referenceValue}) is niet getoetst.`,
      relation: {
        up: 'ligt hoger dan',
        down: 'ligt lager dan',
        same: 'ligt even hoog als',
        notSignificant: 'verschilt niet significant van',
      },
      missing: (areas, status) => `Voor ${areas} is geen cijfer beschikbaar (${status}).`,
      provisional: (period, symbol, status) => `De cijfers voor ${period} met een ${symbol} zijn ${status}.`,
    },
  },
  map: {
    chartLabel: (title, areas, period) => `Kaart: ${title}, ${areas}, ${period}`,
    attribution: 'Kaartgrenzen: CBS en Kadaster (PDOK), vereenvoudigd',
    keys: 'Pijltjestoetsen: door de gemeenten, in de volgorde van de tabel. Home en End: eerste en laatste. Enter: kies de gemeente. Escape: stoppen.',
    countOnly: (title) =>
      `De kaart kleurt geen aantallen: een groot aantal in een grote gemeente zegt niet meer dan een klein aantal in een kleine. ${title} is een aantal; kies een cijfer per inwoner, een percentage of een enquêtecijfer, of vergelijk de gemeenten in de tabel.`,
    legend: 'Legenda',
    method: {
      equal: (step) => `Klassen van gelijke breedte (${step})`,
      quantile: 'Klassen met ongeveer even veel gemeenten (kwantielen), grenzen afgerond',
    },
    range: (from, to, last) => (last ? `${from} tot en met ${to}` : `${from} tot ${to}`),
    gemeenten: (count) => `${count} ${count === 1 ? 'gemeente' : 'gemeenten'}`,
    meaning: {
      worse: 'Hoe sterker de kleur, hoe hoger het cijfer; hoger is ongunstig.',
      better: 'Hoe sterker de kleur, hoe hoger het cijfer; hoger is gunstig.',
      neutral: 'Hoe sterker de kleur, hoe hoger het cijfer; hoger is niet beter of slechter.',
    },
    hatched: 'Gearceerd: geen cijfer',
    surveyMargins:
      'Enquêtecijfers hebben een foutmarge: twee gemeenten in verschillende klassen verschillen niet altijd significant. De tabel geeft de marges.',
    summary: {
      extremes: (period, highest, lowest) => `In ${period} het hoogst in ${highest} en het laagst in ${lowest}.`,
      allEqual: (period, value) => `In ${period} hadden alle gemeenten hetzelfde cijfer: ${value}.`,
      without: (count, list) => `${count} ${count === 1 ? 'gemeente' : 'gemeenten'} zonder cijfer: ${list}.`,
    },
  },
  picker: {
    label: 'Gebied',
    groups: { land: 'Nederland', eenheid: 'Eenheid', district: 'Districten' },
    gemeentenIn: (district) => `Gemeenten in ${district}`,
  },
  theme: {
    subtitle: (area, count) => `${area} · ${count} ${count === 1 ? 'indicator' : 'indicatoren'}`,
    fallback: (shown) => `Geen eigen cijfer; ${shown} getoond`,
  },
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
        }[reason]
      }. Kies een andere basisperiode.`,
    indexNote: (base) => `Index: elke lijn staat op 100 in ${base}. Cijfers van vóór een trendbreuk hebben geen index.`,
    groupInSentence: (name) => inSentence(name),
    group: (names, rule) => `Ter vergelijking: ${names} (${rule}).`,
    groupMembers: (rule) => `Vergelijkbare gemeenten: ${rule}.`,
    periodsLabel: 'Periode',
    from: 'Van',
    to: 'Tot en met',
  },
  highlights: {
    title: 'Opvallendheden',
    district: 'District',
    allDistricts: 'Alle districten',
    theme: 'Thema',
    allThemes: 'Alle thema’s',
    authored: 'Door de districten gesignaleerd',
    authoredIntro: 'Geschreven en geduid door de districten zelf.',
    noneAuthored: 'Geen opvallendheden van de districten voor deze keuze.',
    shared: 'gedeeld met alle districten',
    notShared: 'alleen binnen het district',
    indicators: 'Indicatoren',
    detected: 'Automatisch gevonden in de cijfers',
    detectedIntro: 'Gevonden met een vaste rekenregel, zonder duiding: een aanleiding om te bespreken, geen conclusie.',
    noneDetected: 'Geen cijfers die volgens de rekenregels opvallen.',
    byRule: 'Rekenregel',
    open: 'Bekijk',
    rules: {
      'largest-change': {
        title: 'Grootste veranderingen',
        explain: (pct, min) =>
          `Het laatste cijfer ligt minstens ${pct} % hoger of lager dan de periode ervoor (enquêtecijfers: alleen een significant verschil; aantallen pas vanaf ${min}; niet over een trendbreuk heen).`,
      },
      'far-from-national': {
        title: 'Ver van het landelijke cijfer',
        explain: (pct) =>
          `Het laatste cijfer ligt minstens ${pct} % boven of onder dat van Nederland in dezelfde periode (enquêtecijfers: alleen een verschil dat de bron significant noemt; aantallen tellen niet mee).`,
      },
      'trend-reversal': {
        title: 'Omslag in de trend',
        explain: (run, min) =>
          `Het laatste cijfer gaat de andere kant op na ${run} stijgingen of ${run} dalingen op rij (aantallen pas vanaf ${min}).`,
      },
    },
    finding: (indicator, area, value, period, phrase) => `${indicator} in ${area}: ${value} in ${period}, ${phrase}`,
    afterRun: (run, direction) => `, na ${run} ${direction === 'up' ? 'stijgingen' : 'dalingen'} op rij`,
  },
  sharedHighlights: {
    title: 'Gedeeld door andere districten',
    intro: (district) => `Wat de andere districten met alle partners delen, naast die van ${district}.`,
    none: 'De andere districten hebben voor deze keuze niets gedeeld.',
  },
  profile: {
    title: (area) => `Veiligheidsprofiel ${area}`,
    subtitle: (area, themes, indicators) =>
      `${area} · ${themes} ${themes === 1 ? 'thema' : 'thema’s'} · ${indicators} ${indicators === 1 ? 'indicator' : 'indicatoren'}`,
    intro:
      'Per thema elke indicator met het laatste cijfer, de ontwikkeling, de duiding van de partners en wat de rekenregels opvalt; daarna de opvallendheden die de districten met elkaar delen.',
    print: 'Afdrukken / PDF',
    contents: 'Thema’s in dit profiel',
    shared: 'Gedeeld door de districten',
    sharedIntro: 'Opvallendheden die de districten met elkaar delen, over indicatoren van dit thema.',
    noneShared: 'De districten delen geen opvallendheden over dit thema.',
    sharedBy: (district, date) => `${district}, ${date}`,
    aboutRules: 'Over de rekenregels',
    pageNumber: 'Pagina {page} van {pages}',
  },
  citation: {
    button: 'Citeer',
    describe: (title) => `Citeer: bronvermelding van ${title} kopiëren`,
    copied: 'Bronvermelding gekopieerd',
    copyManually:
      'Kopiëren lukte niet vanzelf: de tekst staat geselecteerd, kopieer hem met Ctrl+C (Cmd+C op een Mac).',
    textLabel: 'Bronvermelding',
    source: (name, table, published, nextUpdate) =>
      `Bron: ${[name, table ? `tabel ${table}` : '', published ? `gepubliceerd ${published}` : ''].filter(Boolean).join(', ')}` +
      `${nextUpdate ? `; volgende update verwacht ${nextUpdate}` : ''}.`,
    feed: (title, publisher, date) => `Uit: ${title}, ${publisher}, stand ${date}.`,
    link: (url) => `Link: ${url}`,
    sourceDetail: (table, published) =>
      [table ? `tabel ${table}` : '', published ? `gepubliceerd ${published}` : ''].filter(Boolean).join(', '),
  },
  sources: {
    title: 'Bronnen',
    count: (n) => `${n} ${n === 1 ? 'bron' : 'bronnen'}`,
    theme: 'Thema',
    allThemes: 'Alle thema’s',
    none: 'Geen bronnen voor dit thema.',
    indicators: 'Indicatoren',
    publisher: 'Uitgever',
    table: 'Tabel',
    lowestLevel: 'Laagste niveau',
    frequency: 'Frequentie',
    published: 'Laatste update',
    nextUpdate: 'Volgende update verwacht',
    contact: 'Contact',
    links: 'Links',
    unknown: 'niet bekend',
    levels: { land: 'Nederland', eenheid: 'eenheid', district: 'district', gemeente: 'gemeente' },
    frequencies: {
      jaar: 'jaarlijks',
      halfjaar: 'per halfjaar',
      kwartaal: 'per kwartaal',
      tweejaarlijks: 'om de twee jaar',
      onregelmatig: 'onregelmatig',
    },
  },
};

const en: Strings = {
  locale: 'en-GB',
  loading: 'Loading data…',
  errors: {
    'no-src': 'No data source was given (the src attribute is missing).',
    network: 'The data could not be fetched. Check the connection.',
    http: 'The data source returned an error.',
    timeout: 'The data source did not answer in time.',
    'not-json': 'The data source does not contain readable data.',
    truncated: 'The data source arrived only in part; the data are cut off.',
    schema: 'The data source does not match the agreed format.',
    version: 'This version of the data source is not supported (yet).',
    'unknown-indicator': 'Indicator not found.',
    'unknown-area': 'Area not found.',
    'no-data': 'No figures are available for this choice.',
    chart: 'The chart could not be drawn; the figures are in the table.',
    'unknown-theme': 'Theme not found.',
  },
  errorDetails: 'Details',
  httpError: (status) =>
    status === 404
      ? 'The data source was not found (error 404).'
      : status >= 500
        ? `The data source's server has a fault (error ${status}).`
        : `The data source refuses the request (error ${status}).`,
  stale: (date) => `Out of date — as of ${date}. The current data could not be loaded.`,
  status: {
    definitive: 'definitive',
    provisional: 'provisional',
    'revised-provisional': 'revised provisional',
    suppressed: 'confidential',
    'not-applicable': 'not applicable',
    'no-data': 'data not available',
    nil: 'nil',
  },
  statusSymbol: nl.statusSymbol,
  blankSymbol: '(blank)',
  halfYear: (half, year) => `${half === 1 ? 'first' : 'second'} half of ${year}`,
  quarter: (quarter, year) => `Q${quarter} ${year}`,
  unitPer: { H: 'per half-year', Q: 'per quarter' },
  inText: {
    halfYear: (half, year) => `the ${half === 1 ? 'first' : 'second'} half of ${year}`,
    quarter: (quarter, year) => `Q${quarter} ${year}`,
  },
  source: 'Source',
  unit: 'Unit',
  definition: 'Definition',
  updated: 'Updated',
  instruments: 'See also',
  sample: 'Fictitious sample data',
  duiding: 'Interpretation',
  fallback: (asked, shown, level) =>
    level === 'land'
      ? `No figure is available for ${asked}; the national figure (${shown}) is shown instead.`
      : `No figure is available for ${asked}; the figure for ${shown} is shown instead.`,
  levelName: (name, level) =>
    level === 'district' && !/district/i.test(name)
      ? `the ${name} district`
      : level === 'eenheid' && !/eenheid|police unit/i.test(name)
        ? `the ${name} police unit`
        : name,
  areaValue: nl.areaValue,
  fallbackLabel: (level) =>
    ({
      land: 'national trend',
      eenheid: 'police unit figure',
      district: 'district figure',
      gemeente: 'municipal figure',
    })[level],
  publisher: 'Publisher',
  duidingAbout: (area) => `about ${area}`,
  unknownId: {
    'unknown-indicator': (id) => `Indicator “${id}” not found.`,
    'unknown-area': (id) => `Area “${id}” not found.`,
  },
  change: {
    up: (delta, reference, significant, words) =>
      `${delta} ${significant ? 'significantly ' : ''}${words.count ? 'more' : 'higher'} than ${than(reference, words)}`,
    down: (delta, reference, significant, words) =>
      `${delta} ${significant ? 'significantly ' : ''}${words.count ? 'fewer' : 'lower'} than ${than(reference, words)}`,
    same: (reference, words) => `${words.count ? 'as many as' : 'the same as'} ${than(reference, words)}`,
    notSignificant: (reference) => `not significantly different from ${reference}`,
    notTested: 'not tested',
    fromTo: (from, to) => `from ${from} to ${to}`,
    percentagePoints: 'percentage points',
  },
  polarity: {
    'higher-is-worse': 'Lower is better.',
    'higher-is-better': 'Higher is better.',
    neutral: 'Neutral: more can also mean better detection or willingness to report.',
  },
  summary: {
    latest: (area, period, value, provisional) =>
      `In ${period}: ${value} in ${area}${provisional ? ' (provisional figure)' : ''}.`,
    previous: (phrase) => `That is ${phrase}.`,
    overall: (phrase) => `Over the whole series: ${phrase}.`,
    sinceBreak: (period, phrase) => `Since ${period} (after the series break): ${phrase}.`,
    comparisons: (period, list) => `For comparison, in ${period}: ${list}.`,
    versus: (area, phrase) => `${area} is ${phrase}.`,
    versusEqual: (area, other) => `${area} does not differ significantly from ${other}.`,
    comparisonsNotTested: (period, list) =>
      `For comparison, in ${period}: ${list}; whether the differences are significant has not been tested.`,
    noData: (area) => `No figures are available for ${area}.`,
  },
  notes: {
    gap: (status) => `${status}: the line has a gap there`,
    band: (area) => `Band: 95% confidence margin of ${area}.`,
    seriesBreak: (period, reason) => `Series break ${period}: ${reason}`,
    specialPeriod: (periods, label, reason) => `Special period ${periods} (${label})${reason ? `: ${reason}` : ''}`,
    point: (area, period, note) => `${area}, ${period}: ${note}`,
  },
  downloads: {
    label: 'Download',
    csv: 'CSV',
    png: 'PNG',
    svg: 'SVG',
    describe: (format) => `Download as ${format}`,
  },
  csv: { value: 'Value', status: 'Status', margin: 'Margin (95%)', note: 'Note' },
  table: {
    caption: (title, area) => `${title}, ${area}`,
    period: 'Period',
    area: 'Area',
    show: 'Show table',
    hide: 'Hide table',
  },
  chartLabel: (title, area) => `Chart: ${title}, ${area}`,
  chart: {
    legend: 'Legend',
    keys: 'Arrow keys: move through the figures (left and right: periods, up and down: lines or areas). Home and End: first and last. Escape: stop.',
    point: (series, period, value, unit, details) =>
      `${series}, ${period}: ${[value, unit, details.length ? `(${details.join('; ')})` : ''].filter(Boolean).join(' ')}`,
  },
  margin: 'margin',
  seriesBreak: 'Series break',
  sinceBreak: (period, phrase) => `since ${period} (after the series break): ${phrase}`,
  compare: {
    areasOf: (level, parent) => (level === 'district' ? `Districts of ${parent}` : `Municipalities in ${parent}`),
    period: 'Period',
    area: 'Area',
    margin: 'Margin (95%)',
    changeSince: (period) => `Change since ${period}`,
    sort: { label: 'Order', fixed: 'Fixed order', value: 'Highest first', name: 'By name' },
    chartLabel: (title, areas, period) => `Bar chart: ${title}, ${areas}, ${period}`,
    reference: (area, value) => `${area}: ${value}`,
    noAreaData: (level) =>
      level === 'district'
        ? 'There are no figures per district for this indicator.'
        : 'There are no figures per municipality for this indicator.',
    nationalOnly: (area, value, period) => `Only the national figure is available: ${area} ${value} in ${period}.`,
    higherLevel: (area, value, period) => `The figure for ${area} is available: ${value} in ${period}.`,
    opvallendheden: 'Notable findings',
    notShared: 'within the district only',
    highlighted: 'highlighted',
    notSignificant: 'not significant',
    notTested: 'not tested',
    summary: {
      range: (period, lowest, highest) => `In ${period} the figures lay between ${lowest} and ${highest}.`,
      allEqual: (period, value) => `In ${period} all areas had the same figure: ${value}.`,
      notSignificant: 'The differences between the areas are not significant.',
      notTested: 'Whether the differences between the areas are significant has not been tested.',
      versus: (area, value, relation, reference, referenceValue) =>
        `${area} (${value}) ${relation} ${reference} (${referenceValue}).`,
      versusNotTested: (area, value, reference, referenceValue) =>
        `The difference between ${area} (${value}) and ${reference} (${referenceValue}) has not been tested.`,
      relation: {
        up: 'is higher than',
        down: 'is lower than',
        same: 'is the same as',
        notSignificant: 'does not differ significantly from',
      },
      missing: (areas, status) => `No figure is available for ${areas} (${status}).`,
      provisional: (period, symbol, status) => `The figures for ${period} marked ${symbol} are ${status}.`,
    },
  },
  map: {
    chartLabel: (title, areas, period) => `Map: ${title}, ${areas}, ${period}`,
    attribution: 'Boundaries: CBS and Kadaster (PDOK), simplified',
    keys: 'Arrow keys: move through the municipalities, in the order of the table. Home and End: first and last. Enter: choose the municipality. Escape: stop.',
    countOnly: (title) =>
      `The map does not colour counts: a large number in a large municipality says no more than a small number in a small one. ${title} is a count; choose a rate per inhabitant, a percentage or a survey figure, or compare the municipalities in the table.`,
    legend: 'Legend',
    method: {
      equal: (step) => `Classes of equal width (${step})`,
      quantile: 'Classes with about as many municipalities each (quantiles), bounds rounded',
    },
    range: (from, to, last) => (last ? `${from} up to and including ${to}` : `${from} to under ${to}`),
    gemeenten: (count) => `${count} ${count === 1 ? 'municipality' : 'municipalities'}`,
    meaning: {
      worse: 'The stronger the colour, the higher the figure; higher is unfavourable.',
      better: 'The stronger the colour, the higher the figure; higher is favourable.',
      neutral: 'The stronger the colour, the higher the figure; higher is neither better nor worse.',
    },
    hatched: 'Hatched: no figure',
    surveyMargins:
      'Survey figures have a margin of error: two municipalities in different classes do not always differ significantly. The table gives the margins.',
    summary: {
      extremes: (period, highest, lowest) => `In ${period} highest in ${highest} and lowest in ${lowest}.`,
      allEqual: (period, value) => `In ${period} all municipalities had the same figure: ${value}.`,
      without: (count, list) =>
        `${count} ${count === 1 ? 'municipality' : 'municipalities'} without a figure: ${list}.`,
    },
  },
  picker: {
    label: 'Area',
    groups: { land: 'The Netherlands', eenheid: 'Police unit', district: 'Districts' },
    gemeentenIn: (district) => `Municipalities in ${district}`,
  },
  theme: {
    subtitle: (area, count) => `${area} · ${count} ${count === 1 ? 'indicator' : 'indicators'}`,
    fallback: (shown) => `No own figure; showing ${shown}`,
  },
  fair: {
    measureLabel: 'Show as',
    count: 'Number',
    rate: (unit) => unit.charAt(0).toUpperCase() + unit.slice(1),
    scaleLabel: 'Scale',
    values: 'Values',
    index: (base) => `Index (${base} = 100)`,
    indexUnit: (base) => `index, ${base} = 100`,
    indexInSentence: (base) => `{value} (index, ${base} = 100)`,
    indexProblem: (area, base, reason) =>
      `No index can be computed for ${area}: ${
        {
          suppressed: `the figure for ${base} is confidential (x)`,
          'no-data': `there is no figure for ${base}`,
          nil: `the figure for ${base} is nil, and there is no index on 0`,
          'not-applicable': `a figure for ${base} is not applicable`,
        }[reason]
      }. Choose another base period.`,
    indexNote: (base) => `Index: every line is 100 in ${base}. Figures from before a series break have no index.`,
    groupInSentence: (name) => inSentence(name),
    group: (names, rule) => `For comparison: ${names} (${rule}).`,
    groupMembers: (rule) => `Comparable municipalities: ${rule}.`,
    periodsLabel: 'Period',
    from: 'From',
    to: 'To',
  },
  highlights: {
    title: 'Notable findings',
    district: 'District',
    allDistricts: 'All districts',
    theme: 'Theme',
    allThemes: 'All themes',
    authored: 'Reported by the districts',
    authoredIntro: 'Written and interpreted by the districts themselves.',
    noneAuthored: 'No findings from the districts for this choice.',
    shared: 'shared with all districts',
    notShared: 'within the district only',
    indicators: 'Indicators',
    detected: 'Found in the figures automatically',
    detectedIntro: 'Found by a fixed rule, without interpretation: a reason to discuss, not a conclusion.',
    noneDetected: 'No figures stand out by the rules.',
    byRule: 'Rule',
    open: 'View',
    rules: {
      'largest-change': {
        title: 'Largest changes',
        explain: (pct, min) =>
          `The latest figure is at least ${pct} % higher or lower than the period before (survey figures: only a significant difference; counts from ${min} only; never across a series break).`,
      },
      'far-from-national': {
        title: 'Far from the national figure',
        explain: (pct) =>
          `The latest figure is at least ${pct} % above or below that of the Netherlands in the same period (survey figures: only a difference the source calls significant; counts are left out).`,
      },
      'trend-reversal': {
        title: 'Trend reversal',
        explain: (run, min) =>
          `The latest figure goes the other way after ${run} rises or ${run} falls in a row (counts from ${min} only).`,
      },
    },
    finding: (indicator, area, value, period, phrase) => `${indicator} in ${area}: ${value} in ${period}, ${phrase}`,
    afterRun: (run, direction) => `, after ${run} ${direction === 'up' ? 'rises' : 'falls'} in a row`,
  },
  sharedHighlights: {
    title: 'Shared by other districts',
    intro: (district) => `What the other districts share with all partners, beside those of ${district}.`,
    none: 'The other districts shared nothing for this choice.',
  },
  profile: {
    title: (area) => `Safety profile ${area}`,
    subtitle: (area, themes, indicators) =>
      `${area} · ${themes} ${themes === 1 ? 'theme' : 'themes'} · ${indicators} ${indicators === 1 ? 'indicator' : 'indicators'}`,
    intro:
      'Per theme every indicator with the latest figure, the trend, the partners’ interpretation and what the rules find; then the findings the districts share with each other.',
    print: 'Print / PDF',
    contents: 'Themes in this profile',
    shared: 'Shared by the districts',
    sharedIntro: 'Findings the districts share with each other, about indicators of this theme.',
    noneShared: 'The districts share no findings about this theme.',
    sharedBy: (district, date) => `${district}, ${date}`,
    aboutRules: 'About the rules',
    pageNumber: 'Page {page} of {pages}',
  },
  citation: {
    button: 'Cite',
    describe: (title) => `Cite: copy the citation of ${title}`,
    copied: 'Citation copied',
    copyManually: 'Copying did not work by itself: the text is selected, copy it with Ctrl+C (Cmd+C on a Mac).',
    textLabel: 'Citation',
    source: (name, table, published, nextUpdate) =>
      `Source: ${[name, table ? `table ${table}` : '', published ? `published ${published}` : ''].filter(Boolean).join(', ')}` +
      `${nextUpdate ? `; next update expected ${nextUpdate}` : ''}.`,
    feed: (title, publisher, date) => `From: ${title}, ${publisher}, as of ${date}.`,
    link: (url) => `Link: ${url}`,
    sourceDetail: (table, published) =>
      [table ? `table ${table}` : '', published ? `published ${published}` : ''].filter(Boolean).join(', '),
  },
  sources: {
    title: 'Sources',
    count: (n) => `${n} ${n === 1 ? 'source' : 'sources'}`,
    theme: 'Theme',
    allThemes: 'All themes',
    none: 'No sources for this theme.',
    indicators: 'Indicators',
    publisher: 'Publisher',
    table: 'Table',
    lowestLevel: 'Lowest level',
    frequency: 'Frequency',
    published: 'Last update',
    nextUpdate: 'Next update expected',
    contact: 'Contact',
    links: 'Links',
    unknown: 'not known',
    levels: { land: 'the Netherlands', eenheid: 'police unit', district: 'district', gemeente: 'municipality' },
    frequencies: {
      jaar: 'yearly',
      halfjaar: 'half-yearly',
      kwartaal: 'quarterly',
      tweejaarlijks: 'every two years',
      onregelmatig: 'irregular',
    },
  },
};

export const dictionaries: Record<Lang, Strings> = { nl, en };

/** The dictionary for a language tag (`nl`, `nl-BE`, `en-GB`, …); Dutch for anything else. */
export function stringsFor(lang: string | null | undefined): Strings {
  return lang?.toLowerCase().startsWith('en') ? en : nl;
}
