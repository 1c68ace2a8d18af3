/**
 * How long a 20 MB feed blocks the page: one `<miv-indicator>` on the embed script, fed the sample
 * feed blown up to about 20 MB (4,400 indicators, 160,000 series), in headless Chromium, cold cache.
 * Prints, as medians of several runs: the time to the painted chart, the longest task, and the total
 * blocking time (the part of each long task over 50 ms) until then. Run it under the browser lock:
 *
 *   flock /tmp/miv-browser.lock node test/tools/bench-large-feed.js [--runs 5]
 *
 * Figures vary per machine: they go in the README, never in a timed test.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_FLAGS } from './find-chrome.js';
import { serve } from './serve.js';
import { largeFeed } from '../reliability/test-server.js';

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const DIR = '.bench';
const LONG_TASK_MS = 50;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function instrument() {
  window.__bench = { rendered: undefined, longTasks: [] };
  document.addEventListener('miv-rendered', () => (window.__bench.rendered ??= performance.now()), true);
  document.addEventListener('miv-error', (e) => (window.__bench.error = e.detail.kind), true);
  new PerformanceObserver((list) => {
    for (const t of list.getEntries()) window.__bench.longTasks.push({ start: t.startTime, duration: t.duration });
  }).observe({ type: 'longtask', buffered: true });
}

async function run(browser, origin) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  await tab.setCacheEnabled(false);
  await tab.evaluateOnNewDocument(instrument);
  await tab.goto(`${origin}/${DIR}/large-feed.html`);
  await tab.waitForFunction(() => window.__bench.rendered || window.__bench.error, { timeout: 120_000 });
  const { rendered, error, longTasks } = await tab.evaluate(() => window.__bench);
  await context.close();
  if (error) throw new Error(`the widget failed: ${error}`);
  const before = longTasks.filter((t) => t.start < rendered);
  return {
    renderedMs: rendered,
    longestMs: Math.max(0, ...before.map((t) => t.duration)),
    blockingMs: before.reduce((sum, t) => sum + Math.max(0, t.duration - LONG_TASK_MS), 0),
  };
}

execFileSync('npx', ['rollup', '-c', '--silent'], { stdio: 'inherit' });
mkdirSync(DIR, { recursive: true });
const feed = largeFeed();
writeFileSync(`${DIR}/large-feed.json`, feed);
writeFileSync(
  `${DIR}/large-feed.html`,
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>20 MB feed</title>
<script type="module" src="/dist/miv-widgets.js"></script></head>
<body><miv-indicator src="/${DIR}/large-feed.json" indicator="woninginbraak" area="GM0758"></miv-indicator></body></html>`,
);
const { origin, close } = await serve();
const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
try {
  await run(browser, origin); // warms the server's file cache
  const results = [];
  for (let i = 0; i < RUNS; i++) {
    results.push(await run(browser, origin));
    process.stderr.write(`run ${i + 1}/${RUNS}\r`);
  }
  const m = (key) => Math.round(median(results.map((r) => r[key])));
  const spread = (key) =>
    `${Math.round(Math.min(...results.map((r) => r[key])))}–${Math.round(Math.max(...results.map((r) => r[key])))}`;
  const feedMB = (Buffer.byteLength(feed) / 1024 / 1024).toFixed(1);
  console.log(`| ${feedMB} MB feed, median of ${RUNS} runs | median | range |`);
  console.log('| --- | --- | --- |');
  console.log(`| navigation → chart painted | ${m('renderedMs')} ms | ${spread('renderedMs')} ms |`);
  console.log(`| longest task | ${m('longestMs')} ms | ${spread('longestMs')} ms |`);
  console.log(`| total blocking time until painted | ${m('blockingMs')} ms | ${spread('blockingMs')} ms |`);
} finally {
  await browser.close();
  await close();
}
