/**
 * Every sentence the models write, one per template and situation, in Dutch and English, printed
 * into `sentences.snapshot.txt` beside this file and compared with it. The snapshot is reviewed like
 * code: read it as a Dutch reader would, and a change of wording shows up as a diff of sentences.
 * A no-break space is printed as `⍽`, so that the snapshot shows where a line may not break.
 *
 *   UPDATE_SNAPSHOTS=1 node --import tsx --test test/node/sentences.test.ts   (rewrites it)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { parseFeed } from '../../src/feed/validate.js';
import type { Area, Feed, Indicator, Series } from '../../src/feed/schema.js';
import { dictionaries } from '../../src/i18n/dictionaries.js';
import type { Strings } from '../../src/i18n/strings.js';
import { withOverrides } from '../../src/i18n/overrides.js';
import { buildIndicatorModel, type IndicatorQuery } from '../../src/model/indicator.js';
import {
  absentHighlightSentence,
  buildCompareModel,
  describeComparison,
  type CompareQuery,
} from '../../src/model/compare.js';
import { describeHighlight, detectHighlights, HIGHLIGHT_RULES } from '../../src/model/highlights.js';
import {
  changeSincePhrase,
  chartNotes,
  describeIndicator,
  fallbackSentence,
  groupSentences,
  missingAfterLatestInWords,
} from '../../src/model/summary.js';
import { testMeta } from '../fixtures/feeds.js';

const SNAPSHOT = new URL('./sentences.snapshot.txt', import.meta.url);

const AREAS: Area[] = [
  { id: 'NL01', name: 'Nederland', level: 'land' },
  { id: 'zwb', name: 'Eenheid Zeeland-West-Brabant', level: 'eenheid', parent: 'NL01' },
  { id: 'de-baronie', name: 'De Baronie', level: 'district', parent: 'zwb' },
  { id: 'zeeland', name: 'Zeeland', level: 'district', parent: 'zwb' },
  { id: 'GM0758', name: 'Breda', level: 'gemeente', parent: 'de-baronie' },
  { id: 'GM0777', name: 'Etten-Leur', level: 'gemeente', parent: 'de-baronie' },
  { id: 'GM0687', name: 'Middelburg', level: 'gemeente', parent: 'zeeland' },
  // Merged into Altena on 1 January 2019: no figure can exist after 2018.
  { id: 'GM0738', name: 'Aalburg', level: 'gemeente', parent: 'de-baronie', validTo: '2018-12-31' },
];

function indicator(
  id: string,
  kind: Indicator['kind'],
  unit: string,
  inSentence: string | undefined,
  more: Partial<Indicator> = {},
): Indicator {
  return {
    id,
    title: id,
    shortTitle: id[0]!.toUpperCase() + id.slice(1).replaceAll('-', ' '),
    theme: 'thema',
    unit,
    kind,
    decimals: kind === 'count' || kind === 'percentage' ? 0 : 1,
    polarity: 'higher-is-worse',
    definition: id,
    source: { name: 'Bron' },
    frequency: kind === 'survey' ? 'tweejaarlijks' : 'jaar',
    lowestLevel: 'gemeente',
    chainStep: 'repressie',
    ...(inSentence ? { inSentence } : {}),
    ...more,
  };
}

const RESIDENTS = '{value} % van de inwoners van 15 jaar en ouder';

const INDICATORS: Indicator[] = [
  indicator('woninginbraak', 'rate', 'per 1.000 inwoners', '{value} woninginbraken per 1.000 inwoners'),
  indicator('drugsafvaldumpingen', 'count', 'aantal', '{value} drugsafvaldumpingen', {
    inSentenceOne: '{value} drugsafvaldumping',
    rate: { unit: 'per 100.000 inwoners', per: 100_000 },
  }),
  indicator(
    'awareness',
    'percentage',
    '% awareness-normelementen op orde',
    '{value} % van de awareness-normelementen op orde',
    {
      polarity: 'higher-is-better',
    },
  ),
  indicator('onveilig', 'survey', '% 15+', RESIDENTS),
  indicator('online-slachtoffer', 'survey', '% 15+', RESIDENTS),
  indicator('rapportcijfer', 'survey', 'cijfer 1–10', 'rapportcijfer {value}', { polarity: 'higher-is-better' }),
  indicator('online-oplichting', 'survey', '% 15+', RESIDENTS, { lowestLevel: 'district' }),
  indicator('uitbuiting', 'count', 'aantal', '{value} gemelde mogelijke slachtoffers van seksuele uitbuiting', {
    inSentenceOne: '{value} gemeld mogelijk slachtoffer van seksuele uitbuiting',
    polarity: 'neutral',
    lowestLevel: 'land',
  }),
  indicator('veilig-thuis', 'rate', 'per 1.000 inwoners', '{value} meldingen bij Veilig Thuis per 1.000 inwoners', {
    polarity: 'neutral',
    frequency: 'halfjaar',
  }),
  // A feed without words for sentences: the number and the unit, as printed.
  indicator('halt', 'rate', 'per 10.000 jongeren 12–17 jaar', undefined, { polarity: 'neutral' }),
  indicator('jeugdoverlast', 'rate', 'per 1.000 inwoners', '{value} meldingen van jeugdoverlast per 1.000 inwoners', {
    breaks: [{ period: '2022', reason: 'Nieuwe registratie' }],
  }),
  indicator('woonoverlast', 'rate', 'per 1.000 inwoners', '{value} meldingen van woonoverlast per 1.000 inwoners', {
    specialPeriods: [{ from: '2020', to: '2021', label: 'Corona', reason: 'Meer mensen thuis.' }],
  }),
];

function series(
  indicator: string,
  area: string,
  values: Record<string, number | null>,
  more: Partial<Series> = {},
): Series {
  return { indicator, area, periods: Object.keys(values), values: Object.values(values), ...more };
}

const PROVISIONAL = { status: { 2025: 'provisional' as const } };

const SERIES: Series[] = [
  series('woninginbraak', 'NL01', { 2015: 4.6, 2023: 1.5, 2024: 1.4, 2025: 1.4 }),
  series('woninginbraak', 'zwb', { 2015: 5.1, 2023: 1.6, 2024: 1.5, 2025: 1.6 }),
  series(
    'woninginbraak',
    'de-baronie',
    { 2015: 5.8, 2021: 3.4, 2022: 3.1, 2023: 2.9, 2024: 2.7, 2025: 3.1 },
    PROVISIONAL,
  ),
  series('woninginbraak', 'zeeland', { 2015: 4.2, 2023: 1.2, 2024: 1.1, 2025: 1.0 }),
  series('woninginbraak', 'GM0758', { 2015: 6.4, 2023: 3.4, 2024: 3.0, 2025: 3.3 }, PROVISIONAL),
  series('woninginbraak', 'GM0777', { 2015: 5.2, 2023: 2.6, 2024: 2.5, 2025: 2.3 }),
  series('woninginbraak', 'GM0687', { 2015: 4.0, 2023: 1.8, 2024: 1.7, 2025: 1.7 }),
  series(
    'drugsafvaldumpingen',
    'zwb',
    { 2023: 28, 2024: 31, 2025: 36 },
    { denominators: [1_530_000, 1_535_000, 1_540_000] },
  ),
  series(
    'drugsafvaldumpingen',
    'de-baronie',
    { 2023: 12, 2024: 14, 2025: 17 },
    { denominators: [433_000, 435_000, 437_000] },
  ),
  series(
    'drugsafvaldumpingen',
    'GM0758',
    { 2023: 6, 2024: 8, 2025: null },
    { status: { 2025: 'suppressed' }, denominators: [185_000, 186_000, 187_000] },
  ),
  series('drugsafvaldumpingen', 'GM0777', { 2023: 3, 2024: 2, 2025: 4 }, { denominators: [45_000, 45_000, 45_000] }),
  series('drugsafvaldumpingen', 'GM0687', { 2023: 2, 2024: 3, 2025: 1 }, { denominators: [49_000, 49_000, 49_000] }),
  series(
    'drugsafvaldumpingen',
    'gk-nl',
    { 2023: 310, 2024: 330, 2025: 350 },
    { denominators: [2_600_000, 2_610_000, 2_620_000] },
  ),
  series('onveilig', 'gk-nl', { 2019: 18.4, 2023: 17.9, 2025: 17.5 }, { margins: [0.6, 0.6, 0.6] }),
  // Shares of the norm's few elements: a change between fewer than 10 gets no percentage and no colour.
  series('awareness', 'GM0758', { 2023: 50, 2024: 58, 2025: 67 }, { counts: [5, 7, 8] }),
  series('onveilig', 'NL01', { 2019: 17.5, 2023: 16.9, 2025: 15.9 }, { margins: [0.3, 0.3, 0.3] }),
  series('onveilig', 'zwb', { 2019: 17.9, 2023: 16.7, 2025: 15.6 }, { margins: [0.5, 0.5, 0.5] }),
  series('onveilig', 'de-baronie', { 2019: 18.9, 2023: 17.8, 2025: 16.0 }, { margins: [1.0, 1.0, 1.1] }),
  series('onveilig', 'zeeland', { 2019: 15.9, 2023: 14.6, 2025: 13.8 }, { margins: [1.0, 1.1, 1.1] }),
  series(
    'onveilig',
    'GM0758',
    { 2019: 20.1, 2023: 19.2, 2025: 18.7 },
    { margins: [2.3, 2.3, 2.3], significance: { 2025: { areas: { 'de-baronie': false } } } },
  ),
  series('onveilig', 'GM0777', { 2019: 16.8, 2023: 16.3, 2025: 14.6 }, { margins: [2.6, 2.7, 2.7] }),
  series('online-slachtoffer', 'NL01', { 2023: 16.9, 2025: 17.3 }),
  series('online-slachtoffer', 'GM0758', { 2023: 16.1, 2025: 17.9 }),
  series('rapportcijfer', 'GM0758', { 2023: 7.2, 2025: 7.4 }, { margins: [0.1, 0.1] }),
  series('rapportcijfer', 'de-baronie', { 2023: 7.1, 2025: 7.2 }, { margins: [0.1, 0.1] }),
  series('rapportcijfer', 'zeeland', { 2023: 7.4, 2025: 7.5 }, { margins: [0.1, 0.1] }),
  series('online-oplichting', 'de-baronie', { 2023: 11.0, 2025: 11.9 }, { margins: [1.0, 1.1] }),
  series('uitbuiting', 'NL01', { 2023: 1020, 2024: 1075, 2025: 1110 }, PROVISIONAL),
  series('veilig-thuis', 'GM0758', { '2024-H1': 3.4, '2024-H2': 3.6, '2025-H1': 3.5, '2025-H2': 3.9 }),
  series('halt', 'NL01', { 2015: 120, 2024: 95, 2025: 88 }),
  series('woninginbraak', 'GM0738', { 2015: 6.1 }),
  series('jeugdoverlast', 'GM0758', { 2019: 8.0, 2020: 7.5, 2021: 7.0, 2022: 6.0, 2023: 5.5, 2024: 5.8, 2025: 6.1 }),
  // Three falls, then a rise in the last year of the special period.
  series('woonoverlast', 'zeeland', { 2017: 5.0, 2018: 4.0, 2019: 3.0, 2020: 2.0, 2021: 4.0 }),
  // Figures that differ only in a decimal never printed: 3,96 and 4,04 are both 4,0.
  series('woonoverlast', 'GM0758', { 2020: 3.96, 2021: 4.04 }),
  series('woonoverlast', 'GM0777', { 2020: 4.3, 2021: 3.96 }),
  // Printed 1,0 and 1,2: 0,2 higher, yet +9,6 %, not the +20 % the printed figures would give.
  series('woonoverlast', 'GM0687', { 2020: 1.049, 2021: 1.15 }),
];

const feed: Feed = parseFeed({
  schemaVersion: 1,
  meta: testMeta('Zinnen'),
  themes: [{ id: 'thema', title: 'Thema', order: 1 }],
  areas: AREAS,
  indicators: INDICATORS,
  series: SERIES,
  duiding: [],
  opvallendheden: [],
  areaGroups: [
    {
      id: 'gk-nl',
      name: 'Gemeenten met 150.000 tot 250.000 inwoners in Nederland',
      rule: 'gemeentegrootteklasse van het CBS, naar het aantal inwoners op 1 januari 2024',
      members: ['GM0758', 'GM0777'],
      partial: true,
    },
  ],
});

/**
 * Altena, formed on 1 January 2019 from Aalburg, Werkendam and Woudrichem, its history recomputed on
 * today's boundaries; Werkendam also in a group with Altena, without the other two. A feed of its own:
 * the other comparisons of De Baronie keep their areas.
 */
