/**
 * `npm run bench`: miv-widgets against bare ECharts and Chart.js drawing the same line charts (five
 * lines of ten years, `bench-workload.js`), N = 1, 12 and 64 on one page, and the 66-indicator
 * example page against ECharts drawing the same first-viewport charts. Every page runs in one
 * headless Chromium, interleaved, cold cache, animation off (`prefers-reduced-motion: reduce`; the
 * bare pages switch it off themselves), then all of it again with the CPU slowed 4× through the
 * DevTools protocol (roughly a mid-range phone). Prints Markdown tables of medians with their
 * spread (min–max) and the ratios the performance targets are stated in. Run it under the browser
 * lock, as it builds the embed script and serves the repository (as files, `serveStatic`):
 *
 *   flock /tmp/miv-browser.lock npm run bench [-- --runs 5] [-- --throttle 1]
 *
 * Measures, each from navigation start: "done" is the last `miv-rendered` (ECharts' `finished`, or for
 * Chart.js the frame after it drew); "headline readable" is the first frame in which each element in
 * the first viewport shows its figure; TBT is the part over 50 ms of every long task until "done".
 * Figures vary per machine: compare ratios within one run, never assert them in a test.
 */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_FLAGS } from './find-chrome.js';
import { freshPage, markdownTable, median, ms, serveStatic, stat } from './bench-page.js';
import { inPage, instrument, measure } from './bench-measure.js';
import { DIR, SIZES, mivPages, writeAllIndicatorsBaseline, writeWorkload } from './bench-workload.js';

const arg = (name) => process.argv[process.argv.indexOf(name) + 1];
const RUNS = Number(arg('--runs')) || 5;
const THROTTLES = process.argv.includes('--throttle') ? [Number(arg('--throttle'))] : [1, 4];
const WINDOW_MS = 5000;
const KB = 1024;

/** The 66-indicator page's first-viewport charts and their width, for the ECharts reference page. */
async function allIndicatorsInView(browser, origin) {
  const { tab, context } = await freshPage(browser, instrument);
  await tab.goto(`${origin}${mivPages.allIndicators.path}`);
  await tab.waitForFunction(inPage, { timeout: 60_000, polling: 50 }, 'miv-indicator', 'view');
  const inView = await tab.evaluate(() =>
    [...document.querySelectorAll('miv-indicator')]
      .filter((el) => el.getBoundingClientRect().top < innerHeight)
      .map((el) => ({
        indicator: el.getAttribute('indicator'),
        area: el.getAttribute('area'),
        width: el.shadowRoot.querySelector('[part~="chart"]').getBoundingClientRect().width,
      })),
  );
  await context.close();
  return inView;
}

/** Every page of one run, by name: path and what to wait for. */
function pages() {
  const list = {};
  for (const n of SIZES) {
    list[`echarts-${n}`] = { path: `/${DIR}/echarts-${n}.html`, selector: '[data-chart]', wanted: 'all' };
    list[`chartjs-${n}`] = { path: `/${DIR}/chartjs-${n}.html`, selector: '[data-chart]', wanted: 'all' };
    list[`miv-eager-${n}`] = mivPages.sized('eager', n);
    list[`miv-lazy-${n}`] = mivPages.sized('lazy', n);
  }
  list['all-echarts'] = { path: `/${DIR}/all-indicators-echarts.html`, selector: '[data-indicator]', wanted: 'all' };
  list['all-miv'] = { ...mivPages.allIndicators, window: WINDOW_MS };
  return list;
}

