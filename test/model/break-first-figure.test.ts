/**
 * A series break means something only where a line has figures on both sides of it. Altena was formed
 * on 1 January 2019; its survey figures start that year, so the herindeling break of 2019 has nothing
 * before it on Altena's line: no chart, table, note, CSV or card may send a reader looking for it.
 * Haaren ended on 1 January 2021; its figures stop in 2020, so the break of its split has nothing after
 * it on Haaren's line.
 */
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/validate.js';
import type { Feed, SeriesBreak } from '../../src/feed/schema.js';
import { buildIndicatorModel, type IndicatorQuery } from '../../src/model/indicator.js';
import { indicatorGrid } from '../../src/model/grid.js';
import { gridToCsv } from '../../src/model/csv.js';
import { chartNotes } from '../../src/model/summary.js';
import { buildCompareModel } from '../../src/model/compare.js';
import { compareGrid } from '../../src/model/compare-grid.js';
import { buildProfile } from '../../src/model/profile.js';
import { buildLineOption, linePoints, lineTooltip } from '../../src/charts/line.js';
import { defaultChartTokens } from '../../src/tokens/chart-tokens.js';
import { dictionaries } from '../../src/i18n/dictionaries.js';
import { smallFeed } from '../fixtures/feeds.js';
import { useSampleFeed } from '../helpers.js';

const { nl } = dictionaries;

const HERINDELING = 'Herindeling: Altena gevormd uit Aalburg, Werkendam en Woudrichem';
const NIEUWE_VM = 'Vernieuwde Veiligheidsmonitor';

/** The small feed with Altena (from 2019) in De Baronie, its figures from 2019 on, and `breaks` on `indicator`. */
async function withAltena(indicator: string, breaks: SeriesBreak[]): Promise<Feed> {
  const raw = await smallFeed();
  raw.areas.push({ id: 'GM1959', name: 'Altena', level: 'gemeente', parent: 'de-baronie', validFrom: '2019-01-01' });
  raw.series.push(
    indicator === 'onveilig-eigen-buurt'
      ? {
          indicator,
          area: 'GM1959',
          periods: ['2019', '2021', '2023', '2025'],
          values: [16.0, 15.3, 19.3, 16.3],
          margins: [2.9, 2.8, 2.9, 2.8],
        }
      : { indicator, area: 'GM1959', periods: ['2019', '2020', '2021'], values: [3.1, 2.9, 2.7] },
  );
  raw.indicators.find((i) => i.id === indicator)!.breaks = breaks;
  return parseFeed(raw);
}

/** The periods the chart draws a break line at. */
function drawnBreaks(model: ReturnType<typeof buildIndicatorModel>): unknown[] {
  const option = buildLineOption(model, { tokens: defaultChartTokens, strings: nl, description: '' });
  const series = option.series as unknown as { name: string; data: unknown[] }[];
  const lines = series.find((s) => s.name === 'series-breaks')?.data ?? [];
  const at = (d: unknown) => ((d as { value?: unknown[] }).value ?? d) as unknown[];
  return [...new Set(lines.filter((d) => d !== null).map((d) => at(d)[0]))];
}

/** The notes of the table beside each value of `period`, by column. */
function tableNotes(model: ReturnType<typeof buildIndicatorModel>, period: string): string[][] {
  const grid = indicatorGrid(model, nl);
  return grid.rows.find((r) => r.header === period)!.pointNotes!;
}

