/**
 * `npm run bench:profile`: where the main thread's time goes on a page of the benchmark until its
 * headline figures are readable or its charts drawn. Chromium's sampling profiler runs over each cold
 * load, and every sample is traced back through the build's source maps to its source file and
 * function. Prints per page the self time by source file and the functions with the most self time
 * (medians over the runs). With `--windows 25` it also prints the last load's time line: per 25 ms
 * from navigation start, the functions that ran most. Run it under the browser lock, as it builds
 * the embed script:
 *
 *   flock /tmp/miv-browser.lock npm run bench:profile -- [--pages lazy-1,all] [--until headline|charts]
 *     [--runs 5] [--throttle 1] [--top 25] [--windows 25]
 *
 * Pages as `npm run bench:ab` names them: `lazy-N` and `eager-N` (N = 1, 12, 64), `all` (the
 * 66-indicator example page) and `compare`. A sample every 100 µs slows the page: compare these
 * figures with each other, not with the times of `npm run bench`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_FLAGS } from './find-chrome.js';
import { freshPage, median, serveStatic } from './bench-page.js';
import { inPage, instrument } from './bench-measure.js';
import { mivPageNamed, writeWorkload } from './bench-workload.js';

const arg = (name, otherwise) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : otherwise;
const PAGES = arg('--pages', 'lazy-1,lazy-64,all').split(',');
const UNTIL = arg('--until', 'headline');
const RUNS = Number(arg('--runs', 5));
const THROTTLE = Number(arg('--throttle', 1));
const TOP = Number(arg('--top', 25));
const WINDOW_MS = Number(arg('--windows', 0));
const SAMPLING_US = 100;
if (!['headline', 'charts'].includes(UNTIL)) throw new Error(`--until ${UNTIL}: headline or charts`);

/** Source maps of the served scripts, read once, by the script's path. */
const maps = new Map();
function sourceMap(path) {
  if (!maps.has(path)) {
    const file = `${path}.map`;
    maps.set(path, existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, 'utf8'))) : undefined);
  }
  return maps.get(path);
}

/** A source file's path from the repository on (`src/feed/load.ts`, `lit-html/lit-html.js`). */
const shortPath = (source) => source.replace(/^.*?\/(src|node_modules)\//, (_, dir) => (dir === 'src' ? 'src/' : ''));

/**
 * Where a profile node's code comes from: its source file and function as the source map gives them,
 * else the script's own name; `(program)`, `(garbage collector)` and the browser's own functions
 * (`fetch`, `getBoundingClientRect`) as the profiler names them.
 */
function origin(callFrame, pageOrigin) {
  const { url, functionName, lineNumber, columnNumber } = callFrame;
  if (!url) return { file: functionName.startsWith('(') ? functionName : '(browser)', fn: functionName };
  const path = url.startsWith(pageOrigin) ? decodeURIComponent(new URL(url).pathname).slice(1) : url;
  const entry = url.startsWith(pageOrigin) ? sourceMap(path)?.findEntry(lineNumber, columnNumber) : undefined;
  if (!entry?.originalSource) return { file: path, fn: functionName || '(top level)' };
  const file = shortPath(entry.originalSource);
  return { file, fn: `${entry.name || functionName || '(top level)'} ${file}:${entry.originalLine + 1}` };
}

/**
 * One cold load of `page`, profiled until its mark: the time of the mark, and the profile's samples
 * as [ms from navigation start, self ms, file, function].
 */
async function profileLoad(browser, server, page) {
  const { tab, context } = await freshPage(browser, instrument);
  const session = await tab.createCDPSession();
  await session.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await session.send('Performance.enable');
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await session.send('Profiler.start');
  await tab.goto(`${server.origin}${page.path}`);
  const handle = await tab.waitForFunction(inPage, { timeout: 180_000, polling: 20 }, page.selector, page.wanted);
  const result = await handle.jsonValue();
  const { profile } = await session.send('Profiler.stop');
  // The profile's clock is the browser's monotonic one, on which the protocol also gives the navigation's start.
  const { metrics } = await session.send('Performance.getMetrics');
  await context.close();
  if (result.errors.length) throw new Error(`${page.path}: miv-error ${result.errors.join(', ')}`);
  const navigationStartUs = metrics.find((m) => m.name === 'NavigationStart').value * 1e6;
  const mark = UNTIL === 'headline' && result.headline !== undefined ? result.headline : result.viewDone;
  const nodes = new Map(profile.nodes.map((n) => [n.id, origin(n.callFrame, server.origin)]));
  const samples = [];
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i];
    const ms = (at - navigationStartUs) / 1000;
    const next = profile.timeDeltas[i + 1] ?? SAMPLING_US;
    const { file, fn } = nodes.get(id);
    if (ms >= 0 && ms <= mark && file !== '(idle)') samples.push([ms, next / 1000, file, fn]);
  });
  return { mark, samples };
}

/** The self time of each key (`by` picks it from a sample) in one load. */
function selfTimes(samples, by) {
  const times = new Map();
  for (const sample of samples) times.set(by(sample), (times.get(by(sample)) ?? 0) + sample[1]);
  return times;
}

/** The keys with the highest median self time over the loads, with that median. */
function medians(loads, by) {
  const perLoad = loads.map((load) => selfTimes(load.samples, by));
  const keys = new Set(perLoad.flatMap((times) => [...times.keys()]));
  return [...keys].map((key) => [key, median(perLoad.map((times) => times.get(key) ?? 0))]).sort((a, b) => b[1] - a[1]);
}

const row = ([key, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${key}`;

function report(name, loads) {
  const total = median(loads.map((load) => load.samples.reduce((sum, s) => sum + s[1], 0)));
  console.log(`\n## ${name}: until ${UNTIL === 'headline' ? 'the headline figures' : 'the charts'} in view`);
  console.log(`${RUNS} loads, CPU slowed ${THROTTLE}×: mark at ${Math.round(median(loads.map((l) => l.mark)))} ms;`);
  console.log(`main-thread work until then ${total.toFixed(1)} ms (medians)\n\nself time by source file:`);
  for (const entry of medians(loads, (s) => s[2]).slice(0, TOP)) console.log(row(entry));
  console.log('\nself time by function:');
  for (const entry of medians(loads, (s) => s[3]).slice(0, TOP)) console.log(row(entry));
  if (!WINDOW_MS) return;
  console.log(`\nthe last load, per ${WINDOW_MS} ms: the three functions with the most self time`);
  const last = loads.at(-1).samples;
  for (let from = 0; from < loads.at(-1).mark; from += WINDOW_MS) {
    const inWindow = last.filter((s) => s[0] >= from && s[0] < from + WINDOW_MS);
    const top = [...selfTimes(inWindow, (s) => s[3])].sort((a, b) => b[1] - a[1]).slice(0, 3);
    if (top.length)
      console.log(`${String(from).padStart(6)}  ${top.map(([fn, ms]) => `${ms.toFixed(1)} ${fn}`).join(' | ')}`);
  }
}

execFileSync('npx', ['rollup', '-c', '--silent'], { stdio: 'inherit' });
await writeWorkload();
const server = await serveStatic();
const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
try {
  for (const name of PAGES) {
    const page = mivPageNamed(name);
    const loads = [];
    for (let run = 0; run < RUNS; run++) loads.push(await profileLoad(browser, server, page));
    report(name, loads);
  }
} finally {
  await browser.close();
  await server.close();
}
