/**
 * Property-based test of disclosure control: whatever area tree, mergers, splits, suppressed cells,
 * gaps and delivered totals the builder gets, no suppressed cell of the feed it writes can be
 * recovered from the published cells, and every cell it hid in addition is reported and looks like
 * the source's own secrets.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { assembleFeed, type ValueInput } from '../../src/feed/build.js';
import { disclosureIssues } from '../../src/feed/disclosure.js';
import type { Area, Indicator } from '../../src/feed/schema.js';
import { testMeta } from '../fixtures/feeds.js';

const PERIODS = ['2019', '2020', '2021'];
/** Mergers and splits take effect on this day: 2019 and 2020 are history, 2021 today's boundaries. */
const CHANGE = '2021-01-01';
const ENDED = '2020-12-31';

const INDICATORS: Indicator[] = (['count', 'rate', 'percentage'] as const).map((kind) => ({
  id: kind,
  title: kind,
  shortTitle: kind,
  theme: 't',
  unit: kind === 'rate' ? 'per 1.000 inwoners' : kind === 'percentage' ? '%' : 'aantal',
  kind,
  decimals: kind === 'count' ? 0 : 1,
  polarity: 'neutral',
  definition: kind,
  source: { name: 'Test' },
  frequency: 'jaar',
  lowestLevel: 'gemeente',
  chainStep: 'repressie',
}));

const cellArb = fc.record({
  count: fc.nat({ max: 40 }),
  denominator: fc.integer({ min: 50, max: 50_000 }),
  // Weighted towards publication, as in real data, with secrets, gaps and delivered totals mixed in.
  fate: fc.constantFrom('published', 'published', 'published', 'suppressed', 'suppressed', 'missing'),
});

const treeArb = fc.record({
  gemeenten: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 }),
  merger: fc.option(
    fc.record({ district: fc.nat(), predecessors: fc.integer({ min: 1, max: 3 }), spread: fc.boolean() }),
  ),
  split: fc.option(fc.record({ district: fc.nat(), parts: fc.integer({ min: 2, max: 3 }) })),
  ended: fc.option(fc.nat()),
  cells: fc.array(cellArb, { minLength: 200, maxLength: 200 }),
  delivered: fc.array(
    fc.record({ area: fc.nat(), period: fc.nat(), value: fc.nat({ max: 200 }), secret: fc.boolean() }),
    {
      maxLength: 2,
    },
  ),
});

type Tree = typeof treeArb extends fc.Arbitrary<infer T> ? T : never;

function areasOf(tree: Tree): Area[] {
  const districts = tree.gemeenten.map((_, d) => `d${d}`);
  const district = (n: number) => districts[n % districts.length]!;
  let next = 1000;
  const gemeente = (parent: string, extra: Partial<Area> = {}): Area => {
    const id = `GM${next++}`;
    return { id, name: `Gemeente ${id}`, level: 'gemeente', parent, ...extra };
  };
  const areas: Area[] = [
    { id: 'NL01', name: 'Nederland', level: 'land' },
    { id: 'unit', name: 'Eenheid', level: 'eenheid', parent: 'NL01' },
    ...districts.map((id) => ({ id, name: `District ${id}`, level: 'district' as const, parent: 'unit' })),
    ...tree.gemeenten.flatMap((n, d) => Array.from({ length: n }, () => gemeente(district(d)))),
  ];
  if (tree.ended !== null) {
    const at = 2 + districts.length + (tree.ended % (areas.length - 2 - districts.length));
    areas[at] = { ...areas[at]!, validTo: ENDED };
  }
  if (tree.merger) {
    const { district: d, predecessors, spread } = tree.merger;
    const old = Array.from({ length: predecessors }, (_, i) =>
      gemeente(district(spread ? d + i : d), { validTo: ENDED }),
    );
    areas.push(...old, gemeente(district(d), { validFrom: CHANGE, predecessors: old.map((a) => a.id) }));
  }
  if (tree.split) {
    const { district: d, parts } = tree.split;
    const old = gemeente(district(d), { validTo: ENDED });
    areas.push(
      old,
      ...Array.from({ length: parts }, () => gemeente(district(d), { validFrom: CHANGE, predecessors: [old.id] })),
    );
  }
  return areas;
}

