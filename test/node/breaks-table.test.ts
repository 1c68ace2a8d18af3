/**
 * Series breaks and special periods for `miv-feed build`: read from `breaks.csv` and
 * `special_periods.csv`, implied by the boundary changes in `areas.csv`, and merged into the
 * indicators so that no sentence compares a figure across a herindeling.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { parseCsv } from '../../src/cli/csv.js';
import type { FeedIssue, MivError } from '../../src/feed/errors.js';
import {
  boundaryBreaks,
  breaksFromTable,
  specialPeriodsFromTable,
  withBreaks,
  type BreakParts,
} from '../../src/feed/breaks-table.js';
import {
  areasFromTable,
  assembleFeed,
  indicatorsFromTable,
  valuesFromTable,
  type KnownIds,
} from '../../src/feed/build.js';
import { parseFeed } from '../../src/feed/validate.js';
import type { Area, Indicator } from '../../src/feed/schema.js';
import { nl } from '../../src/i18n/strings.js';
import { buildIndicatorModel } from '../../src/model/indicator.js';
import { describeIndicator } from '../../src/model/summary.js';
import { area } from '../fixtures/areas.js';
import { testMeta } from '../fixtures/feeds.js';

const KNOWN: KnownIds = {
  indicators: new Set(['bibob', 'inbraak', 'onveilig']),
  areas: new Map([
    ['NL01', 'land'],
    ['hart-van-brabant', 'district'],
    ['GM0824', 'gemeente'],
    ['GM0855', 'gemeente'],
    ['GM0788', 'gemeente'],
  ]),
};

function read<T>(
  reader: (t: ReturnType<typeof parseCsv>, i: FeedIssue[], k: KnownIds) => T,
  file: string,
  csv: string,
) {
  const issues: FeedIssue[] = [];
  const out = reader(parseCsv(csv, file), issues, KNOWN);
  return { out, issues: issues.map((i) => `${i.path}: ${i.message}`) };
}

test('breaks.csv: one indicator or every one (*), limited to areas separated by ; or spaces', () => {
  const { out, issues } = read(
    breaksFromTable,
    'breaks.csv',
    `indicator,period,reason,areas
onveilig,2021,Vernieuwde Veiligheidsmonitor: andere vragenlijst en weging.,
*,2021,"Herindeling: Haaren opgeheven (1 januari 2021); delen gingen naar Oisterwijk en Tilburg.",GM0788; GM0824 GM0855
`,
  );
  assert.deepEqual(issues, []);
  assert.deepEqual(out, [
    { indicator: 'onveilig', period: '2021', reason: 'Vernieuwde Veiligheidsmonitor: andere vragenlijst en weging.' },
    {
      indicator: '*',
      period: '2021',
      reason: 'Herindeling: Haaren opgeheven (1 januari 2021); delen gingen naar Oisterwijk en Tilburg.',
      areas: ['GM0788', 'GM0824', 'GM0855'],
    },
  ]);
});

test('breaks.csv: every problem at its file, row and column, in Dutch', () => {
  const { out, issues } = read(
    breaksFromTable,
    'breaks.csv',
    `indicator;period;reason;areas
BIBOB;2021;Herindeling;GM0824
bibob;2021 H1;Nieuwe meldcode;
bibob;2021;;gm0824 GM9999
;2021;Herindeling;
`,
  );
  assert.deepEqual(out, []);
  assert.deepEqual(issues, [
    // Only the case differs, in every letter: further off than the two-letter slips `nearest` guesses.
    'breaks.csv, regel 2, kolom indicator: indicator "BIBOB" bestaat niet; bedoelt u "bibob"?',
    'breaks.csv, regel 3, kolom period: "2021 H1" is geen periode (2024, 2024-H1 of 2024-Q1)',
    'breaks.csv, regel 4, kolom reason: mag niet leeg zijn',
    'breaks.csv, regel 4, kolom areas: gebied "gm0824" bestaat niet; bedoelt u "GM0824"?',
    'breaks.csv, regel 4, kolom areas: gebied "GM9999" bestaat niet',
    'breaks.csv, regel 5, kolom indicator: mag niet leeg zijn',
  ]);
  assert.deepEqual(read(breaksFromTable, 'breaks.csv', 'indicator,period\nbibob,2021\n').issues, [
    'breaks.csv: kolom ontbreekt: reason',
  ]);
});

test('special_periods.csv: from, to and a label; to may not lie before from', () => {
  const { out, issues } = read(
    specialPeriodsFromTable,
    'special_periods.csv',
    `indicator,from,to,label,reason
*,2020,2021,Corona,"Coronamaatregelen: minder mensen op straat en meer thuis."
inbraak,2020-H1,2020,Lockdown,
bibob,2022,2021-H2,Corona,
onveilig,2020,2021,,
`,
  );
  assert.deepEqual(out, [
    {
      indicator: '*',
      from: '2020',
      to: '2021',
      label: 'Corona',
      reason: 'Coronamaatregelen: minder mensen op straat en meer thuis.',
    },
    { indicator: 'inbraak', from: '2020-H1', to: '2020', label: 'Lockdown' },
  ]);
  assert.deepEqual(issues, [
    'special_periods.csv, regel 4, kolom to: valt vóór from (2022)',
    'special_periods.csv, regel 5, kolom label: mag niet leeg zijn',
  ]);
});

test('a special period is read by its days, in the builder and the validator alike', () => {
  const { out, issues } = read(
    specialPeriodsFromTable,
    'special_periods.csv',
    'indicator,from,to,label\n*,2020-H2,2020,Corona\ninbraak,2021-H1,2020,Terug\n',
  );
  assert.deepEqual(issues, ['special_periods.csv, regel 3, kolom to: valt vóór from (2021-H1)']);
  assert.deepEqual(out, [{ indicator: '*', from: '2020-H2', to: '2020', label: 'Corona' }]);
  // The validator agrees: 2020-H2 to 2020 runs forward, 2021-H1 to 2020 does not.
  const feedWith = (from: string, to: string) => ({
    schemaVersion: 1,
    meta: testMeta('Bijzondere periode'),
    themes: [{ id: 'buurt', title: 'Buurt', order: 1 }],
    areas: [area('NL01', 'Nederland', 'land')],
    indicators: [indicator('inbraak', 'count', { specialPeriods: [{ from, to, label: 'Corona' }] })],
    series: [],
    duiding: [],
    opvallendheden: [],
  });
  assert.doesNotThrow(() => parseFeed(feedWith('2020-H2', '2020')));
  assert.throws(
    () => parseFeed(feedWith('2021-H1', '2020')),
    (error: MivError) =>
      error.detail.issues?.map((i) => `${i.path}: ${i.message}`).join('\n') ===
      'indicators[0].specialPeriods[0].to: valt vóór from (2021-H1)',
  );
});

// Hart van Brabant with Haaren, split on 1 January 2021; Altena formed in De Baronie in 2019.
const AREAS: Area[] = [
  area('NL01', 'Nederland', 'land'),
  area('zwb', 'Eenheid Zeeland-West-Brabant', 'eenheid', 'NL01'),
  area('hvb', 'Hart van Brabant', 'district', 'zwb'),
  area('baronie', 'De Baronie', 'district', 'zwb'),
  area('GM0855', 'Tilburg', 'gemeente', 'hvb', { predecessors: ['GM0788'] }),
  area('GM0824', 'Oisterwijk', 'gemeente', 'hvb', { predecessors: ['GM0788'] }),
  area('GM0788', 'Haaren', 'gemeente', 'hvb', { validTo: '2020-12-31' }),
  area('GM1959', 'Altena', 'gemeente', 'baronie', {
    validFrom: '2019-01-01',
    predecessors: ['GM0738', 'GM0870', 'GM0874'],
  }),
  area('GM0738', 'Aalburg', 'gemeente', 'baronie', { validTo: '2018-12-31' }),
  area('GM0870', 'Werkendam', 'gemeente', 'baronie', { validTo: '2018-12-31' }),
  area('GM0874', 'Woudrichem', 'gemeente', 'baronie', { validTo: '2018-12-31' }),
];

const indicator = (id: string, kind: Indicator['kind'], extra: Partial<Indicator> = {}): Indicator => ({
  id,
  title: id,
  shortTitle: id,
  theme: 'buurt',
  unit: kind === 'survey' ? '%' : 'aantal',
  kind,
  decimals: 0,
  polarity: 'neutral',
  definition: id,
  source: { name: 'Bron' },
  frequency: 'jaar',
  lowestLevel: 'gemeente',
  chainStep: 'repressie',
  ...extra,
});

/** One value per period, in Tilburg: enough to say the series runs across the changes. */
const valuesIn = (id: string, periods: string[], areaId = 'GM0855') =>
  periods.map((period) => ({ indicator: id, area: areaId, period }));

