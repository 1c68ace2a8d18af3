/**
 * Every piece of UI text, in Dutch (the default) and English. Hosts may override any entry per
 * element through the `strings` property.
 */
import type { ErrorKind } from '../feed/errors.js';
import type { ValueStatus } from '../feed/schema.js';

export type Lang = 'nl' | 'en';

export interface Strings {
  locale: string;
  loading: string;
  errors: Record<ErrorKind, string>;
  errorDetails: string;
  status: Record<ValueStatus, string>;
  statusSymbol: Record<ValueStatus, string>;
  halfYear: (half: number, year: string) => string;
  quarter: (quarter: number, year: string) => string;
  source: string;
  unit: string;
  definition: string;
  updated: string;
  instruments: string;
  sample: string;
  duiding: string;
  fallback: (asked: string, shown: string) => string;
  latest: string;
  changeSincePrevious: (period: string) => string;
  changeSinceFirst: (period: string) => string;
  direction: { up: string; down: string; same: string };
  surveyEqual: string;
  polarity: { 'higher-is-worse': string; 'higher-is-better': string; neutral: string };
  summary: {
    latest: (area: string, value: string, period: string) => string;
    change: (direction: string, from: string, period: string) => string;
    compare: (area: string, value: string) => string;
    noData: (area: string) => string;
  };
  table: {
    caption: (title: string, area: string) => string;
    period: string;
    show: string;
    hide: string;
    legend: string;
  };
  chartLabel: (title: string, area: string) => string;
  margin: string;
  seriesBreak: string;
  noData: string;
  /** `<miv-district-compare>`: areas side by side for one period. */
  compare: {
    /** Heading over the bars: `Districten van Eenheid Zeeland-West-Brabant`, `Gemeenten in De Baronie`. */
    areasOf: (level: 'district' | 'gemeente', parent: string) => string;
    period: string;
    area: string;
    margin: string;
    changeSince: (period: string) => string;
    chartLabel: (title: string, areas: string, period: string) => string;
    reference: (area: string, value: string) => string;
    /** A bar without a number: `. geheim of onbetrouwbaar`. */
    missing: (symbol: string, status: string) => string;
    noAreaData: (level: 'district' | 'gemeente') => string;
    nationalOnly: (area: string, value: string, period: string) => string;
    opvallendheden: string;
    notShared: string;
    highlighted: string;
    summary: {
      highLow: (period: string, highest: string, lowest: string) => string;
      allEqual: (period: string, value: string) => string;
      notSignificant: string;
      versus: (area: string, value: string, relation: string, reference: string, referenceValue: string) => string;
      relation: { up: string; down: string; same: string; notSignificant: string };
      missing: (areas: string, status: string) => string;
      provisional: (period: string) => string;
    };
  };
}

