/**
 * `npm run bench:map`: what `<miv-map>` costs, measured in headless Chromium and printed as a Markdown
 * table for the README. Builds the embed script first (skip with `--no-build`); run it under the
 * browser lock:
 *
 *   flock /tmp/miv-browser.lock npm run bench:map [-- --runs 9] [-- --shots]
 *
 * - map chunk: gzip -9 bytes of the map's own chunk (map series, TopoJSON decoder and the boundaries,
 *   which it carries), and of the boundaries alone;
 * - a page without a map: the scripts it fetches, which must not include the map chunk;
 * - first paint: navigation start → `miv-rendered` of one map of the 37 gemeenten, cold cache, median.
 * With `--shots` it also writes screenshots to `.bench/map/` (a rate, a survey value, a neutral
 * indicator, light and dark, and a district) for a person to look at.
 * Figures vary per machine: compare runs on one machine, never assert them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { execFileSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_FLAGS } from './find-chrome.js';
import { serve } from './serve.js';
import { freshPage, gzipSize, median } from './bench-page.js';

const argValue = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const RUNS = Number(argValue('--runs')) || 7;
const DIR = '.bench/map';
const FEED = '/examples/data/sample-feed.json';
const KB = 1024;

function page(title, body, style = '') {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${title}</title>
<link rel="stylesheet" href="/examples/examples.css"><script type="module" src="/dist/miv-widgets.js"></script>
<style>body { margin: 16px; } ${style}</style></head><body>${body}</body></html>`;
}

const map = (attrs) => `<miv-map src="${FEED}" ${attrs} style="max-width: 900px"></miv-map>`;

/** The screenshots: what a gemeente webmaster would put on a page. */
const SHOTS = {
  'rate-light': map('indicator="woninginbraak"'),
  'survey-light': map('indicator="onveilig-eigen-buurt"'),
  'neutral-light': map('indicator="halt-verwijzingen"'),
  'rate-dark': map('indicator="woninginbraak" color-scheme="dark"'),
  'survey-dark': map('indicator="onveilig-eigen-buurt" color-scheme="dark"'),
  'district-gemeente': map('indicator="woninginbraak" area="GM0758" show-table'),
};

function writePages() {
  mkdirSync(DIR, { recursive: true });
  writeFileSync(`${DIR}/map.html`, page('Eén kaart', `<main>${map('indicator="woninginbraak"')}</main>`));
  writeFileSync(
    `${DIR}/no-map.html`,
    page(
      'Geen kaart',
      `<main><miv-indicator src="${FEED}" indicator="woninginbraak" area="GM0758"></miv-indicator></main>`,
    ),
  );
  for (const [name, body] of Object.entries(SHOTS))
    writeFileSync(
      `${DIR}/${name}.html`,
      page(name, body, name.endsWith('dark') ? 'body { background: #121212; color-scheme: dark; }' : ''),
    );
}

function instrument() {
  window.__rendered = [];
  document.addEventListener('miv-rendered', () => window.__rendered.push(performance.now()), true);
}

/** The scripts a page fetches once its widgets have painted. */
async function scriptsOf(browser, origin, name) {
  const { tab, context } = await freshPage(browser, instrument);
  const scripts = new Set();
  tab.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.add(new URL(r.url()).pathname.slice(1));
  });
  await tab.goto(`${origin}/${DIR}/${name}`, { waitUntil: 'networkidle0' });
  await tab.waitForFunction(() => window.__rendered.length > 0, { timeout: 30_000 });
  await context.close();
  return [...scripts];
}

async function firstPaint(browser, origin) {
  const { tab, context } = await freshPage(browser, instrument);
  await tab.goto(`${origin}/${DIR}/map.html`);
  await tab.waitForFunction(() => window.__rendered.length > 0, { timeout: 30_000 });
  const ms = await tab.evaluate(() => window.__rendered[0]);
  await context.close();
  return ms;
}

async function screenshots(browser, origin) {
  for (const name of Object.keys(SHOTS)) {
    const { tab, context } = await freshPage(browser, instrument);
    await tab.goto(`${origin}/${DIR}/${name}.html`);
    await tab.waitForFunction(() => window.__rendered.length > 0, { timeout: 30_000 });
    const el = await tab.$('miv-map');
    await el.screenshot({ path: `${DIR}/${name}.png` });
    await context.close();
    process.stderr.write(`${DIR}/${name}.png\n`);
  }
}

if (!process.argv.includes('--no-build')) execFileSync('npx', ['rollup', '-c', '--silent'], { stdio: 'inherit' });
writePages();
const { origin, close } = await serve();
const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
try {
  const withMap = await scriptsOf(browser, origin, 'map.html');
  const withoutMap = await scriptsOf(browser, origin, 'no-map.html');
  // The map page's own chunk: each embed script's build writes one, under another hash.
  const chunk = withMap.find((path) => /^dist\/chunks\/map-engine-[\w-]+\.js$/.test(path));
  if (!chunk) throw new Error('the map page loaded no map chunk (dist/chunks/map-engine-*.js)');
  const mapFree = !withoutMap.some((path) => path.includes('map-engine'));
  await firstPaint(browser, origin);
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    times.push(await firstPaint(browser, origin));
    process.stderr.write(`run ${run + 1}/${RUNS}\r`);
  }
  if (process.argv.includes('--shots')) await screenshots(browser, origin);
  const kb = (n) => `${(n / KB).toFixed(1)} KB`;
  const cpu = cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  console.log(
    `Measured ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpu}, median of ${RUNS} runs.\n`,
  );
  console.log('| map of the 37 gemeenten (median) | result |');
  console.log('| --- | --- |');
  console.log(`| Map chunk (map series, TopoJSON decoder, boundaries), gzip -9 | ${kb(gzipSize(chunk))} |`);
  console.log(
    `| of which the boundaries of the 37 gemeenten, gzip -9 | ${kb(gzipSize('src/geo/gemeenten-zwb-2025.topo.json'))} |`,
  );
  console.log(`| Map chunk fetched by a page without a map | ${mapFree ? 'no' : '**yes**'} |`);
  console.log(
    `| First paint of a map of the 37 gemeenten (navigation → \`miv-rendered\`), cold cache | ${Math.round(median(times))} ms |`,
  );
} finally {
  await browser.close();
  await close();
}