// Parts of Haaren went to Boxtel and Vught too, outside the feed: areas.csv names some receivers only.
const HAAREN_SPLIT =
  'Herindeling: Haaren opgeheven (1 januari 2021); delen gingen onder meer naar Oisterwijk en Tilburg.';
const ALTENA_FORMED = 'Herindeling: Altena gevormd uit Aalburg, Werkendam en Woudrichem (1 januari 2019).';

test('a split gives every indicator shown below the unit a break, limited to the areas it changed', () => {
  const warnings: string[] = [];
  const parts: BreakParts = {
    areas: AREAS,
    indicators: [
      indicator('bibob', 'count'),
      indicator('district', 'count', { lowestLevel: 'district' }),
      indicator('halfjaar', 'count', { frequency: 'halfjaar' }),
      indicator('landelijk', 'count', { lowestLevel: 'land' }),
    ],
    values: [
      ...valuesIn('bibob', ['2020', '2021']),
      ...valuesIn('district', ['2020', '2021'], 'hvb'),
      ...valuesIn('halfjaar', ['2020-H2', '2021-H1']),
      ...valuesIn('landelijk', ['2020', '2021'], 'NL01'),
    ],
  };
  assert.deepEqual(boundaryBreaks(parts, warnings), [
    // Parts of Haaren went to Boxtel and Vught too, outside the unit: the district and the unit changed.
    { indicator: 'bibob', period: '2021', reason: HAAREN_SPLIT, areas: ['GM0788', 'GM0855', 'GM0824', 'hvb', 'zwb'] },
    { indicator: 'district', period: '2021', reason: HAAREN_SPLIT, areas: ['hvb', 'zwb'] },
    {
      indicator: 'halfjaar',
      period: '2021-H1',
      reason: HAAREN_SPLIT,
      areas: ['GM0788', 'GM0855', 'GM0824', 'hvb', 'zwb'],
    },
  ]);
  assert.deepEqual(warnings, []);

  // One receiver named: areas.csv does not say whether it took all of Haaren, so the reason does not either.
  const one = AREAS.map(({ predecessors, ...a }) =>
    a.id === 'GM0824' ? a : { ...a, ...(predecessors ? { predecessors } : {}) },
  );
  assert.deepEqual(
    boundaryBreaks({ ...parts, areas: one }, [])[0]!.reason,
    'Herindeling: Haaren opgeheven (1 januari 2021); het gebied ging geheel of voor een deel naar Tilburg.',
  );
});

