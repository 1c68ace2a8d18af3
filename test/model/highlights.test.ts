import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/validate.js';
import type { Feed, Indicator, Series } from '../../src/feed/schema.js';
import {
  authoredHighlights,
  describeFinding,
  describeHighlight,
  detectedByRule,
  detectHighlights,
  DETECTION_RULES,
  explainRule,
  type DetectedHighlight,
} from '../../src/model/highlights.js';
import { dictionaries } from '../../src/i18n/dictionaries.js';
import { smallFeed, testMeta } from '../fixtures/feeds.js';

const { nl, en } = dictionaries;

/**
 * A hand-made feed in which each rule has cases just over and just under its threshold, so every
 * expectation below can be checked by reading the numbers.
 */
function ruleFeed(): Feed {
  const indicator = (id: string, kind: Indicator['kind'], polarity: Indicator['polarity'], extra = {}): Indicator => ({
    id,
    title: id,
    shortTitle: id,
    theme: id === 'mensenhandel' || id === 'halt' ? 'zorg' : 'buurt',
    unit: kind === 'count' ? 'aantal' : kind === 'survey' ? '%' : 'per 1.000 inwoners',
    kind,
    decimals: kind === 'count' ? 0 : 1,
    polarity,
    definition: id,
    source: { name: 'Test' },
    frequency: kind === 'survey' ? 'tweejaarlijks' : 'jaar',
    lowestLevel: 'district',
    chainStep: 'repressie',
    ...extra,
  });
  const years = ['2021', '2022', '2023', '2024', '2025'];
  const series = (ind: string, area: string, values: (number | null)[], extra: Partial<Series> = {}): Series => ({
    indicator: ind,
    area,
    periods: values.length === 5 ? years : values.length === 4 ? ['2019', '2021', '2023', '2025'] : ['2024', '2025'],
    values,
    ...extra,
  });
  const margins = (m: number) => ({ margins: [m, m, m, m] });
  return parseFeed({
    schemaVersion: 1,
    meta: testMeta('Regels'),
    themes: [
      { id: 'buurt', title: 'Buurt', order: 1 },
      { id: 'zorg', title: 'Zorg', order: 2 },
    ],
    areas: [
      { id: 'NL01', name: 'Nederland', level: 'land' },
      { id: 'zwb', name: 'Zeeland-West-Brabant', level: 'eenheid', parent: 'NL01' },
      { id: 'de-baronie', name: 'De Baronie', level: 'district', parent: 'zwb' },
      { id: 'zeeland', name: 'Zeeland', level: 'district', parent: 'zwb' },
    ],
    indicators: [
      indicator('inbraak', 'rate', 'higher-is-worse', { breaks: [{ period: '2020', reason: 'COVID-19' }] }),
      indicator('halt', 'rate', 'neutral'),
      indicator('onveilig', 'survey', 'higher-is-worse'),
      indicator('mensenhandel', 'count', 'neutral'),
      indicator('fietsendiefstal', 'rate', 'higher-is-worse', {
        breaks: [{ period: '2025', reason: 'Nieuwe registratie', areas: ['zeeland'] }],
      }),
      indicator('overlast', 'rate', 'higher-is-worse'),
    ],
    series: [
      series('inbraak', 'NL01', [4, 4, 4, 4, 4]),
      series('inbraak', 'de-baronie', [5, 4.8, 4.6, 4.4, 5]), // +13,6 %, three falls then a rise, +25 % vs NL
      series('inbraak', 'zeeland', [4, 4.1, 4.2, 4.3, 4.4]), // +2,3 %, no reversal, +10 % vs NL
      series('halt', 'NL01', [100, 100, 100, 100, 100]),
      series('halt', 'de-baronie', [100, 100, 100, 100, 78]), // −22 %, neutral
      series('halt', 'zeeland', [100, 100, 100, 100, 95]), // −5 %
      series('onveilig', 'NL01', [16, 16, 16, 16], margins(0.3)),
      // 2,5 > √(1² + 1²): significant; against Nederland only by the publisher's flag.
      series('onveilig', 'de-baronie', [19, 19, 18, 20.5], {
        ...margins(1),
        significance: { '2025': { areas: { NL01: true } } },
      }),
      series('onveilig', 'zeeland', [15, 15, 15, 17.5], margins(1.8)), // +16,7 % but 2,5 < √(1,8² + 1,8²) ≈ 2,55
      series('mensenhandel', 'NL01', [1000, 1010]),
      series('mensenhandel', 'de-baronie', [40, 80]), // +100 %; a count is never set against Nederland
      series('mensenhandel', 'zeeland', [5, 10]), // +100 %, but from too few cases
      series('fietsendiefstal', 'NL01', [10, 10]),
      series('fietsendiefstal', 'de-baronie', [10, 12]), // +20 %
      series('fietsendiefstal', 'zeeland', [10, 15]), // +50 %, but across its own series break; +50 % vs NL
      series('overlast', 'NL01', [8, 8, 8, 8, 8]),
      series('overlast', 'de-baronie', [10, 9, 8, 7, 7.5]), // three falls then a rise of 7 %: too small to turn
      series('overlast', 'zeeland', [10, 9, null, 7, 7.5], { status: { '2023': 'suppressed' } }), // a gap
    ],
    duiding: [],
    opvallendheden: [
      {
        id: 'a',
        district: 'de-baronie',
        title: 'Oud',
        text: 'x',
        indicators: ['inbraak'],
        date: '2025-01-01',
        shared: true,
      },
      {
        id: 'b',
        district: 'zeeland',
        title: 'Zorg',
        text: 'y',
        indicators: ['halt'],
        date: '2025-06-01',
        shared: false,
      },
      {
        id: 'c',
        district: 'de-baronie',
        title: 'Nieuw',
        text: 'z',
        indicators: ['overlast', 'halt'],
        date: '2025-09-01',
        shared: true,
      },
    ],
  });
}

