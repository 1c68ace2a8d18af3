import { expect } from '@open-wc/testing';
import { buildLineOption } from '../../src/charts/line.js';
import { defaultChartTheme } from '../../src/charts/theme.js';
import { buildIndicatorModel, type IndicatorQuery } from '../../src/model/indicator.js';
import { describeIndicator } from '../../src/model/summary.js';
import { parseFeed } from '../../src/feed/validate.js';
import { dictionaries } from '../../src/i18n/strings.js';
import type { ChartOption } from '../../src/charts/echarts.js';
import type { Feed } from '../../src/feed/schema.js';
import { smallFeed } from '../fixtures/feeds.js';

interface Line {
  name: string;
  data: unknown[];
  lineStyle: { type: unknown; width: number };
  markLine?: { data: { xAxis: string; name: string }[] };
}
type Built = ChartOption & { media?: { query: { maxWidth: number }; option: ChartOption }[] };

const nl = dictionaries.nl;

describe('buildLineOption', () => {
  let feed: Feed;
  before(async () => {
    feed = parseFeed(await smallFeed());
  });
  const build = (query: IndicatorQuery, from = feed) => {
    const model = buildIndicatorModel(from, query);
    const option = buildLineOption(model, {
      theme: defaultChartTheme,
      strings: nl,
      description: describeIndicator(model, nl),
    }) as Built;
    const series = option.series as unknown as Line[];
    const tooltip = option.tooltip as { formatter: (params: unknown) => string };
    return { option, lines: series.filter((s) => !s.name.startsWith('band-')), series, tooltip };
  };

  it('gives every area a line with a value per period, null for a suppressed one', () => {
    const { lines } = build({ indicator: 'woninginbraak', area: 'GM0748', compare: 'land' });
    expect(lines.map((l) => l.name)).to.deep.equal(['Bergen op Zoom', 'Nederland']);
    expect(lines[0]!.data.slice(0, 6)).to.deep.equal([5.4, 4.7, 4.9, 4.6, 4.6, null]);
    expect(lines[0]!.lineStyle).to.deep.equal({ width: 3, type: 'solid' });
    expect(lines[1]!.lineStyle).to.deep.equal({ width: 2, type: [8, 4] });
  });

  it('marks a provisional point with an open symbol and a star', () => {
    const { lines } = build({ indicator: 'woninginbraak', area: 'GM0748', compare: 'none' });
    expect(lines[0]!.data.at(-1)).to.deep.include({ value: 3.3, symbol: 'emptyCircle' });
    expect((lines[0]!.data.at(-1) as { label: { formatter: string } }).label.formatter).to.equal('*');
  });

  it('puts a labelled marker on a series break, with its reason', () => {
    const { lines } = build({ indicator: 'woninginbraak', area: 'GM0758', compare: 'none' });
    expect(lines[0]!.markLine!.data).to.deep.equal([{ xAxis: '2020', name: 'COVID-19: minder mensen van huis' }]);
  });

  it('draws a survey margin as a band from value − margin to value + margin', () => {
    const { series } = build({ indicator: 'onveilig-eigen-buurt', area: 'GM0758', compare: 'none' });
    const lower = series.find((s) => s.name === 'band-lower')!.data;
    const width = series.find((s) => s.name === 'band-width')!.data;
    // 2025: 18,7 ± 2,0.
    expect([lower.at(-1), width.at(-1)]).to.deep.equal([16.7, 4]);
  });

  it('dashes a stand-in series and names it as the national trend', () => {
    const { lines, option } = build({ indicator: 'mensenhandel-seksuele-uitbuiting', area: 'GM0758' });
    expect(lines.map((l) => [l.name, l.lineStyle.type])).to.deep.equal([['Nederland (landelijke trend)', [4, 4]]]);
    expect((option.legend as { show: boolean }).show).to.equal(true);
  });

  it('makes room for a legend that wraps on narrow charts, and has none for a lone own series', () => {
    const { option } = build({ indicator: 'woninginbraak', area: 'GM0758' });
    const media = option.media!;
    expect(media.map((m) => (m.option.grid as { bottom: number }).bottom)).to.deep.equal([62, 84, 106]);
    const widths = media.map((m) => m.query.maxWidth);
    expect(widths[0]).to.be.greaterThan(widths[1]!).and.greaterThan(widths[2]!);
    const alone = build({ indicator: 'woninginbraak', area: 'GM0758', compare: 'none' });
    expect(alone.option.media).to.equal(undefined);
    expect((alone.option.grid as { bottom: number }).bottom).to.equal(8);
  });

  it('writes tooltips in Dutch with status, margin and break, and escapes feed text', async () => {
    const raw = await smallFeed();
    raw.areas.find((a) => a.id === 'GM0748')!.name = 'Bergen <b>op</b> Zoom';
    const { tooltip } = build({ indicator: 'woninginbraak', area: 'GM0748', compare: 'land' }, parseFeed(raw));
    expect(tooltip.formatter([{ dataIndex: 5 }])).to.equal(
      '<b>2020</b><br>Bergen &#60;b&#62;op&#60;/b&#62; Zoom: <b>.</b> (geheim of onbetrouwbaar)<br>' +
        '<i>Te weinig gevallen om te publiceren.</i><br>Nederland: <b>3,5</b><br>per 1.000 inwoners<br>' +
        'Trendbreuk 2020: COVID-19: minder mensen van huis',
    );
    const survey = build({ indicator: 'onveilig-eigen-buurt', area: 'GM0758', compare: 'none' });
    expect(survey.tooltip.formatter([{ dataIndex: 3 }])).to.equal('<b>2025</b><br>Breda: <b>18,7</b> ± 2,0<br>% 15+');
  });
});
