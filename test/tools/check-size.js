/**
 * `npm run check:size` (part of `npm test`): the byte budgets of the embed scripts, as gzip -9 of
 * the built files, from the chunk graphs the build writes to `.bench/graph-*.json`. Fails when:
 *
 * - an embed script with what it imports statically (what a page loads before any element) is over
 *   40 KB, or contains any element's code (elements a page does not use must cost nothing);
 * - one line chart in total (the script, `<miv-indicator>`'s chunks, the chart engine and the line
 *   part, not the tooltip, which loads when a reader points at the chart) is over 200 KB.
 *
 * Run after `rollup -c`; `npm run check:size` does both.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1024;
export const BUDGETS = { initial: 40 * KB, oneChart: 200 * KB };
const SCRIPTS = ['miv-widgets', 'miv-indicator'];
/** The source modules whose chunks one line chart loads, besides the embed script's own. */
const ONE_CHART = ['components/miv-indicator/miv-indicator.ts', 'charts/echarts.ts'];

const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The files `start` loads, itself and everything it imports statically. */
function closure(graph, start, into = new Set()) {
  if (into.has(start)) return into;
  into.add(start);
  for (const file of graph.get(start).imports) closure(graph, file, into);
  return into;
}

export function measure(script) {
  const { entry, chunks } = JSON.parse(readFileSync(`.bench/graph-${script}.json`, 'utf8'));
  const graph = new Map(chunks.map((c) => [c.file, c]));
  const initial = closure(graph, entry);
  const chart = new Set(initial);
  for (const module of ONE_CHART) {
    const chunk = chunks.find((c) => c.modules.includes(module));
    if (!chunk) throw new Error(`${script}: no chunk holds src/${module}`);
    closure(graph, chunk.file, chart);
  }
  const sum = (files) => [...files].reduce((total, file) => total + gzipSize(file), 0);
  const elementsUpFront = [...initial].flatMap((file) =>
    graph.get(file).modules.filter((m) => m.startsWith('components/')),
  );
  return {
    initial: { bytes: sum(initial), files: initial.size },
    oneChart: { bytes: sum(chart), files: chart.size },
    elementsUpFront,
  };
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  let failed = false;
  const kb = (n) => `${(n / KB).toFixed(1)} KB`;
  for (const script of SCRIPTS) {
    const { initial, oneChart, elementsUpFront } = measure(script);
    for (const [name, { bytes, files }] of Object.entries({ initial, oneChart })) {
      const ok = bytes <= BUDGETS[name];
      failed ||= !ok;
      console.log(
        `${ok ? 'ok  ' : 'OVER'} ${script}.js ${name === 'initial' ? 'before any element' : 'one line chart in total'}: ` +
          `${kb(bytes)} in ${files} file${files === 1 ? '' : 's'} (budget ${kb(BUDGETS[name])})`,
      );
    }
    if (elementsUpFront.length > 0) {
      failed = true;
      console.log(`OVER ${script}.js loads element code up front: ${elementsUpFront.join(', ')}`);
    }
  }
  if (failed) process.exit(1);
}