const brief = (found: DetectedHighlight[]) => found.map((h) => `${h.rule} ${h.indicator.id} ${h.area.id}`);

describe('detectHighlights', () => {
  const feed = ruleFeed();
  const districts = ['de-baronie', 'zeeland'];

  it('finds a survey far from Nederland only by the publisher’s flag: the area is part of Nederland’s sample', () => {
    const unflagged = structuredClone(feed);
    delete unflagged.series.find((s) => s.indicator === 'onveilig' && s.area === 'de-baronie')!.significance;
    const found = (from: Feed) =>
      brief(detectHighlights(from, { areas: districts, indicators: ['onveilig'] })).filter((h) =>
        h.startsWith('far-from-national'),
      );
    expect(found(feed)).to.deep.equal(['far-from-national onveilig de-baronie']);
    expect(found(unflagged), '20,5 ± 1 against 16 ± 0,3, yet untested').to.deep.equal([]);
  });

  it('finds the largest changes of at least 10 %, surveys only when significant, counts from 20, never across a break', () => {
    const found = detectHighlights(feed, { areas: districts }).filter((h) => h.rule === 'largest-change');
    expect(brief(found)).to.deep.equal([
      'largest-change mensenhandel de-baronie',
      'largest-change halt de-baronie',
      'largest-change fietsendiefstal de-baronie',
      'largest-change onveilig de-baronie',
      'largest-change inbraak de-baronie',
    ]);
    expect(found[0]!.change.from.value).to.equal(40);
    expect(found[0]!.change.to.value).to.equal(80);
  });

  it('finds a largest change only against the period right before, never across a geheim or missing figure', () => {
    const raw = structuredClone(feed);
    // Zeeland's Halt rate: 100 in 2023, geheim in 2024, 78 in 2025 (-22 % over two years).
    const halt = raw.series.find((s) => s.indicator === 'halt' && s.area === 'zeeland')!;
    halt.values = [100, 100, 100, null, 78];
    halt.status = { '2024': 'suppressed' };
    const found = (from: Feed) =>
      brief(detectHighlights(from, { areas: ['zeeland'], indicators: ['halt'] })).filter((h) =>
        h.startsWith('largest-change'),
      );
    expect(found(raw)).to.deep.equal([]);
    // Nor in an irregular series, which has no expected step: its geheim period is still a step.
    const irregular = structuredClone(raw);
    irregular.indicators.find((i) => i.id === 'halt')!.frequency = 'onregelmatig';
    expect(found(irregular), 'irregular, across its geheim 2024').to.deep.equal([]);
    delete halt.status;
    halt.values = [100, 100, 100, 100, 78];
    expect(found(raw), 'the same fall in one year').to.deep.equal(['largest-change halt zeeland']);
    // An irregular series that published no 2024 at all steps from 2023 to 2025.
    const skipped = irregular.series.find((s) => s.indicator === 'halt' && s.area === 'zeeland')!;
    skipped.periods = ['2021', '2022', '2023', '2025'];
    skipped.values = [100, 100, 100, 78];
    delete skipped.status;
    expect(found(irregular), 'irregular, 2024 not published').to.deep.equal(['largest-change halt zeeland']);
  });

  it('keeps neutral indicators neutral and judges the others by polarity', () => {
    const found = detectHighlights(feed, { areas: districts });
    const judgement = (rule: string, id: string) =>
      found.find((h) => h.rule === rule && h.indicator.id === id)!.change.judgement;
    expect(judgement('largest-change', 'halt')).to.equal('neutral');
    expect(judgement('largest-change', 'mensenhandel')).to.equal('neutral');
    expect(judgement('largest-change', 'inbraak')).to.equal('unfavourable');
  });

  it('finds areas at least 25 % from Nederland in the same period, leaving counts out', () => {
    const found = detectHighlights(feed, { areas: districts }).filter((h) => h.rule === 'far-from-national');
    expect(brief(found)).to.deep.equal([
      'far-from-national fietsendiefstal zeeland',
      'far-from-national onveilig de-baronie',
      'far-from-national inbraak de-baronie',
    ]);
    expect(found.every((h) => h.reference.id === 'NL01')).to.equal(true);
    expect(found[2]!.change.from.value, 'Nederland in 2025').to.equal(4);
  });

  it('finds a reversal after three steps one way, only over consecutive numbers', () => {
    const found = detectHighlights(feed, { areas: districts }).filter((h) => h.rule === 'trend-reversal');
    // Nuisance in De Baronie also rises after three falls, but by 7 %: no change the monitor reports.
    expect(brief(found)).to.deep.equal(['trend-reversal inbraak de-baronie']);
    expect(found[0]!.run).to.equal(3);
    expect(found[0]!.change.direction).to.equal('up');
  });

  it('reads no reversal across a series break: the falls before it were measured another way', () => {
    const raw = structuredClone(feed);
    // Burglary in De Baronie: 5,0, 4,8, 4,6, 4,4, then 5,0, with a new registration from 2023 on.
    raw.indicators.find((i) => i.id === 'inbraak')!.breaks = [
      { period: '2023', reason: 'Nieuwe registratie', areas: ['de-baronie'] },
    ];
    const found = detectHighlights(parseFeed(raw), { areas: ['de-baronie'], indicators: ['inbraak'] });
    expect(brief(found), 'the change since 2024 and the distance from Nederland still count').to.deep.equal([
      'largest-change inbraak de-baronie',
      'far-from-national inbraak de-baronie',
    ]);
  });

  it(`reads a count's change from ${DETECTION_RULES.minCount} cases in the period before, not from one fewer`, () => {
    const raw = structuredClone(feed);
    raw.indicators.push({
      ...raw.indicators.find((i) => i.id === 'mensenhandel')!,
      id: 'zaken',
      title: 'zaken',
      shortTitle: 'zaken',
    });
    const { minCount } = DETECTION_RULES;
    raw.series.push(
      { indicator: 'zaken', area: 'de-baronie', periods: ['2024', '2025'], values: [minCount - 1, 2 * (minCount - 1)] },
      { indicator: 'zaken', area: 'zeeland', periods: ['2024', '2025'], values: [minCount, 2 * minCount] },
    );
    const found = detectHighlights(parseFeed(raw), { areas: districts, indicators: ['zaken'] });
    expect(found.map((h) => describeHighlight(h, nl))).to.deep.equal([
      `zaken in Zeeland: ${2 * minCount} in 2025, ${minCount} meer dan in 2024 (+100\u00a0%).`,
    ]);
  });

  it('reads no reversal in a turn too small to be a change: 300 → 301 after three falls', () => {
    const raw = structuredClone(feed);
    raw.indicators.push({ ...raw.indicators.find((i) => i.id === 'mensenhandel')!, id: 'casussen', title: 'c' });
    const casussen = (area: string, values: number[]): Series => ({
      indicator: 'casussen',
      area,
      periods: ['2021', '2022', '2023', '2024', '2025'],
      values,
    });
    raw.series.push(casussen('de-baronie', [330, 320, 310, 300, 301]), casussen('zeeland', [330, 320, 310, 300, 330]));
    const found = detectHighlights(parseFeed(raw), { areas: districts, indicators: ['casussen'] });
    // +0,3 % turns nothing; +10 %, the size `largest-change` starts at, does.
    expect(brief(found)).to.deep.equal(['largest-change casussen zeeland', 'trend-reversal casussen zeeland']);
  });

  it('reads no run from steps that rounding could make: 1,9 → 1,8 is no fall to turn from', () => {
    const raw = structuredClone(feed);
    raw.indicators.push({ ...raw.indicators.find((i) => i.id === 'inbraak')!, id: 'adviezen', breaks: [] });
    const adviezen = (area: string, values: number[]): Series => ({
      indicator: 'adviezen',
      area,
      periods: ['2021', '2022', '2023', '2024', '2025'],
      values,
    });
    raw.series.push(
      // Two of the three falls are 0,1: as printed, they may be nothing.
      adviezen('de-baronie', [1.9, 1.8, 1.6, 1.5, 1.7]),
      adviezen('zeeland', [2.4, 2.1, 1.8, 1.5, 1.7]),
    );
    const found = detectHighlights(parseFeed(raw), { areas: districts, indicators: ['adviezen'] });
    expect(brief(found.filter((h) => h.rule === 'trend-reversal'))).to.deep.equal(['trend-reversal adviezen zeeland']);
  });

  it('counts no difference of one unit of the last printed decimal, which rounding may make', () => {
    const raw = structuredClone(feed);
    raw.indicators.push({ ...raw.indicators.find((i) => i.id === 'inbraak')!, id: 'reclassering', breaks: [] });
    const reclassering = (area: string, values: number[]): Series => ({
      indicator: 'reclassering',
      area,
      periods: ['2024', '2025'],
      values,
    });
    raw.series.push(
      reclassering('NL01', [0.3, 0.3]),
      // One unit: 1,0 → 0,9 is −10 %, 0,5 → 0,4 is −20 % and 0,4 against 0,3 is +33 % as printed, yet each
      // might be almost nothing before rounding (0,45 → 0,44; 0,35 against 0,34).
      reclassering('de-baronie', [1.0, 0.9]),
      reclassering('zeeland', [0.5, 0.4]),
      // Two units: 1,0 → 0,8 (−20 %).
      reclassering('zwb', [1.0, 0.8]),
    );
    const found = detectHighlights(parseFeed(raw), { areas: [...districts, 'zwb'], indicators: ['reclassering'] });
    expect(brief(found)).to.deep.equal([
      'largest-change reclassering zwb',
      'far-from-national reclassering de-baronie',
      'far-from-national reclassering zwb',
    ]);
  });

  it('reads no reversal across a period the series leaves out; a survey steps two years at a time', () => {
    const raw = structuredClone(feed);
    raw.indicators.push(
      { ...raw.indicators.find((i) => i.id === 'overlast')!, id: 'gat', title: 'gat', shortTitle: 'gat' },
      { ...raw.indicators.find((i) => i.id === 'onveilig')!, id: 'lang', title: 'lang', shortTitle: 'lang' },
    );
    raw.series.push(
      // Three falls and a rise, but 2021 is not in the list: 4,0 in 2020 and 3,5 in 2022 are no step.
      {
        indicator: 'gat',
        area: 'de-baronie',
        periods: ['2018', '2019', '2020', '2022', '2023'],
        values: [5, 4.5, 4, 3.5, 4.5],
      },
      // The Veiligheidsmonitor every two years: three significant falls and a significant rise.
      {
        indicator: 'lang',
        area: 'de-baronie',
        periods: ['2017', '2019', '2021', '2023', '2025'],
        values: [20, 19, 18, 17, 19],
        margins: [0.2, 0.2, 0.2, 0.2, 0.2],
      },
    );
    const found = detectHighlights(parseFeed(raw), { areas: districts, indicators: ['gat', 'lang'] });
    expect(found.map((h) => describeHighlight(h, nl))).to.deep.equal([
      'gat in De Baronie: 4,5 per 1.000 inwoners in 2023, 1,0 hoger dan in 2022 (+29\u00a0%), ongunstig.',
      'lang in De Baronie: 19,0\u00a0% in 2025, 2,0 procentpunt significant hoger dan in 2023, ongunstig.',
      'lang in De Baronie: 19,0\u00a0% in 2025, 2,0 procentpunt significant hoger dan in 2023, ongunstig, na 3 dalingen op rij.',
    ]);
  });

  it('leaves out a rate resting on fewer than 10 cases, where the feed gives the counts', () => {
    const years = ['2021', '2022', '2023', '2024', '2025'];
    /** Weapon offences per 1.000 inwoners: +40 % on 2024 and +75 % against Nederland in De Baronie; three falls of 0,2 and a rise of +67 % in Zeeland. */
    const withCounts = (scale: number) => {
      const raw = structuredClone(feed);
      raw.indicators.push({ ...raw.indicators.find((i) => i.id === 'overlast')!, id: 'wapens', title: 'wapens' });
      raw.series.push(
        { indicator: 'wapens', area: 'NL01', periods: years, values: [0.4, 0.4, 0.4, 0.4, 0.4] },
        {
          indicator: 'wapens',
          area: 'de-baronie',
          periods: years,
          values: [0.2, 0.3, 0.4, 0.5, 0.7],
          counts: [3, 4, 6, 7, 9].map((c) => c * scale),
        },
        {
          indicator: 'wapens',
          area: 'zeeland',
          periods: years,
          values: [0.9, 0.7, 0.5, 0.3, 0.5],
          counts: [8, 6, 5, 3, 5].map((c) => c * scale),
        },
      );
      return detectHighlights(parseFeed(raw), { areas: districts, indicators: ['wapens'] });
    };
    expect(brief(withCounts(1))).to.deep.equal([]);
    // The same rates on ten times the cases stand out by every rule they meet.
    expect(brief(withCounts(10))).to.deep.equal([
      'largest-change wapens zeeland',
      'largest-change wapens de-baronie',
      'far-from-national wapens de-baronie',
      'trend-reversal wapens zeeland',
    ]);
  });

  it('looks only at the asked areas and indicators, and keeps the largest per rule', () => {
    expect(brief(detectHighlights(feed, { areas: ['zeeland'] }))).to.deep.equal([
      'far-from-national fietsendiefstal zeeland',
    ]);
    expect(brief(detectHighlights(feed, { areas: districts, indicators: ['inbraak'] }))).to.deep.equal([
      'largest-change inbraak de-baronie',
      'far-from-national inbraak de-baronie',
      'trend-reversal inbraak de-baronie',
    ]);
    expect(brief(detectHighlights(feed, { areas: districts, limit: 1 }))).to.deep.equal([
      'largest-change mensenhandel de-baronie',
      'far-from-national fietsendiefstal zeeland',
      'trend-reversal inbraak de-baronie',
    ]);
  });

  it('finds nothing for an area that only borrows a higher level’s numbers', async () => {
    const small = parseFeed(await smallFeed());
    // The small feed has no district series for trafficking: the national trend stands in.
    const found = detectHighlights(small, { areas: ['de-baronie'], indicators: ['mensenhandel-seksuele-uitbuiting'] });
    expect(found).to.deep.equal([]);
  });
});

