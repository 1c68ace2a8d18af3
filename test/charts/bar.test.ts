import { expect } from '@open-wc/testing';
import { barTooltip, buildBarOption, niceCeiling, textRoom } from '../../src/charts/bar.js';
import { defaultChartTokens } from '../../src/tokens/chart-tokens.js';
import { buildCompareModel, type CompareQuery } from '../../src/model/compare.js';
import { parseFeed } from '../../src/feed/validate.js';
import { dictionaries } from '../../src/i18n/dictionaries.js';
import type { Feed } from '../../src/feed/schema.js';
import { smallFeed } from '../fixtures/feeds.js';

type Point = [number, number | string] | null;
type Value = { value: [number, string]; label: { position: string } };
/** What differs with the chart's width, as the option's media give it. */
interface Written {
  xAxis: { nameLocation: string };
  yAxis: { axisLabel: { formatter: (name: string, index: number) => string } }[];
  series: { label: { formatter: (params: { dataIndex: number }) => string } }[];
}
interface Series {
  type: string;
  name?: string;
  yAxisIndex?: number;
  z?: number;
  lineStyle?: { type?: unknown; width?: number; color?: string };
  areaStyle?: { color: string; opacity: number; origin: number };
  data: unknown[];
}
interface Built {
  series: Series[];
  xAxis: { max?: number };
  grid: { right: number };
  media: { query?: { maxWidth: number }; option: Written }[];
}

const ctx = { tokens: defaultChartTokens, strings: dictionaries.nl, description: 'beschrijving' };
const build = (feed: Feed, query: CompareQuery) =>
  buildBarOption(buildCompareModel(feed, query), ctx) as unknown as Built;
/**
 * Each row's bar, where it has one: the area under a line along the row's upper edge (on the hidden
 * axis of rows, row `i` from `i` to `i + 1`) down to its lower edge.
 */
const barsOf = (option: Built) => {
  const rows: ({ value: number; top: number; bottom: number; colour: string; opacity: number } | undefined)[] = [];
  for (const s of option.series.filter((s) => s.areaStyle)) {
    const [[start, top], [value, end]] = s.data as [[number, number], [number, number]];
    expect([start, end, s.yAxisIndex], 'from the axis, on the hidden axis of rows').to.deep.equal([0, top, 1]);
    const { color: colour, opacity, origin: bottom } = s.areaStyle!;
    rows[Math.floor(top)] = { value, top, bottom, colour, opacity };
  }
  return rows;
};
/** The reference lines: the series on the hidden axis of rows drawn in a pattern. */
const referencesOf = (option: Built) =>
  option.series.filter((s) => s.yAxisIndex === 1 && Array.isArray(s.lineStyle?.type));
const errorBarsOf = (option: Built) => (option.series.find((s) => s.name === 'error-bars')?.data ?? []) as Point[];
/** Each row's value or status, where it is written in the chart. */
const valuesOf = (option: Built) => option.series.find((s) => s.name === 'values')!.data as Value[];
/** What the chart writes, wide (as the option starts) or narrow (below the width of its media query). */
const writtenOf = (option: Built, narrow = false) => {
  const { option: written } = option.media.find((m) => !!m.query === narrow)!;
  const rows = valuesOf(option);
  return {
    names: rows.map((row, i) => written.yAxis[0]!.axisLabel.formatter(row.value[1], i)),
    values: rows.map((_, dataIndex) => written.series[0]!.label.formatter({ dataIndex })),
    unit: written.xAxis.nameLocation,
  };
};

