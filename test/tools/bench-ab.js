/**
 * `npm run bench:ab -- <git ref>`: the working tree's embed build (B) against the build of another
 * commit (A), page by page in one headless Chromium, each load of A followed by one of B or the other
 * way round, cold cache, animation off. On a busy two-core machine the same page varies by a fifth
 * from load to load, more than most changes move it; compared this way, a change shows as the ratio
 * B/A with an interval (90 %, bootstrap) that says whether the runs could as well have come out the
 * other way. Run it under the browser lock:
 *
 *   flock /tmp/miv-browser.lock npm run bench:ab -- main~1 [--runs 11] [--throttle 4] [--latency 100] [--pages lazy-1,all]
 *
 * Pages: `lazy-N` and `eager-N` (N = 1, 12, 64) from the benchmark's workload (`bench-workload.js`),
 * `all` (the 66-indicator example page), `compare` (one `<miv-district-compare>`). `--latency` makes
 * every request wait that many ms for its answer (DevTools' network emulation), as a phone's network
 * does: a change in how many requests wait for each other shows there, where the local server answers
 * at once. Measures as in `bench.js`: "done", the charts it waits for (eager: all; lazy: those in the
 * first viewport); "headline", the figures in view readable; TBT.
 * `demo` is the demo page under Lighthouse, as `npm run lighthouse` runs it (served compressed, its
 * own simulated throttling, so `--throttle` does not apply): its performance score and the total
 * blocking time and largest contentful paint it simulates; about ten seconds a run.
 * Commit A is built in `.bench/ab/a/` from `git archive`, with this tree's node_modules.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_FLAGS } from './find-chrome.js';
import { markdownTable, median, ms, serveStatic, stat } from './bench-page.js';
import { measure } from './bench-measure.js';
import { DIR, mivPageNamed, writeWorkload } from './bench-workload.js';
import { runLighthouse } from './lighthouse-run.js';
import { serve } from './serve.js';

const arg = (name, otherwise) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : otherwise;
const REF = process.argv[2];
if (!REF || REF.startsWith('--')) {
  console.error(
    'usage: npm run bench:ab -- <git ref> [--runs 11] [--throttle 1] [--latency 0] [--pages lazy-1,lazy-64,eager-64,all,compare,demo]',
  );
  process.exit(2);
}
const RUNS = Number(arg('--runs', 11));
const THROTTLE = Number(arg('--throttle', 1));
const LATENCY = Number(arg('--latency', 0));
const PAGES = arg('--pages', 'lazy-1,lazy-64,eager-64,all').split(',');
const AB = `${DIR}/ab`;
const RESAMPLES = 2000;
/** Below this many runs a bootstrap interval is too narrow to mean anything, and none is shown. */
const FEWEST_RUNS_FOR_INTERVAL = 7;
const score = (s) => `${s.median} (${s.min}–${s.max})`;

/** What each page is, and which of its measures tell. */
function spec(name) {
  if (name === 'demo') return { path: '/examples/index.html', lighthouse: true, measures: Object.keys(LIGHTHOUSE) };
  const page = mivPageNamed(name);
  if (name === 'all') return { ...page, measures: ['viewDone', 'headline', 'tbt'] };
  if (name === 'compare') return { ...page, measures: ['done'] };
  return { ...page, measures: page.wanted === 'view' ? ['viewDone', 'headline'] : ['done', 'tbt'] };
}

/** Builds the working tree into `.bench/ab/b/dist`, and `REF` into `.bench/ab/a/dist`. */
function build() {
  rmSync(AB, { recursive: true, force: true });
  const source = `${AB}/a/source`;
  mkdirSync(source, { recursive: true });
  execFileSync('sh', ['-c', `git archive "$0" | tar -x -C "$1"`, REF, source], { stdio: 'inherit' });
  symlinkSync(resolve('node_modules'), `${source}/node_modules`);
  for (const [dir, cwd] of [
    [`${AB}/a`, source],
    [`${AB}/b`, '.'],
  ]) {
    execFileSync('npx', ['rollup', '-c', '--silent'], { cwd, stdio: 'inherit' });
    cpSync(`${cwd}/dist`, `${dir}/dist`, { recursive: true });
  }
}