test('an ended area that no area names gets a warning, until breaks.csv records its break', () => {
  const areas = AREAS.map(({ predecessors, ...a }) => (a.id === 'GM1959' ? { ...a, predecessors } : a));
  const parts: BreakParts = {
    areas,
    indicators: [indicator('bibob', 'count')],
    values: valuesIn('bibob', ['2020', '2021']),
  };
  const warnings: string[] = [];
  assert.deepEqual(boundaryBreaks(parts, warnings), [
    {
      indicator: 'bibob',
      period: '2021',
      reason: 'Herindeling: Haaren opgeheven (1 januari 2021).',
      areas: ['GM0788', 'hvb', 'zwb'],
    },
  ]);
  assert.deepEqual(warnings, [
    'GM0788 (Haaren) is opgeheven per 1 januari 2021, maar geen gebied noemt het bij predecessors: de reeksen ' +
      'van de gebieden die (delen van) Haaren kregen, krijgen zo geen trendbreuk. Zet GM0788 in areas.csv bij ' +
      'hun predecessors, of zet in breaks.csv een breuk die Haaren noemt (bij areas of in reason)',
  ]);

  // The data team records it: the areas it names need nothing more; the district and unit still get theirs.
  const recorded = { indicator: '*', period: '2021', reason: HAAREN_SPLIT, areas: ['GM0788', 'GM0824', 'GM0855'] };
  const after: string[] = [];
  assert.deepEqual(boundaryBreaks({ ...parts, breaks: [recorded] }, after), [
    {
      indicator: 'bibob',
      period: '2021',
      reason: 'Herindeling: Haaren opgeheven (1 januari 2021).',
      areas: ['hvb', 'zwb'],
    },
  ]);
  assert.deepEqual(after, []);

  // A break for every area that day, for another reason, cuts the receivers' series but does not tell
  // their readers of the herindeling: the warning stays. One whose reason names Haaren records it.
  const forAll = (reason: string) => {
    const warned: string[] = [];
    boundaryBreaks({ ...parts, breaks: [{ indicator: '*', period: '2021', reason }] }, warned);
    return warned.length;
  };
  assert.equal(forAll('Nieuwe registratie van Bibob-besluiten.'), 1);
  assert.equal(forAll('Haaren is opgeheven; delen gingen naar Oisterwijk, Tilburg, Boxtel en Vught.'), 0);
  assert.equal(forAll('Herindeling GM0788.'), 0);
  // A name inside another word is not the name: Haaren is not Haarendael.
  assert.equal(forAll('Nieuwe wijkindeling Haarendael.'), 1);
});