const mergerFeed: Feed = parseFeed({
  ...feed,
  areas: [
    ...AREAS,
    { id: 'GM0870', name: 'Werkendam', level: 'gemeente', parent: 'de-baronie', validTo: '2018-12-31' },
    { id: 'GM0874', name: 'Woudrichem', level: 'gemeente', parent: 'de-baronie', validTo: '2018-12-31' },
    {
      id: 'GM1959',
      name: 'Altena',
      level: 'gemeente',
      parent: 'de-baronie',
      validFrom: '2019-01-01',
      predecessors: ['GM0738', 'GM0870', 'GM0874'],
    },
  ],
  series: [
    ...SERIES,
    series('woninginbraak', 'GM0870', { 2018: 3.0 }),
    series('woninginbraak', 'GM0874', { 2018: 3.5 }),
    series(
      'woninginbraak',
      'GM1959',
      { 2018: 3.2, 2025: 2.9 },
      { notes: { 2018: 'Herberekend op de gemeentelijke indeling van 2025.' } },
    ),
  ],
  areaGroups: [
    ...(feed.areaGroups ?? []),
    {
      id: 'werkendam-altena',
      name: 'Gemeenten aan de Merwede',
      rule: 'gemeenten aan de Merwede',
      members: ['GM0870', 'GM1959'],
    },
  ],
});

