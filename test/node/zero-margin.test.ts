/**
 * A survey margin of 0 is no margin: a sample always has one, so 0 is a coding error for "unknown".
 * What a reader of the widgets gets from such a feed: the table cell, the CSV, the spoken point, the
 * headline and the summary, all made from the same models the widgets render.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { parseFeed } from '../../src/feed/validate.js';
import type { Feed, Series } from '../../src/feed/schema.js';
import { dictionaries } from '../../src/i18n/dictionaries.js';
import { buildIndicatorModel } from '../../src/model/indicator.js';
import { gridTable, indicatorGrid } from '../../src/model/grid.js';
import { gridToCsv } from '../../src/model/csv.js';
import { describeIndicator, headlineChanges } from '../../src/model/summary.js';
import { describePoint } from '../../src/charts/shared.js';

const SMALL_FEED = new URL('../fixtures/small-feed.json', import.meta.url);
const { nl } = dictionaries;

/**
 * Breda's share of inhabitants who feel unsafe in their neighbourhood, 2019–2025: 20,1 ± 1,9,
 * 18,4 ± 1,8, 19,2 and 18,7, the last two delivered with a margin of 0 (2025's as good as 0).
 */
async function bredaWithZeroMargins(significance?: Series['significance']) {
  const raw = JSON.parse(await readFile(SMALL_FEED, 'utf8')) as Feed;
  const breda = raw.series.find((s) => s.indicator === 'onveilig-eigen-buurt' && s.area === 'GM0758')!;
  breda.margins = [1.9, 1.8, 0, 1e-25];
  if (significance) breda.significance = significance;
  return buildIndicatorModel(parseFeed(raw), { indicator: 'onveilig-eigen-buurt', area: 'GM0758' });
}

test('a margin of 0 is printed nowhere, and a change from or to its value is niet getoetst', async () => {
  const model = await bredaWithZeroMargins();
  const table = gridTable(indicatorGrid(model, nl), nl);
  const breda = table.columns.indexOf('Breda');
  assert.deepEqual(
    table.rows.map((r) => r.cells[breda]),
    ['20,1 ± 1,9', '18,4 ± 1,8', '19,2', '18,7'],
  );
  // The CSV's margin column (the fifth) is empty for both.
  const csv = gridToCsv(indicatorGrid(model, nl), nl).split('\r\n');
  assert.deepEqual(
    csv.filter((l) => /^20(23|25);Breda;/.test(l)),
    ['2023;Breda;19,2;definitief;;', '2025;Breda;18,7;definitief;;'],
  );
  const latest = model.series[0]!.points.at(-1);
  assert.equal(
    describePoint('Breda', '2025', latest, model.indicator, nl),
    'Breda, 2025: 18,7\u00a0% van de inwoners van 15 jaar en ouder',
  );
  // 18,7 against 19,2 ± 0 would be "significant lager", against 20,1 ± 1,9 "gelijk" (not significant).
  assert.deepEqual(
    headlineChanges(model, nl).map((c) => [c.words, c.change.judgement]),
    [
      ['0,5 procentpunt lager dan in 2023 (niet getoetst)', 'neutral'],
      ['1,4 procentpunt lager dan in 2019 (niet getoetst)', 'neutral'],
    ],
  );
  assert.match(
    describeIndicator(model, nl),
    /Dat is 0,5 procentpunt lager dan in 2023 \(niet getoetst\)\. Over de hele reeks: 1,4 procentpunt lager dan in 2019 \(niet getoetst\)\./,
  );
});

test("the publisher's own verdict still wins over a margin of 0", async () => {
  const model = await bredaWithZeroMargins({ '2025': { periods: { '2023': true, '2019': false } } });
  assert.deepEqual(
    headlineChanges(model, nl).map((c) => c.words),
    ['0,5 procentpunt significant lager dan in 2023', 'gelijk aan 2019 (verschil niet significant)'],
  );
  assert.equal(gridTable(indicatorGrid(model, nl), nl).rows.at(-1)!.cells[0], '18,7');
});