test('a merger is recomputed where its counts add up, and breaks only where they cannot', () => {
  const parts = (values: BreakParts['values'], areas = AREAS): BreakParts => ({
    areas,
    indicators: [indicator('bibob', 'count'), indicator('onveilig', 'survey')],
    values,
  });
  const spanning = [...valuesIn('bibob', ['2017', '2019']), ...valuesIn('onveilig', ['2017', '2019'])];
  // The count's history is recomputed by addHistory; the survey's cannot be summed.
  assert.deepEqual(boundaryBreaks(parts(spanning), []), [
    {
      indicator: 'onveilig',
      period: '2019',
      reason: ALTENA_FORMED,
      areas: ['GM1959', 'GM0738', 'GM0870', 'GM0874'],
    },
  ]);
  // A series that begins with Altena, or whose history on today's boundaries the source delivers, has no break.
  assert.deepEqual(boundaryBreaks(parts(valuesIn('onveilig', ['2019', '2020'])), []), []);
  assert.deepEqual(boundaryBreaks(parts([...spanning, ...valuesIn('onveilig', ['2017'], 'GM1959')]), []), []);
  // A merger across districts changes both districts, not the unit that holds all of it: Aalburg's
  // count leaves Hart van Brabant for De Baronie. Altena's own series is recomputed, so only the survey breaks there.
  const across = AREAS.map((a) => (a.id === 'GM0738' ? { ...a, parent: 'hvb' } : a));
  assert.deepEqual(boundaryBreaks(parts(spanning, across), []), [
    { indicator: 'bibob', period: '2019', reason: ALTENA_FORMED, areas: ['baronie', 'hvb'] },
    {
      indicator: 'onveilig',
      period: '2019',
      reason: ALTENA_FORMED,
      areas: ['GM1959', 'GM0738', 'GM0870', 'GM0874', 'baronie', 'hvb'],
    },
  ]);
  // So does a series whose history on today's boundaries the source delivers: its districts did not.
  const delivered = [...spanning, ...valuesIn('onveilig', ['2017'], 'GM1959')];
  assert.deepEqual(
    boundaryBreaks(parts(delivered, across), []).map((b) => b.areas),
    [
      ['baronie', 'hvb'],
      ['baronie', 'hvb'],
    ],
  );
});