/**
 * Haaren, dissolved on 1 January 2021, its parts in the unit gone to `receivers` (Oisterwijk and
 * Tilburg), which name it among their predecessors; Boxtel and Vught, which got the rest, are not in
 * the feed.
 */
const splitFeed = (receivers: string[]): Feed =>
  parseFeed({
    ...feed,
    areas: [
      ...AREAS,
      { id: 'hart-van-brabant', name: 'Hart van Brabant', level: 'district', parent: 'zwb' },
      { id: 'GM0788', name: 'Haaren', level: 'gemeente', parent: 'hart-van-brabant', validTo: '2020-12-31' },
      ...[
        { id: 'GM0855', name: 'Tilburg' },
        { id: 'GM0824', name: 'Oisterwijk' },
      ].map((a) => ({
        ...a,
        level: 'gemeente' as const,
        parent: 'hart-van-brabant',
        ...(receivers.includes(a.id) ? { predecessors: ['GM0788'] } : {}),
      })),
    ],
    series: [
      ...SERIES,
      series('woninginbraak', 'GM0788', { 2020: 2.4 }),
      series('woninginbraak', 'GM0855', { 2020: 2.9, 2025: 2.6 }),
      series('woninginbraak', 'GM0824', { 2020: 2.1, 2025: 2.0 }),
    ],
  });