const nl: Strings = {
  locale: 'nl-NL',
  loading: 'Gegevens laden…',
  errors: {
    network: 'De gegevens konden niet worden opgehaald. Controleer de verbinding.',
    http: 'De gegevensbron gaf een fout.',
    timeout: 'De gegevensbron antwoordt niet op tijd.',
    'not-json': 'De gegevensbron bevat geen leesbare gegevens.',
    schema: 'De gegevensbron klopt niet met het afgesproken formaat.',
    version: 'Deze versie van de gegevensbron wordt (nog) niet ondersteund.',
    'unknown-indicator': 'Indicator niet gevonden.',
    'unknown-area': 'Gebied niet gevonden.',
    'no-data': 'Voor deze keuze zijn geen cijfers beschikbaar.',
  },
  errorDetails: 'Details',
  status: {
    definitive: 'definitief',
    provisional: 'voorlopig',
    suppressed: 'geheim of onbetrouwbaar',
    'not-applicable': 'niet van toepassing',
    'no-data': 'geen gegevens',
  },
  statusSymbol: { definitive: '', provisional: '*', suppressed: '.', 'not-applicable': '×', 'no-data': '–' },
  halfYear: (half, year) => `${half}e halfjaar ${year}`,
  quarter: (quarter, year) => `${quarter}e kwartaal ${year}`,
  source: 'Bron',
  unit: 'Eenheid',
  definition: 'Toelichting',
  updated: 'Stand',
  instruments: 'Zie ook',
  sample: 'Fictieve voorbeelddata',
  duiding: 'Duiding',
  fallback: (asked, shown) => `Geen cijfer voor ${asked} beschikbaar; ${shown} getoond.`,
  latest: 'Laatste waarde',
  changeSincePrevious: (period) => `t.o.v. ${period}`,
  changeSinceFirst: (period) => `sinds ${period}`,
  direction: { up: 'hoger', down: 'lager', same: 'gelijk' },
  surveyEqual: 'geen significant verschil',
  polarity: {
    'higher-is-worse': 'Lager is gunstiger.',
    'higher-is-better': 'Hoger is gunstiger.',
    neutral: 'Neutraal: meer kan ook betere opsporing of meldingsbereidheid betekenen.',
  },
  summary: {
    latest: (area, value, period) => `In ${area} was de waarde ${value} in ${period}.`,
    change: (direction, from, period) => `Dat is ${direction} dan ${from} in ${period}.`,
    compare: (area, value) => `${area}: ${value}.`,
    noData: (area) => `Voor ${area} zijn geen cijfers beschikbaar.`,
  },
  table: {
    caption: (title, area) => `${title}, ${area}`,
    period: 'Periode',
    show: 'Toon tabel',
    hide: 'Verberg tabel',
    legend: '* voorlopig · . geheim of onbetrouwbaar · × niet van toepassing · – geen gegevens',
  },
  chartLabel: (title, area) => `Grafiek: ${title}, ${area}`,
  margin: 'marge',
  seriesBreak: 'Trendbreuk',
  noData: 'geen gegevens',
  compare: {
    areasOf: (level, parent) => (level === 'district' ? `Districten van ${parent}` : `Gemeenten in ${parent}`),
    period: 'Periode',
    area: 'Gebied',
    margin: 'Marge (95 %)',
    changeSince: (period) => `Verschil met ${period}`,
    chartLabel: (title, areas, period) => `Staafdiagram: ${title}, ${areas}, ${period}`,
    reference: (area, value) => `${area}: ${value}`,
    missing: (symbol, status) => `${symbol} ${status}`,
    noAreaData: (level) =>
      level === 'district'
        ? 'Voor deze indicator bestaan geen cijfers per district.'
        : 'Voor deze indicator bestaan geen cijfers per gemeente.',
    nationalOnly: (area, value, period) =>
      `Alleen het landelijke cijfer is beschikbaar: ${area} ${value} in ${period}.`,
    opvallendheden: 'Opvallendheden',
    notShared: 'alleen binnen het district',
    highlighted: 'gemarkeerd',
    summary: {
      highLow: (period, highest, lowest) =>
        `In ${period} was de waarde het hoogst in ${highest} en het laagst in ${lowest}.`,
      allEqual: (period, value) => `In ${period} hadden alle gebieden dezelfde waarde: ${value}.`,
      notSignificant: 'De verschillen tussen de gebieden zijn niet significant.',
      versus: (area, value, relation, reference, referenceValue) =>
        `${area} (${value}) ${relation} ${reference} (${referenceValue}).`,
      relation: {
        up: 'ligt hoger dan',
        down: 'ligt lager dan',
        same: 'ligt gelijk aan',
        notSignificant: 'verschilt niet significant van',
      },
      missing: (areas, status) => `Voor ${areas} is geen cijfer beschikbaar (${status}).`,
      provisional: (period) => `De cijfers voor ${period} met een * zijn voorlopig.`,
    },
  },
};

