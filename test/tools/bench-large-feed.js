/**
 * How long a 20 MB feed blocks the page: one `<miv-indicator>` on the embed script, fed the sample
 * feed blown up to about 20 MB (`largeFeed()` of the test server), in headless Chromium, cold cache;
 * beside it the same page with the sample feed itself, for what the page costs whatever the feed's
 * size (the chart engine's first draw is a long task of its own). Prints, as medians of several runs
 * with their range: the time to the painted chart, the longest task, the total blocking time (the
 * part of each long task over 50 ms) until then, and in how many runs the feed went through the feed
 * worker. With `--broken`, also that feed with its first series broken, on a page whose Content
 * Security Policy blocks workers, until the widget shows the error: what telling the issues of a large
 * feed costs the page itself. Run it under the browser lock:
 *
 *   flock /tmp/miv-browser.lock node test/tools/bench-large-feed.js [--runs 5] [--broken]
 *
 * Figures vary per machine: they go in the README, never in a timed test.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_FLAGS } from './find-chrome.js';
import { serve } from './serve.js';
import { freshPage, median } from './bench-page.js';
import { largeFeed } from '../reliability/test-server.js';

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const DIR = '.bench';
const LONG_TASK_MS = 50;

function instrument() {
  window.__bench = { rendered: undefined, longTasks: [] };
  document.addEventListener('miv-rendered', () => (window.__bench.rendered ??= performance.now()), true);
  document.addEventListener('miv-error', (e) => (window.__bench.error = [e.detail.kind, performance.now()]), true);
  new PerformanceObserver((list) => {
    for (const t of list.getEntries()) window.__bench.longTasks.push({ start: t.startTime, duration: t.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** One cold load of `url` until the chart is painted, or with `expected` an error of that kind shown. */
async function run(browser, url, expected) {
  const { tab, context } = await freshPage(browser, instrument);
  const workers = [];
  tab.on('workercreated', (worker) => workers.push(worker.url()));
  await tab.goto(url);
  await tab.waitForFunction(() => window.__bench.rendered || window.__bench.error, { timeout: 120_000 });
  // The long task that showed an error is reported after it.
  if (expected) await new Promise((resolve) => setTimeout(resolve, 500));
  const { error, longTasks, feedArrived, ...bench } = await tab.evaluate(() => ({
    ...window.__bench,
    feedArrived: performance.getEntriesByType('resource').find((r) => r.name.endsWith('-feed.json'))?.responseEnd,
  }));
  await context.close();
  if (error?.[0] !== expected) throw new Error(`the widget ${error ? `failed: ${error[0]}` : 'drew its chart'}`);
  const rendered = error ? error[1] : bench.rendered;
  const before = longTasks.filter((t) => t.start < rendered);
  // What the feed costs the page: the tasks after its last byte, without the chart's first draw (the
  // task that ends with `miv-rendered`), which is the same for a feed of any size.
  // An error shown is no draw: every task after the feed counts.
  const drawStart = error ? Infinity : rendered - 1;
  const feedTasks = before.filter((t) => t.start + t.duration > feedArrived && t.start + t.duration < drawStart);
  return {
    renderedMs: rendered,
    longestMs: Math.max(0, ...before.map((t) => t.duration)),
    feedLongestMs: Math.max(0, ...feedTasks.map((t) => t.duration)),
    blockingMs: before.reduce((sum, t) => sum + Math.max(0, t.duration - LONG_TASK_MS), 0),
    worker: workers.some((url) => /\/feed-worker[^/]*\.js$/.test(url)),
  };
}

/** A page with one `<miv-indicator>` on `feed`; `head` goes into its head. */
function page(name, feed, head = '') {
  writeFileSync(
    `${DIR}/${name}.html`,
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${name}</title>${head}
<script type="module" src="/dist/miv-widgets.js"></script></head>
<body><miv-indicator src="${feed}" indicator="woninginbraak" area="GM0758"></miv-indicator></body></html>`,
  );
  return `/${DIR}/${name}.html`;
}

execFileSync('npx', ['rollup', '-c', '--silent'], { stdio: 'inherit' });
mkdirSync(DIR, { recursive: true });
const large = largeFeed();
writeFileSync(`${DIR}/large-feed.json`, large);
const SAMPLE = 'examples/data/sample-feed.json';
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const { indicators, series } = JSON.parse(large);
const pages = [
  {
    name: `${mb(Buffer.byteLength(large))} feed (${indicators.length} indicators, ${series.length} series)`,
    path: page('large-feed', `/${DIR}/large-feed.json`),
  },
  { name: `sample feed (${mb(readFileSync(SAMPLE).length)})`, path: page('sample-feed', `/${SAMPLE}`) },
];
if (process.argv.includes('--broken')) {
  const broken = JSON.parse(large);
  broken.series[0].values[0] = 'veel';
  writeFileSync(`${DIR}/broken-large-feed.json`, JSON.stringify(broken));
  pages.push({
    name: 'that feed, its first series broken, workers blocked (until the error is shown)',
    path: page(
      'broken-large-feed',
      `/${DIR}/broken-large-feed.json`,
      `<meta http-equiv="Content-Security-Policy" content="worker-src 'none'">`,
    ),
    expected: 'schema',
  });
}
const { origin, close } = await serve();
const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
try {
  for (const p of pages) await run(browser, origin + p.path, p.expected); // warms the server's file cache
  for (const p of pages) p.results = [];
  for (let i = 0; i < RUNS; i++) {
    for (const p of pages) p.results.push(await run(browser, origin + p.path, p.expected));
    process.stderr.write(`run ${i + 1}/${RUNS}\r`);
  }
  const cell = (results, key) => {
    const values = results.map((r) => r[key]);
    const [low, high] = [Math.min(...values), Math.max(...values)].map(Math.round);
    return `${Math.round(median(values))} ms (${low}–${high})`;
  };
  console.log(`| median (range) of ${RUNS} runs | ${pages.map((p) => p.name).join(' | ')} |`);
  console.log(`| --- |${pages.map(() => ' --- |').join('')}`);
  const row = (label, format) => console.log(`| ${label} | ${pages.map((p) => format(p.results)).join(' | ')} |`);
  row('navigation → chart painted (or the error shown)', (r) => cell(r, 'renderedMs'));
  row('longest task until painted', (r) => cell(r, 'longestMs'));
  row("longest task from the feed's last byte until painted, the first draw aside", (r) => cell(r, 'feedLongestMs'));
  row('total blocking time until painted', (r) => cell(r, 'blockingMs'));
  row('parsed in the feed worker', (r) => `${r.filter((x) => x.worker).length} of ${RUNS} runs`);
} finally {
  await browser.close();
  await close();
}