const LANGS = ['nl', 'en'] as const;

/** A heading and, per language, the lines the situation produces. */
function section(title: string, lines: (strings: Strings) => [string, string | undefined][]): string {
  const out = [`## ${title}`];
  for (const lang of LANGS)
    for (const [label, sentence] of lines(dictionaries[lang])) if (sentence) out.push(`${lang} ${label}: ${sentence}`);
  return out.join('\n');
}

/** The headline's changes, the fallback sentence and the summary of one indicator chart. */
function chart(title: string, query: IndicatorQuery): string {
  const model = buildIndicatorModel(feed, query);
  return section(title, (strings) => [
    ['fallback', fallbackSentence(model, strings)],
    ['headline', model.changePrevious ? changeSincePhrase(model.changePrevious, model.indicator, strings) : undefined],
    ...missingAfterLatestInWords(model.missingAfterLatest, strings).map((line): [string, string] => ['missing', line]),
    ['summary', describeIndicator(model, strings)],
    ...groupSentences(model, strings).map((g): [string, string] => ['group', g]),
    ...(model.scale === 'index' ? [['index note', chartNotes(model, strings)[0]] as [string, string]] : []),
    ...model.indexProblems.map(({ area, problem }): [string, string] => [
      'no index',
      strings.fair.indexProblem(area.name, model.base!, problem),
    ]),
  ]);
}