test('withBreaks merges given and implied breaks once each, * to every indicator, sorted by date', () => {
  const own = { period: '2019-H1', reason: 'Aangescherpte meldcode.' };
  const indicators = [indicator('bibob', 'count', { breaks: [own] }), indicator('onveilig', 'survey')];
  const corona = { from: '2020', to: '2021', label: 'Corona' };
  const warnings: string[] = [];
  const merged = withBreaks(
    {
      areas: AREAS,
      indicators,
      values: [...valuesIn('bibob', ['2018', '2022']), ...valuesIn('onveilig', ['2019', '2021'])],
      breaks: [
        { indicator: 'onveilig', period: '2021', reason: 'Vernieuwde Veiligheidsmonitor.' },
        // The same break as the one the areas imply, in the data team's words: it wins, and is kept once;
        // a second for the same areas that day, for another reason, is real too: one break gives both.
        {
          indicator: 'bibob',
          period: '2021',
          reason: 'Haaren verdeeld.',
          areas: ['zwb', 'hvb', 'GM0824', 'GM0855', 'GM0788'],
        },
        {
          indicator: 'bibob',
          period: '2021',
          reason: 'Andere telling',
          areas: ['GM0788', 'GM0824', 'GM0855', 'hvb', 'zwb'],
        },
        {
          indicator: 'bibob',
          period: '2021',
          reason: 'Haaren verdeeld',
          areas: ['GM0788', 'GM0824', 'GM0855', 'hvb', 'zwb'],
        },
        { indicator: '*', period: '2015', reason: 'Nieuwe registratie.' },
      ],
      specialPeriods: [
        { indicator: '*', ...corona },
        { indicator: 'bibob', from: '2020', to: '2021', label: 'Nogmaals' },
        { indicator: 'bibob', from: '2016', to: '2016', label: 'Actie' },
        // The same days in half-years: the same special period, kept once.
        { indicator: 'onveilig', from: '2020-H1', to: '2021-H2', label: 'Corona (halfjaren)' },
      ],
    },
    warnings,
  );
  assert.deepEqual(merged[0]!.breaks, [
    { period: '2015', reason: 'Nieuwe registratie.' },
    own,
    {
      period: '2021',
      reason: 'Haaren verdeeld. Andere telling.',
      areas: ['zwb', 'hvb', 'GM0824', 'GM0855', 'GM0788'],
    },
  ]);
  assert.deepEqual(merged[0]!.specialPeriods, [{ from: '2016', to: '2016', label: 'Actie' }, corona]);
  // A break given for every area on the day of the herindeling, for another reason: the herindeling's
  // own break stays beside it, for its areas, so their notes give both reasons.
  assert.deepEqual(merged[1]!.breaks, [
    { period: '2015', reason: 'Nieuwe registratie.' },
    { period: '2021', reason: 'Vernieuwde Veiligheidsmonitor.' },
    { period: '2021', reason: HAAREN_SPLIT, areas: ['GM0788', 'GM0855', 'GM0824', 'hvb', 'zwb'] },
  ]);
  assert.deepEqual(merged[1]!.specialPeriods, [corona]);
  assert.deepEqual(indicators[0]!.breaks, [own], 'the input is left as it was');
  assert.deepEqual(warnings, []);
});

// The data team's folder of the review (/tmp/review-data/split), with Haaren ended on 31 December 2020.
const SPLIT_AREAS = `id,name,level,parent,valid_from,valid_to,predecessors
NL01,Nederland,land,,,,
zeeland-west-brabant,Eenheid Zeeland-West-Brabant,eenheid,NL01,,,
hart-van-brabant,Hart van Brabant,district,zeeland-west-brabant,,,
GM0855,Tilburg,gemeente,hart-van-brabant,,,
GM0824,Oisterwijk,gemeente,hart-van-brabant,,,
GM0788,Haaren,gemeente,hart-van-brabant,,2020-12-31,
`;
const SPLIT_INDICATORS = `id,name,theme,unit,kind,source,polarity,lowest_level,frequency,chain_step,in_sentence,in_sentence_one
bibob-weigeringen,Vergunningen geweigerd/ingetrokken o.g.v. Wet Bibob,georganiseerde-criminaliteit,aantal,count,gemeente / Taskforce-RIEC,neutral,gemeente,jaar,pro-actie,{value} Bibob-weigeringen en -intrekkingen,{value} Bibob-weigering of -intrekking
`;
const SPLIT_VALUES = `indicator,area,period,value,status,margin,note,count,denominator
${[
  ['2018', 30, 10, 5],
  ['2019', 31, 10, 5],
  ['2020', 32, 10, 5],
  ['2021', 38, 13],
  ['2022', 39, 13],
  ['2023', 40, 13],
]
  .flatMap(([period, ...counts]) =>
    ['GM0855', 'GM0824', 'GM0788']
      .slice(0, counts.length)
      .map((id, i) => `bibob-weigeringen,${id},${period},,,,,${counts[i]},`),
  )
  .join('\n')}
`;

