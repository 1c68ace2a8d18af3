/**
 * Property-based tests of the significance rule for survey values: a difference is significant as
 * the publisher flags it, or else when |a − b| > √(m_a² + m_b²) for two independent estimates; an
 * area against an area it lies in, and a value without a margin, stay untested. Checked on single
 * comparisons, and on every change, sentence and finding that the models make of random feeds.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseFeed } from '../../src/feed/validate.js';
import type { Feed, Indicator, Series } from '../../src/feed/schema.js';
import { stringsFor } from '../../src/i18n/strings.js';
import { buildIndicatorModel } from '../../src/model/indicator.js';
import { buildCompareModel, describeComparison } from '../../src/model/compare.js';
import { detectHighlights } from '../../src/model/highlights.js';
import { changePhrase, describeIndicator } from '../../src/model/summary.js';
import { compareValues, type Change, type Significance } from '../../src/model/trend.js';
import { testMeta } from '../fixtures/feeds.js';

const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 150) };
const nl = stringsFor('nl');

const SURVEY: Indicator = {
  id: 'onveilig',
  title: 'Onveilig',
  shortTitle: 'Onveilig',
  theme: 'buurt',
  unit: '% 15+',
  kind: 'survey',
  decimals: 1,
  polarity: 'higher-is-worse',
  definition: 'Onveilig',
  source: { name: 'Veiligheidsmonitor' },
  frequency: 'tweejaarlijks',
  lowestLevel: 'gemeente',
  chainStep: 'preventie',
};

/** A survey percentage with one decimal, as published. */
const valueArb = fc.integer({ min: 0, max: 1000 }).map((n) => n / 10);
const marginArb = fc.option(
  fc.integer({ min: 0, max: 60 }).map((n) => n / 10),
  { nil: null },
);

/** The rule itself, for two independent estimates; `Math.hypot` is √(x² + y²). */
const byMargins = (a: number, ma: number | null, b: number, mb: number | null): Significance =>
  ma === null || mb === null ? 'not-tested' : Math.abs(a - b) > Math.hypot(ma, mb) ? 'significant' : 'not-significant';

test('a survey comparison is significant only by the flag, or by √(m_a² + m_b²) for independent estimates', () => {
  fc.assert(
    fc.property(
      valueArb,
      marginArb,
      valueArb,
      marginArb,
      fc.boolean(),
      fc.option(fc.boolean(), { nil: undefined }),
      (a, ma, b, mb, nested, published) => {
        const from = { period: '2023', value: a, status: 'definitive' as const, margin: ma };
        const to = { period: '2025', value: b, status: 'definitive' as const, margin: mb };
        const change = compareValues(SURVEY, from, to, { nested, ...(published === undefined ? {} : { published }) })!;
        const expected =
          published !== undefined
            ? published
              ? 'significant'
              : 'not-significant'
            : nested
              ? 'not-tested'
              : byMargins(a, ma, b, mb);
        assert.equal(change.significance, expected);
        const phrase = changePhrase(change, SURVEY, '2023', nl);
        if (/significant (hoger|lager)/.test(phrase)) assert.equal(change.significance, 'significant', phrase);
        if (phrase.includes('verschil niet significant')) assert.equal(change.significance, 'not-significant', phrase);
        if (change.significance === 'not-significant')
          assert.equal(phrase, 'gelijk aan 2023 (verschil niet significant)');
        if (change.significance === 'not-tested') {
          assert.equal(change.judgement === 'favourable' || change.judgement === 'unfavourable', false);
          if (change.direction !== 'same') assert.match(phrase, /\(niet getoetst\)$/);
        }
      },
    ),
    RUNS,
  );
});

const PERIODS = ['2019', '2021', '2023', '2025'];
/** Nederland › eenheid › two districts › three gemeenten; names that are no prefix of one another. */
const AREAS: Feed['areas'] = [
  { id: 'NL01', name: 'Nederland', level: 'land' },
  { id: 'zwb', name: 'Eenheid Zuid', level: 'eenheid', parent: 'NL01' },
  { id: 'd1', name: 'District Oost', level: 'district', parent: 'zwb' },
  { id: 'd2', name: 'District West', level: 'district', parent: 'zwb' },
  { id: 'g1', name: 'Gemeente Aa', level: 'gemeente', parent: 'd1' },
  { id: 'g2', name: 'Gemeente Bee', level: 'gemeente', parent: 'd1' },
  { id: 'g3', name: 'Gemeente Cee', level: 'gemeente', parent: 'd2' },
];
const areaIds = AREAS.map((a) => a.id);

const flagsArb = fc.option(
  fc.dictionary(
    fc.constantFrom(...PERIODS),
    fc.record(
      {
        periods: fc.dictionary(fc.constantFrom(...PERIODS), fc.boolean(), { maxKeys: 2 }),
        areas: fc.dictionary(fc.constantFrom(...areaIds), fc.boolean(), { maxKeys: 3 }),
      },
      { requiredKeys: [] },
    ),
    { maxKeys: 3 },
  ),
  { nil: undefined },
);