describe('authoredHighlights', () => {
  const feed = ruleFeed();

  it('lists the districts’ own notes newest first', () => {
    expect(authoredHighlights(feed).map((o) => o.id)).to.deep.equal(['c', 'b', 'a']);
  });

  it('filters by district and by the theme of any of the indicators', () => {
    expect(authoredHighlights(feed, { district: 'de-baronie' }).map((o) => o.id)).to.deep.equal(['c', 'a']);
    expect(authoredHighlights(feed, { theme: 'zorg' }).map((o) => o.id)).to.deep.equal(['c', 'b']);
    expect(authoredHighlights(feed, { district: 'zeeland', theme: 'buurt' })).to.deep.equal([]);
  });

  it('keeps a note that was not shared within its district: listed on that district’s page only', () => {
    // `b` is Zeeland's own, not shared.
    expect(authoredHighlights(feed, { viewer: 'zeeland' }).map((o) => o.id)).to.deep.equal(['c', 'b', 'a']);
    expect(authoredHighlights(feed, { viewer: 'de-baronie' }).map((o) => o.id)).to.deep.equal(['c', 'a']);
    expect(
      authoredHighlights(feed, { viewer: '' }).map((o) => o.id),
      'a page of no district',
    ).to.deep.equal(['c', 'a']);
    expect(authoredHighlights(feed, { district: 'zeeland', viewer: 'de-baronie' })).to.deep.equal([]);
  });
});

