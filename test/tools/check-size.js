/**
 * `npm run check:size` (part of `npm test`): the byte budgets of the embed scripts, as gzip -9 of
 * the built files, from the chunk graphs the build writes to `.bench/graph-*.json`. Fails when:
 *
 * - an embed script with what it imports statically (what a page loads before any element) is over
 *   40 KB, or contains any element's code (elements a page does not use must cost nothing);
 * - one line chart in total (the script, `<miv-indicator>`'s chunks and the chart engine) is over
 *   200 KB;
 * - that chart inside a `<miv-feed>`, which states the feed for every element in it (a monitor page),
 *   is over 200 KB;
 * - one bar chart of `<miv-district-compare>` in total is over 200 KB;
 * - one map of `<miv-map>` in total is over 200 KB.
 *
 * Run after `rollup -c`; `npm run check:size` does both.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const BUDGETS = { initial: 40 * KB, oneChart: 200 * KB, inFeed: 200 * KB, barChart: 200 * KB, map: 200 * KB };
const SCRIPTS = ['miv-widgets', 'miv-indicator'];
/** The source modules whose chunks each chart loads, besides the embed script's own. */
const ONE_CHART = ['components/miv-indicator/miv-indicator.ts', 'charts/echarts.ts'];
const BAR_CHART = ['components/miv-district-compare/miv-district-compare.ts', 'charts/echarts.ts'];
const MAP_CHART = ['components/miv-map/miv-map.ts', 'charts/map-engine.ts'];

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

function measure(script) {
  const { entry, chunks } = JSON.parse(readFileSync(`.bench/graph-${script}.json`, 'utf8'));
  const graph = new Map(chunks.map((c) => [c.file, c]));
  const initial = closure(graph, entry);
  const chart = withModules(graph, chunks, ONE_CHART, initial, script);
  const inFeed = withModules(graph, chunks, ['components/miv-feed/miv-feed.ts'], chart, script);
  // The script for `<miv-indicator>` alone holds no other element.
  const holds = (module) => chunks.some((c) => c.modules.includes(module));
  const others = holds(MAP_CHART[0])
    ? {
        barChart: withModules(graph, chunks, BAR_CHART, initial, script),
        map: withModules(graph, chunks, MAP_CHART, initial, script),
      }
    : {};
  const sum = (files) => [...files].reduce((total, file) => total + gzipSize(file), 0);
  const elementsUpFront = [...initial].flatMap((file) =>
    graph.get(file).modules.filter((m) => m.startsWith('components/')),
  );
  return {
    ...Object.fromEntries(
      Object.entries({ initial, oneChart: chart, inFeed, ...others }).map(([name, files]) => [
        name,
        { bytes: sum(files), files: files.size },
      ]),
    ),
    elementsUpFront,
  };
}

const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const WHAT = {
  initial: 'before any element',
  oneChart: 'one line chart in total',
  inFeed: 'the same inside <miv-feed> in total',
  barChart: 'one bar chart (<miv-district-compare>) in total',
  map: 'one map (<miv-map>) in total',
};
let failed = false;
for (const script of SCRIPTS) {
  const measured = measure(script);
  for (const [name, what] of Object.entries(WHAT)) {
    if (!measured[name]) continue;
    const { bytes, files } = measured[name];
    const budget = BUDGETS[name];
    const verdict = bytes <= budget ? 'ok  ' : 'OVER';
    failed ||= verdict === 'OVER';
    const inFiles = `${files} file${files === 1 ? '' : 's'}`;
    console.log(`${verdict} ${script}.js ${what}: ${kb(bytes)} in ${inFiles} (budget ${kb(budget)})`);
  }
  if (measured.elementsUpFront.length > 0) {
    failed = true;
    console.log(`OVER ${script}.js loads element code up front: ${measured.elementsUpFront.join(', ')}`);
  }
}
if (failed) process.exit(1);
