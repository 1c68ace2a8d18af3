/** The English dictionary, loaded by `loadStrings` only when a page or feed asks for English. */
import { SMALL_COUNT, type AreaLevel } from '../feed/schema.js';
import { inSentence, nl, than, type Strings } from './strings.js';
import { elementFailed } from './element-failed.js';

/** A registered difference needs `minPrintedUnits` of the last decimal: with one decimal as the example. */
const rounding = (units: number) =>
  `, and by at least ${units} units in the last decimal place (0.${units} for a figure with one decimal), as a difference of 0.${units - 1} may be due to rounding`;

/** What an area is, after "as a" (`areaEnded`, `areaBegun`) or "the" (`highlightAbsent`). */
const AREA_NOUN: Record<AreaLevel, string> = {
  land: 'country',
  eenheid: 'police unit',
  district: 'district',
  gemeente: 'municipality',
};

/** More than one area of a level (`highlightAbsent`). */
const AREAS_NOUN: Record<AreaLevel, string> = {
  land: 'countries',
  eenheid: 'police units',
  district: 'districts',
  gemeente: 'municipalities',
};

/** The types of a feed's values, as zod names them, after "expected" (`feedIssue`). */
const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

export const en: Strings = {
  locale: 'en-GB',
  loading: 'Loading data…',
  errors: {
    'no-src': 'No data source was given (the src attribute is missing).',
    network: 'The data could not be fetched. Check the connection.',
    http: 'The data source returned an error.',
    timeout: 'The data source did not answer in time.',
    'not-json': 'The data source does not contain readable data.',
    truncated: 'The data did not arrive in full: the data source was cut off.',
    schema: 'The data source does not match the agreed format.',
    version: 'This version of the data source is not supported (yet).',
    'unknown-indicator': 'Indicator not found.',
    'unknown-area': 'Area not found.',
    'no-data': 'No figures are available for this selection.',
    chart: 'The chart could not be drawn; the figures are in the table.',
    'unknown-theme': 'Theme not found.',
    element: elementFailed.en,
  },
  errorDetails: 'Details',
  feedIssue: {
    missing: () => 'missing',
    expected: (type) => `expected ${TYPE_NAMES[type] ?? type}`,
    oneOf: (values) => `must be one of these values: ${values}`,
    date: () => 'expected a date in the form YYYY-MM-DD',
    period: () => 'expected a period such as 2024, 2024-H1 or 2024-Q3',
    url: () => 'expected a link that starts with http:// or https://',
    email: () => 'expected an email address such as name@example.nl',
    language: () => 'expected a language code such as nl or nl-NL',
    inSentence: () => 'expected text with {value} where the number goes',
    id: () => 'expected an id of only letters, digits, - and _ (no spaces)',
    empty: () => 'must not be empty',
    atLeast: (minimum) => `must be at least ${minimum}`,
    atMost: (maximum) => `must be at most ${maximum}`,
    periodKey: () => 'key must be a period (2024, 2024-H1 or 2024-Q1)',
    invalid: () => 'invalid value',
  },
  httpError: (status) =>
    status === 404
      ? 'The data source was not found (error 404).'
      : status >= 500
        ? `The data source's server reported a fault (error ${status}).`
        : `The data source refused the request (error ${status}).`,
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
  halfYear: (half, year) => `H${half} ${year}`,
  quarter: (quarter, year) => `Q${quarter} ${year}`,
  unitPer: { H: 'per half-year', Q: 'per quarter' },
  inText: {
    halfYear: (half, year) => `the ${half === 1 ? 'first' : 'second'} half of ${year}`,
    quarter: (quarter, year) => `Q${quarter} ${year}`,
    span: (from, to) => `${from}–${to}`,
  },
  source: 'Source',
  unit: 'Unit',
  definition: 'Definition',
  updated: 'Updated',
  instruments: 'See also',
  sample: 'Fictitious sample data',
  duiding: 'Interpretation',
  fallback: (asked, shown, level, status) => {
    const none = `No figure is available for ${asked}${status ? ` (${status})` : ''}`;
    return level === 'land'
      ? `${none}; the national figure (${shown}) is shown instead.`
      : `${none}; the figure for ${shown} is shown instead.`;
  },
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
  duidingOf: (title) => `Interpretation of ${title}`,
  duidingAbout: (area) => `Interpretation for ${area}`,
  duidingGeneral: 'General interpretation',
  duidingPeriod: (period) => `covering ${period}`,
  unknownId: {
    'unknown-indicator': (id) => `Indicator “${id}” not found.`,
    'unknown-area': (id) => `Area “${id}” not found.`,
  },
  notDistrict: (name, id) => `${name} (“${id}”) is not a district.`,
  noId: (attribute) => `No ${attribute} was given (the ${attribute} attribute is missing).`,
  meant: (id, name) => `Did you mean “${id}” (${name})?`,
  indexPoints: (delta) => `${delta} index points`,
  percent: (number) => `${number}%`,
  change: {
    up: (delta, reference, significant, words) =>
      `${delta} ${significant ? 'significantly ' : ''}${words.count ? 'more' : 'higher'} than ${than(reference, words)}`,
    down: (delta, reference, significant, words) =>
      `${delta} ${significant ? 'significantly ' : ''}${words.count ? 'fewer' : 'lower'} than ${than(reference, words)}`,
    same: (reference, words) => `${words.count ? 'as many as' : 'the same as'} ${than(reference, words)}`,
    notSignificant: (reference) => `not significantly different from ${reference}`,
    notTested: 'not tested',
    fromProvisional: (status) => `${status} figure`,
    fromTo: (from, to) => `from ${from} to ${to}`,
    fewCases: (threshold) => `fewer than ${threshold} cases`,
    percentagePoints: (delta) => `${delta} percentage ${delta === '1' ? 'point' : 'points'}`,
  },
  polarity: {
    'higher-is-worse': 'Lower is better.',
    'higher-is-better': 'Higher is better.',
    neutral: 'Neutral: more can also mean better detection or a greater willingness to report.',
  },
  summary: {
    latest: (area, period, value, provisional) =>
      `In ${period}: ${value} in ${area}${provisional ? ` (${provisional} figure)` : ''}.`,
    previous: (phrase) => `That is ${phrase}.`,
    overall: (phrase) => `Over the whole series: ${phrase}.`,
    sinceBreak: (period, phrase) => `Since ${period} (after the series break): ${phrase}.`,
    comparisons: (period, list) => `For comparison, in ${period}: ${list}.`,
    versus: (area, phrase) => `${area} is ${phrase}.`,
    versusEqual: (area, other) => `${area} does not differ significantly from ${other}.`,
    comparisonsNotTested: (period, list) =>
      `For comparison, in ${period}: ${list}; whether the differences are significant has not been tested.`,
    noData: (area) => `No figures are available for ${area}.`,
    laterMissing: (area, periods, status) => `No figure is available for ${area} in ${periods} (${status}).`,
  },
  notes: {
    gap: (status) => `${status}: the line has a gap there`,
    ended: (status, line, ended, standsFor) =>
      `${status}: the line for ${line}${standsFor ? `, standing in for ${standsFor} here,` : ''} ends there; ${ended}`,
    begun: (status, line, begun, standsFor) =>
      `${status}: the line for ${line}${standsFor ? `, standing in for ${standsFor} here,` : ''} only begins after that; ${begun}`,
    band: (area) => `Band: 95% confidence interval for ${area}.`,
    errorBars: 'Error bars: 95% confidence interval for each figure.',
    seriesBreak: (period, reason, areas) => `Series break ${period}${areas ? ` (${areas})` : ''}: ${reason}`,
    seriesBreakSee: (period, notes, count) => `Series break ${period}, see ${count === 1 ? 'note' : 'notes'} ${notes}`,
    valueNoteSee: (periods, count, note) => `${count === 1 ? 'Figure' : 'Figures'} for ${periods}, see note ${note}`,
    specialPeriod: (periods, label, reason) => `Special period ${periods} (${label})${reason ? `: ${reason}` : ''}`,
    specialPeriodSentence: (periods, count, range, label) =>
      `${count === 0 ? 'Earlier figures in the series fall' : count === 1 ? `The figure for ${periods} falls` : `The figures for ${periods} fall`} within the special period ${range} (${label}).`,
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
    note: 'note',
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
  noFigureIn: (periods, status) => `${periods}: no figure (${status})`,
  areaEnded: (area, level, since) => `${area} has not existed as a ${AREA_NOUN[level]} since ${since}.`,
  areaBegun: (area, level, since) => `${area} has existed as a ${AREA_NOUN[level]} since ${since}.`,
  rangeMissing: (from, to, shown, reason) =>
    `No figures ${from && to ? `from “${from}” up to and including “${to}”` : from ? `from “${from}” onwards` : `up to and including “${to}”`}${reason ? `: ${reason} Showing` : '; showing'} the whole series, ${shown}.`,
  periodMissing: (asked, shown) =>
    `No figures for period “${asked}”; showing ${shown}, the latest period with figures.`,
  highlightAbsent: {
    begun: (area, level, period, since) =>
      `${area} does not appear in ${period}: the ${AREA_NOUN[level]} has only existed since ${since}.`,
    ended: (area, level, period, since) =>
      `${area} does not appear in ${period}: the ${AREA_NOUN[level]} was dissolved on ${since}.`,
    endedSince: (area, level, period, since) =>
      `${area} is not on the map of ${period}: the map shows today's ${AREAS_NOUN[level]}, and the ${AREA_NOUN[level]} was dissolved on ${since}.`,
    formedFrom: (level, names, count, all) =>
      all
        ? `Shown instead ${count === 1 ? `is the ${AREA_NOUN[level]}` : `are the ${AREAS_NOUN[level]}`} it was formed from: ${names}.`
        : `Of the ${AREAS_NOUN[level]} it was formed from, ${names} ${count === 1 ? 'is' : 'are'} shown.`,
    wentInto: (level, names, count, whole) =>
      whole
        ? `Shown instead is the ${AREA_NOUN[level]} it merged into: ${names}.`
        : count === 1
          ? `Shown instead is the ${AREA_NOUN[level]} of ${names}, which took over all or part of it.`
          : `Shown instead are the ${AREAS_NOUN[level]} of ${names}, each of which took over part of it.`,
  },
  compare: {
    areasOf: (level, parent) => (level === 'district' ? `Districts of ${parent}` : `Municipalities in ${parent}`),
    partialGroup: (group, scope) => `${group} (${scope ? `only those in ${scope}` : 'only some'})`,
    partialGroupNote: (group, scope) =>
      `${scope ? `Only the municipalities in ${scope} are shown` : 'Only some of the municipalities are shown'}; the group's figure covers all ${group}.`,
    period: 'Period',
    area: 'Area',
    margin: 'Margin (95%)',
    changeSince: (period) => `Change since ${period}`,
    sort: { label: 'Order', fixed: 'Fixed order', value: 'Highest first', name: 'By name' },
    chartLabel: (title, areas, period) => `Bar chart: ${title}, ${areas}, ${period}`,
    keys: 'Arrow keys: move through the areas, in the order of the bars. Home and End: first and last. Escape: stop.',
    reference: (area, value) => `${area}: ${value}`,
    noAreaData: (level) =>
      level === 'district'
        ? 'There are no figures per district for this indicator.'
        : 'There are no figures per municipality for this indicator.',
    nationalOnly: (area, value, period, provisional) =>
      `Only the national figure is available: ${value} in ${area} in ${period}${provisional ? ` (${provisional} figure)` : ''}.`,
    higherLevel: (area, value, period, provisional) =>
      `The figure for ${area} is available, though: ${value} in ${period}${provisional ? ` (${provisional} figure)` : ''}.`,
    opvallendheden: 'Notable findings',
    notShared: 'within the district only',
    highlighted: 'highlighted',
    significant: 'significant',
    notSignificant: 'not significant',
    notTested: 'not tested',
    summary: {
      range: (period, lowest, highest) => `In ${period} the figures ranged from ${lowest} to ${highest}.`,
      rangeOf: (period, words, lowest, highest) =>
        `In ${period} the figures (${words}) ranged from ${lowest} to ${highest}.`,
      allEqual: (period, value, complete, level) => {
        const areas = level === 'district' ? 'districts' : level === 'gemeente' ? 'municipalities' : 'areas';
        return complete
          ? `In ${period} all ${areas} had the same figure: ${value}.`
          : `In ${period} all ${areas} with a figure had the same value: ${value}.`;
      },
      notSignificant: 'The highest and lowest figures do not differ significantly.',
      notTested: 'Whether the highest and lowest figures differ significantly has not been tested.',
      versus: (area, value, relation, reference, referenceValue) =>
        `${area} (${value}) ${relation} ${reference} (${referenceValue}).`,
      versusNotTested: (area, value, reference, referenceValue) =>
        `The difference between ${area} (${value}) and ${reference} (${referenceValue}) has not been tested.`,
      versusFewCases: (area, value, reference, referenceValue, threshold) =>
        `The figure for ${area} (${value}) rests on fewer than ${threshold} cases, too few to call it higher or lower than ${reference} (${referenceValue}).`,
      relation: {
        up: 'is higher than',
        down: 'is lower than',
        same: 'is the same as',
        notSignificant: 'does not differ significantly from',
      },
      fewCases: (extremes, threshold) =>
        extremes === 'both'
          ? `The highest and lowest figures rest on fewer than ${threshold} cases.`
          : `The ${extremes} figure rests on fewer than ${threshold} cases.`,
      missing: (areas, status) => `No figure is available for ${areas} (${status}).`,
      provisional: (period, symbol, status) => `The figures for ${period} marked ${symbol} are ${status}.`,
    },
  },
  map: {
    chartLabel: (title, areas, period) => `Map: ${title}, ${areas}, ${period}`,
    attribution: 'Boundaries: CBS and Kadaster (PDOK), simplified',
    keys: 'Arrow keys: move through the municipalities, in the order of the table. Home and End: first and last. Enter: choose the municipality. Escape: stop.',
    countOnly: (title) =>
      `The map does not show counts in colour: a large number in a large municipality tells you no more than a small number in a small one. This indicator (${title}) is a count; choose a rate per inhabitant, a percentage or a survey figure, or compare the municipalities in the table.`,
    legend: 'Legend',
    method: {
      equal: (step) => `Classes of equal width (${step})`,
      quantile: 'Classes each containing roughly the same number of municipalities (quantiles); bounds rounded',
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
    notOnMap: (areas, count) =>
      `The map shows today's municipalities; ${areas} ${count === 1 ? 'is' : 'are'} not on it.`,
    grownSince: (areas, count, period) =>
      count === 1
        ? `${areas} is drawn within today's boundaries; its figure for ${period} is for its boundaries then.`
        : `${areas} are drawn within today's boundaries; their figures for ${period} are for their boundaries then.`,
    summary: {
      extremes: (period, highest, lowest) =>
        `In ${period} the figure was highest in ${highest} and lowest in ${lowest}.`,
      allEqual: (period, value, complete) =>
        complete
          ? `In ${period} all municipalities had the same figure: ${value}.`
          : `In ${period} all municipalities with a figure had the same value: ${value}.`,
      without: (count, list) =>
        `${count} ${count === 1 ? 'municipality' : 'municipalities'} without a figure: ${list}.`,
    },
  },
  picker: {
    label: 'Area',
    choose: 'Choose an area',
    groups: { land: 'The Netherlands', eenheid: 'Police unit', district: 'Districts' },
    gemeentenIn: (district) => `Municipalities in ${district}`,
    ended: (area, since) => `${area} (dissolved on ${since})`,
  },
  theme: {
    subtitle: (area, count) => `${area} · ${count} ${count === 1 ? 'indicator' : 'indicators'}`,
    fallback: (shown, status) => `No figure of its own${status ? ` (${status})` : ''}; showing ${shown}`,
    margin: (margin) => `margin ${margin} (95%)`,
  },
  judgement: { favourable: 'favourable', unfavourable: 'unfavourable' },
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
          nil: `the figure for ${base} is nil, and an index cannot be based on zero`,
          'not-applicable': `a figure for ${base} is not applicable`,
          'few-cases': `the figure for ${base} rests on fewer than ${SMALL_COUNT} cases`,
        }[reason]
      }. Choose another base period.`,
    indexNote: (base) => `Index: every line is 100 in ${base}.`,
    noIndex: (side) => `no index ${side === 'after' ? 'after' : 'before'} the series break`,
    noIndexNote: (side, base) =>
      `No index ${side === 'after' ? 'after' : 'before'} the series break: the figure exists, but lies on the other side of the break from ${base}`,
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
    showsAllDistricts: 'Showing all districts.',
    showsAllThemes: 'Showing all themes.',
    shown: (notes, shared, found, district, theme) =>
      `${notes} notable ${notes === 1 ? 'finding' : 'findings'}${shared ? `, ${shared} shared by other districts` : ''} and ${found} detected ${found === 1 ? 'figure' : 'figures'} for ${district ?? 'all districts'}, ${theme ?? 'all themes'}`,
    authored: 'Reported by the districts',
    authoredIntro: 'Written and interpreted by the districts themselves.',
    noneAuthored: 'No findings from the districts for this selection.',
    shared: 'shared with all districts',
    notShared: 'within the district only',
    indicators: 'Indicators',
    detected: 'Found automatically in the figures',
    detectedIntro: 'Found by a fixed rule, without interpretation: a prompt for discussion, not a conclusion.',
    noneDetected: 'No figures stand out under the rules.',
    byRule: 'Rule',
    open: 'View',
    rules: {
      'largest-change': {
        title: 'Largest changes',
        explain: (pct, min, small, _change, units) =>
          `The latest figure is at least ${pct}% higher or lower than in the previous period${rounding(units)} (survey figures: only a significant difference; counts only from ${min} upwards, and no figure resting on fewer than ${small} cases; never across a series break).`,
      },
      'far-from-national': {
        title: 'Far from the national figure',
        explain: (pct, _min, small, _change, units) =>
          `The latest figure is at least ${pct}% above or below that of the Netherlands in the same period${rounding(units)} (survey figures: only a difference the source calls significant; counts are left out, and so is any figure resting on fewer than ${small} cases).`,
      },
      'trend-reversal': {
        title: 'Trend reversal',
        explain: (run, min, small, pct, units) =>
          `The latest figure reverses direction after ${run} rises or ${run} falls in a row and is at least ${pct}% higher or lower than in the previous period. Every step is at least ${units} units in the last decimal place (0.${units} for a figure with one decimal), as a difference of 0.${units - 1} may be due to rounding. Survey figures: only significant differences; counts only from ${min} upwards, and no figure resting on fewer than ${small} cases; never across a series break; half-years compared with the same half-year.`,
      },
    },
    finding: (indicator, area, value, period, phrase, provisional) =>
      `${indicator} in ${area}: ${value} in ${period}${provisional ? ` (${provisional} figure)` : ''}, ${phrase}`,
    afterRun: (run, direction) => `, after ${run} ${direction === 'up' ? 'rises' : 'falls'} in a row`,
  },
  sharedHighlights: {
    title: 'Shared by other districts',
    intro: (district) =>
      `Findings that the other districts share with all districts, in addition to those of ${district} itself.`,
    none: 'The other districts shared nothing for this selection.',
  },
  citation: {
    button: 'Cite',
    describe: (title) => `Cite: copy the citation of ${title}`,
    copied: 'Citation copied',
    copyManually: 'Automatic copying failed. The text is selected: copy it with Ctrl+C (Cmd+C on a Mac).',
    textLabel: 'Citation',
    table: ({ id, title }) => `table ${id ? `${id} ` : ''}“${title}”`,
    source: (name, table, published, nextUpdate) =>
      `Source: ${[name, table, published ? `published ${published}` : ''].filter(Boolean).join(', ')}` +
      `${nextUpdate ? `; next publication expected ${nextUpdate}` : ''}.`,
    provisional: (periods, status) => `The figures for ${periods} are ${status} and may still change.`,
    provisionalOf: (period, areas, count, status) =>
      `The ${count === 1 ? 'figure' : 'figures'} for ${areas} in ${period} ${count === 1 ? 'is' : 'are'} ${status} and may still change.`,
    feed: (title, publisher, date) => `From: ${title}, ${publisher}, as of ${date}.`,
    link: (url) => `Link: ${url}`,
    sourceDetail: (table, published) => [table, published ? `published ${published}` : ''].filter(Boolean).join(', '),
  },
};
