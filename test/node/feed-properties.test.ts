/**
 * Property-based tests of `parseFeed`: any well-formed feed passes unchanged, and any single mutation
 * of a kind publishers make (wrong type, dangling reference, duplicate id, status that contradicts the
 * number, malformed period) fails with a `MivError` whose issues point at the mutated spot; and
 * every valid feed goes through the models, chart options, tables and summaries without throwing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseFeed } from '../../src/feed/validate.js';
import { MivError } from '../../src/feed/errors.js';
import { endsBeforeStart, periodBounds } from '../../src/feed/periods.js';
import { dictionaries } from '../../src/i18n/dictionaries.js';
import type { Strings } from '../../src/i18n/strings.js';
import { defaultChartTokens } from '../../src/tokens/chart-tokens.js';
import { buildLineOption } from '../../src/charts/line.js';
import { buildBarOption } from '../../src/charts/bar.js';
import { buildIndicatorModel } from '../../src/model/indicator.js';
import { buildCompareModel, describeComparison } from '../../src/model/compare.js';
import { buildThemeOverview } from '../../src/model/theme-overview.js';
import { authoredHighlights, detectHighlights } from '../../src/model/highlights.js';
import { indicatorGrid } from '../../src/model/grid.js';
import { chartNotes, describeIndicator } from '../../src/model/summary.js';
import { breakBetween } from '../../src/model/breaks.js';
import { formatPeriod } from '../../src/model/format.js';
import type { Change } from '../../src/model/trend.js';
import {
  carriesNumber,
  CHAIN_STEPS,
  FREQUENCIES,
  INDICATOR_KINDS,
  isProvisional,
  POLARITIES,
  VALUE_STATUSES,
  type Area,
  type Feed,
  type Indicator,
  type Series,
  type ValueStatus,
} from '../../src/feed/schema.js';

/** Bounded so the whole file runs in a second or two; `PROPERTY_RUNS=20000` searches deeper. */
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 80) };

const idArb = fc.stringMatching(/^[a-z][a-z0-9_-]{0,10}$/);
const textArb = fc.string({ minLength: 1, maxLength: 16 });
const dateArb = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const periodArb = fc
  .tuple(fc.integer({ min: 2000, max: 2030 }), fc.constantFrom('', '-H1', '-H2', '-Q1', '-Q2', '-Q3', '-Q4'))
  .map(([year, part]) => `${year}${part}`);
const cellArb = fc.record({
  status: fc.constantFrom(...VALUE_STATUSES),
  value: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  margin: fc.double({ min: 0, max: 100, noNaN: true }),
  note: fc.option(textArb, { nil: undefined }),
});
const MAX_PERIODS = 6;

