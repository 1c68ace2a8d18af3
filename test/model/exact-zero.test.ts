/**
 * A rate or an index computed from a count of 0 is an exact zero, and is written as its count is:
 * `0`, `0*`, never `0,0` (`0,0*`), which a reader of CBS's tables reads as "kleiner dan de helft van
 * de eenheid" (`decimalsOf`). In every place a figure appears: the table, the CSV, the sentences, the
 * map's summary, the highlights and the profile's card. A 0 with no count behind it (delivered as a
 * rate, or a rate of a few cases among many inhabitants) may be rounded and keeps its decimals; a
 * nihil stays `–` in a table.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { MivMap } from '../../src/components/miv-map/miv-map.js';
import { parseFeed } from '../../src/feed/validate.js';
import type { Feed } from '../../src/feed/schema.js';
import { dictionaries } from '../../src/i18n/dictionaries.js';
import { stringsFor } from '../../src/i18n/strings.js';
import { buildCompareModel, tiedPoint, type CompareRow } from '../../src/model/compare.js';
import { compareGrid } from '../../src/model/compare-grid.js';
import { gridToCsv } from '../../src/model/csv.js';
import {
  formatChangeDelta,
  formatNumberInText,
  formatPointValue,
  formatWithUnit,
  valueInWords,
} from '../../src/model/format.js';
import { gridTable, indicatorGrid } from '../../src/model/grid.js';
import { describeHighlight, type DetectedHighlight } from '../../src/model/highlights.js';
import { buildIndicatorModel } from '../../src/model/indicator.js';
import { buildMapModel, describeMap } from '../../src/model/map.js';
import { buildProfile } from '../../src/model/profile.js';
import { indicatorAsRate, ratePoint } from '../../src/model/rates.js';
import { hasValue, type Point, type ValuedPoint } from '../../src/model/series.js';
import { describeIndicator } from '../../src/model/summary.js';
import { compareValues } from '../../src/model/trend.js';
import { DUMPINGS, testMeta } from '../fixtures/feeds.js';
import { failOnConsoleErrors, query, rendered, SAMPLE_FEED_URL, shadow, text, useSampleFeed } from '../helpers.js';

const { nl } = dictionaries;

/** A `0,0` standing alone (not the end of `100,0`): CBS's "kleiner dan de helft van de eenheid". */
const ROUNDED_ZERO = /(?<![\d.,])0,0(?!\d)/;

const asRate = indicatorAsRate(DUMPINGS, DUMPINGS.rate!);

/** Breda's dumpings: none (nihil) in 2023, 30 in 2024, none (voorlopig) in 2025, among 184.000 inwoners. */
const bredaFeed = () =>
  parseFeed({
    schemaVersion: 1,
    meta: testMeta('Exact zeros'),
    themes: [{ id: 'buurt', title: 'Buurt', order: 1 }],
    areas: [
      { id: 'NL01', name: 'Nederland', level: 'land' },
      { id: 'GM0758', name: 'Breda', level: 'gemeente', parent: 'NL01' },
    ],
    indicators: [DUMPINGS],
    series: [
      {
        indicator: 'dumpingen',
        area: 'GM0758',
        periods: ['2023', '2024', '2025'],
        values: [0, 30, 0],
        denominators: [183_000, 184_000, 184_000],
        status: { '2023': 'nil', '2025': 'provisional' },
      },
    ],
    duiding: [],
    opvallendheden: [],
  });

/** A point the test knows to carry a number, as a sentence takes it. */
function valued(p: Point | undefined): ValuedPoint {
  if (!hasValue(p)) throw new Error('no number');
  return p;
}

const point = (more: Partial<Point>): Point => ({
  period: '2025',
  value: 0,
  status: 'provisional',
  margin: null,
  ...more,
});

