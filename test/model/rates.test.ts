import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/validate.js';
import { dictionaries } from '../../src/i18n/dictionaries.js';
import { gridTable, indicatorGrid } from '../../src/model/grid.js';
import { buildIndicatorModel } from '../../src/model/indicator.js';
import { changePhrase } from '../../src/model/summary.js';
import { compareValues } from '../../src/model/trend.js';
import { DUMPINGS, testMeta } from '../fixtures/feeds.js';

const { nl } = dictionaries;

/** Drugsafvaldumpingen, a count the widgets also show per 100.000 inwoners, in Breda and Nederland. */
const dumpings = (breda: { values: (number | null)[]; denominators?: (number | null)[]; status?: object }) =>
  parseFeed({
    schemaVersion: 1,
    meta: testMeta('Rates of a count'),
    themes: [{ id: 'buurt', title: 'Buurt', order: 1 }],
    areas: [
      { id: 'NL01', name: 'Nederland', level: 'land' },
      { id: 'GM0758', name: 'Breda', level: 'gemeente', parent: 'NL01' },
    ],
    indicators: [DUMPINGS],
    series: [{ indicator: 'dumpingen', area: 'GM0758', periods: ['2024', '2025'], ...breda }],
    duiding: [],
    opvallendheden: [],
  });

describe('a count shown per inwoner', () => {
  it('shows a nihil without inhabitants as – per 100.000 inwoners, never as "gegevens ontbreken"', () => {
    const feed = dumpings({ values: [12, null], denominators: [184_000, null], status: { '2025': 'nil' } });
    const model = buildIndicatorModel(feed, { indicator: 'dumpingen', area: 'GM0758', measure: 'rate' });
    const table = gridTable(indicatorGrid(model, nl), nl);
    expect(table.rows.find((r) => r.header === '2025')!.cells[0]).to.equal('–');
    expect(table.legend).to.include('– nihil').and.not.include('. gegevens ontbreken');
  });

  it('reads no percentage from a rate made from counts against a figure delivered as a rate', () => {
    // Breda's 60 cases per 10.000 inwoners (600,0 per 100.000) against a delivered 400,0: +50 %,
    // never the −100 % of 60 / 10.000 (0,006) set against 400.
    const feed = dumpings({ values: [60, 60], denominators: [10_000, 10_000] });
    const model = buildIndicatorModel(feed, { indicator: 'dumpingen', area: 'GM0758', measure: 'rate' });
    const breda = model.series[0]!.points.at(-1)!;
    const delivered = { period: '2025', value: 400, status: 'definitive' as const, margin: null };
    const change = compareValues(model.indicator, delivered, breda)!;
    expect(changePhrase(change, model.indicator, 'Nederland', nl, 'area', '400,0')).to.equal(
      '200,0 hoger dan Nederland (400,0; +50\u00a0%)',
    );
  });
});