const rawFeedArb = fc.record({
  themes: fc.uniqueArray(idArb, { minLength: 1, maxLength: 3 }),
  districts: fc.integer({ min: 1, max: 3 }),
  gemeenten: fc.uniqueArray(
    fc.record({ id: fc.stringMatching(/^GM\d{4}$/), name: textArb, parent: fc.nat(), validTo: fc.option(dateArb) }),
    { selector: (g) => g.id, minLength: 1, maxLength: 6 },
  ),
  indicators: fc.uniqueArray(
    fc.record({
      id: idArb,
      title: textArb,
      theme: fc.nat(),
      kind: fc.constantFrom(...INDICATOR_KINDS),
      polarity: fc.constantFrom(...POLARITIES),
      frequency: fc.constantFrom(...FREQUENCIES),
      chainStep: fc.constantFrom(...CHAIN_STEPS),
      decimals: fc.integer({ min: 0, max: 4 }),
      sourceUrl: fc.option(fc.webUrl(), { nil: undefined }),
      breaks: fc.option(fc.array(fc.record({ period: periodArb, reason: textArb }), { maxLength: 2 }), {
        nil: undefined,
      }),
      specialPeriods: fc.option(
        fc.array(fc.record({ ends: fc.tuple(periodArb, periodArb), label: textArb }), { maxLength: 2 }),
        { nil: undefined },
      ),
    }),
    { selector: (i) => i.id, minLength: 1, maxLength: 4 },
  ),
  series: fc.array(
    fc.record({
      indicator: fc.nat(),
      area: fc.nat(),
      periods: fc.uniqueArray(periodArb, { minLength: 1, maxLength: MAX_PERIODS }),
      cells: fc.array(cellArb, { minLength: MAX_PERIODS, maxLength: MAX_PERIODS }),
      margins: fc.boolean(),
      counts: fc.option(fc.array(fc.nat({ max: 30 }), { minLength: MAX_PERIODS, maxLength: MAX_PERIODS }), {
        nil: undefined,
      }),
    }),
    { minLength: 1, maxLength: 8 },
  ),
  duiding: fc.array(
    fc.record({
      indicator: fc.nat(),
      area: fc.option(fc.nat(), { nil: undefined }),
      period: fc.option(periodArb, { nil: undefined }),
      text: textArb,
      author: textArb,
      date: dateArb,
    }),
    { maxLength: 3 },
  ),
  opvallendheden: fc.uniqueArray(
    fc.record({
      id: idArb,
      district: fc.nat(),
      title: textArb,
      text: textArb,
      indicators: fc.array(fc.nat(), { maxLength: 3 }),
      date: dateArb,
      shared: fc.boolean(),
    }),
    { selector: (o) => o.id, maxLength: 3 },
  ),
  updated: dateArb,
});

type RawFeed = typeof rawFeedArb extends fc.Arbitrary<infer T> ? T : never;

const pick = <T>(list: readonly T[], index: number): T => list[index % list.length]!;