describe('highlights in words', () => {
  const feed = ruleFeed();
  const found = detectHighlights(feed, { areas: ['de-baronie', 'zeeland'] });
  const one = (rule: string, indicator: string) => found.find((h) => h.rule === rule && h.indicator.id === indicator)!;

  it('states a change since the period before, with its relative size', () => {
    // De Baronie's burglary: 4,4 in 2024, 5,0 in 2025.
    const change = one('largest-change', 'inbraak');
    expect(describeHighlight(change, nl)).to.equal(
      'inbraak in De Baronie: 5,0 per 1.000 inwoners in 2025, 0,6 hoger dan in 2024 (+14\u00a0%), ongunstig.',
    );
    expect(describeHighlight(change, en)).to.equal(
      'inbraak in De Baronie: 5.0 per 1.000 inwoners in 2025, 0.6 higher than in 2024 (+14%), unfavourable.',
    );
  });

  it('says a (nader) voorlopig value is one, and which, as the summary under a chart does', () => {
    const found = one('largest-change', 'inbraak');
    const provisional = {
      ...found,
      change: { ...found.change, to: { ...found.change.to, status: 'provisional' as const } },
    };
    expect(describeHighlight(provisional, nl)).to.equal(
      'inbraak in De Baronie: 5,0 per 1.000 inwoners in 2025 (voorlopig cijfer), 0,6 hoger dan in 2024 (+14\u00a0%), ongunstig.',
    );
    expect(describeHighlight(provisional, en)).to.equal(
      'inbraak in De Baronie: 5.0 per 1.000 inwoners in 2025 (provisional figure), 0.6 higher than in 2024 (+14%), unfavourable.',
    );
    const revised = {
      ...found,
      change: { ...found.change, to: { ...found.change.to, status: 'revised-provisional' as const } },
    };
    expect(describeHighlight(revised, nl)).to.equal(
      'inbraak in De Baronie: 5,0 per 1.000 inwoners in 2025 (nader voorlopig cijfer), 0,6 hoger dan in 2024 (+14\u00a0%), ongunstig.',
    );
    expect(describeHighlight(revised, en)).to.include('in 2025 (revised provisional figure), 0.6 higher');
    // The figure the change starts from is marked too: CBS publishes the year before a voorlopig
    // one as nader voorlopig.
    const fromRevised = {
      ...provisional,
      change: { ...provisional.change, from: { ...found.change.from, status: 'revised-provisional' as const } },
    };
    expect(describeHighlight(fromRevised, nl)).to.equal(
      'inbraak in De Baronie: 5,0 per 1.000 inwoners in 2025 (voorlopig cijfer), 0,6 hoger dan in 2024 (nader voorlopig cijfer; +14\u00a0%), ongunstig.',
    );
  });

  it('states a survey change in percentage points, as significant', () => {
    // 18 % in 2023 and 20,5 % in 2025, each ± 1.
    const survey = one('largest-change', 'onveilig');
    expect(describeHighlight(survey, nl)).to.equal(
      'onveilig in De Baronie: 20,5\u00a0% in 2025, 2,5 procentpunt significant hoger dan in 2023, ongunstig.',
    );
    expect(describeHighlight(survey, en)).to.equal(
      'onveilig in De Baronie: 20.5% in 2025, 2.5 percentage points significantly higher than in 2023, unfavourable.',
    );
  });

  it('names Nederland and its figure for a distance from the national figure', () => {
    const far = one('far-from-national', 'inbraak');
    expect(describeHighlight(far, nl)).to.equal(
      'inbraak in De Baronie: 5,0 per 1.000 inwoners in 2025, 1,0 hoger dan Nederland (4,0; +25\u00a0%), ongunstig.',
    );
    expect(describeHighlight(far, en)).to.equal(
      'inbraak in De Baronie: 5.0 per 1.000 inwoners in 2025, 1.0 higher than Nederland (4.0; +25%), unfavourable.',
    );
  });

  it('says Nederland’s figure may still change when it is (nader) voorlopig', () => {
    const far = one('far-from-national', 'inbraak');
    const provisional = (status: 'provisional' | 'revised-provisional') => ({
      ...far,
      change: { ...far.change, from: { ...far.change.from, status } },
    });
    expect(describeHighlight(provisional('provisional'), nl)).to.include(
      '1,0 hoger dan Nederland (4,0, voorlopig; +25\u00a0%), ongunstig.',
    );
    expect(describeHighlight(provisional('revised-provisional'), en)).to.include(
      '1.0 higher than Nederland (4.0, revised provisional; +25%), unfavourable.',
    );
  });

  it('adds the run a reversal breaks', () => {
    // Burglary in De Baronie: 5,0, 4,8, 4,6, 4,4, then 5,0.
    const reversal = one('trend-reversal', 'inbraak');
    expect(describeHighlight(reversal, nl)).to.equal(
      'inbraak in De Baronie: 5,0 per 1.000 inwoners in 2025, 0,6 hoger dan in 2024 (+14\u00a0%), ongunstig, na 3 dalingen op rij.',
    );
    expect(describeHighlight(reversal, en)).to.equal(
      'inbraak in De Baronie: 5.0 per 1.000 inwoners in 2025, 0.6 higher than in 2024 (+14%), unfavourable, after 3 falls in a row.',
    );
  });

  it('says whether a change is good or bad news right after it, never for a neutral indicator', () => {
    // The word comes before the run, on the change it judges; more Halt referrals can mean better detection.
    expect(describeFinding(one('trend-reversal', 'inbraak'), nl)).to.equal(
      '0,6 hoger dan in 2024 (+14\u00a0%), ongunstig, na 3 dalingen op rij',
    );
    expect(describeHighlight(one('largest-change', 'halt'), nl)).not.to.match(/gunstig/);
  });

  it('says when the figures a rule read lie in a special period, in the words of the chart’s notes', () => {
    const raw = structuredClone(feed);
    raw.indicators.push({
      ...raw.indicators.find((i) => i.id === 'overlast')!,
      id: 'jeugd',
      title: 'jeugd',
      shortTitle: 'jeugd',
      specialPeriods: [{ from: '2020', to: '2021', label: 'Corona', reason: 'COVID-19' }],
    });
    raw.series.push({
      indicator: 'jeugd',
      area: 'zeeland',
      periods: ['2017', '2018', '2019', '2020', '2021'],
      values: [5, 4, 3, 2, 4],
    });
    const found = detectHighlights(parseFeed(raw), { areas: ['zeeland'], indicators: ['jeugd'] });
    expect(found.map((h) => describeHighlight(h, nl))).to.deep.equal([
      'jeugd in Zeeland: 4,0 per 1.000 inwoners in 2021, 2,0 hoger dan in 2020 (+100\u00a0%), ongunstig. De cijfers van 2020 en 2021 vallen in de bijzondere periode 2020–2021 (Corona).',
      'jeugd in Zeeland: 4,0 per 1.000 inwoners in 2021, 2,0 hoger dan in 2020 (+100\u00a0%), ongunstig, na 3 dalingen op rij. De cijfers van 2020 en 2021 vallen in de bijzondere periode 2020–2021 (Corona).',
    ]);
    expect(describeHighlight(found[1]!, en)).to.equal(
      'jeugd in Zeeland: 4.0 per 1.000 inwoners in 2021, 2.0 higher than in 2020 (+100%), unfavourable, after 3 falls in a row. The figures for 2020 and 2021 fall within the special period 2020–2021 (Corona).',
    );
    expect(describeFinding(found[1]!, nl)).to.equal(
      '2,0 hoger dan in 2020 (+100\u00a0%), ongunstig, na 3 dalingen op rij. De cijfers van 2020 en 2021 vallen in de bijzondere periode 2020–2021 (Corona).',
    );
  });

  it('explains each rule with the thresholds the detection uses', () => {
    const rounding =
      ', en minstens 2 in de laatste decimaal: bij één decimaal 0,2, want een verschil van 0,1 kan door afronding komen';
    expect(explainRule('largest-change', nl)).to.equal(
      `Het laatste cijfer ligt minstens 10\u00a0% hoger of lager dan in de periode ervoor${rounding} (enquêtecijfers: alleen een significant verschil; aantallen pas vanaf 20, en geen cijfer dat op minder dan 10 gevallen berust; niet over een trendbreuk heen).`,
    );
    expect(explainRule('far-from-national', nl)).to.equal(
      `Het laatste cijfer ligt minstens 25\u00a0% boven of onder dat van Nederland in dezelfde periode${rounding} (enquêtecijfers: alleen een verschil dat de bron significant noemt; aantallen tellen niet mee, en geen cijfer dat op minder dan 10 gevallen berust).`,
    );
    expect(explainRule('far-from-national', en)).to.equal(
      'The latest figure is at least 25% above or below that of the Netherlands in the same period, and by at least 2 units in the last decimal place (0.2 for a figure with one decimal), as a difference of 0.1 may be due to rounding (survey figures: only a difference the source calls significant; counts are left out, and so is any figure resting on fewer than 10 cases).',
    );
    // The turn itself is a change `largest-change` would count, read as that rule reads it.
    expect(explainRule('trend-reversal', nl)).to.equal(
      'Het laatste cijfer gaat de andere kant op na 3 stijgingen of 3 dalingen op rij en ligt minstens 10\u00a0% hoger of lager dan in de periode ervoor. Elke stap is minstens 2 in de laatste decimaal (bij één decimaal 0,2), want een verschil van 0,1 kan door afronding komen. Enquêtecijfers: alleen significante verschillen; aantallen pas vanaf 20, en geen cijfer dat op minder dan 10 gevallen berust; niet over een trendbreuk heen; halfjaren met hetzelfde halfjaar.',
    );
    expect(explainRule('trend-reversal', en)).to.equal(
      'The latest figure reverses direction after 3 rises or 3 falls in a row and is at least 10% higher or lower than in the previous period. Every step is at least 2 units in the last decimal place (0.2 for a figure with one decimal), as a difference of 0.1 may be due to rounding. Survey figures: only significant differences; counts only from 20 upwards, and no figure resting on fewer than 10 cases; never across a series break; half-years compared with the same half-year.',
    );
  });
});