function machine() {
  const cpu = cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  const chrome = execFileSync(findChrome(), ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
    .toString()
    .trim();
  return `${cpus().length} × ${cpu}, ${Math.round(totalmem() / KB ** 3)} GB, Node ${process.version}, ${chrome}`;
}

// Table cells: ratios of medians, and whether a target is met.
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const verdict = (ok) => (ok ? 'met' : '**missed**');

function table(results, throttle) {
  const get = (page, key) => stat(results[page].map((r) => r[key]));
  const rows = [];
  for (const n of SIZES) {
    // The three libraries side by side; the target, a ratio to bare ECharts, applies at N = 64.
    const sideBySide = (label, key, limit) => {
      const [e, c, m] = ['echarts', 'chartjs', 'miv-eager'].map((lib) => get(`${lib}-${n}`, key));
      const judged = n === 64;
      rows.push([
        `N = ${n}: ${label}`,
        ms(e),
        ms(c),
        ms(m),
        e.median ? ratio(m.median, e.median) : '–',
        judged ? `≤ ${limit.toFixed(1).replace('.', ',')}×` : '',
        judged ? verdict(m.median <= limit * e.median) : '',
      ]);
      return { e, c };
    };
    const { e, c } = sideBySide('all charts done', 'done', 1);
    sideBySide('TBT until done', 'tbt', 0.7);
    const lazy = get(`miv-lazy-${n}`, 'viewDone');
    const inView = median(results[`miv-lazy-${n}`].map((r) => r.inView));
    if (n > 1)
      rows.push([
        `N = ${n}: the ${inView} charts in view done (lazy)`,
        '',
        '',
        ms(lazy),
        `${ratio(lazy.median, e.median)} of ECharts' all`,
        n === 64 ? '≤ 0,4×' : '',
        n === 64 ? verdict(lazy.median <= 0.4 * e.median) : '',
      ]);
    const headline = get(`miv-lazy-${n}`, 'headline');
    const target = { 1: 1, 64: 0.5 }[n];
    rows.push([
      `N = ${n}: headline figures in view readable`,
      '',
      '',
      ms(headline),
      `${ratio(headline.median, c.median)} of Chart.js' done`,
      target ? `≤ ${String(target).replace('.', ',')}×` : '',
      target ? verdict(headline.median <= target * c.median) : '',
    ]);
  }
  const bytes = (page) => `${(median(results[page].map((r) => r.jsBytes)) / KB).toFixed(1)} KB`;
  rows.push(['JS for one chart (gzip -9)', bytes('echarts-1'), bytes('chartjs-1'), bytes('miv-eager-1'), '', '', '']);
  const ae = get('all-echarts', 'done');
  const am = get('all-miv', 'viewDone');
  const inView = median(results['all-miv'].map((r) => r.inView));
  rows.push([
    `66 indicators: the ${inView} charts in the first viewport done`,
    ms(ae),
    '',
    ms(am),
    ratio(am.median, ae.median),
    '≤ 1,2×',
    verdict(am.median <= 1.2 * ae.median),
  ]);
  const tbt = get('all-miv', 'tbt');
  rows.push([
    '66 indicators: TBT in the first 5 s',
    '',
    '',
    ms(tbt),
    '',
    throttle === 1 ? '≤ 300 ms' : '',
    throttle === 1 ? verdict(tbt.median <= 300) : '',
  ]);
  const nodes = get('all-miv', 'nodesPerFar');
  const max = Math.max(...results['all-miv'].map((r) => r.maxNodesFar));
  rows.push([
    '66 indicators: DOM nodes per far widget at 5 s',
    '',
    '',
    `${Math.round(nodes.median)} (most ${max})`,
    '',
    '< 200',
    verdict(max < 200),
  ]);
  const header = ['measure', 'bare ECharts', 'Chart.js', 'miv-widgets', 'ratio', 'target', ''];
  return markdownTable(header, rows);
}

execFileSync('npx', ['rollup', '-c', '--silent'], { stdio: 'inherit' });
await writeWorkload();
const { origin, close } = await serveStatic();
const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
try {
  const inView = await allIndicatorsInView(browser, origin);
  writeAllIndicatorsBaseline(inView, Math.round(inView[0].width));
  const list = Object.entries(pages());
  console.log(`\n${RUNS} runs, ${new Date().toISOString().slice(0, 10)}, ${machine()}`);
  for (const throttle of THROTTLES) {
    const results = Object.fromEntries(list.map(([name]) => [name, []]));
    // One unmeasured round warms the server's file cache.
    for (const [, spec] of list) await measure(browser, origin, spec.path, { ...spec, throttle: 1, window: undefined });
    for (let run = 0; run < RUNS; run++) {
      // Each run starts one page further on, so no library always runs right after the same other.
      for (let i = 0; i < list.length; i++) {
        const [name, spec] = list[(i + run) % list.length];
        results[name].push(await measure(browser, origin, spec.path, { ...spec, throttle }));
      }
      process.stderr.write(`CPU ${throttle}×: run ${run + 1}/${RUNS}\r`);
    }
    console.log(`\n**CPU ${throttle === 1 ? 'not slowed' : `slowed ${throttle}×`}** (medians, min–max in brackets)\n`);
    console.log(table(results, throttle));
  }
} finally {
  await browser.close();
  await close();
}