function comparison(title: string, query: CompareQuery, source = feed): string {
  const model = buildCompareModel(source, query);
  return section(title, (strings) => [
    ['summary', describeComparison(model, strings)],
    ['group', model.group && strings.fair.groupMembers(model.group.rule)],
    ['absent highlight', absentHighlightSentence(model, strings)?.text],
  ]);
}

function snapshot(): string {
  const found = detectHighlights(feed, { areas: ['de-baronie', 'zeeland'], indicators: ['woninginbraak'] });
  return (
    [
      '# One sentence per template and situation, as the models write it (test/node/sentences.test.ts).\n' +
        '# ⍽ is a no-break space. After an intended change: UPDATE_SNAPSHOTS=1 node --import tsx --test test/node/sentences.test.ts',
      chart('rate going up, provisional figure', { indicator: 'woninginbraak', area: 'GM0758' }),
      chart('rate going down', { indicator: 'woninginbraak', area: 'GM0777', compare: 'none' }),
      chart('rate staying the same', { indicator: 'woninginbraak', area: 'GM0687', compare: 'none' }),
      chart('count', { indicator: 'drugsafvaldumpingen', area: 'zwb' }),
      chart('small count', { indicator: 'drugsafvaldumpingen', area: 'GM0777' }),
      chart('small count, down to one', { indicator: 'drugsafvaldumpingen', area: 'GM0687' }),
      chart('percentage', { indicator: 'awareness', area: 'GM0758' }),
      chart('survey, significant', { indicator: 'onveilig', area: 'NL01' }),
      chart('survey, not significant; against its district by the publisher’s flag, the areas above untested', {
        indicator: 'onveilig',
        area: 'GM0758',
      }),
      chart('survey against another gemeente, significant', {
        indicator: 'onveilig',
        area: 'GM0758',
        compare: 'GM0777',
      }),
      chart('survey, not tested (no margins)', { indicator: 'online-slachtoffer', area: 'GM0758' }),
      chart('score', { indicator: 'rapportcijfer', area: 'GM0758' }),
      chart('fallback to the district', { indicator: 'online-oplichting', area: 'GM0758' }),
      chart('fallback to Nederland', { indicator: 'uitbuiting', area: 'GM0758' }),
      chart('half-year', { indicator: 'veilig-thuis', area: 'GM0758' }),
      chart('no words for sentences in the feed', { indicator: 'halt', area: 'NL01' }),
      chart('after a series break', { indicator: 'jeugdoverlast', area: 'GM0758' }),
      chart('starting after a series break: the reader’s start, not the break’s', {
        indicator: 'jeugdoverlast',
        area: 'GM0758',
        from: '2023',
      }),
      chart('a gemeente after it ceased to exist: not applicable', { indicator: 'woninginbraak', area: 'GM0738' }),
      chart('a gemeente asked for after it ceased to exist: its own figures, no district in its place', {
        indicator: 'woninginbraak',
        area: 'GM0738',
        from: '2023',
      }),
      chart('count per inwoner beside its size class; small counts, latest suppressed', {
        indicator: 'drugsafvaldumpingen',
        area: 'GM0758',
        compare: 'group:gk-nl',
      }),
      chart('count per inwoner, larger counts', { indicator: 'drugsafvaldumpingen', area: 'zwb', measure: 'rate' }),
      chart('survey beside its size class, which it belongs to: not tested', {
        indicator: 'onveilig',
        area: 'GM0758',
        compare: 'group:gk-nl',
      }),
      chart('index, 2023 = 100, beside Nederland', {
        indicator: 'woninginbraak',
        area: 'GM0758',
        compare: 'land',
        scale: 'index',
        base: '2023',
      }),
      chart('index with a suppressed base', {
        indicator: 'drugsafvaldumpingen',
        area: 'GM0758',
        scale: 'index',
        base: '2025',
      }),
      chart('index on a base of fewer than 10 cases', {
        indicator: 'drugsafvaldumpingen',
        area: 'GM0777',
        scale: 'index',
        base: '2023',
      }),
      section('no data', (strings) => [
        ['summary', strings.summary.noData('Breda')],
        ['theme card', strings.theme.fallback(strings.levelName('De Baronie', 'district'))],
      ]),
      comparison('comparison of districts, rate', { indicator: 'woninginbraak' }),
      comparison('comparison of gemeenten, count, one suppressed', {
        indicator: 'drugsafvaldumpingen',
        level: 'gemeente',
        within: 'de-baronie',
        measure: 'count',
      }),
      comparison('comparison of gemeenten, per inwoner by default, one suppressed', {
        indicator: 'drugsafvaldumpingen',
        level: 'gemeente',
        within: 'de-baronie',
      }),
      comparison('comparison of a size class’s members in the feed', {
        indicator: 'drugsafvaldumpingen',
        within: 'group:gk-nl',
        period: '2024',
      }),
      comparison('comparison of gemeenten, the highlighted one no longer exists', {
        indicator: 'woninginbraak',
        level: 'gemeente',
        within: 'de-baronie',
        highlight: 'GM0738',
      }),
      comparison(
        'comparison of gemeenten, the highlighted one merged into one shown',
        { indicator: 'woninginbraak', level: 'gemeente', highlight: 'GM0738' },
        mergerFeed,
      ),
      comparison(
        'comparison of gemeenten, the highlighted one split, two of the gemeenten that got part of it shown',
        { indicator: 'woninginbraak', level: 'gemeente', highlight: 'GM0788' },
        splitFeed(['GM0824', 'GM0855']),
      ),
      comparison(
        'comparison of gemeenten, the highlighted one ended, one gemeente that got all or part of it shown',
        { indicator: 'woninginbraak', level: 'gemeente', highlight: 'GM0788' },
        splitFeed(['GM0855']),
      ),
      comparison('comparison of districts, the highlighted gemeente no longer exists: no district stands in', {
        indicator: 'woninginbraak',
        highlight: 'GM0738',
      }),
      comparison(
        'comparison of districts, the highlighted gemeente merged into one in its district: the district stands in',
        { indicator: 'woninginbraak', highlight: 'GM0738' },
        mergerFeed,
      ),
      comparison(
        'comparison of districts, the highlighted gemeente split: no district stands in',
        { indicator: 'woninginbraak', highlight: 'GM0788' },
        splitFeed(['GM0824', 'GM0855']),
      ),
      comparison(
        'comparison of gemeenten, the highlighted one formed later, with its history',
        { indicator: 'woninginbraak', level: 'gemeente', highlight: 'GM1959', period: '2018' },
        mergerFeed,
      ),
      comparison(
        'comparison of a group, the highlighted one formed later, one of the gemeenten it was formed from shown',
        { indicator: 'woninginbraak', within: 'group:werkendam-altena', highlight: 'GM1959', period: '2018' },
        mergerFeed,
      ),
      comparison('comparison of districts, survey', { indicator: 'onveilig' }),
      comparison('comparison of districts, a score written after its words', { indicator: 'rapportcijfer' }),
      chart('rate, a change only in a decimal never printed', {
        indicator: 'woonoverlast',
        area: 'GM0758',
        compare: 'none',
      }),
      chart('rate, the percentage from the figures as delivered, not as printed', {
        indicator: 'woonoverlast',
        area: 'GM0687',
        compare: 'none',
      }),
      comparison('comparison of gemeenten in a special period, equal as printed', {
        indicator: 'woonoverlast',
        within: 'de-baronie',
        period: '2021',
      }),
      comparison('no figures per gemeente, the national one provisional', {
        indicator: 'uitbuiting',
        level: 'gemeente',
        within: 'de-baronie',
      }),
      comparison('no figures per gemeente, the district’s', {
        indicator: 'online-oplichting',
        level: 'gemeente',
        within: 'de-baronie',
      }),
      ...HIGHLIGHT_RULES.map((rule) => {
        const highlight = found.find((h) => h.rule === rule);
        assert.ok(highlight, `the fixture has a ${rule} finding`);
        return section(`highlights finding, ${rule}`, (strings) => [
          ['finding', describeHighlight(highlight, strings)],
        ]);
      }),
      section('highlights findings resting on a special period', (strings) =>
        detectHighlights(feed, { areas: ['zeeland'], indicators: ['woonoverlast'] }).map(
          (highlight): [string, string] => [`finding, ${highlight.rule}`, describeHighlight(highlight, strings)],
        ),
      ),
    ]
      .join('\n\n')
      .replaceAll('\u00a0', '⍽') + '\n'
  );
}

