/**
 * `npm run check:size` (part of `npm test`): the byte budgets of the embed scripts, as gzip -9 of
 * the built files, from the chunk graphs the build writes to `.bench/graph-*.json`. Fails when:
 *
 * - an embed script with what it imports statically (what a page loads before any element) is over
 *   40 KB, or contains any element's code (elements a page does not use must cost nothing);
 * - one line chart in total (the script, `<miv-indicator>`'s chunks and the chart engine, not the
 *   tooltip, which loads when a reader points at the chart) is over 200 KB;
 * - the same for a line chart that shades a special period and marks a series break, as most of the
 *   monitor's charts do (woninginbraak in Breda, corona, beside its district, the unit, whose line
 *   the sample feed cuts at the Haaren break, and Nederland), with the chart parts its option asks
 *   for (`partsOf`), or that chart needs a chart part at all: the line chart draws both itself;
 * - that chart inside a `<miv-feed>`, which states the feed for every element in it (a monitor page),
 *   is over 200 KB.
 *
 * It also reports, without failing, what one bar chart of `<miv-district-compare>` (woninginbraak in
 * the gemeenten of De Baronie) and one `<miv-map>` load in total: both are over the 200 KB that one
 * line chart keeps to, and the README names them with their reasons.
 *
 * Run after `rollup -c` with tsx (it builds those charts' options from the sources);
 * `npm run check:size` does both.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { partsOf } from '../../src/charts/echarts.ts';
import { buildBarOption } from '../../src/charts/bar.ts';
import { buildLineOption } from '../../src/charts/line.ts';
import { parseFeed } from '../../src/feed/validate.ts';
import { dictionaries } from '../../src/i18n/dictionaries.ts';
import { buildCompareModel } from '../../src/model/compare.ts';
import { buildIndicatorModel } from '../../src/model/indicator.ts';
import { defaultChartTokens } from '../../src/tokens/chart-tokens.ts';

const KB = 1024;
export const BUDGETS = { initial: 40 * KB, oneChart: 200 * KB, specialPeriods: 200 * KB, inFeed: 200 * KB };
const SCRIPTS = ['miv-widgets', 'miv-indicator'];
/** The source modules whose chunks one line chart loads, besides the embed script's own. */
const ONE_CHART = ['components/miv-indicator/miv-indicator.ts', 'charts/echarts.ts'];

let sampleFeed;
const sample = () => (sampleFeed ??= parseFeed(JSON.parse(readFileSync('examples/data/sample-feed.json', 'utf8'))));
const context = { tokens: defaultChartTokens, strings: dictionaries.nl };
/** The modules of chart parts (`src/charts/parts/`). */
const partModules = (parts) => parts.map((part) => `charts/parts/${part}.ts`);

/** The chart parts (`src/charts/parts/`) that a line chart shading a special period and marking a break draws with. */
export function specialPeriodParts() {
  const feed = sample();
  const model = buildIndicatorModel(feed, {
    indicator: 'woninginbraak',
    area: 'GM0758',
    compare: 'de-baronie zeeland-west-brabant NL01',
  });
  if (model.breaks.length === 0) throw new Error('the sample feed has no series break for this chart');
  if (model.specialPeriods.length === 0) throw new Error('the sample feed has no special period for woninginbraak');
  return partsOf(buildLineOption(model, context));
}

/** The modules one bar chart of `<miv-district-compare>` loads besides the script's own. */
function barChartModules() {
  const model = buildCompareModel(sample(), { indicator: 'woninginbraak', level: 'gemeente', within: 'de-baronie' });
  const parts = partsOf(buildBarOption(model, context));
  return ['components/miv-district-compare/miv-district-compare.ts', 'charts/echarts.ts', ...partModules(parts)];
}
const MAP_MODULES = ['components/miv-map/miv-map.ts', 'charts/map-engine.ts'];