/** Builds the review's folder as `miv-feed build` would, with the breaks merged in; the summaries of Oisterwijk and the district. */
function oisterwijk(areasCsv: string, breaksCsv?: string) {
  const issues: FeedIssue[] = [];
  const areas = areasFromTable(parseCsv(areasCsv, 'areas.csv'), issues);
  const indicators = indicatorsFromTable(parseCsv(SPLIT_INDICATORS, 'indicators.csv'), issues);
  const values = valuesFromTable(parseCsv(SPLIT_VALUES, 'values.csv'), issues);
  const known = { indicators: new Set(indicators.map((i) => i.id)), areas: new Map(areas.map((a) => [a.id, a.level])) };
  const breaks = breaksCsv ? breaksFromTable(parseCsv(breaksCsv, 'breaks.csv'), issues, known) : [];
  assert.deepEqual(issues, []);
  const warnings: string[] = [];
  const { feed } = assembleFeed({
    meta: testMeta('Oefenfeed Hart van Brabant'),
    themes: [{ id: 'georganiseerde-criminaliteit', title: 'Georganiseerde criminaliteit', order: 1 }],
    areas,
    indicators: withBreaks({ areas, indicators, values, breaks }, warnings),
    values,
  });
  const say = (id: string) =>
    describeIndicator(buildIndicatorModel(feed, { indicator: 'bibob-weigeringen', area: id }), nl);
  return { oisterwijk: say('GM0824'), district: say('hart-van-brabant'), warnings };
}

test('Oisterwijk after the Haaren split: no sentence compares 2023 with 2018 across the 2021 break', () => {
  const named = SPLIT_AREAS.replace(/^(GM0855,.*|GM0824,.*),$/gm, '$1,GM0788');
  const { oisterwijk: withPredecessors, district, warnings } = oisterwijk(named);
  assert.deepEqual(warnings, []);
  assert.equal(
    withPredecessors,
    'In 2023: 13 Bibob-weigeringen en -intrekkingen in Oisterwijk. Dat is evenveel als in 2022. ' +
      'Sinds 2021 (na de trendbreuk): evenveel als in 2021.',
  );
  assert.doesNotMatch(withPredecessors, /2018|\+30\s%/);
  assert.match(district, /Sinds 2021 \(na de trendbreuk\): 2 meer dan in 2021 \(\+4\s%\)\.$/);

  // The folder as the review found it: the district's break follows from areas.csv alone, Oisterwijk's
  // needs the receivers named, and build says so.
  const asFound = oisterwijk(SPLIT_AREAS);
  assert.match(asFound.district, /Sinds 2021 \(na de trendbreuk\)/);
  assert.match(asFound.oisterwijk, /Over de hele reeks: 3 meer dan in 2018 \(\+30\s%\)\.$/);
  assert.match(
    asFound.warnings.join('\n'),
    /Zet GM0788 in areas\.csv bij hun predecessors, of zet in breaks\.csv een breuk die Haaren noemt/,
  );

  const inBreaksCsv = oisterwijk(
    SPLIT_AREAS,
    `indicator,period,reason,areas\n*,2021,"${HAAREN_SPLIT}",GM0788;GM0824;GM0855\n`,
  );
  assert.equal(inBreaksCsv.oisterwijk, withPredecessors);
  assert.deepEqual(inBreaksCsv.warnings, []);
});

test("the sample feed's own breaks already hold everything its areas imply: nothing changes, nothing warns", async () => {
  const sample = parseFeed(
    JSON.parse(await readFile(new URL('../../examples/data/sample-feed.json', import.meta.url), 'utf8')),
  );
  // The values as delivered: recomputed history (its note says so) is the builder's, not the source's.
  const values = sample.series.flatMap((s) =>
    s.periods
      .filter((p) => !s.notes?.[p]?.startsWith('Herberekend'))
      .map((period) => ({ indicator: s.indicator, area: s.area, period })),
  );
  const warnings: string[] = [];
  assert.deepEqual(
    withBreaks({ areas: sample.areas, indicators: sample.indicators, values }, warnings),
    sample.indicators,
  );
  assert.deepEqual(warnings, []);
});