describe('a figure computed from a count of 0', () => {
  it('is written 0* per inwoner in the table, the CSV and the summary, and a nihil stays – in the table', () => {
    const model = buildIndicatorModel(bredaFeed(), { indicator: 'dumpingen', area: 'GM0758', measure: 'rate' });
    const table = gridTable(indicatorGrid(model, nl), nl);
    const cell = (period: string) => table.rows.find((r) => r.header === period)!.cells[0];
    expect(cell('2025')).to.equal('0*');
    expect(cell('2024')).to.equal('16,3');
    expect(cell('2023')).to.equal('–');
    const csv = gridToCsv(indicatorGrid(model, nl), nl).split('\r\n');
    expect(csv).to.include('2025;Breda;0;voorlopig;;');
    expect(csv).to.include('2023;Breda;0;nihil;;');
    const summary = describeIndicator(model, nl);
    expect(summary).to.contain('0 drugsafvaldumpingen per 100.000 inwoners');
    expect(summary).not.to.match(ROUNDED_ZERO);
  });

  it('is written 0* as an index of a count too', () => {
    const model = buildIndicatorModel(bredaFeed(), {
      indicator: 'dumpingen',
      area: 'GM0758',
      scale: 'index',
      base: '2024',
    });
    const table = gridTable(indicatorGrid(model, nl), nl);
    expect(table.rows.find((r) => r.header === '2025')!.cells[0]).to.equal('0*');
    expect(describeIndicator(model, nl)).not.to.match(ROUNDED_ZERO);
  });

  it('is written 0 in every sentence and in a card’s figure, with the symbol where the place shows one', () => {
    const zero = valued(ratePoint(point({ value: 0, denominator: 184_000 }), DUMPINGS.rate!));
    expect(zero.count).to.equal(0);
    expect(formatPointValue(zero, asRate, nl)).to.equal('0*');
    expect(formatWithUnit(zero, asRate, nl)).to.equal('0* drugsafvaldumpingen per 100.000 inwoners');
    expect(formatWithUnit(zero, asRate, nl, { symbol: false })).to.equal('0 drugsafvaldumpingen per 100.000 inwoners');
    expect(formatNumberInText(zero, asRate, nl)).to.equal('0*');
    expect(valueInWords(zero, asRate, nl)).to.deep.equal(['', '0*', ' drugsafvaldumpingen per 100.000 inwoners']);
    // A 0 with no count behind it, as a rate or percentage is delivered, may be rounded: it keeps its
    // decimals. So does a bare number, in the public form with its status.
    const delivered = valued(point({}));
    expect(formatPointValue(delivered, asRate, nl)).to.equal('0,0*');
    expect(formatWithUnit(delivered, asRate, nl)).to.equal('0,0* drugsafvaldumpingen per 100.000 inwoners');
    expect(formatWithUnit(0, asRate, nl, 'provisional')).to.equal('0,0* drugsafvaldumpingen per 100.000 inwoners');
    expect(formatWithUnit(0, asRate, nl, 'nil')).to.equal('0 drugsafvaldumpingen per 100.000 inwoners');
  });

  it('is written 0 in a highlight', () => {
    const from = ratePoint(
      point({ period: '2024', value: 30, status: 'definitive', denominator: 184_000 }),
      DUMPINGS.rate!,
    );
    const to = ratePoint(point({ value: 0, denominator: 184_000 }), DUMPINGS.rate!);
    const change = compareValues(asRate, from, to)!;
    const breda = { id: 'GM0758', name: 'Breda', level: 'gemeente' } as const;
    const highlight: DetectedHighlight = {
      rule: 'largest-change',
      indicator: asRate,
      area: breda,
      reference: breda,
      change,
      specialPeriods: [],
    };
    const sentence = describeHighlight(highlight, nl);
    expect(sentence).to.contain('0 drugsafvaldumpingen per 100.000 inwoners');
    expect(sentence).not.to.match(ROUNDED_ZERO);
  });

  it('is a change of 0 from a nihil, where 0,0 would read as rounded', () => {
    const from = point({ period: '2024', status: 'nil' });
    const to = ratePoint(point({ value: 0, denominator: 184_000 }), DUMPINGS.rate!);
    expect(formatChangeDelta({ from, to, delta: 0 }, asRate, nl)).to.equal('0');
  });

  it('stands for a tie as 0,0 when another of the tied figures is a rounded 0', () => {
    const row = (p: Point) => ({ point: p }) as CompareRow;
    const exact = ratePoint(point({ value: 0, denominator: 184_000 }), DUMPINGS.rate!);
    // One case among 3 million inhabitants: 0,03 per 100.000, printed 0,0.
    const rounded = ratePoint(point({ value: 1, status: 'definitive', denominator: 3_000_000 }), DUMPINGS.rate!);
    expect(formatPointValue(rounded, asRate, nl)).to.equal('0,0');
    expect(formatPointValue(tiedPoint([row(exact), row(rounded)])!, asRate, nl)).to.equal('0,0*');
    expect(formatPointValue(tiedPoint([row(exact), row(exact)])!, asRate, nl)).to.equal('0*');
  });
});

