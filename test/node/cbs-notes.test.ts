/**
 * What every copy of the sample feed's figures keeps: the comparison's and the map's CSV name the
 * series break and the special period, a suppressed district total stays in the comparison as `x`,
 * and an index across a series break is blank with the reason instead of missing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { buildBarOption, referenceLegend } from '../../src/charts/bar.js';
import { parseFeed } from '../../src/feed/validate.js';
import { nl } from '../../src/i18n/strings.js';
import { buildCompareModel, describeComparison } from '../../src/model/compare.js';
import { compareGrid } from '../../src/model/compare-grid.js';
import { gridToCsv } from '../../src/model/csv.js';
import { gridTable, indicatorGrid } from '../../src/model/grid.js';
import { buildIndicatorModel } from '../../src/model/indicator.js';
import { buildMapModel } from '../../src/model/map.js';
import { chartNotes, describeIndicator } from '../../src/model/summary.js';
import { defaultChartTokens } from '../../src/tokens/chart-tokens.js';

const SAMPLE = new URL('../../examples/data/sample-feed.json', import.meta.url).pathname;
const feed = parseFeed(JSON.parse(await readFile(SAMPLE, 'utf8')));
const csvLines = (csv: string) => csv.split('\r\n');
const lineOf = (lines: string[], start: string) => lines.find((l) => l.startsWith(start)) ?? '';

test('the comparison CSV names the break its change spans and the special period of each value', () => {
  const model = buildCompareModel(feed, {
    indicator: 'woninginbraak',
    level: 'gemeente',
    within: 'hart-van-brabant',
    period: '2021',
  });
  const lines = csvLines(gridToCsv(compareGrid(model, nl), nl));
  assert.match(lineOf(lines, 'Tilburg;2021;'), /Trendbreuk 2021: Herindeling: Haaren opgeheven/);
  assert.match(lineOf(lines, 'Hart van Brabant;2021;'), /Trendbreuk 2021/);
  // The break lies between 2020 and 2021: the 2020 value is not the first after it.
  assert.doesNotMatch(lineOf(lines, 'Tilburg;2020;'), /Trendbreuk/);
  assert.doesNotMatch(lineOf(lines, 'Dongen;2021;'), /Trendbreuk/);
  for (const start of ['Dongen;2021;', 'Dongen;2020;', 'Nederland;2020;'])
    assert.match(lineOf(lines, start), /Bijzondere periode 2020–2021 \(Corona\)/, start);
});

test('the map CSV names the break and the special period as the comparison CSV does', () => {
  const map = buildMapModel(feed, { indicator: 'woninginbraak', area: 'hart-van-brabant', period: '2021' });
  const lines = csvLines(gridToCsv(compareGrid(map.compare, nl), nl));
  assert.match(lineOf(lines, 'Oisterwijk;2021;'), /Trendbreuk 2021/);
  assert.match(lineOf(lines, 'Goirle;2020;'), /Bijzondere periode 2020–2021/);
});

test('a suppressed district total stays in the comparison as x geheim, without a line', () => {
  const model = buildCompareModel(feed, { indicator: 'drugsdumpingen', level: 'gemeente', within: 'de-baronie' });
  const baronie = model.references.find((r) => r.area.id === 'de-baronie');
  assert.equal(baronie?.point.status, 'suppressed');

  const legend = referenceLegend(model, defaultChartTokens, nl);
  assert.deepEqual(
    legend.map((l) => l.name),
    ['De Baronie: x geheim', 'Eenheid Zeeland-West-Brabant: 2,3*', 'Nederland: 0,8*'],
  );
  assert.equal(legend[0]!.width, 0, 'no pattern for a line that is not drawn');
  // The unit keeps the nearest level's pattern: the first line drawn.
  assert.deepEqual(legend[1]!.dash, [6, 3]);
  const option = buildBarOption(model, { tokens: defaultChartTokens, strings: nl });
  const names = (option.series as { name?: string }[]).map((s) => s.name);
  assert.ok(!names.includes('De Baronie'));
  assert.ok(names.includes('Eenheid Zeeland-West-Brabant'));

  const grid = compareGrid(model, nl);
  const row = gridTable(grid, nl).rows.find((r) => r.header === 'De Baronie');
  assert.deepEqual(row?.cells, ['x', '2,8', '.']);
  assert.match(gridToCsv(grid, nl), /\r\nDe Baronie;2025;;geheim;;/);
  assert.match(
    describeComparison(model, nl),
    /Voor Alphen-Chaam, Oosterhout, Zundert en De Baronie is geen cijfer beschikbaar \(geheim\)\./,
  );
});

test('an index across a series break is blank, says which side, and keeps its CSV row', () => {
  const model = buildIndicatorModel(feed, { indicator: 'woninginbraak', area: 'GM0758', scale: 'index' });
  const grid = indicatorGrid(model, nl);
  const table = gridTable(grid, nl);
  const unit = table.columns.indexOf('Eenheid Zeeland-West-Brabant');
  assert.deepEqual(
    table.rows.filter((r) => r.header >= '2020').map((r) => r.cells[unit]),
    ['45,7', '', '', '', '', ''],
  );
  assert.ok(!table.legend.includes('. gegevens ontbreken'), table.legend.join());
  assert.ok(table.legend.includes('(leeg) niet van toepassing'), table.legend.join());

  const notes = chartNotes(model, nl);
  assert.ok(!notes.some((n) => n.includes('vóór een trendbreuk')), notes.join('\n'));
  assert.ok(
    notes.includes(
      'Eenheid Zeeland-West-Brabant: Geen index na de trendbreuk: het cijfer bestaat, maar ligt aan de andere kant van de trendbreuk dan 2015.',
    ),
    notes.join('\n'),
  );

  assert.match(
    lineOf(csvLines(gridToCsv(grid, nl)), '2025;Eenheid Zeeland-West-Brabant;'),
    /^2025;Eenheid Zeeland-West-Brabant;;niet van toepassing;;"Geen index na de trendbreuk/,
  );

  const summary = describeIndicator(model, nl);
  assert.doesNotMatch(summary, /in 2020\)/);
  assert.match(summary, /Eenheid Zeeland-West-Brabant \(geen index na de trendbreuk\)/);
});

test('a group whose own figure is suppressed is named in the summary as it reads in a sentence', () => {
  const model = buildCompareModel(feed, { indicator: 'explosies-panden', within: 'group:grootteklasse-50000-100000' });
  assert.match(
    describeComparison(model, nl),
    /Voor Bergen op Zoom en gemeenten met 50\.000 tot 100\.000 inwoners in Zeeland-West-Brabant is geen cijfer beschikbaar \(geheim\)\./,
  );
});
