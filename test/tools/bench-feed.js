/**
 * `npm run bench:feed`: what the sample feed costs a visitor. Run it under the browser lock:
 *
 *   flock /tmp/miv-browser.lock npm run bench:feed [-- --runs 31]
 *
 * - raw and gzip -9 bytes of examples/data/sample-feed.json;
 * - median time of `JSON.parse` + `parseFeed` (zod schema and cross-checks), and of `parseFeed`
 *   alone, in Node and in headless Chromium. Both run the same esbuild bundle of src/feed/validate.ts,
 *   after a few warm-up runs, so the numbers compare the engines and not two builds.
 * Figures vary per machine: compare runs on one machine, never assert them in tests.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_FLAGS } from './find-chrome.js';
import { markdownTable } from './bench-page.js';

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 21;
const WARM_UP = 5;
const FEED = 'examples/data/sample-feed.json';
const KB = 1024;

const text = readFileSync(FEED, 'utf8');
// Outside the repository, so that linters never see the minified bundle.
const BUNDLE = join(mkdtempSync(join(tmpdir(), 'miv-bench-feed-')), 'feed-validate.js');
await build({
  entryPoints: ['src/feed/validate.ts'],
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
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  };
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
  return { total: median(total), validate: median(validate) };
}

// Node: evaluate the same IIFE bundle in this process.
const nodeFeed = new Function(`${bundle}; return mivFeed;`)();
const node = timeValidation(text, RUNS, WARM_UP, nodeFeed.parseFeed, () => performance.now());

const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_FLAGS, headless: true });
let chromium;
let chromiumVersion;
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
} finally {
  await browser.close();
}

const ms = (value) => `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(value)} ms`;
const kb = (bytes) => `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(bytes / KB)} KB`;
const machine = `${cpus()[0]?.model.trim()} (${cpus().length} cores, ${Math.round(totalmem() / KB ** 3)} GB)`;

console.log(`Sample feed benchmark, ${new Date().toISOString().slice(0, 10)}, ${machine}`);
console.log(
  `Node ${process.versions.node}, ${chromiumVersion}; medians of ${RUNS} runs after ${WARM_UP} warm-up runs\n`,
);
const rows = [
  ['raw size', kb(Buffer.byteLength(text))],
  ['gzip -9 size', kb(gzipSync(text, { level: 9 }).length)],
  ['validate in Chromium (parseFeed)', ms(chromium.validate)],
  ['JSON.parse + validate in Chromium', ms(chromium.total)],
  ['validate in Node (parseFeed)', ms(node.validate)],
  ['JSON.parse + validate in Node', ms(node.total)],
];
console.log(markdownTable(['sample feed', 'value'], rows));