describe('the sample feed’s zeros of counts', () => {
  const sample = useSampleFeed();

  it('are 0* in the map’s summary and its CSV, beside a nihil’s 0', () => {
    const feed = parseFeed(sample());
    const map = buildMapModel(feed, { indicator: 'drugsdumpingen', area: 'de-baronie' });
    expect(describeMap(map, nl)).to.contain(
      'het laagst in Baarle-Nassau, Drimmelen, Etten-Leur en Geertruidenberg (0*)',
    );
    const csv = gridToCsv(compareGrid(map.compare, nl), nl).split('\r\n');
    expect(csv).to.include('Baarle-Nassau;2025;0;voorlopig;;');
    expect(csv).to.include('Baarle-Nassau;2024;0;nihil;;');
    const compare = buildCompareModel(feed, { indicator: 'drugsdumpingen', level: 'gemeente', within: 'de-baronie' });
    expect(gridTable(compareGrid(compare, nl), nl).rows.find((r) => r.header === 'Baarle-Nassau')!.cells[0]).to.equal(
      '0*',
    );
  });

  it('is 0* % in the profile’s card of a percentage delivered with its count of 0', () => {
    const feed: Feed = sample();
    const area = feed.areas.find((a) => a.name === 'Baarle-Nassau')!.id;
    const card = buildProfile(feed, { area }, stringsFor('nl'))
      .themes.flatMap((t) => t.indicators)
      .find((i) => i.card.indicator.id === 'jeugdreclassering')!.card;
    expect(card.latest).to.include({ value: 0, count: 0, status: 'provisional' });
    expect(valueInWords(valued(card.latest), card.indicator, nl)[1]).to.equal('0*');
  });
});

describe('<miv-map> of a count of 0 per inwoner', () => {
  failOnConsoleErrors();

  it('shows 0* in its table and its summary, and – for a nihil', async () => {
    const el = await rendered<MivMap>(
      html`<miv-map src=${SAMPLE_FEED_URL} indicator="drugsdumpingen" area="de-baronie" show-table></miv-map>`,
    );
    const row = [...shadow(el).querySelectorAll('[part="table"] tbody tr')].find(
      (tr) => tr.querySelector('th')?.textContent?.trim() === 'Baarle-Nassau',
    )!;
    const cells = [...row.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim());
    expect(cells.slice(0, 2)).to.deep.equal(['0*', '–']);
    expect(text(el, '[part="summary"]')).to.contain('Drimmelen, Etten-Leur en Geertruidenberg (0*)');
    expect(text(el, '[part="summary"]')).not.to.match(ROUNDED_ZERO);
  });

  it('says 0 in its keyboard walk', async () => {
    const el = await rendered<MivMap>(
      html`<miv-map src=${SAMPLE_FEED_URL} indicator="drugsdumpingen" area="de-baronie"></miv-map>`,
    );
    query(el, '[part~="chart"]')!.focus();
    // Alphen-Chaam, Altena, Baarle-Nassau.
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(text(el, '[role="status"][aria-live="polite"]')).to.match(
      /^Baarle-Nassau, 2025: 0 drugsafvaldumpingen per 100\.000 inwoners \(voorlopig\)/,
    );
  });
});
