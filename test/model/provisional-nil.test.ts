import { expect } from '@open-wc/testing';
import { buildCompareModel } from '../../src/model/compare.js';
import { compareGrid } from '../../src/model/compare-grid.js';
import { gridTable, indicatorGrid } from '../../src/model/grid.js';
import { buildIndicatorModel } from '../../src/model/indicator.js';
import { formatPointValue, pointText } from '../../src/model/format.js';
import { gridToCsv } from '../../src/model/csv.js';
import { chartNotes, describeIndicator } from '../../src/model/summary.js';
import { buildLineOption, linePoints, lineTooltip } from '../../src/charts/line.js';
import { parseFeed } from '../../src/feed/validate.js';
import { dictionaries } from '../../src/i18n/dictionaries.js';
import type { Feed } from '../../src/feed/schema.js';
import { defaultChartTokens } from '../../src/tokens/chart-tokens.js';
import { smallFeed } from '../fixtures/feeds.js';

const { nl, en } = dictionaries;

/**
 * The small feed with burglary in Breda and De Markiezaten nihil in 2024 and voorlopig 0 on no case in
 * 2025 (a value has one status: a provisional true zero says so by its count), and Breda's Halt
 * referrals a voorlopig 0 without a count, which may be a rate rounded down.
 */
async function nilFeed(): Promise<Feed> {
  const raw = await smallFeed();
  for (const area of ['GM0758', 'de-markiezaten']) {
    const s = raw.series.find((x) => x.indicator === 'woninginbraak' && x.area === area)!;
    const [j2024, j2025] = ['2024', '2025'].map((p) => s.periods.indexOf(p)) as [number, number];
    s.values[j2024] = 0;
    s.values[j2025] = 0;
    s.counts = s.periods.map((_, j) => (j === j2025 ? 0 : null));
    s.status = { ...s.status, 2024: 'nil', 2025: 'provisional' };
  }
  const halt = raw.series.find((x) => x.indicator === 'halt-verwijzingen' && x.area === 'GM0758')!;
  halt.values[halt.periods.indexOf('2025')] = 0;
  return parseFeed(raw);
}

describe('a nihil while voorlopig', () => {
  it('prints as a nihil with its *, in the headline, the table and the tooltip alike', async () => {
    const feed = await nilFeed();
    const model = buildIndicatorModel(feed, { indicator: 'woninginbraak', area: 'GM0758' });
    const { latest, indicator } = model;
    // The headline figure; the final nihil of 2024 beside it in the table.
    expect(formatPointValue(latest!, indicator, nl)).to.equal('–*');
    const breda = gridTable(indicatorGrid(model, nl), nl).rows.find((r) => r.header === '2025')!;
    expect(breda.cells[0]).to.equal('–*');
    expect(gridTable(indicatorGrid(model, nl), nl).rows.find((r) => r.header === '2024')!.cells[0]).to.equal('–');
    expect(pointText(latest, indicator, en)).to.deep.include({ value: '–*', status: 'nil, provisional' });
  });

  it('prints the change between a nihil and a voorlopig nihil as a nihil', async () => {
    const model = buildCompareModel(await nilFeed(), { indicator: 'woninginbraak', sort: 'name' });
    const row = gridTable(compareGrid(model, nl), nl).rows.find((r) => r.header === 'De Markiezaten')!;
    expect(row.cells).to.deep.equal(['–*', '–', '–']);
  });

  it('keeps the number of a voorlopig 0 that may be rounded: no count says it is a true zero', async () => {
    const model = buildIndicatorModel(await nilFeed(), { indicator: 'halt-verwijzingen', area: 'GM0758' });
    expect(formatPointValue(model.latest!, model.indicator, nl)).to.equal('0,0*');
  });
});

/** Breda's burglary a voorlopig 0 on no case in 2025, after figures in every year before: its only nihil. */
async function provisionalNilOnlyFeed(): Promise<Feed> {
  const raw = await smallFeed();
  const s = raw.series.find((x) => x.indicator === 'woninginbraak' && x.area === 'GM0758')!;
  const j2025 = s.periods.indexOf('2025');
  s.values[j2025] = 0;
  s.counts = s.periods.map((_, j) => (j === j2025 ? 0 : null));
  return parseFeed(raw);
}