describe('a series break where a line has no figure before it', () => {
  const query: IndicatorQuery = { indicator: 'onveilig-eigen-buurt', area: 'GM1959' };
  const breaks: SeriesBreak[] = [
    { period: '2019', reason: HERINDELING, areas: ['GM1959'] },
    { period: '2021', reason: NIEUWE_VM },
  ];

  it('is not drawn, marked or noted at the first figure of Altena, formed that year', async () => {
    const model = buildIndicatorModel(await withAltena('onveilig-eigen-buurt', breaks), query);
    expect(model.series.map((s) => s.area.name)).to.deep.equal([
      'Altena',
      'De Baronie',
      'Eenheid Zeeland-West-Brabant',
      'Nederland',
    ]);
    expect(drawnBreaks(model), 'the dashed lines').to.deep.equal(['2021']);
    expect(chartNotes(model, nl).filter((n) => n.startsWith('Trendbreuk'))).to.deep.equal([
      `Trendbreuk 2021: ${NIEUWE_VM}`,
    ]);
    expect(tableNotes(model, '2019'), 'the table at 2019').to.deep.equal([[], [], [], []]);
    expect(tableNotes(model, '2021')[0], "Altena's 2021").to.deep.equal([`Trendbreuk 2021: ${NIEUWE_VM}`]);
    expect(lineTooltip(model, 0, nl)!.after).to.deep.equal(['% 15+']);
    expect(linePoints(model, nl).describe(0, 0)).to.not.contain('Trendbreuk');
    const csv = gridToCsv(indicatorGrid(model, nl), nl);
    expect(csv).to.not.contain('Trendbreuk 2019');
    expect(csv).to.contain(`2021;Altena;15,3;definitief;2,8;Trendbreuk 2021: ${NIEUWE_VM}`);
  });

  it('is not on the profile card, nor among its theme notes', async () => {
    const feed = await withAltena('onveilig-eigen-buurt', breaks);
    const [theme] = buildProfile(feed, { area: 'GM1959', indicators: ['onveilig-eigen-buurt'] }, nl).themes;
    expect(theme!.indicators[0]!.notes.map((n) => n.text)).to.deep.equal(['Trendbreuk 2021, zie noot 1']);
    expect(theme!.notes).to.deep.equal([NIEUWE_VM]);
  });

  it('is kept for the lines with figures before it, and the notes name only those', async () => {
    const feed = await withAltena('woninginbraak', [{ period: '2019', reason: 'Nieuwe registratiemethode' }]);
    const model = buildIndicatorModel(feed, { indicator: 'woninginbraak', area: 'GM1959', compare: 'land' });
    const column = model.periods.indexOf('2019');
    expect(drawnBreaks(model)).to.deep.equal(['2019']);
    expect(chartNotes(model, nl)).to.include('Trendbreuk 2019 (Nederland): Nieuwe registratiemethode');
    // Altena's first figure is no value after a break; Nederland's is.
    expect(tableNotes(model, '2019')).to.deep.equal([[], ['Trendbreuk 2019: Nieuwe registratiemethode']]);
    expect(linePoints(model, nl).describe(0, column)).to.not.contain('Trendbreuk');
    expect(linePoints(model, nl).describe(1, column)).to.contain('Trendbreuk 2019');
  });

  it("is not marked at a reader's first period, where nothing shown lies before it", async () => {
    const feed = await withAltena('onveilig-eigen-buurt', breaks);
    const breda = { indicator: 'onveilig-eigen-buurt', area: 'GM0758', compare: 'land' };
    const fromBreak = buildIndicatorModel(feed, { ...breda, from: '2021' });
    expect(drawnBreaks(fromBreak)).to.deep.equal([]);
    expect(chartNotes(fromBreak, nl).filter((n) => n.startsWith('Trendbreuk'))).to.deep.equal([]);
    expect(tableNotes(fromBreak, '2021')).to.deep.equal([[], []]);
    // From before it, it is.
    expect(drawnBreaks(buildIndicatorModel(feed, { ...breda, from: '2019' }))).to.deep.equal(['2021']);
  });

  it('is kept in the index view, where the figures before it have no index', async () => {
    const feed = await withAltena('woninginbraak', [{ period: '2019', reason: 'Nieuwe registratiemethode' }]);
    const model = buildIndicatorModel(feed, { indicator: 'woninginbraak', area: 'GM0758', scale: 'index' });
    expect(model.base).to.equal('2019');
    expect(model.series[0]!.points.find((p) => p.period === '2018')!.value, 'no index before the break').to.equal(null);
    expect(drawnBreaks(model)).to.deep.equal(['2019']);
  });

  it("is noted in a comparison's CSV only on a value whose change it spans", async () => {
    const feed = await withAltena('onveilig-eigen-buurt', breaks);
    const altena = (period: string) => {
      const model = buildCompareModel(feed, {
        indicator: 'onveilig-eigen-buurt',
        level: 'gemeente',
        within: 'de-baronie',
        period,
      });
      return gridToCsv(compareGrid(model, nl), nl)
        .split('\r\n')
        .filter((line) => line.startsWith('Altena;'));
    };
    // 2021 against 2019: the new survey on 2021; 2019, Altena's first figure, has no break.
    expect(altena('2021')).to.deep.equal([
      `Altena;2021;15,3;definitief;2,8;Trendbreuk 2021: ${NIEUWE_VM}`,
      'Altena;2019;16,0;definitief;2,9;',
    ]);
    // 2023 against 2021: both after the break, which their change does not span.
    expect(altena('2023')).to.deep.equal(['Altena;2023;19,3;definitief;2,9;', 'Altena;2021;15,3;definitief;2,8;']);
  });
});

describe('a series break where a line has no figure after it', () => {
  const sampleFeed = useSampleFeed();
  const SPLIT = 'Herindeling: Haaren opgeheven (1 januari 2021)';

  it("is not noted on Haaren's line, which ends in 2020, but kept for the lines that go on", () => {
    // The sample feed's burglary figures break in 2021 for Haaren, its district and the unit.
    const model = buildIndicatorModel(parseFeed(sampleFeed()), { indicator: 'woninginbraak', area: 'GM0788' });
    expect(model.series.map((s) => s.area.name)).to.deep.equal([
      'Haaren',
      'Hart van Brabant',
      'Eenheid Zeeland-West-Brabant',
      'Nederland',
    ]);
    expect(model.series[0]!.points.filter((p) => p.value !== null).at(-1)!.period).to.equal('2020');
    expect(drawnBreaks(model), 'the dashed line, for the district and the unit').to.deep.equal(['2021']);
    const breakNotes = chartNotes(model, nl).filter((n) => n.startsWith('Trendbreuk'));
    expect(breakNotes).to.have.length(1);
    expect(breakNotes[0]).to.match(
      /^Trendbreuk 2021 \(Hart van Brabant en Eenheid Zeeland-West-Brabant\): Herindeling/,
    );
    const breaksIn = (notes: string[]) => notes.filter((n) => n.startsWith('Trendbreuk'));
    const [haaren, district, unit, land] = tableNotes(model, '2021').map(breaksIn);
    expect(haaren, "Haaren's blank 2021").to.deep.equal([]);
    expect(district![0]).to.contain(SPLIT);
    expect(unit![0]).to.contain(SPLIT);
    expect(land, 'Nederland, not in the herindeling').to.deep.equal([]);
    const column = model.periods.indexOf('2021');
    expect(linePoints(model, nl).describe(0, column)).to.not.contain('Trendbreuk');
    expect(linePoints(model, nl).describe(1, column)).to.contain('Trendbreuk 2021');
    const csv = gridToCsv(indicatorGrid(model, nl), nl).split('\r\n');
    const line = (area: string) => csv.find((l) => l.startsWith(`2021;${area};`))!;
    expect(line('Haaren')).to.match(/^2021;Haaren;;niet van toepassing;;/);
    expect(line('Haaren')).to.not.contain('Trendbreuk');
    expect(line('Hart van Brabant')).to.contain(`Trendbreuk 2021: ${SPLIT}`);
  });
});