const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The files `start` loads, itself and everything it imports statically. */
function closure(graph, start, into = new Set()) {
  if (into.has(start)) return into;
  into.add(start);
  for (const file of graph.get(start).imports) closure(graph, file, into);
  return into;
}

/** The files that load with `modules`' chunks, on top of `into`. */
function withModules(graph, chunks, modules, into, script) {
  const files = new Set(into);
  for (const module of modules) {
    const chunk = chunks.find((c) => c.modules.includes(module));
    if (!chunk) throw new Error(`${script}: no chunk holds src/${module}`);
    closure(graph, chunk.file, files);
  }
  return files;
}

export function measure(script, parts = specialPeriodParts()) {
  const { entry, chunks } = JSON.parse(readFileSync(`.bench/graph-${script}.json`, 'utf8'));
  const graph = new Map(chunks.map((c) => [c.file, c]));
  const initial = closure(graph, entry);
  const chart = withModules(graph, chunks, ONE_CHART, initial, script);
  const special = withModules(graph, chunks, partModules(parts), chart, script);
  const inFeed = withModules(graph, chunks, ['components/miv-feed/miv-feed.ts'], special, script);
  // The script for `<miv-indicator>` alone holds no other element.
  const holds = (module) => chunks.some((c) => c.modules.includes(module));
  const beyond = holds(MAP_MODULES[0])
    ? {
        barChart: withModules(graph, chunks, barChartModules(), initial, script),
        map: withModules(graph, chunks, MAP_MODULES, initial, script),
      }
    : {};
  const sum = (files) => [...files].reduce((total, file) => total + gzipSize(file), 0);
  const elementsUpFront = [...initial].flatMap((file) =>
    graph.get(file).modules.filter((m) => m.startsWith('components/')),
  );
  return {
    initial: { bytes: sum(initial), files: initial.size },
    oneChart: { bytes: sum(chart), files: chart.size },
    specialPeriods: { bytes: sum(special), files: special.size, parts },
    inFeed: { bytes: sum(inFeed), files: inFeed.size },
    ...Object.fromEntries(
      Object.entries(beyond).map(([name, files]) => [name, { bytes: sum(files), files: files.size }]),
    ),
    elementsUpFront,
  };
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  let failed = false;
  const kb = (n) => `${(n / KB).toFixed(1)} KB`;
  const WHAT = {
    initial: 'before any element',
    oneChart: 'one line chart in total',
    specialPeriods: 'one line chart with a special period and a break in total',
    inFeed: 'the same inside <miv-feed> in total',
  };
  const BEYOND = {
    barChart: 'one bar chart (<miv-district-compare>) in total',
    map: 'one map (<miv-map>) in total',
  };
  const report = (verdict, script, what, { bytes, files }, budget) =>
    console.log(`${verdict} ${script}.js ${what}: ${kb(bytes)} in ${files} file${files === 1 ? '' : 's'} (${budget})`);
  const parts = specialPeriodParts();
  for (const script of SCRIPTS) {
    const measured = measure(script, parts);
    for (const name of Object.keys(WHAT)) {
      const ok = measured[name].bytes <= BUDGETS[name];
      failed ||= !ok;
      report(ok ? 'ok  ' : 'OVER', script, WHAT[name], measured[name], `budget ${kb(BUDGETS[name])}`);
    }
    for (const name of Object.keys(BEYOND))
      if (measured[name])
        report(
          'info',
          script,
          BEYOND[name],
          measured[name],
          `over the line chart's ${kb(BUDGETS.oneChart)}: see the README`,
        );
    if (measured.elementsUpFront.length > 0) {
      failed = true;
      console.log(`OVER ${script}.js loads element code up front: ${measured.elementsUpFront.join(', ')}`);
    }
  }
  // Bars for the shading cost 8 KB, mark lines for the break 6,4 KB: the line chart draws both itself.
  if (parts.length > 0) {
    failed = true;
    console.log(`OVER a line chart with a special period and a break loads chart parts: ${parts.join(', ')}`);
  }
  if (failed) process.exit(1);
}