describe('a nihil while voorlopig, in words and in the download', () => {
  it('writes it in the CSV as a nihil, 0 without decimals, with its status voorlopig kept', async () => {
    const model = buildIndicatorModel(await nilFeed(), { indicator: 'woninginbraak', area: 'GM0758' });
    const lines = (strings: typeof nl) => gridToCsv(indicatorGrid(model, strings), strings).split('\r\n');
    expect(lines(nl)).to.include.members(['2024;Breda;0;nihil;;', '2025;Breda;0;nihil (voorlopig);;']);
    expect(lines(en)).to.include.members(['2024,Breda,0,nil,,', '2025,Breda,0,nil (provisional),,']);
  });

  it('keeps the CSV number of a voorlopig 0 that may be rounded', async () => {
    const model = buildIndicatorModel(await nilFeed(), { indicator: 'halt-verwijzingen', area: 'GM0758' });
    expect(gridToCsv(indicatorGrid(model, nl), nl).split('\r\n')).to.include('2025;Breda;0,0;voorlopig;;');
  });

  it('says it in the summary as a nihil, 0, with its * where no word says voorlopig', async () => {
    const feed = await nilFeed();
    const breda = describeIndicator(buildIndicatorModel(feed, { indicator: 'woninginbraak', area: 'GM0758' }), nl);
    expect(breda).to.contain('In 2025: 0 woninginbraken per 1.000 inwoners in Breda (voorlopig cijfer).');
    expect(breda).to.contain('(van 6,4 naar 0; minder dan 10 gevallen)');
    const bergen = describeIndicator(buildIndicatorModel(feed, { indicator: 'woninginbraak', area: 'GM0748' }), nl);
    expect(bergen).to.contain('Ter vergelijking in 2025: De Markiezaten (0*), ');
    const halt = describeIndicator(buildIndicatorModel(feed, { indicator: 'halt-verwijzingen', area: 'GM0758' }), nl);
    expect(halt).to.contain('In 2025: 0,0 per 10.000 jongeren 12–17 jaar in Breda (voorlopig cijfer).');
  });

  it('announces it to the keyboard as the tooltip shows it, in words: nihil, voorlopig', async () => {
    const model = buildIndicatorModel(await nilFeed(), { indicator: 'woninginbraak', area: 'GM0758' });
    const column = model.periods.indexOf('2025');
    expect(lineTooltip(model, column, nl)!.values[0]).to.deep.include({ value: '–*', details: '(nihil, voorlopig)' });
    expect(linePoints(model, nl).describe(0, column)).to.equal('Breda, 2025: –* (nihil, voorlopig)');
  });

  it('writes –* over its point in the line chart, and the notes under it explain both symbols', async () => {
    const model = buildIndicatorModel(await provisionalNilOnlyFeed(), { indicator: 'woninginbraak', area: 'GM0758' });
    const option = buildLineOption(model, { tokens: defaultChartTokens, strings: nl, description: '' });
    const line = (option.series as { name: string; data: unknown[] }[]).find((s) => s.name === 'Breda')!;
    const last = line.data.at(-1) as { value: number; label: { formatter: string; show: boolean } };
    expect(last).to.deep.include({ value: 0 });
    expect(last.label).to.deep.include({ formatter: '–*', show: true });
    expect(chartNotes(model, nl)).to.include.members(['* voorlopig', '– nihil']);
  });

  it('explains both its symbols under the table, – nihil and * voorlopig, when it is the only nihil', async () => {
    const model = buildIndicatorModel(await provisionalNilOnlyFeed(), { indicator: 'woninginbraak', area: 'GM0758' });
    const table = gridTable(indicatorGrid(model, nl), nl);
    expect(table.rows.find((r) => r.header === '2025')!.cells[0]).to.equal('–*');
    expect(table.legend).to.deep.equal(['* voorlopig', '– nihil']);
  });
});