/** Turns raw draws (indexes instead of references) into a feed that is valid by construction. */
function toFeed(raw: RawFeed): Feed {
  const districts = Array.from({ length: raw.districts }, (_, i) => `district-${i}`);
  const areas: Feed['areas'] = [
    { id: 'NL01', name: 'Nederland', level: 'land' },
    { id: 'eenheid', name: 'Eenheid', level: 'eenheid', parent: 'NL01' },
    ...districts.map((id) => ({ id, name: id, level: 'district' as const, parent: 'eenheid' })),
    ...raw.gemeenten.map((g) => ({
      id: g.id,
      name: g.name,
      level: 'gemeente' as const,
      parent: pick(districts, g.parent),
      ...(g.validTo ? { validTo: g.validTo } : {}),
    })),
  ];
  const indicators: Feed['indicators'] = raw.indicators.map((i) => ({
    id: i.id,
    title: i.title,
    shortTitle: i.title,
    theme: pick(raw.themes, i.theme),
    unit: 'per 1.000 inwoners',
    kind: i.kind,
    decimals: i.decimals,
    polarity: i.polarity,
    definition: i.title,
    source: { name: 'Bron', ...(i.sourceUrl ? { url: i.sourceUrl } : {}) },
    frequency: i.frequency,
    lowestLevel: 'gemeente',
    chainStep: i.chainStep,
    ...(i.breaks ? { breaks: i.breaks.map((b) => ({ period: b.period, reason: b.reason })) } : {}),
    ...(i.specialPeriods
      ? {
          // In order by their days, as the validator reads them: 2030-H2 runs past 2030-Q2.
          specialPeriods: i.specialPeriods.map(({ ends: [a, b], label }) => {
            const [from, to] = endsBeforeStart(a, b) ? [b, a] : [a, b];
            return { from, to, label };
          }),
        }
      : {}),
  }));
  const seen = new Set<string>();
  const series: Series[] = [];
  for (const s of raw.series) {
    const indicator = pick(indicators, s.indicator).id;
    const area = pick(areas, s.area).id;
    if (seen.has(`${indicator} ${area}`)) continue;
    seen.add(`${indicator} ${area}`);
    const periods = [...s.periods].sort();
    // An area that has ended has no numbers after its validTo.
    const validTo = areas.find((a) => a.id === area)!.validTo;
    const ended = (p: string) => validTo !== undefined && periodBounds(p)[0] > validTo;
    // Survey results are never provisional.
    const survey = indicators.find((i) => i.id === indicator)!.kind === 'survey';
    const cells = periods.map((p, j) =>
      ended(p)
        ? { status: 'no-data' as const }
        : survey && isProvisional(s.cells[j]!.status)
          ? { ...s.cells[j]!, status: 'definitive' as const }
          : s.cells[j]!,
    );
    const status: Record<string, ValueStatus> = {};
    const notes: Record<string, string> = {};
    periods.forEach((p, j) => {
      // Definitive numbers are the default and need no entry; every other status is written out.
      if (cells[j]!.status !== 'definitive') status[p] = cells[j]!.status;
      const note = 'note' in cells[j]! ? cells[j]!.note : undefined;
      if (note) notes[p] = note;
    });
    series.push({
      indicator,
      area,
      periods,
      // Nihil is delivered as 0.
      values: cells.map((c) => ('value' in c && carriesNumber(c.status) ? c.value : c.status === 'nil' ? 0 : null)),
      ...(Object.keys(status).length > 0 ? { status } : {}),
      ...(s.margins ? { margins: cells.map((c) => ('margin' in c ? c.margin : null)) } : {}),
      ...(Object.keys(notes).length > 0 ? { notes } : {}),
      // A count only beside a published figure (or a nihil).
      ...(s.counts
        ? { counts: cells.map((c, j) => (carriesNumber(c.status) || c.status === 'nil' ? s.counts![j]! : null)) }
        : {}),
    });
  }
  return {
    schemaVersion: 1,
    meta: {
      title: 'Gegenereerde feed',
      publisher: 'fast-check',
      licence: 'CC0-1.0',
      language: 'nl',
      published: '2000-01-01',
      updated: raw.updated,
      sample: true,
    },
    themes: raw.themes.map((id, order) => ({ id, title: id, order })),
    areas,
    indicators,
    series,
    duiding: raw.duiding.map((d) => ({
      indicator: pick(indicators, d.indicator).id,
      ...(d.area !== undefined ? { area: pick(areas, d.area).id } : {}),
      ...(d.period ? { period: d.period } : {}),
      text: d.text,
      author: d.author,
      date: d.date,
    })),
    opvallendheden: raw.opvallendheden.map((o) => ({
      id: o.id,
      district: pick(districts, o.district),
      title: o.title,
      text: o.text,
      indicators: o.indicators.map((i) => pick(indicators, i).id),
      date: o.date,
      shared: o.shared,
    })),
  };
}

const feedArb = rawFeedArb.map(toFeed);

/** An id no list in the feed uses. */
function unknownId(feed: Feed): string {
  const taken = new Set([...feed.themes, ...feed.areas, ...feed.indicators].map((x) => x.id));
  let id = 'onbekend';
  while (taken.has(id)) id += '-x';
  return id;
}

type Mutation = (feed: Feed, n: number) => string;

