/**
 * `npm run bench`: what a page pays for the widgets, measured in headless Chromium and printed as a
 * Markdown table for the README. Builds the embed script first; run it under the browser lock:
 *
 *   flock /tmp/miv-browser.lock npm run bench [-- --runs 9]
 *
 * - initial JS: gzip -9 bytes of every script fetched for a page whose only widget is far below the
 *   fold (so no chart is drawn); total JS: the same after scrolling to it and its chart is painted;
 * - first chart: navigation start → `miv-rendered` of one widget, against a page that draws the same
 *   chart with ECharts alone (test/tools/bench-baseline.ts), alternating in the same run, cold cache;
 * - 64 widgets: feed requests, navigation start → every chart in the first viewport painted, total
 *   blocking time (long tasks over 50 ms, until then), and the JS heap after garbage collection.
 * Medians of several runs. Figures vary per machine: compare runs on one machine, never assert them.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_FLAGS } from './find-chrome.js';
import { serve } from './serve.js';
import { freshPage, gzipSize, median } from './bench-page.js';

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;
const DIR = '.bench';
const FEED = existsSync('examples/data/sample-feed.json')
  ? 'examples/data/sample-feed.json'
  : 'test/fixtures/small-feed.json';
const ONE = { indicator: 'woninginbraak', area: 'GM0758' };
const GRID_SIZE = 64;
const LONG_TASK_MS = 50;
const KB = 1024;

function page(title, body, head = '<script type="module" src="/dist/miv-widgets.js"></script>') {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${title}</title>
<link rel="stylesheet" href="/examples/examples.css">${head}</head><body>${body}</body></html>`;
}
const widget = ({ indicator, area }) =>
  `<miv-indicator src="/${FEED}" indicator="${indicator}" area="${area}"></miv-indicator>`;

/** The 64 widgets: every indicator × area pair of the feed's districts and gemeenten, in turn. */
function gridWidgets() {
  const feed = JSON.parse(readFileSync(FEED, 'utf8'));
  const areas = feed.areas.filter((a) => a.level === 'gemeente' || a.level === 'district').map((a) => a.id);
  const pairs = [];
  for (let i = 0; pairs.length < GRID_SIZE; i++) {
    const indicator = feed.indicators[i % feed.indicators.length].id;
    pairs.push({ indicator, area: areas[Math.floor(i / feed.indicators.length) % areas.length] });
  }
  return pairs.map(widget).join('\n');
}

