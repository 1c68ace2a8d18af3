import { expect } from '@open-wc/testing';
import { buildLineOption, lineLegend, linePoints, lineTooltip } from '../../src/charts/line.js';
import type { TooltipWords } from '../../src/charts/shared.js';
import { defaultChartTokens } from '../../src/tokens/chart-tokens.js';
import { defaultChartTheme } from '../../src/tokens/deprecated.js';
import { buildIndicatorModel, type IndicatorQuery } from '../../src/model/indicator.js';
import { describeIndicator } from '../../src/model/summary.js';
import { parseFeed } from '../../src/feed/validate.js';
import { dictionaries } from '../../src/i18n/dictionaries.js';
import type { Feed } from '../../src/feed/schema.js';
import { everyStatusFeed, smallFeed } from '../fixtures/feeds.js';

interface Line {
  name: string;
  type: string;
  data: unknown[];
  lineStyle: { type: unknown; width: number };
  yAxisIndex?: number;
}

const nl = dictionaries.nl;

describe('buildLineOption', () => {
  let feed: Feed;
  before(async () => {
    feed = parseFeed(await smallFeed());
  });
  const build = (query: IndicatorQuery, from = feed) => {
    const model = buildIndicatorModel(from, query);
    const option = buildLineOption(model, {
      tokens: defaultChartTokens,
      strings: nl,
      description: describeIndicator(model, nl),
    });
    const series = option.series as unknown as Line[];
    const lines = series.filter((s) => !s.name.startsWith('band-') && s.name !== 'series-breaks');
    const tooltip = (column: number) => lineTooltip(model, column, nl);
    return { model, option, lines, series, tooltip };
  };

  it('gives every area a line with a value per period, null for a suppressed one', () => {
    const { lines } = build({ indicator: 'woninginbraak', area: 'GM0748', compare: 'land' });
    expect(lines.map((l) => l.name)).to.deep.equal(['Bergen op Zoom', 'Nederland']);
    expect(lines[0]!.data.slice(0, 6)).to.deep.equal([5.4, 4.7, 4.9, 4.6, 4.6, null]);
    expect(lines[0]!.lineStyle).to.deep.equal({ width: 3, type: 'solid' });
    // Nederland's own look, also where no other comparison is drawn.
    expect(lines[1]!.lineStyle).to.deep.equal({ width: 2, type: [12, 4, 2, 4] });
  });

  it('still takes the tokens under their deprecated name, theme', () => {
    const model = buildIndicatorModel(feed, { indicator: 'woninginbraak', area: 'GM0748' });
    const colours = (option: ReturnType<typeof buildLineOption>) =>
      (option.series as { color?: string }[]).map((s) => s.color);
    const dark = { ...defaultChartTheme, palette: ['rgb(1, 2, 3)', ...defaultChartTheme.palette.slice(1)] };
    const legacy = buildLineOption(model, { theme: dark, strings: nl, description: '' });
    const current = buildLineOption(model, { tokens: dark, strings: nl, description: '' });
    expect(colours(legacy)).to.deep.equal(colours(current));
    expect(colours(legacy)[0]).to.equal('rgb(1, 2, 3)');
  });

  it('marks a provisional point with an open symbol and a star', () => {
    const { lines } = build({ indicator: 'woninginbraak', area: 'GM0748', compare: 'none' });
    expect(lines[0]!.data.at(-1)).to.deep.include({ value: 3.3, symbol: 'emptyCircle' });
    expect((lines[0]!.data.at(-1) as { label: { formatter: string } }).label.formatter).to.equal('*');
  });

  it('marks a nader voorlopig value with two stars and draws a nil value as 0 with its dash', async () => {
    const raw = await smallFeed();
    const breda = raw.series.find((s) => s.indicator === 'woninginbraak' && s.area === 'GM0758')!;
    breda.values[8] = 0;
    breda.status = { '2023': 'nil', '2024': 'revised-provisional', '2025': 'provisional' };
    const { lines } = build({ indicator: 'woninginbraak', area: 'GM0758', compare: 'none' }, parseFeed(raw));
    const label = (i: number) => (lines[0]!.data[i] as { label: { formatter: string } }).label.formatter;
    expect(lines[0]!.data[8]).to.deep.include({ value: 0 });
    expect([label(8), label(9), label(10)]).to.deep.equal(['–', '**', '*']);
  });

  it('writes a status symbol once per period, over the highest line that has it: close stars never stack into **', async () => {
    const raw = await smallFeed();
    // Nederland nader voorlopig in 2025, the other three lines voorlopig.
    raw.series.find((s) => s.indicator === 'woninginbraak' && s.area === 'NL01')!.status = {
      '2025': 'revised-provisional',
    };
    const { lines, model } = build({ indicator: 'woninginbraak', area: 'GM0758' }, parseFeed(raw));
    type Datum = { value: number; symbol?: string; label?: { show: boolean; formatter: string } };
    const last = lines.map((l) => l.data.at(-1) as Datum);
    expect(model.series.map((s) => s.area.name)).to.deep.equal([
      'Breda',
      'De Baronie',
      'Eenheid Zeeland-West-Brabant',
      'Nederland',
    ]);
    expect(last.map((d) => d.value)).to.deep.equal([3, 2.7, 2.2, 2]);
    expect(
      last.map((d) => d.symbol),
      'every provisional point is open',
    ).to.deep.equal(Array(4).fill('emptyCircle'));
    const written = last.flatMap((d) => (d.label?.show ? [d.label.formatter] : []));
    expect(written).to.deep.equal(['*', '**']);
    expect(last[0]!.label!.show, 'the star over the highest of the three').to.equal(true);
  });

  it('names every status by its CBS symbol and word in the tooltip and the keyboard sentence', async () => {
    const { tooltip, model } = build(
      { indicator: 'woninginbraak', area: 'GM0758', compare: 'none' },
      parseFeed(await everyStatusFeed()),
    );
    const firstValue = (i: number) => tooltip(i)!.values[0];
    expect([5, 6, 7, 8, 9, 10].map(firstValue)).to.deep.equal([
      { label: 'Breda', value: 'x', details: '(geheim)', note: '' },
      { label: 'Breda', value: '–', details: '(nihil)', note: '' },
      { label: 'Breda', value: '3,8**', details: '(nader voorlopig)', note: '' },
      { label: 'Breda', value: '.', details: '(gegevens ontbreken)', note: '' },
      { label: 'Breda', value: '', details: '(niet van toepassing)', note: '' },
      { label: 'Breda', value: '3,0*', details: '(voorlopig)', note: '' },
    ]);
    const points = linePoints(model, nl);
    expect([5, 6, 7, 8, 9, 10].map((i) => points.describe(0, i))).to.deep.equal([
      'Breda, 2020: x (geheim). Bijzondere periode 2020–2021 (Corona)',
      'Breda, 2021: – (nihil). Bijzondere periode 2020–2021 (Corona)',
      'Breda, 2022: 3,8 woninginbraken per 1.000 inwoners (nader voorlopig)',
      'Breda, 2023: . (gegevens ontbreken)',
      'Breda, 2024: (niet van toepassing)',
      'Breda, 2025: 3,0 woninginbraken per 1.000 inwoners (voorlopig)',
    ]);
  });

  /** The small feed with a break in 2019 for every area. */
  async function withBreak(): Promise<Feed> {
    const raw = await smallFeed();
    raw.indicators.find((i) => i.id === 'woninginbraak')!.breaks = [
      { period: '2019', reason: 'Nieuwe registratiemethode' },
    ];
    return parseFeed(raw);
  }

  /**
   * The breaks' lines: each from the bottom (0) to the top (1) of the hidden axis at its period, and
   * where their labels are: at the top of the line, or at its foot.
   */
  const breakLines = (series: Line[]) => {
    const breaks = series.find((s) => s.name === 'series-breaks');
    if (!breaks) return undefined;
    const at = (d: unknown) => (d === null ? null : ((d as { value?: unknown[] }).value ?? d));
    const labels = breaks.data.flatMap((d) =>
      d && 'label' in (d as object)
        ? [{ at: at(d), text: (d as { label: { formatter: string } }).label.formatter }]
        : [],
    );
    return {
      yAxisIndex: breaks.yAxisIndex,
      lineType: breaks.lineStyle.type,
      points: breaks.data.map(at),
      labels,
      last: series.at(-1) === breaks,
    };
  };

  it('draws a series break as a labelled dashed line across the plot, as a line series', async () => {
    const { series } = build({ indicator: 'woninginbraak', area: 'GM0758', compare: 'none' }, await withBreak());
    expect(breakLines(series)).to.deep.equal({
      yAxisIndex: 1,
      lineType: 'dashed',
      points: [['2019', 0], ['2019', 1], null],
      labels: [{ at: ['2019', 1], text: 'Trendbreuk' }],
      last: true,
    });
    expect(
      series.filter((s) => 'markLine' in s || s.type !== 'line'),
      'no mark lines',
    ).to.deep.equal([]);
  });

  it("labels a break inside a special period at the line's foot, clear of the period's label", async () => {
    const raw = await smallFeed();
    raw.indicators.find((i) => i.id === 'woninginbraak')!.breaks = [{ period: '2021', reason: 'Herindeling' }];
    const { series } = build({ indicator: 'woninginbraak', area: 'GM0758', compare: 'none' }, parseFeed(raw));
    expect(breakLines(series)!.labels).to.deep.equal([{ at: ['2021', 0], text: 'Trendbreuk' }]);
    expect(series.at(-2)!.name, 'the band before it').to.equal('band-special-periods');
  });

  it('never joins a line across a break: each part is a line of its own', async () => {
    const { lines, model } = build({ indicator: 'woninginbraak', area: 'GM0758', compare: 'land' }, await withBreak());
    expect(lines.map((l) => l.name)).to.deep.equal(['Breda', 'Breda', 'Nederland', 'Nederland']);
    const drawn = (line: Line) => line.data.map((d, i) => (d === null ? null : model.periods[i]));
    expect(drawn(lines[0]!).filter(Boolean)).to.deep.equal(['2015', '2016', '2017', '2018']);
    expect(drawn(lines[1]!).filter(Boolean)).to.deep.equal(['2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    // The keyboard and the tooltip follow the part a period lies in.
    const points = linePoints(model, nl);
    expect(lines[points.target(0, 3).seriesIndex]!.data[3]).to.not.equal(null);
    expect(lines[points.target(0, 4).seriesIndex]!.data[4]).to.not.equal(null);
    expect(points.target(1, 10).seriesIndex).to.equal(3);
    expect(points.describe(0, 4)).to.equal('Breda, 2019: 5,1 woninginbraken per 1.000 inwoners. Trendbreuk 2019');
  });

  /**
   * The periods a special-period band covers, and its labels: its corners lie on a hidden axis of half
   * columns, from the left edge of a period's slot (2 × column) to the right edge of another's.
   */
  const shadedBy = (band: Line, periods: string[]) => {
    const corners = band.data.map((d) => (d === null ? null : ((d as { value?: number[] }).value ?? (d as number[]))));
    const covered = periods.filter((_, column) =>
      corners.some(
        (c, i) => c !== null && corners[i + 1] && c[0]! < 2 * column + 1 && corners[i + 1]![0]! > 2 * column + 1,
      ),
    );
    const labels = band.data.flatMap((d) =>
      d && 'label' in (d as object) ? [(d as { label: { formatter: string } }).label.formatter] : [],
    );
    return { covered, labels };
  };

  it('shades a special period as a band with its label, never as a break', () => {
    const { series, model, option } = build({ indicator: 'woninginbraak', area: 'GM0758', compare: 'none' });
    const band = series.find((s) => s.name === 'band-special-periods')!;
    expect(band.type, 'drawn by the line chart itself').to.equal('line');
    expect(band.yAxisIndex, 'on a hidden 0–1 axis: full height whatever the values').to.equal(1);
    expect((option.yAxis as { show?: boolean; max?: number }[])[1]).to.include({ show: false, max: 1 });
    expect(shadedBy(band, model.periods)).to.deep.equal({ covered: ['2020', '2021'], labels: ['Corona'] });
    expect(breakLines(series), 'no break marker').to.equal(undefined);
    expect(series.at(-1), 'after the lines, so the keyboard indices stay put').to.equal(band);
  });

  it('gives the first and last period a whole slot only when a special period is shaded', async () => {
    const raw = await smallFeed();
    raw.indicators.find((i) => i.id === 'woninginbraak')!.specialPeriods = [
      { from: '2015', to: '2015', label: 'A' },
      { from: '2016', to: '2017', label: 'B' },
      { from: '2025', to: '2025', label: 'C' },
    ];
    const { series, model, option } = build({ indicator: 'woninginbraak', area: 'GM0758' }, parseFeed(raw));
    const band = series.find((s) => s.name === 'band-special-periods')!;
    expect(shadedBy(band, model.periods)).to.deep.equal({
      covered: ['2015', '2016', '2017', '2025'],
      labels: ['A', 'B', 'C'],
    });
    const slots = (o: typeof option) => (o.xAxis as { boundaryGap?: boolean }[]).map((x) => x.boundaryGap);
    expect(slots(option)[0], 'the first and last period have a whole slot').to.equal(true);
    const plain = build({ indicator: 'halt-verwijzingen', area: 'GM0758' }).option;
    expect(slots(plain), 'without a special period: no hidden axis, and lines from edge to edge').to.deep.equal([
      false,
    ]);
  });

  it('shades every half-year of a special period given in years', async () => {
    const raw = await smallFeed();
    Object.assign(
      raw.series.find((s) => s.indicator === 'woninginbraak' && s.area === 'NL01')!,
      {
        periods: ['2019-H2', '2020-H1', '2020-H2', '2021-H1', '2021-H2', '2022-H1'],
        values: [1, 1, 1, 1, 1, 1],
        status: {},
      },
    );
    const { series, model } = build({ indicator: 'woninginbraak', area: 'NL01', compare: 'none' }, parseFeed(raw));
    const band = series.find((s) => s.name === 'band-special-periods')!;
    expect(shadedBy(band, model.periods).covered).to.deep.equal(['2020-H1', '2020-H2', '2021-H1', '2021-H2']);
  });

  it('draws a survey margin as a band from value − margin to value + margin', () => {
    const { series } = build({ indicator: 'onveilig-eigen-buurt', area: 'GM0758', compare: 'none' });
    const lower = series.find((s) => s.name === 'band-lower')!.data;
    const width = series.find((s) => s.name === 'band-width')!.data;
    // 2025: 18,7 ± 2,0.
    expect([lower.at(-1), width.at(-1)]).to.deep.equal([16.7, 4]);
  });

  it('dashes a stand-in series and names it in the legend as the national trend', () => {
    const { lines, model } = build({ indicator: 'mensenhandel-seksuele-uitbuiting', area: 'GM0758' });
    expect(lines.map((l) => [l.name, l.lineStyle.type])).to.deep.equal([['Nederland (landelijke trend)', [4, 4]]]);
    expect(lineLegend(model, defaultChartTokens, nl).map((l) => [l.name, l.dash])).to.deep.equal([
      ['Nederland (landelijke trend)', [4, 4]],
    ]);
  });

  it('gives the HTML legend each line’s colour, dash and marker, and none for a lone own line', () => {
    const { lines, model, option } = build({ indicator: 'woninginbraak', area: 'GM0758' });
    const legend = lineLegend(model, defaultChartTokens, nl);
    const drawn = lines as unknown as { name: string; color: string; symbol: string; lineStyle: { type: unknown } }[];
    expect(legend.map((l) => [l.name, l.colour, l.symbol, l.dash])).to.deep.equal(
      drawn.map((l) => [l.name, l.color, l.symbol, l.lineStyle.type]),
    );
    expect(new Set(legend.map((l) => l.symbol)).size, 'a marker shape per line').to.equal(legend.length);
    // No ECharts legend: the plot keeps its full height, at any width.
    expect(option.legend).to.equal(undefined);
    expect((option.grid as { bottom: number }).bottom).to.equal(16);
    const alone = build({ indicator: 'woninginbraak', area: 'GM0758', compare: 'none' });
    expect(lineLegend(alone.model, defaultChartTokens, nl)).to.deep.equal([]);
  });

  it('draws six lines in six looks: no two share colour, dash or marker, and the legend shows each', () => {
    const { lines, model } = build({
      indicator: 'woninginbraak',
      area: 'GM0758',
      compare: 'GM0748 GM0777 GM1674 GM0855 land',
    });
    const drawn = lines as unknown as { color: string; symbol: string; lineStyle: { type: unknown } }[];
    expect(drawn.length).to.equal(6);
    const looks = drawn.map((l) => [l.color, JSON.stringify(l.lineStyle.type), l.symbol]);
    for (const part of [0, 1, 2]) expect(new Set(looks.map((l) => l[part])).size, `part ${part}`).to.equal(6);
    expect(
      lineLegend(model, defaultChartTokens, nl).map((l) => [l.colour, JSON.stringify(l.dash), l.symbol]),
    ).to.deep.equal(looks);
  });

  it('gives each reference area the look of its level, wherever it stands among the lines', () => {
    const look = (query: IndicatorQuery, name: string) => {
      const { lines } = build(query);
      const line = lines.find((l) => l.name === name) as unknown as { color: string; lineStyle: { type: unknown } };
      return [line.color, line.lineStyle.type];
    };
    const eenheid = 'Eenheid Zeeland-West-Brabant';
    const inBreda = look({ indicator: 'woninginbraak', area: 'GM0758' }, eenheid);
    expect(look({ indicator: 'woninginbraak', area: 'de-baronie' }, eenheid)).to.deep.equal(inBreda);
    expect(look({ indicator: 'woninginbraak', area: 'GM0758', compare: 'eenheid' }, eenheid)).to.deep.equal(inBreda);
    const nederland = look({ indicator: 'woninginbraak', area: 'GM0758' }, 'Nederland');
    expect(look({ indicator: 'woninginbraak', area: 'zeeland-west-brabant' }, 'Nederland')).to.deep.equal(nederland);
  });

  it('gives a second gemeente compared a look that no line of its chart has, and repeats no own look past six', () => {
    // Colour and dash of each line, in the legend's order.
    const looks = (compare: string) =>
      lineLegend(build({ indicator: 'woninginbraak', area: 'GM0758', compare }).model, defaultChartTokens, nl).map(
        (l) => `${l.colour} ${JSON.stringify(l.dash)}`,
      );
    expect(new Set(looks('GM0748 GM0777 land')).size).to.equal(4);
    // Seven lines: the looks repeat, but none takes the own area's.
    const [own, ...others] = looks('de-baronie GM0748 GM0777 GM1674 GM0855 land');
    expect(others).to.have.length(6);
    expect(others).not.to.include(own);
  });

  it('describes each point for the keyboard: value, unit, margin, status, the latest own value first', () => {
    const { model, option } = build({ indicator: 'onveilig-eigen-buurt', area: 'GM0758', compare: 'eenheid' });
    const points = linePoints(model, nl);
    expect([points.rows, points.columns]).to.deep.equal([2, model.periods.length]);
    expect(points.start).to.deep.equal({ row: 0, column: model.periods.length - 1 });
    expect(points.describe(0, points.start.column)).to.equal(
      'Breda, 2025: 18,7\u00a0% van de inwoners van 15 jaar en ouder (marge ± 2,0 procentpunt)',
    );
    // The margin band's two series come first, so the lines start at index 2.
    const series = option.series as unknown as Line[];
    const { seriesIndex } = points.target(1, 0);
    expect(series[seriesIndex]!.name).to.equal(model.series[1]!.area.name);
    const suppressed = linePoints(build({ indicator: 'woninginbraak', area: 'GM0748', compare: 'none' }).model, nl);
    expect(suppressed.describe(0, 5)).to.equal(
      'Bergen op Zoom, 2020: x (geheim; Te weinig gevallen om te publiceren.). Bijzondere periode 2020–2021 (Corona)',
    );
  });

  it('writes tooltips in Dutch with status, margin, break and special period', async () => {
    const raw = await smallFeed();
    raw.indicators.find((i) => i.id === 'woninginbraak')!.breaks = [{ period: '2020', reason: 'Nieuwe methode' }];
    const { tooltip, model } = build({ indicator: 'woninginbraak', area: 'GM0748', compare: 'land' }, parseFeed(raw));
    // The keyboard walk says what the tooltip shows, the break and special period by their names.
    expect(linePoints(model, nl).describe(1, 5)).to.equal(
      'Nederland, 2020: 3,5 woninginbraken per 1.000 inwoners. Trendbreuk 2020. Bijzondere periode 2020–2021 (Corona)',
    );
    expect(linePoints(model, nl).describe(1, 7), '2022: neither').to.equal(
      'Nederland, 2022: 2,9 woninginbraken per 1.000 inwoners',
    );
    expect(tooltip(5)).to.deep.equal({
      heading: '2020',
      values: [
        { label: 'Bergen op Zoom', value: 'x', details: '(geheim)', note: 'Te weinig gevallen om te publiceren.' },
        { label: 'Nederland', value: '3,5', details: '', note: '' },
      ],
      after: [
        'per 1.000 inwoners',
        'Trendbreuk 2020: Nieuwe methode',
        'Bijzondere periode 2020–2021 (Corona): COVID-19: minder mensen van huis',
      ],
    } satisfies TooltipWords);
    expect(tooltip(7)!.after.join(' '), '2022 lies after the special period').not.to.contain('Bijzondere');
    expect(tooltip(11), 'no tooltip beyond the periods').to.equal(undefined);
    const survey = build({ indicator: 'onveilig-eigen-buurt', area: 'GM0758', compare: 'none' });
    expect(survey.tooltip(3)).to.deep.equal({
      heading: '2025',
      values: [{ label: 'Breda', value: '18,7', details: '± 2,0 procentpunt', note: '' }],
      after: ['% 15+'],
    });
  });
});