/** Each mutation changes one spot of a valid feed and returns the JSON path it changed. */
const MUTATIONS: Record<string, Mutation> = {
  'wrong type': (feed, n) => {
    const i = n % feed.series.length;
    const targets: (() => string)[] = [
      () => (((feed.meta as { sample: unknown }).sample = 'ja'), 'meta.sample'),
      () => (((feed.indicators[0] as { decimals: unknown }).decimals = '1'), 'indicators[0].decimals'),
      () => (((feed.areas[2] as { name: unknown }).name = 42), 'areas[2].name'),
      () => (((feed.series[i]!.values as unknown[])[0] = 'drie'), `series[${i}].values[0]`),
    ];
    return pick(targets, n)();
  },
  'dangling reference': (feed, n) => {
    const missing = unknownId(feed);
    const i = n % feed.series.length;
    const targets: (() => string)[] = [
      () => ((feed.series[i]!.area = missing), `series[${i}].area`),
      () => ((feed.series[i]!.indicator = missing), `series[${i}].indicator`),
      () => ((feed.indicators[0]!.theme = missing), 'indicators[0].theme'),
      () => ((feed.areas[3]!.parent = missing), 'areas[3].parent'),
    ];
    return pick(targets, n)();
  },
  'duplicate id': (feed, n) => {
    if (n % 2 === 0) {
      feed.areas.push(structuredClone(pick(feed.areas, n)));
      return `areas[${feed.areas.length - 1}].id`;
    }
    feed.indicators.push(structuredClone(pick(feed.indicators, n)));
    return `indicators[${feed.indicators.length - 1}].id`;
  },
  'status contradicts the number': (feed, n) => {
    const i = n % feed.series.length;
    const s = feed.series[i]!;
    const j = n % s.periods.length;
    const period = s.periods[j]!;
    s.status ??= {};
    if (s.values[j] === null) s.status[period] = 'provisional';
    else s.status[period] = 'suppressed';
    return `series[${i}].status.${period}`;
  },
  'count beside a secret figure': (feed, n) => {
    const i = n % feed.series.length;
    const s = feed.series[i]!;
    const j = n % s.periods.length;
    s.values[j] = null;
    s.status = { ...s.status, [s.periods[j]!]: 'suppressed' };
    s.counts = s.periods.map((_, k) => (k === j ? 3 : null));
    return `series[${i}].counts[${j}]`;
  },
  'malformed period': (feed, n) => {
    const i = n % feed.series.length;
    const j = n % feed.series[i]!.periods.length;
    feed.series[i]!.periods[j] = pick(['24', '2024-H3', '2024-13', 'jaar 2024', '2024-Q5'], n);
    return `series[${i}].periods[${j}]`;
  },
};

test('any feed that is valid by construction passes parseFeed unchanged', () => {
  fc.assert(
    fc.property(feedArb, (feed) => {
      assert.deepEqual(parseFeed(structuredClone(feed)), feed);
    }),
    RUNS,
  );
});

for (const [name, mutate] of Object.entries(MUTATIONS)) {
  test(`a feed with a ${name} fails with an issue at the mutated path`, () => {
    fc.assert(
      fc.property(feedArb, fc.nat(), (feed, n) => {
        const path = mutate(feed, n);
        try {
          parseFeed(feed);
        } catch (error) {
          assert.ok(error instanceof MivError);
          assert.equal(error.kind, 'schema');
          const paths = (error.detail.issues ?? []).map((issue) => issue.path);
          assert.ok(paths.includes(path), `expected ${path} in ${paths.join(', ')}`);
          return;
        }
        assert.fail(`accepted a feed with a ${name} at ${path}`);
      }),
      RUNS,
    );
  });
}

/** Levels and ids a host may ask for, besides the feed's own ids. */
const LEVEL_QUERIES = ['district', 'gemeente'] as const;

/** Whether `text` says, in the sentence `laterMissing` writes for any status, that `area` has no figure in `period`. */
function namesMissing(text: string, area: string, period: string, strings: Strings): boolean {
  return VALUE_STATUSES.some((status) => {
    const [before, after] = strings.summary.laterMissing(area, '\u0000', strings.status[status]).split('\u0000');
    for (let at = text.indexOf(before!); at >= 0; at = text.indexOf(before!, at + 1)) {
      const end = text.indexOf(after!, at + before!.length);
      if (end >= 0 && text.slice(at + before!.length, end).includes(period)) return true;
    }
    return false;
  });
}

/** Whether `text` says that `area` no longer existed in `period`, in the sentence `areaEnded` writes. */
function saysEnded(text: string, area: Area, period: string, strings: Strings): boolean {
  if (!area.validTo || periodBounds(period)[0] <= area.validTo) return false;
  const [before, after] = strings.areaEnded(area.name, area.level, '\u0000').split('\u0000');
  const at = text.indexOf(before!);
  return at >= 0 && text.indexOf(after!, at + before!.length) >= 0;
}