const en: Strings = {
  locale: 'en-GB',
  loading: 'Loading data…',
  errors: {
    network: 'The data could not be fetched. Check the connection.',
    http: 'The data source returned an error.',
    timeout: 'The data source did not answer in time.',
    'not-json': 'The data source does not contain readable data.',
    schema: 'The data source does not match the agreed format.',
    version: 'This version of the data source is not supported (yet).',
    'unknown-indicator': 'Indicator not found.',
    'unknown-area': 'Area not found.',
    'no-data': 'No figures are available for this choice.',
  },
  errorDetails: 'Details',
  status: {
    definitive: 'definitive',
    provisional: 'provisional',
    suppressed: 'confidential or unreliable',
    'not-applicable': 'not applicable',
    'no-data': 'no data',
  },
  statusSymbol: nl.statusSymbol,
  halfYear: (half, year) => `${half === 1 ? 'first' : 'second'} half of ${year}`,
  quarter: (quarter, year) => `Q${quarter} ${year}`,
  source: 'Source',
  unit: 'Unit',
  definition: 'Definition',
  updated: 'Updated',
  instruments: 'See also',
  sample: 'Fictitious sample data',
  duiding: 'Interpretation',
  fallback: (asked, shown) => `No figure available for ${asked}; showing ${shown}.`,
  latest: 'Latest value',
  changeSincePrevious: (period) => `vs ${period}`,
  changeSinceFirst: (period) => `since ${period}`,
  direction: { up: 'higher', down: 'lower', same: 'equal' },
  surveyEqual: 'no significant difference',
  polarity: {
    'higher-is-worse': 'Lower is better.',
    'higher-is-better': 'Higher is better.',
    neutral: 'Neutral: more can also mean better detection or willingness to report.',
  },
  summary: {
    latest: (area, value, period) => `In ${area} the value was ${value} in ${period}.`,
    change: (direction, from, period) => `That is ${direction} than ${from} in ${period}.`,
    compare: (area, value) => `${area}: ${value}.`,
    noData: (area) => `No figures are available for ${area}.`,
  },
  table: {
    caption: (title, area) => `${title}, ${area}`,
    period: 'Period',
    show: 'Show table',
    hide: 'Hide table',
    legend: '* provisional · . confidential or unreliable · × not applicable · – no data',
  },
  chartLabel: (title, area) => `Chart: ${title}, ${area}`,
  margin: 'margin',
  seriesBreak: 'Series break',
  noData: 'no data',
  compare: {
    areasOf: (level, parent) => (level === 'district' ? `Districts of ${parent}` : `Municipalities in ${parent}`),
    period: 'Period',
    area: 'Area',
    margin: 'Margin (95%)',
    changeSince: (period) => `Change since ${period}`,
    chartLabel: (title, areas, period) => `Bar chart: ${title}, ${areas}, ${period}`,
    reference: (area, value) => `${area}: ${value}`,
    missing: (symbol, status) => `${symbol} ${status}`,
    noAreaData: (level) =>
      level === 'district'
        ? 'There are no figures per district for this indicator.'
        : 'There are no figures per municipality for this indicator.',
    nationalOnly: (area, value, period) => `Only the national figure is available: ${area} ${value} in ${period}.`,
    opvallendheden: 'Notable findings',
    notShared: 'within the district only',
    highlighted: 'highlighted',
    summary: {
      highLow: (period, highest, lowest) => `In ${period} the value was highest in ${highest} and lowest in ${lowest}.`,
      allEqual: (period, value) => `In ${period} all areas had the same value: ${value}.`,
      notSignificant: 'The differences between the areas are not significant.',
      versus: (area, value, relation, reference, referenceValue) =>
        `${area} (${value}) ${relation} ${reference} (${referenceValue}).`,
      relation: {
        up: 'is higher than',
        down: 'is lower than',
        same: 'is equal to',
        notSignificant: 'does not differ significantly from',
      },
      missing: (areas, status) => `No figure is available for ${areas} (${status}).`,
      provisional: (period) => `The figures for ${period} marked * are provisional.`,
    },
  },
};

export const dictionaries: Record<Lang, Strings> = { nl, en };

/** The dictionary for a language tag (`nl`, `nl-BE`, `en-GB`, …); Dutch for anything else. */
export function stringsFor(lang: string | null | undefined): Strings {
  return lang?.toLowerCase().startsWith('en') ? en : nl;
}