describe('detectedByRule', () => {
  const feed = ruleFeed();
  const brief = (groups: ReturnType<typeof detectedByRule>) =>
    groups.map(
      (g) => `${g.rule}: ${g.findings.map((f) => `${f.highlight.indicator.id} ${f.highlight.area.id}`).join(', ')}`,
    );

  it('groups what every district shows by rule, each finding with its sentence and its rule explained', () => {
    const groups = detectedByRule(feed, {}, nl);
    expect(brief(groups)).to.deep.equal([
      'largest-change: mensenhandel de-baronie, halt de-baronie, fietsendiefstal de-baronie, onveilig de-baronie, inbraak de-baronie',
      'far-from-national: fietsendiefstal zeeland, onveilig de-baronie, inbraak de-baronie',
      'trend-reversal: inbraak de-baronie',
    ]);
    const [first] = groups[2]!.findings;
    expect(first!.sentence).to.equal(describeHighlight(first!.highlight, nl));
    expect(groups.map((g) => g.explanation)).to.deep.equal(groups.map((g) => explainRule(g.rule, nl)));
  });

  it('follows the district, the theme, the limit and the language, and leaves out rules that found nothing', () => {
    expect(brief(detectedByRule(feed, { district: 'zeeland' }, nl))).to.deep.equal([
      'far-from-national: fietsendiefstal zeeland',
    ]);
    expect(brief(detectedByRule(feed, { theme: 'zorg' }, nl))).to.deep.equal([
      'largest-change: mensenhandel de-baronie, halt de-baronie',
    ]);
    expect(brief(detectedByRule(feed, { limit: 1 }, nl))).to.deep.equal([
      'largest-change: mensenhandel de-baronie',
      'far-from-national: fietsendiefstal zeeland',
      'trend-reversal: inbraak de-baronie',
    ]);
    const [english] = detectedByRule(feed, { district: 'zeeland' }, en);
    expect(english!.findings[0]!.sentence).to.match(/higher than Nederland/);
    expect(detectedByRule(feed, { district: 'zeeland', theme: 'zorg' }, nl)).to.deep.equal([]);
  });
});