/** The page's copy that loads build `variant`: its scripts from that build, its other files as before. */
function variantOf(file, variant) {
  const html = readFileSync(file, 'utf8')
    .replace(/(["'])(?:\.\.)?\/dist\//g, `$1/${AB}/${variant}/dist/`)
    // Relative addresses (the feed, the stylesheet) still resolve from the page's own folder.
    .replace('<head>', `<head><base href="/${file}">`);
  const copy = `${AB}/${file
    .split('/')
    .pop()
    .replace(/\.html$/, `-${variant}.html`)}`;
  writeFileSync(copy, html);
  return `/${copy}`;
}

/** What a Lighthouse run of the `demo` page reports, by the name the table gives it. */
const LIGHTHOUSE = {
  performance: (lhr) => Math.round(lhr.categories.performance.score * 100),
  'TBT (simulated)': (lhr) => lhr.audits['total-blocking-time'].numericValue,
  'LCP (simulated)': (lhr) => lhr.audits['largest-contentful-paint'].numericValue,
};

async function lighthouseRun(origin, path) {
  const { lhr } = await runLighthouse(`${origin}${path}`, ['performance']);
  return Object.fromEntries(Object.entries(LIGHTHOUSE).map(([name, read]) => [name, read(lhr)]));
}

/** A bootstrap interval of median(b) / median(a): the middle 90 % of resampled ratios. */
function ratioInterval(a, b) {
  const pick = (values) => values.map(() => values[Math.floor(Math.random() * values.length)]);
  const ratios = Array.from({ length: RESAMPLES }, () => median(pick(b)) / median(pick(a))).sort((x, y) => x - y);
  return [ratios[Math.floor(0.05 * RESAMPLES)], ratios[Math.floor(0.95 * RESAMPLES)]];
}

build();
await writeWorkload();
const pages = PAGES.map((name) => ({ name, ...spec(name) }));
for (const page of pages) page.paths = { a: variantOf(page.path.slice(1), 'a'), b: variantOf(page.path.slice(1), 'b') };
const plain = await serveStatic();
// Lighthouse sees the demo as `npm run lighthouse` does: from the dev server, compressed.
const compressed = pages.some((p) => p.lighthouse) ? await serve() : undefined;
const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
const results = Object.fromEntries(pages.map((p) => [p.name, { a: [], b: [] }]));
const load = (page, v, throttle) =>
  page.lighthouse
    ? lighthouseRun(compressed.origin, page.paths[v])
    : measure(browser, plain.origin, page.paths[v], { ...page, throttle, latency: LATENCY });
try {
  // One unmeasured load of each warms the servers' file caches.
  for (const page of pages) for (const v of ['a', 'b']) await load(page, v, 1);
  for (let run = 0; run < RUNS; run++) {
    for (const page of pages)
      for (const v of run % 2 ? ['b', 'a'] : ['a', 'b']) results[page.name][v].push(await load(page, v, THROTTLE));
    process.stderr.write(`run ${run + 1}/${RUNS}\r`);
  }
} finally {
  await browser.close();
  await plain.close();
  await compressed?.close();
}

const head = `A: ${REF} (${execFileSync('git', ['rev-parse', '--short', REF]).toString().trim()}); B: the working tree`;
const network = LATENCY ? `, ${LATENCY} ms per request` : '';
console.log(`\n${head}; ${RUNS} runs, CPU ${THROTTLE === 1 ? 'not slowed' : `slowed ${THROTTLE}×`}${network}\n`);
const header = ['page', 'measure', 'A', 'B', 'B / A (90 % interval)'];
const rows = [];
for (const page of pages)
  for (const key of page.measures) {
    const [a, b] = ['a', 'b'].map((v) => results[page.name][v].map((r) => r[key]));
    const ratio = `${(median(b) / median(a)).toFixed(2)}×`;
    // What a lower and a higher B mean: a higher score is better, a longer time worse.
    const [format, lower, higher] = key === 'performance' ? [score, 'worse', 'better'] : [ms, 'faster', 'slower'];
    if (RUNS < FEWEST_RUNS_FOR_INTERVAL) {
      rows.push([page.name, key, format(stat(a)), format(stat(b)), `${ratio} (too few runs for an interval)`]);
      continue;
    }
    const [low, high] = ratioInterval(a, b);
    const verdict = high < 1 ? `, ${lower}` : low > 1 ? `, ${higher}` : '';
    rows.push([
      page.name,
      key,
      format(stat(a)),
      format(stat(b)),
      `${ratio} (${low.toFixed(2)}–${high.toFixed(2)})${verdict}`,
    ]);
  }
console.log(markdownTable(header, rows));