describe('buildBarOption', () => {
  let feed: Feed;
  before(async () => {
    feed = parseFeed(await smallFeed());
  });

  it('draws each bar across the middle of its row, from the axis to its value', () => {
    const option = build(feed, { indicator: 'woninginbraak' });
    expect(barsOf(option).map((b) => [b!.value, b!.top, b!.bottom])).to.deep.equal([
      [2.7, 0.15, 0.85],
      [2.7, 1.15, 1.85],
      [1.9, 2.15, 2.85],
      [1.6, 3.15, 3.85],
    ]);
    expect(barsOf(option).map((b) => b!.colour)).to.deep.equal(Array(4).fill(defaultChartTokens.palette[0]));
    const rowsAxis = (option as unknown as { yAxis: { min?: number; max?: number; inverse?: boolean }[] }).yAxis[1];
    expect(rowsAxis, 'one unit per row, the first on top').to.include({ min: 0, max: 4, inverse: true });
  });

  it('gives suppressed areas no bar, only the status symbol and its meaning', () => {
    const option = build(feed, { indicator: 'woninginbraak', level: 'gemeente', within: 'de-baronie' });
    const [baarleValue, breda] = valuesOf(option);
    const [baarle, bredaWritten] = writtenOf(option).values;
    expect(bredaWritten).to.equal('3,0*');
    expect(breda!.value).to.deep.equal([3, 'Breda']);
    expect(barsOf(option).map((b) => b?.value)).to.deep.equal([undefined, 3, 2.3]);
    expect(baarle).to.equal('x geheim');
    expect(baarleValue!.value, 'at the axis').to.deep.equal([0, 'Baarle-Nassau']);
  });

  it('draws a nil value as a true zero, labelled with its symbol and word', async () => {
    const raw = await smallFeed();
    const etten = raw.series.find((s) => s.indicator === 'woninginbraak' && s.area === 'GM0777')!;
    etten.values[etten.values.length - 1] = null;
    etten.status = { '2025': 'nil' };
    const option = build(parseFeed(raw), { indicator: 'woninginbraak', level: 'gemeente', within: 'de-baronie' });
    const [, , nil] = barsOf(option);
    expect(nil, 'a real bar of no length, not an empty slot').to.deep.include({ value: 0, opacity: 1 });
    expect(writtenOf(option).values[2]).to.equal('– nihil');
  });

  it('dims the other bars when one area is highlighted, and only then', () => {
    const plain = build(feed, { indicator: 'woninginbraak' });
    expect(barsOf(plain).map((b) => b!.opacity)).to.deep.equal([1, 1, 1, 1]);
    expect(plain.series.filter((s) => s.name === 'highlight')).to.deep.equal([]);
    const highlighted = build(feed, { indicator: 'woninginbraak', highlight: 'zeeland' });
    expect(barsOf(highlighted).map((b) => b!.opacity)).to.deep.equal([0.5, 0.5, 0.5, 1]);
    // A border around the highlighted bar, in the text's colour.
    const [border] = highlighted.series.filter((s) => s.name === 'highlight');
    expect(border!.lineStyle).to.deep.include({ width: 2, color: defaultChartTokens.text });
    expect(border!.data).to.deep.equal([
      [0, 3.15],
      [1.6, 3.15],
      [1.6, 3.85],
      [0, 3.85],
      [0, 3.15],
    ]);
  });

  it('draws each reference line across the plot in its own pattern, between the bars and their values', () => {
    const option = build(feed, { indicator: 'woninginbraak', level: 'gemeente', within: 'de-baronie' });
    const lines = referencesOf(option);
    expect(lines.map((l) => [l.name, l.data])).to.deep.equal([
      [
        'De Baronie',
        [
          [2.7, 0],
          [2.7, 3],
        ],
      ],
      [
        'Eenheid Zeeland-West-Brabant',
        [
          [2.2, 0],
          [2.2, 3],
        ],
      ],
      [
        'Nederland',
        [
          [2, 0],
          [2, 3],
        ],
      ],
    ]);
    expect(new Set(lines.map((l) => JSON.stringify(l.lineStyle!.type))).size).to.equal(3);
    expect([...new Set(option.series.map((s) => s.type))], 'drawn by the engine’s line chart alone').to.deep.equal([
      'line',
    ]);
    const z = (s: { z?: number } | undefined) => s!.z!;
    for (const line of lines) {
      expect(z(line)).to.be.above(z(option.series.find((s) => s.areaStyle)));
      expect(z(line)).to.be.below(z(option.series.find((s) => s.name === 'values')));
    }
  });

  it('draws each survey interval, writes the value after it, and widens the axis to hold it', () => {
    const option = build(feed, { indicator: 'onveilig-eigen-buurt' });
    const points = errorBarsOf(option);
    const at = points.findIndex((p) => p?.[1] === 'De Markiezaten');
    const [lower, upper, gap] = points.slice(at, at + 3);
    expect(lower![0]).to.be.closeTo(15.5, 1e-9);
    expect(upper).to.deep.equal([upper![0], 'De Markiezaten']);
    expect(upper![0]).to.be.closeTo(18.7, 1e-9);
    expect(gap, 'no line on to the next row').to.equal(null);
    const row = valuesOf(option).findIndex((v) => v.value[1] === 'De Markiezaten');
    const value = valuesOf(option)[row]!;
    expect(writtenOf(option).values[row]).to.equal('17,1');
    expect(value.value[0], 'after the interval').to.be.closeTo(18.7, 1e-9);
    expect(option.xAxis.max, 'a round end beyond the longest interval').to.equal(20);
  });

  it('says in the tooltip what a bar shows: area, value with status, change and unit', () => {
    const model = buildCompareModel(feed, { indicator: 'woninginbraak' });
    expect(barTooltip(model, 3, dictionaries.nl)).to.deep.equal({
      heading: 'Zeeland',
      values: [{ label: '2025', value: '1,6*', details: '(voorlopig)', note: '' }],
      after: ['Verschil met 2024: -0,2', 'per 1.000 inwoners'],
    });
    expect(barTooltip(model, model.rows.length, dictionaries.nl), 'no tooltip beyond the bars').to.equal(undefined);
  });

  it('keeps room after the plot for the longest value written after a bar, whatever its length', async () => {
    const raw = await smallFeed();
    const breda = raw.series.find((s) => s.indicator === 'woninginbraak' && s.area === 'GM0758')!;
    const short = build(feed, { indicator: 'woninginbraak', level: 'gemeente', within: 'de-baronie' });
    breda.values[breda.values.length - 1] = 12345.6;
    const long = build(parseFeed(raw), { indicator: 'woninginbraak', level: 'gemeente', within: 'de-baronie' });
    expect(writtenOf(long).values[1]).to.equal('12.345,6*');
    const [room, longRoom] = ['3,0*', '12.345,6*'].map((t) => textRoom(t, defaultChartTokens.fontFamily, 12));
    expect(long.grid.right - short.grid.right).to.be.closeTo(longRoom! - room!, 0.5);
  });

  it('wraps the names and statuses and ends the unit at the plot where the chart is narrow, not where it is wide', async () => {
    const raw = await smallFeed();
    raw.areas.find((a) => a.name === 'Baarle-Nassau')!.name = 'Schouwen-Duiveland';
    const breda = raw.series.find((s) => s.indicator === 'woninginbraak' && s.area === 'GM0758')!;
    breda.values[breda.values.length - 1] = null;
    breda.status = { '2025': 'no-data' };
    const option = build(parseFeed(raw), { indicator: 'woninginbraak', level: 'gemeente', within: 'de-baronie' });
    expect(writtenOf(option)).to.deep.equal({
      names: ['Breda', 'Etten-Leur', 'Schouwen-Duiveland'],
      values: ['. gegevens ontbreken', '2,3*', 'x geheim'],
      unit: 'middle',
    });
    const narrow = writtenOf(option, true);
    expect(narrow.names[2], 'after its hyphen, never inside a word').to.equal('Schouwen-\nDuiveland');
    expect(narrow.names[0]).to.equal('Breda');
    expect(narrow.values, 'the symbol with the first word').to.deep.equal([
      '. gegevens\nontbreken',
      '2,3*',
      'x geheim',
    ]);
    expect(narrow.unit).to.equal('end');
    // Where a phone's chart is, not where a desktop's is.
    expect(option.media.find((m) => m.query)!.query!.maxWidth).to.be.within(256, 480);
  });

  it('builds a fresh option on every call', () => {
    const model = buildCompareModel(feed, { indicator: 'woninginbraak' });
    const a = buildBarOption(model, ctx);
    const b = buildBarOption(model, ctx);
    expect(a).not.to.equal(b);
    expect(a.series).not.to.equal(b.series);
  });
});

describe('niceCeiling', () => {
  it('rounds up to 1, 2, 2,5 or 5 times a power of ten', () => {
    expect([18.7, 3, 0.42, 120, 20, 0].map(niceCeiling)).to.deep.equal([20, 5, 0.5, 200, 20, 0]);
  });
});