function valuesOf(tree: Tree, areas: Area[]): ValueInput[] {
  const values: ValueInput[] = [];
  let n = 0;
  const gemeenten = areas.filter((a) => a.level === 'gemeente');
  for (const indicator of INDICATORS)
    for (const period of PERIODS)
      for (const area of gemeenten) {
        const exists =
          (!area.validTo || area.validTo >= `${period}-01-01`) &&
          (!area.validFrom || area.validFrom <= `${period}-12-31`);
        if (!exists) continue;
        const cell = tree.cells[n++ % tree.cells.length]!;
        if (cell.fate === 'missing') continue;
        values.push({
          indicator: indicator.id,
          area: area.id,
          period,
          value: null,
          // A secret count is at least 1: a zero is published as nihil.
          count: Math.min(cell.fate === 'suppressed' ? Math.max(cell.count, 1) : cell.count, cell.denominator),
          ...(indicator.kind === 'count' ? {} : { denominator: cell.denominator }),
          ...(cell.fate === 'suppressed' ? { status: 'suppressed' as const } : {}),
        });
      }
  // A district or unit figure the data team delivered itself, published or secret.
  const totals = areas.filter((a) => a.level === 'district' || a.level === 'eenheid');
  for (const d of tree.delivered) {
    const area = totals[d.area % totals.length]!;
    const period = PERIODS[d.period % PERIODS.length]!;
    if (values.some((v) => v.indicator === 'count' && v.area === area.id && v.period === period)) continue;
    values.push({
      indicator: 'count',
      area: area.id,
      period,
      value: d.secret ? null : d.value,
      count: d.secret ? Math.max(d.value, 1) : d.value,
      ...(d.secret ? { status: 'suppressed' as const } : {}),
    });
  }
  return values;
}

const buildFrom = (areas: Area[], values: ValueInput[]) =>
  assembleFeed({
    meta: testMeta('Gegenereerd'),
    themes: [{ id: 't', title: 'Thema', order: 1 }],
    areas,
    indicators: INDICATORS,
    values,
  });

test('no feed built from random area trees has a suppressed cell that can be recovered', () => {
  fc.assert(
    fc.property(treeArb, (tree) => {
      const areas = areasOf(tree);
      const values = valuesOf(tree, areas);
      const { feed, suppressed, warnings } = buildFrom(areas, values);
      assert.deepEqual(disclosureIssues(feed), []);
      assert.deepEqual(
        warnings.filter((w) => w.includes('afgeschermd')),
        [],
      );
      // Every secret stays secret; every cell hidden besides is reported, and keeps the note it has
      // when all is published ("Herberekend …"), nothing more: a note of its own would tell it apart
      // from the source's secrets.
      const status = (indicator: string, area: string, period: string) =>
        feed.series.find((s) => s.indicator === indicator && s.area === area)?.status?.[period];
      for (const v of values.filter((v) => v.status === 'suppressed'))
        assert.equal(status(v.indicator, v.area, v.period), 'suppressed');
      const secret = new Set(
        values.filter((v) => v.status === 'suppressed').map((v) => `${v.indicator} ${v.area} ${v.period}`),
      );
      const open = buildFrom(
        areas,
        values.map((v) => ({ ...v, status: undefined })),
      ).feed;
      const noteWhenOpen = (indicator: string, area: string, period: string) =>
        open.series.find((s) => s.indicator === indicator && s.area === area)?.notes?.[period];
      const added = feed.series.flatMap((s) =>
        s.periods
          .filter((p) => s.status?.[p] === 'suppressed' && !secret.has(`${s.indicator} ${s.area} ${p}`))
          .map((p) => {
            assert.equal(s.notes?.[p], noteWhenOpen(s.indicator, s.area, p), `${s.indicator} ${s.area} ${p}`);
            return `${s.indicator} ${s.area} ${p}`;
          }),
      );
      assert.deepEqual(added.sort(), suppressed.map((s) => `${s.indicator} ${s.area} ${s.period}`).sort());
    }),
    { numRuns: Number(process.env.PROPERTY_RUNS ?? 150) },
  );
});
