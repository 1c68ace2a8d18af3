/**
 * `npm run bench:feed`: what the sample feed costs a visitor. Run it under the browser lock:
 *
 *   flock /tmp/miv-browser.lock npm run bench:feed [-- --runs 31]
 *
 * - raw and gzip -9 bytes of examples/data/sample-feed.json;
 * - median time of `JSON.parse` + `parseFeed` (the parsers written from the schema and the
 *   cross-checks), and of `parseFeed` alone, in Node and in headless Chromium. Both run the same
 *   esbuild bundle of src/feed/validate.ts and validate-core.ts,
 *   after a few warm-up runs, so the numbers compare the engines and not two builds;
 * - the first validation on a fresh page, as a visitor's browser does it (its code not yet compiled):
 *   whole, in the steps an element takes (`parseFeedInSteps`, yielding to the page after
 *   `FEED_STEP_MS`), and for comparison in steps of the work queue's `TURN_MS`; each on a page of
 *   its own, the three interleaved, `--cold-runs` pages each (12 unless told).
 * Figures vary per machine: compare runs on one machine, never assert them in tests.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_FLAGS } from './find-chrome.js';
import { freshPage, markdownTable, stat } from './bench-page.js';

const option = (name) => Number(process.argv[process.argv.indexOf(name) + 1]);
const RUNS = option('--runs') || 21;
const COLD_RUNS = option('--cold-runs') || 12;
const WARM_UP = 5;
const FEED = 'examples/data/sample-feed.json';
const KB = 1024;

const text = readFileSync(FEED, 'utf8');
// Outside the repository, so that linters never see the minified bundle.
const BUNDLE = join(mkdtempSync(join(tmpdir(), 'miv-bench-feed-')), 'feed-validate.js');
await build({
  // The validation and the step sizes the elements use, from the sources themselves.
  stdin: {
    contents: `export { parseFeed } from './src/feed/validate.ts'; export { parseFeedInSteps } from './src/feed/validate-core.ts'; export { FEED_STEP_MS, TURN_MS } from './src/scheduling.ts';`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  globalName: 'mivFeed',
  minify: true,
  target: 'es2022',
  outfile: BUNDLE,
  logLevel: 'error',
});
const bundle = readFileSync(BUNDLE, 'utf8');

/**
 * Times `runs` validations of `text` with the bundle's `parseFeed`, after `warmUp` untimed ones.
 * Serialised into the browser page as it is, so it may only use its arguments and globals.
 */
function timeValidation(feedText, runs, warmUp, parseFeed, now) {
  const total = [];
  const validate = [];
  for (let i = 0; i < warmUp + runs; i++) {
    const t0 = now();
    const json = JSON.parse(feedText);
    const t1 = now();
    parseFeed(json);
    const t2 = now();
    if (i >= warmUp) {
      total.push(t2 - t0);
      validate.push(t2 - t1);
    }
  }
  return { total, validate };
}

// Node: evaluate the same IIFE bundle in this process.
const nodeFeed = new Function(`${bundle}; return mivFeed;`)();
const node = timeValidation(text, RUNS, WARM_UP, nodeFeed.parseFeed, () => performance.now());

const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_FLAGS, headless: true });
let chromium;
let chromiumVersion;
/** Milliseconds of each fresh page's first validation, by how it ran. */
const cold = { whole: [], feedSteps: [], turnSteps: [] };
try {
  chromiumVersion = await browser.version();
  const page = await browser.newPage();
  await page.addScriptTag({ content: bundle });
  chromium = await page.evaluate(
    (source, feedText, runs, warmUp) => {
      const time = new Function(`return (${source})`)();
      // eslint-disable-next-line no-undef -- the page's global, set by the bundle
      return time(feedText, runs, warmUp, mivFeed.parseFeed, () => performance.now());
    },
    timeValidation.toString(),
    text,
    RUNS,
    WARM_UP,
  );
  const ways = Object.keys(cold);
  for (let i = 0; i < COLD_RUNS; i++) {
    // Each round starts with another way, so that none always meets the machine first.
    for (const way of [...ways.slice(i % ways.length), ...ways.slice(0, i % ways.length)]) {
      const { tab, context } = await freshPage(browser, () => {});
      try {
        await tab.addScriptTag({ content: bundle });
        const elapsed = await tab.evaluate(
          async (feedText, way) => {
            /* eslint-disable no-undef -- the page's globals, set by the bundle and by Chromium */
            const json = JSON.parse(feedText);
            const start = performance.now();
            if (way === 'whole') mivFeed.parseFeed(json);
            else
              await mivFeed.parseFeedInSteps(
                json,
                () => scheduler.yield(),
                way === 'feedSteps' ? mivFeed.FEED_STEP_MS : mivFeed.TURN_MS,
              );
            return performance.now() - start;
            /* eslint-enable no-undef */
          },
          text,
          way,
        );
        cold[way].push(elapsed);
      } finally {
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
}

const ms = (value) => `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(value)} ms`;
const kb = (bytes) => `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(bytes / KB)} KB`;
const machine = `${cpus()[0]?.model.trim()} (${cpus().length} cores, ${Math.round(totalmem() / KB ** 3)} GB)`;

console.log(`Sample feed benchmark, ${new Date().toISOString().slice(0, 10)}, ${machine}`);
console.log(
  `Node ${process.versions.node}, ${chromiumVersion}; medians of ${RUNS} runs after ${WARM_UP} warm-up runs, ` +
    `and of ${COLD_RUNS} fresh pages each (least–most in brackets)\n`,
);
const median = (values) => ms(stat(values).median);
const spread = (values) => {
  const { median, min, max } = stat(values);
  return `${ms(median)} (${Math.round(min)}–${Math.round(max)})`;
};
const rows = [
  ['raw size', kb(Buffer.byteLength(text))],
  ['gzip -9 size', kb(gzipSync(text, { level: 9 }).length)],
  ['validate in Chromium (parseFeed)', median(chromium.validate)],
  ['JSON.parse + validate in Chromium', median(chromium.total)],
  ['validate in Node (parseFeed)', median(node.validate)],
  ['JSON.parse + validate in Node', median(node.total)],
  ['first validation on a fresh page in Chromium, whole', spread(cold.whole)],
  [`the same in steps of ${nodeFeed.FEED_STEP_MS} ms, as the elements validate`, spread(cold.feedSteps)],
  [`the same in steps of ${nodeFeed.TURN_MS} ms`, spread(cold.turnSteps)],
];
console.log(markdownTable(['sample feed', 'value'], rows));
