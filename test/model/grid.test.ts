import { expect } from '@open-wc/testing';
import { buildCompareModel } from '../../src/model/compare.js';
import { compareGrid, gridTable } from '../../src/model/grid.js';
import { gridToCsv } from '../../src/model/csv.js';
import { formatPoint, pointText } from '../../src/model/format.js';
import { parseFeed } from '../../src/feed/validate.js';
import { dictionaries } from '../../src/i18n/strings.js';
import type { Feed, Indicator } from '../../src/feed/schema.js';
import { smallFeed } from '../fixtures/feeds.js';

const { nl, en } = dictionaries;

describe('one formatter for a value with its margin and status', () => {
  const survey = { decimals: 1 } as Indicator;
  it('writes value, symbol, margin and status the same way everywhere', () => {
    const point = { period: '2025', value: 18.7, margin: 2, status: 'provisional' as const };
    expect(pointText(point, survey, nl)).to.deep.equal({
      value: '18,7*',
      margin: '± 2,0',
      status: 'voorlopig',
      note: '',
    });
    expect(formatPoint(point, survey, nl)).to.equal('18,7* ± 2,0');
    expect(formatPoint(point, survey, nl, { withStatus: true })).to.equal('18,7* ± 2,0 (voorlopig)');
    expect(formatPoint(point, survey, en, { withStatus: true })).to.equal('18.7* ± 2.0 (provisional)');
  });

  it('gives a suppressed or missing value its symbol and no margin', () => {
    const suppressed = { period: '2025', value: null, margin: 2, status: 'suppressed' as const };
    expect(formatPoint(suppressed, survey, nl)).to.equal(nl.statusSymbol.suppressed);
    expect(formatPoint(undefined, survey, nl, { withStatus: true })).to.equal(
      `${nl.statusSymbol['no-data']} (${nl.status['no-data']})`,
    );
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