describe('highlights over half-years', () => {
  /** Burglary per half-year: the summers are low, the winters high, and the winters turn up in 2025. */
  function halfYearFeed(): Feed {
    const periods = ['2021', '2022', '2023', '2024', '2025'].flatMap((y) => [`${y}-H1`, `${y}-H2`]);
    return parseFeed({
      schemaVersion: 1,
      meta: testMeta('Halfjaren'),
      themes: [{ id: 'buurt', title: 'Buurt', order: 1 }],
      areas: [
        { id: 'NL01', name: 'Nederland', level: 'land' },
        { id: 'de-baronie', name: 'De Baronie', level: 'district', parent: 'NL01' },
      ],
      indicators: [
        {
          id: 'inbraak',
          title: 'inbraak',
          shortTitle: 'inbraak',
          theme: 'buurt',
          unit: 'per 1.000 inwoners',
          kind: 'rate',
          decimals: 1,
          polarity: 'higher-is-worse',
          definition: 'inbraak',
          source: { name: 'Test' },
          frequency: 'halfjaar',
          lowestLevel: 'district',
          chainStep: 'repressie',
        },
      ],
      series: [
        // H1: 10 each year; H2: 21, 20, 19, 18, then 20 (+11 % on the 2e halfjaar 2024, +100 % on the 1e of 2025).
        { indicator: 'inbraak', area: 'de-baronie', periods, values: [10, 21, 10, 20, 10, 19, 10, 18, 10, 20] },
      ],
      duiding: [],
      opvallendheden: [],
    });
  }

  it('compares the latest half-year with the same half-year a year earlier, and finds the turn among those', () => {
    const found = detectHighlights(halfYearFeed(), { areas: ['de-baronie'] });
    expect(found.map((h) => [h.rule, h.change.from.period, h.change.to.period])).to.deep.equal([
      ['largest-change', '2024-H2', '2025-H2'],
      ['trend-reversal', '2024-H2', '2025-H2'],
    ]);
    expect(describeHighlight(found[1]!, nl)).to.equal(
      'inbraak in De Baronie: 20,0 per 1.000 inwoners, per halfjaar in het 2e halfjaar van 2025, ' +
        '2,0 hoger dan in het 2e halfjaar van 2024 (+11\u00a0%), ongunstig, na 3 dalingen op rij.',
    );
  });
});