test('the sentences read as in the reviewed snapshot', async () => {
  const actual = snapshot();
  if (process.env['UPDATE_SNAPSHOTS']) {
    await writeFile(SNAPSHOT, actual);
    return;
  }
  const expected = await readFile(SNAPSHOT, 'utf8').catch(() => '');
  assert.equal(actual, expected, 'sentences changed: review, then rerun with UPDATE_SNAPSHOTS=1');
});

test('a dictionary for another language without words for an absent highlight says it in Dutch, marked so', () => {
  const model = buildCompareModel(mergerFeed, {
    indicator: 'woninginbraak',
    level: 'gemeente',
    highlight: 'GM1959',
    period: '2018',
  });
  // A host's German dictionary, written before these words: on its own, and laid over Dutch's as an element does.
  const german: Strings = { ...dictionaries.en, locale: 'de-DE' };
  delete german.highlightAbsent;
  const dutch = {
    text: 'Altena komt in 2018 niet voor: de gemeente bestaat pas sinds 1 januari 2019. U ziet de gemeenten waaruit ze is gevormd: Aalburg, Werkendam en Woudrichem.',
    lang: 'nl',
  };
  assert.deepEqual(absentHighlightSentence(model, german), dutch);
  assert.deepEqual(absentHighlightSentence(model, withOverrides(dictionaries.nl, german)), dutch);
});

test('an absent highlight of a district takes its article: het district, never de district', () => {
  const words = dictionaries.nl.highlightAbsent!;
  assert.deepEqual(
    [
      words.formedFrom('district', 'Oud', 1, true),
      words.wentInto('district', 'Nieuw', 1, true),
      words.wentInto('district', 'Nieuw', 1, false),
      words.wentInto('district', 'Nieuw en Oost', 2, false),
    ],
    [
      'U ziet het district waaruit het is gevormd: Oud.',
      'U ziet het district waarin het is opgegaan: Nieuw.',
      'U ziet het district Nieuw, waarin het geheel of voor een deel is opgegaan.',
      'U ziet de districten Nieuw en Oost, die elk een deel ervan hebben gekregen.',
    ],
  );
});
