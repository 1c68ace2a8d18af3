import { expect } from '@open-wc/testing';
import { buildBarOption, niceCeiling } from '../../src/charts/bar.js';
import { defaultChartTokens } from '../../src/tokens/chart-tokens.js';
import { buildCompareModel, type CompareQuery } from '../../src/model/compare.js';
import { parseFeed } from '../../src/feed/validate.js';
import { dictionaries } from '../../src/i18n/dictionaries.js';
import type { Feed } from '../../src/feed/schema.js';
import { smallFeed } from '../fixtures/feeds.js';

type Bar = { value: number; itemStyle: { color?: string; opacity?: number }; label: { formatter: string } };
type Line = { name?: string; lineStyle?: { type?: unknown } };
type Ends = { coord: [number, string]; label?: { formatter?: string } }[];
interface Built {
  series: { data: Bar[]; markLine?: { data: (Line | Ends)[]; z?: number } }[];
  xAxis: { max?: number };
  tooltip: { formatter: (params: { dataIndex: number }[]) => string };
}

const ctx = { tokens: defaultChartTokens, strings: dictionaries.nl, description: 'beschrijving' };
const build = (feed: Feed, query: CompareQuery) =>
  buildBarOption(buildCompareModel(feed, query), ctx) as unknown as Built;

describe('buildBarOption', () => {
  let feed: Feed;
  before(async () => {
    feed = parseFeed(await smallFeed());
  });

  it('gives suppressed areas no visible bar, only the status symbol and its meaning', () => {
    const option = build(feed, { indicator: 'woninginbraak', level: 'gemeente', within: 'de-baronie' });
    const [baarle, breda] = option.series[0]!.data;
    expect(breda!.label.formatter).to.equal('3,0*');
    expect(baarle!.itemStyle.color).to.equal('transparent');
    expect(baarle!.label.formatter).to.equal('x geheim');
  });

  it('draws a nil value as a true zero, labelled with its symbol and word', async () => {
    const raw = await smallFeed();
    const etten = raw.series.find((s) => s.indicator === 'woninginbraak' && s.area === 'GM0777')!;
    etten.values[etten.values.length - 1] = null;
    etten.status = { '2025': 'nil' };
    const option = build(parseFeed(raw), { indicator: 'woninginbraak', level: 'gemeente', within: 'de-baronie' });
    const [, , nil] = option.series[0]!.data;
    expect(nil).to.deep.include({ value: 0 });
    expect(nil!.itemStyle.color, 'a real bar, not an empty slot').not.to.equal('transparent');
    expect(nil!.label.formatter).to.equal('– nihil');
  });

  it('dims the other bars when one area is highlighted, and only then', () => {
    const plain = build(feed, { indicator: 'woninginbraak' });
    expect(plain.series[0]!.data.map((b) => b.itemStyle.opacity)).to.deep.equal([1, 1, 1, 1]);
    const highlighted = build(feed, { indicator: 'woninginbraak', highlight: 'zeeland' });
    expect(highlighted.series[0]!.data.map((b) => b.itemStyle.opacity)).to.deep.equal([0.5, 0.5, 0.5, 1]);
  });

  it('draws each reference line in its own pattern', () => {
    const option = build(feed, { indicator: 'woninginbraak', level: 'gemeente', within: 'de-baronie' });
    const lines = option.series[1]!.markLine!.data.filter((m): m is Line => !Array.isArray(m));
    const patterns = lines.map((l) => JSON.stringify(l.lineStyle!.type));
    expect(new Set(patterns).size).to.equal(3);
  });

  it('draws each survey interval, writes the value after it, and widens the axis to hold it', () => {
    const option = build(feed, { indicator: 'onveilig-eigen-buurt' });
    const segments = option.series[0]!.markLine!.data.filter((m): m is Ends => Array.isArray(m));
    const markiezaten = segments.find((s) => s[0]!.coord[1] === 'De Markiezaten')!;
    const [lower, upper] = markiezaten.map((e) => e.coord[0]);
    expect(lower).to.be.closeTo(15.5, 1e-9);
    expect(upper).to.be.closeTo(18.7, 1e-9);
    expect(markiezaten[0]!.label!.formatter).to.equal('17,1');
    expect(option.xAxis.max, 'an interval beyond the axis would be left out').to.equal(20);
  });

  it('escapes feed text in the tooltip', async () => {
    const copy = await smallFeed();
    copy.areas.find((a) => a.id === 'zeeland')!.name = '<img src=x onerror=alert(1)>';
    const option = build(parseFeed(copy), { indicator: 'woninginbraak' });
    const html = option.tooltip.formatter([{ dataIndex: 3 }]);
    expect(html).to.contain('&#60;img src=x onerror=alert(1)&#62;').and.not.contain('<img');
    expect(html).to.contain('Verschil met 2024: -0,2');
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