test('any valid feed builds every model, chart option, table and summary without throwing', () => {
  const strings = [dictionaries.nl, dictionaries.en];
  fc.assert(
    fc.property(feedArb, fc.constantFrom(...strings), (feed, s) => {
      const ctx = (description: string) => ({ tokens: defaultChartTokens, strings: s, description });
      // Only a typed "not here" may stop a build: never a TypeError from an odd but valid feed.
      const tolerated = (build: () => void) => {
        try {
          build();
        } catch (error) {
          assert.ok(error instanceof MivError, String(error));
          assert.ok(['unknown-indicator', 'unknown-area', 'unknown-theme', 'no-data'].includes(error.kind), error.kind);
        }
      };
      for (const indicator of feed.indicators) {
        for (const area of feed.areas) {
          tolerated(() => {
            const model = buildIndicatorModel(feed, { indicator: indicator.id, area: area.id });
            const description = describeIndicator(model, s);
            assert.ok(description.length > 0);
            // A latest figure that is not the chart's last period never reads as the newest there is:
            // the summary holds the sentence of a missing figure, whose list of periods names the last,
            // or says that the asked area no longer existed by then.
            const last = model.periods.at(-1)!;
            if (model.latest && model.latest.period !== last)
              assert.ok(
                namesMissing(description, model.shownArea.name, formatPeriod(last, s, true), s) ||
                  saysEnded(description, model.area, last, s),
                description,
              );
            buildLineOption(model, ctx(description));
            indicatorGrid(model, s);
            chartNotes(model, s);
          });
        }
        for (const level of LEVEL_QUERIES) {
          tolerated(() => {
            const model = buildCompareModel(feed, { indicator: indicator.id, level });
            const description = describeComparison(model, s);
            buildBarOption(model, ctx(description));
          });
        }
      }
      for (const theme of feed.themes) {
        for (const area of feed.areas) tolerated(() => buildThemeOverview(feed, { theme: theme.id, area: area.id }));
      }
      const districts = feed.areas.filter((a) => a.level === 'district').map((a) => a.id);
      detectHighlights(feed, { areas: districts });
      authoredHighlights(feed);
    }),
    { numRuns: Math.ceil(RUNS.numRuns / 2) },
  );
});

test('no change is ever measured from a value before a break: headline, summary, table or highlight', () => {
  let measured = 0;
  let cut = 0;
  fc.assert(
    fc.property(feedArb, (feed) => {
      const comparable = (indicator: Indicator, areaId: string, change: Change | null | undefined) => {
        if (!change) return;
        measured++;
        assert.ok(
          !breakBetween(indicator, areaId, change.from.period, change.to.period),
          `${indicator.id} ${areaId}: ${change.from.period} → ${change.to.period} across a break`,
        );
      };
      const quietly = (build: () => void) => {
        try {
          build();
        } catch (error) {
          assert.ok(error instanceof MivError, String(error));
        }
      };
      for (const indicator of feed.indicators) {
        for (const area of feed.areas)
          quietly(() => {
            const model = buildIndicatorModel(feed, { indicator: indicator.id, area: area.id });
            comparable(indicator, model.shownArea.id, model.changePrevious);
            comparable(indicator, model.shownArea.id, model.changeFirst);
            if (model.lastBreak) {
              cut++;
              // By date: a break of `2021-H1` starts the year 2021, which sorts before it as text.
              assert.ok(
                !model.changeFirst ||
                  periodBounds(model.changeFirst.from.period)[0] >= periodBounds(model.lastBreak.period)[0],
              );
            }
          });
        for (const level of LEVEL_QUERIES)
          quietly(() => {
            const model = buildCompareModel(feed, { indicator: indicator.id, level });
            for (const row of [...model.rows, ...model.references]) comparable(indicator, row.area.id, row.change);
          });
      }
      const districts = feed.areas.filter((a) => a.level === 'district').map((a) => a.id);
      for (const h of detectHighlights(feed, { areas: districts }))
        if (h.rule !== 'far-from-national') comparable(h.indicator, h.area.id, h.change);
    }),
    RUNS,
  );
  // The generated feeds do put breaks inside series: the property was tested, not skipped.
  assert.ok(measured > 0 && cut > 0, `${measured} changes, ${cut} series cut by a break`);
});
