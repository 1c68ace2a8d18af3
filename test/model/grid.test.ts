import { expect } from '@open-wc/testing';
import { buildCompareModel } from '../../src/model/compare.js';
import { compareGrid } from '../../src/model/compare-grid.js';
import { gridTable, indicatorGrid } from '../../src/model/grid.js';
import { buildIndicatorModel } from '../../src/model/indicator.js';
import { gridToCsv } from '../../src/model/csv.js';
import { formatPoint, pointText } from '../../src/model/format.js';
import { parseFeed } from '../../src/feed/validate.js';
import { dictionaries } from '../../src/i18n/dictionaries.js';
import type { Feed, Indicator } from '../../src/feed/schema.js';
import { everyStatusFeed, smallFeed } from '../fixtures/feeds.js';

const { nl, en } = dictionaries;

describe('one formatter for a value with its margin and status', () => {
  const survey = { decimals: 1, unit: '% 15+' } as Indicator;
  it('writes value, symbol, margin and status the same way everywhere', () => {
    const point = { period: '2025', value: 18.7, margin: 2, status: 'provisional' as const };
    // Beside a value in words, a percentage's margin is in procentpunten; a table's cell is bare.
    expect(pointText(point, survey, nl)).to.deep.equal({
      value: '18,7*',
      margin: '± 2,0 procentpunt',
      status: 'voorlopig',
      note: '',
    });
    expect(formatPoint(point, survey, nl)).to.equal('18,7* ± 2,0');
    expect(formatPoint(point, survey, nl, { withStatus: true })).to.equal('18,7* ± 2,0 (voorlopig)');
    expect(formatPoint(point, survey, en, { withStatus: true })).to.equal('18.7* ± 2.0 (provisional)');
  });

  it('gives a suppressed or missing value its symbol and no margin', () => {
    const suppressed = { period: '2025', value: null, margin: 2, status: 'suppressed' as const };
    expect(formatPoint(suppressed, survey, nl)).to.equal('x');
    expect(formatPoint(undefined, survey, nl, { withStatus: true })).to.equal('. (gegevens ontbreken)');
  });
});

describe('CBS symbols in the table, its legend and the CSV', () => {
  const everyStatus = async () => parseFeed(await everyStatusFeed());

  it('prints . x * ** – and a blank cell, and explains them in CBS order', async () => {
    const model = buildIndicatorModel(await everyStatus(), {
      indicator: 'woninginbraak',
      area: 'GM0758',
      compare: 'none',
    });
    const table = gridTable(indicatorGrid(model, nl), nl);
    expect(table.rows.slice(5).map((r) => [r.header, r.cells[0]])).to.deep.equal([
      ['2020', 'x'],
      ['2021', '–'],
      ['2022', '3,8**'],
      ['2023', '.'],
      ['2024', ''],
      ['2025', '3,0*'],
    ]);
    expect(table.legend).to.deep.equal([
      '. gegevens ontbreken',
      '* voorlopig',
      '** nader voorlopig',
      'x geheim',
      '– nihil',
      '(leeg) niet van toepassing',
    ]);
    expect(gridTable(indicatorGrid(model, en), en).legend).to.include.members([
      '. data not available',
      'x confidential',
    ]);
  });

  it('writes the status in words in the CSV, and a nil value as the number 0', async () => {
    const model = buildIndicatorModel(await everyStatus(), {
      indicator: 'woninginbraak',
      area: 'GM0758',
      compare: 'none',
    });
    const lines = gridToCsv(indicatorGrid(model, nl), nl).split('\r\n');
    const special = 'Bijzondere periode 2020–2021 (Corona): COVID-19: minder mensen van huis';
    expect(lines).to.include.members([
      `2020;Breda;;geheim;;${special}`,
      `2021;Breda;0;nihil;;${special}`,
      '2022;Breda;3,8;nader voorlopig;;',
      '2023;Breda;;gegevens ontbreken;;',
      '2024;Breda;;niet van toepassing;;',
      '2025;Breda;3,0;voorlopig;;',
    ]);
  });

  it('reads a nil value as a zero: the change to it is measured', async () => {
    const feed = await everyStatus();
    const model = buildIndicatorModel(feed, { indicator: 'woninginbraak', area: 'GM0758', to: '2021' });
    expect(model.latest).to.include({ period: '2021', value: 0, status: 'nil' });
    expect(model.changePrevious).to.include({ delta: -5.1, direction: 'down' });
  });
});

describe('compareGrid', () => {
  let feed: Feed;
  before(async () => {
    feed = parseFeed(await smallFeed());
  });

  it('holds each area in the period and the one before, references last, with the change as a last column', () => {
    const model = buildCompareModel(feed, { indicator: 'woninginbraak', sort: 'name' });
    const grid = compareGrid(model, nl);
    expect(grid.columns).to.deep.equal(['2025', '2024']);
    expect(grid.changeLabel).to.equal('Verschil met 2024');
    expect(grid.rows.map((r) => r.header)).to.deep.equal([
      'De Baronie',
      'De Markiezaten',
      'Hart van Brabant',
      'Zeeland',
      'Eenheid Zeeland-West-Brabant',
      'Nederland',
    ]);
    const table = gridTable(grid, nl);
    expect(table.columns).to.deep.equal(['2025', '2024', 'Verschil met 2024']);
    expect(table.rows[1]).to.deep.equal({ header: 'De Markiezaten', cells: ['2,7*', '3,3', '-0,6'] });
  });

  it('prints the change between two nihil values as a nihil, never as 0,0', async () => {
    const raw = await smallFeed();
    const markiezaten = raw.series.find((s) => s.indicator === 'woninginbraak' && s.area === 'de-markiezaten')!;
    for (const period of ['2024', '2025']) markiezaten.values[markiezaten.periods.indexOf(period)] = 0;
    markiezaten.status = { ...markiezaten.status, 2024: 'nil', 2025: 'nil' };
    const model = buildCompareModel(parseFeed(raw), { indicator: 'woninginbraak', sort: 'name' });
    const row = gridTable(compareGrid(model, nl), nl).rows.find((r) => r.header === 'De Markiezaten')!;
    expect(row.cells).to.deep.equal(['–', '–', '–']);
  });

  it('feeds the table and the CSV the same numbers', () => {
    const model = buildCompareModel(feed, { indicator: 'onveilig-eigen-buurt', level: 'district' });
    const grid = compareGrid(model, nl);
    const baronie = gridTable(grid, nl).rows.find((r) => r.header === 'De Baronie')!;
    expect(baronie.cells).to.deep.equal(['16,0 ± 1,5', '17,8 ± 1,4', '-1,8 (niet significant)']);
    const csv = gridToCsv(grid, nl).split('\r\n');
    expect(csv).to.include('De Baronie;2025;16,0;definitief;1,5;');
    expect(csv).to.include('De Baronie;2023;17,8;definitief;1,4;');
  });

  it('marks the highlighted area in the table only', () => {
    const model = buildCompareModel(feed, { indicator: 'woninginbraak', level: 'gemeente', highlight: 'GM0758' });
    const grid = compareGrid(model, nl);
    expect(grid.rows.find((r) => r.highlighted)!.header).to.equal('Breda');
    expect(gridTable(grid, nl).rows.map((r) => r.header)).to.include('Breda (gemarkeerd)');
    expect(gridToCsv(grid, nl)).not.to.contain('gemarkeerd');
  });
});
