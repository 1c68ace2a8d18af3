/**
 * The browser builds leave out ECharts' upgrade of option names deprecated before ECharts 5 (see
 * `ECHARTS_STUBS` in rollup.config.js): every option the chart builders write must be one that upgrade
 * leaves as it is, or the built charts would draw differently from the tested ones.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { buildBarOption } from '../../src/charts/bar.js';
import { buildLineOption } from '../../src/charts/line.js';
import { buildMapOption } from '../../src/charts/map.js';
import type { ChartOption } from '../../src/charts/echarts.js';
import { parseFeed } from '../../src/feed/validate.js';
import { dictionaries } from '../../src/i18n/dictionaries.js';
import { buildCompareModel } from '../../src/model/compare.js';
import { buildIndicatorModel } from '../../src/model/indicator.js';
import { buildMapModel } from '../../src/model/map.js';
import { defaultChartTokens } from '../../src/tokens/chart-tokens.js';

// ECharts ships no typings for its internal modules.
const { default: backwardCompat } = (await import('echarts/lib/preprocessor/backwardCompat.js' as string)) as {
  default: (option: object, isTheme: boolean) => void;
};
const SAMPLE = new URL('../../examples/data/sample-feed.json', import.meta.url).pathname;
const feed = parseFeed(JSON.parse(await readFile(SAMPLE, 'utf8')));
const ctx = { tokens: defaultChartTokens, strings: dictionaries.nl };

/** A copy of plain data, sharing the functions (formatters), which the upgrade never touches. */
const copy = <T>(value: T): T =>
  Array.isArray(value)
    ? (value.map(copy) as T)
    : value && typeof value === 'object'
      ? (Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)])) as T)
      : value;

const options: [string, ChartOption][] = [
  // Shaded special period, comparison lines and a break (Haaren's herindeling in Tilburg).
  ...['GM0758', 'GM0855'].map((area): [string, ChartOption] => [
    `line chart of woninginbraak in ${area}`,
    buildLineOption(buildIndicatorModel(feed, { indicator: 'woninginbraak', area }), ctx),
  ]),
  ...feed.indicators
    .filter((i) => i.kind === 'survey')
    .slice(0, 1)
    .map((i): [string, ChartOption] => [
      `line chart with margins (${i.id})`,
      buildLineOption(buildIndicatorModel(feed, { indicator: i.id, area: 'GM0758' }), ctx),
    ]),
  ['bar chart', buildBarOption(buildCompareModel(feed, { indicator: 'woninginbraak', level: 'gemeente' }), ctx)],
  ['map', buildMapOption(buildMapModel(feed, { indicator: 'woninginbraak', area: 'GM0758' }), ctx)],
];

for (const [name, option] of options) {
  test(`ECharts' upgrade of old option names leaves the ${name} as it is`, () => {
    const upgraded = copy(option);
    backwardCompat(upgraded, false);
    assert.deepStrictEqual(upgraded, { ...copy(option), series: [option.series].flat() });
  });
}