const seriesArb = fc.record({
  values: fc.array(fc.option(valueArb, { nil: null }), { minLength: PERIODS.length, maxLength: PERIODS.length }),
  margins: fc.option(fc.array(marginArb, { minLength: PERIODS.length, maxLength: PERIODS.length }), {
    nil: undefined,
  }),
  significance: flagsArb,
});

const feedArb = fc
  .array(fc.option(seriesArb, { freq: 6, nil: undefined }), { minLength: AREAS.length, maxLength: AREAS.length })
  .map((drawn): Feed => {
    const series: Series[] = [];
    drawn.forEach((s, i) => {
      if (!s) return;
      series.push({
        indicator: SURVEY.id,
        area: areaIds[i]!,
        periods: PERIODS,
        values: s.values,
        ...(s.margins ? { margins: s.margins } : {}),
        ...(s.significance ? { significance: s.significance } : {}),
      });
    });
    return parseFeed({
      schemaVersion: 1,
      meta: testMeta('Gegenereerd'),
      themes: [{ id: 'buurt', title: 'Buurt', order: 1 }],
      areas: AREAS,
      indicators: [SURVEY],
      series,
      duiding: [],
      opvallendheden: [],
    });
  });

/** What the rule says of area `a` in period `pa` against area `b` in period `pb`, read straight from the feed. */
function oracle(feed: Feed, a: string, pa: string, b: string, pb: string): Significance {
  const series = (area: string) => feed.series.find((s) => s.area === area);
  const flag = (area: string, period: string, other: string, otherPeriod: string) => {
    const flags = series(area)?.significance?.[period];
    return area === other ? flags?.periods?.[otherPeriod] : flags?.areas?.[other];
  };
  const published = flag(a, pa, b, pb) ?? flag(b, pb, a, pa);
  if (published !== undefined) return published ? 'significant' : 'not-significant';
  const ancestors = (id: string): string[] => {
    const parent = AREAS.find((x) => x.id === id)?.parent;
    return parent ? [parent, ...ancestors(parent)] : [];
  };
  if (ancestors(a).includes(b) || ancestors(b).includes(a)) return 'not-tested';
  const at = (area: string, period: string) => {
    const s = series(area)!;
    const i = s.periods.indexOf(period);
    // A margin of 0 is none: a sample always has one, so 0 stands for "unknown".
    return { value: s.values[i]!, margin: s.margins?.[i] || null };
  };
  const x = at(a, pa);
  const y = at(b, pb);
  return byMargins(x.value, x.margin, y.value, y.margin);
}

const checkChange = (feed: Feed, change: Change | null, from: string, to: string) => {
  if (!change) return;
  assert.equal(
    change.significance,
    oracle(feed, from, change.from.period, to, change.to.period),
    `${from} ${change.from.period} against ${to} ${change.to.period}`,
  );
};

test('every change, sentence and finding the models make of a survey feed follows the rule', () => {
  fc.assert(
    fc.property(feedArb, (feed) => {
      for (const area of AREAS) {
        let model;
        try {
          model = buildIndicatorModel(feed, { indicator: SURVEY.id, area: area.id });
        } catch {
          continue; // no numbers at any level
        }
        const shown = model.shownArea.id;
        checkChange(feed, model.changePrevious, shown, shown);
        checkChange(feed, model.changeFirst, shown, shown);
        const text = describeIndicator(model, nl);
        for (const other of model.series.slice(1)) {
          const claim = new RegExp(`significant (hoger|lager) dan ${other.area.name} \\(`).test(text);
          const denial = text.includes(`verschilt niet significant van ${other.area.name} (`);
          if (claim || denial) {
            const expected = oracle(feed, other.area.id, model.latest!.period, shown, model.latest!.period);
            assert.equal(expected, claim ? 'significant' : 'not-significant', text);
          }
        }
      }

      for (const level of ['district', 'gemeente']) {
        let model;
        try {
          model = buildCompareModel(feed, { indicator: SURVEY.id, level });
        } catch {
          continue;
        }
        for (const row of model.rows) {
          checkChange(feed, row.change, row.area.id, row.area.id);
          checkChange(feed, row.vsNational, 'NL01', row.area.id);
        }
        if (model.spread === 'significant')
          assert.ok(
            model.highest.some((h) =>
              model.lowest.some(
                (l) => oracle(feed, l.area.id, model.period, h.area.id, model.period) === 'significant',
              ),
            ),
          );
        const text = describeComparison(model, nl);
        if (/\) ligt (hoger|lager) dan Nederland/.test(text))
          assert.equal(oracle(feed, 'NL01', model.period, 'zwb', model.period), 'significant', text);
      }

      for (const found of detectHighlights(feed, { areas: areaIds.filter((id) => id !== 'NL01') })) {
        const reference = found.reference.id;
        assert.equal(
          oracle(feed, reference, found.change.from.period, found.area.id, found.change.to.period),
          'significant',
          `${found.rule} ${found.area.id}`,
        );
      }
    }),
    RUNS,
  );
});