async function writePages() {
  mkdirSync(DIR, { recursive: true });
  await build({
    entryPoints: ['test/tools/bench-baseline.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outfile: `${DIR}/baseline.js`,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const files = {
    'one.html': page('Eén widget', `<main>${widget(ONE)}</main>`),
    'baseline.html': page(
      'ECharts alleen',
      `<main><div><div id="chart" style="height:320px" data-src="/${FEED}" data-indicator="${ONE.indicator}" data-area="${ONE.area}"></div></div></main>`,
      `<script type="module" src="/${DIR}/baseline.js"></script>`,
    ),
    'below-fold.html': page('Widget onder de vouw', `<div style="height:5000px"></div>${widget(ONE)}`),
    'below-fold-indicator.html': page(
      'Widget onder de vouw, alleen miv-indicator.js',
      `<div style="height:5000px"></div>${widget(ONE)}`,
      '<script type="module" src="/dist/miv-indicator.js"></script>',
    ),
    'grid.html': page(`${GRID_SIZE} widgets`, `<main>${gridWidgets()}</main>`),
  };
  for (const [name, html] of Object.entries(files)) writeFileSync(`${DIR}/${name}`, html);
}

/** Records, from the first script on, when each widget painted or failed and every long task. */
function instrument() {
  window.__bench = { rendered: new Map(), longTasks: [] };
  const mark = (e) => window.__bench.rendered.set(e.target, performance.now());
  document.addEventListener('miv-rendered', mark, true);
  document.addEventListener('miv-error', mark, true);
  new PerformanceObserver((list) => {
    for (const t of list.getEntries()) window.__bench.longTasks.push({ start: t.startTime, duration: t.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** Initial and total script bytes (gzip -9 of the files served), and how many scripts each time. */
async function scriptBytes(browser, origin, pageName) {
  const { tab, context } = await freshPage(browser, instrument);
  const scripts = new Set();
  tab.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.add(new URL(r.url()).pathname.slice(1));
  });
  await tab.goto(`${origin}/${DIR}/${pageName}`, { waitUntil: 'networkidle0' });
  const sum = () => [...scripts].reduce((total, path) => total + gzipSize(path), 0);
  const initial = { bytes: sum(), files: scripts.size };
  await tab.evaluate(() => document.querySelector('miv-indicator').scrollIntoView());
  await tab.waitForFunction(() => window.__bench.rendered.size === 1, { timeout: 30_000 });
  const total = { bytes: sum(), files: scripts.size };
  await context.close();
  return { initial, total };
}

async function firstChart(browser, origin, name) {
  const { tab, context } = await freshPage(browser, instrument);
  await tab.goto(`${origin}/${DIR}/${name}`);
  await tab.waitForFunction(() => window.__bench.rendered.size === 1, { timeout: 30_000 });
  const ms = await tab.evaluate(() => [...window.__bench.rendered.values()][0]);
  await context.close();
  return ms;
}

async function grid(browser, origin) {
  const { tab, context } = await freshPage(browser, instrument);
  let feedRequests = 0;
  tab.on('request', (r) => (feedRequests += new URL(r.url()).pathname === `/${FEED}` ? 1 : 0));
  await tab.goto(`${origin}/${DIR}/grid.html`);
  // Which widgets are in the first viewport is known once the layout settles with the loaded feed.
  await tab.waitForFunction(() => window.__bench.rendered.size > 0, { timeout: 30_000 });
  const painted = await tab.waitForFunction(
    () => {
      const visible = [...document.querySelectorAll('miv-indicator')].filter(
        (el) => el.getBoundingClientRect().top < innerHeight,
      );
      if (!visible.every((el) => window.__bench.rendered.has(el))) return false;
      return { count: visible.length, at: Math.max(...visible.map((el) => window.__bench.rendered.get(el))) };
    },
    { timeout: 60_000, polling: 50 },
  );
  const { count, at } = await painted.jsonValue();
  const longTasks = await tab.evaluate(() => window.__bench.longTasks);
  const blocking = longTasks
    .filter((t) => t.start < at)
    .reduce((sum, t) => sum + Math.max(0, Math.min(t.start + t.duration, at) - t.start - LONG_TASK_MS), 0);
  const session = await tab.createCDPSession();
  await session.send('HeapProfiler.collectGarbage');
  const { JSHeapUsedSize } = await tab.metrics();
  await context.close();
  return { feedRequests, firstViewport: count, paintedMs: at, blockingMs: blocking, heapMB: JSHeapUsedSize / KB / KB };
}

function machine() {
  const cpu = cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  const chrome = execFileSync(findChrome(), ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
    .toString()
    .trim();
  return `${cpus().length} × ${cpu}, ${Math.round(totalmem() / KB ** 3)} GB, Node ${process.version}, ${chrome}`;
}

execFileSync('npx', ['rollup', '-c', '--silent'], { stdio: 'inherit' });
await writePages();
const { origin, close } = await serve();
const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
try {
  const bytes = await scriptBytes(browser, origin, 'below-fold.html');
  const indicatorBytes = await scriptBytes(browser, origin, 'below-fold-indicator.html');
  const widgetMs = [];
  const baselineMs = [];
  const grids = [];
  // Warm the server's file cache once, so the first measured run is not the odd one out.
  await firstChart(browser, origin, 'one.html');
  await firstChart(browser, origin, 'baseline.html');
  for (let run = 0; run < RUNS; run++) {
    widgetMs.push(await firstChart(browser, origin, 'one.html'));
    baselineMs.push(await firstChart(browser, origin, 'baseline.html'));
    grids.push(await grid(browser, origin));
    process.stderr.write(`run ${run + 1}/${RUNS}\r`);
  }
  const g = (key) => median(grids.map((r) => r[key]));
  const w = median(widgetMs);
  const b = median(baselineMs);
  const kb = (n) => `${(n / KB).toFixed(1)} KB`;
  const ms = (n) => `${Math.round(n)} ms`;
  const verdict = (ok) => (ok ? 'met' : '**missed**');
  const byteRows = (script, { initial, total }) => [
    [
      `initial JS before any chart, \`${script}\` (gzip -9)`,
      `${kb(initial.bytes)} (${initial.files} file)`,
      '≤ 40 KB',
      verdict(initial.bytes <= 40 * KB),
    ],
    [
      `total JS with a chart drawn, \`${script}\` (gzip -9)`,
      `${kb(total.bytes)} (${total.files} files)`,
      '≤ 200 KB',
      verdict(total.bytes <= 200 * KB),
    ],
  ];
  const rows = [
    ...byteRows('miv-indicator.js', indicatorBytes),
    ...byteRows('miv-widgets.js', bytes),
    ['first chart painted, one `<miv-indicator>`', ms(w), '', ''],
    ['first chart painted, same chart with ECharts alone', ms(b), '', ''],
    ['difference', `${w >= b ? '+' : ''}${(((w - b) / b) * 100).toFixed(0)} %`, '≤ +10 %', verdict(w <= b * 1.1)],
    [`${GRID_SIZE} widgets: feed requests`, String(g('feedRequests')), '1', verdict(g('feedRequests') === 1)],
    [
      `${GRID_SIZE} widgets: charts in the first viewport painted`,
      `${ms(g('paintedMs'))} (${g('firstViewport')} charts)`,
      '',
      '',
    ],
    [`${GRID_SIZE} widgets: total blocking time until then`, ms(g('blockingMs')), '', ''],
    [`${GRID_SIZE} widgets: JS heap after GC`, `${g('heapMB').toFixed(1)} MB`, '', ''],
  ];
  const header = ['measure', 'median', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(`\n${RUNS} runs, ${new Date().toISOString().slice(0, 10)}, ${machine()}; feed ${FEED}\n`);
  console.log([line(header), line(widths.map((n) => '-'.repeat(n))), ...rows.map(line)].join('\n'));
} finally {
  await browser.close();
  await close();
}
