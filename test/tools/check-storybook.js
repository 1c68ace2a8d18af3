/**
 * Opens every story of the built Storybook (`storybook-static/`, from `npm run build-storybook`) in
 * headless Chromium, as a reviewer would, and fails on an uncaught exception, a console error, a
 * failed request or a chart element that stays blank: every `<miv-indicator>`,
 * `<miv-district-compare>` and `<miv-map>` must end with a drawing (an SVG with shapes in it), an
 * error message or a no-data status (`page-problems.js` holds what it shares with the example checks).
 * Storybook builds with Vite, not with the library's rollup build, so this is where a difference
 * between the two shows. Of the indicator gallery, whose stories all show the same card, it opens
 * the first story of each theme, unless `--all`; a story takes about 2 s, mostly Storybook's own
 * start. `.ci/run` runs it after building Storybook.
 *
 *   npm run build-storybook && flock /tmp/miv-browser.lock npm run check:storybook -- [--all] [filter]
 */
import { readFileSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_FLAGS } from './find-chrome.js';
import { openTab, scrollThrough, watchProblems, withDeadline } from './page-problems.js';

const ROOT = 'storybook-static';
const TIMEOUT_MS = 20_000;
const all = process.argv.includes('--all');
const filter = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? '';

const galleryThemes = new Set();
const stories = Object.values(JSON.parse(readFileSync(`${ROOT}/index.json`, 'utf8')).entries).filter((entry) => {
  if (entry.type !== 'story' || !entry.id.includes(filter)) return false;
  if (all || !entry.id.startsWith('indicator-gallery-')) return true;
  const first = !galleryThemes.has(entry.title);
  galleryThemes.add(entry.title);
  return first;
});

/** In the page: waits until every chart element has settled (after `scrollThrough`), and names those that did not. */
async function settle() {
  const charts = () =>
    [...document.querySelectorAll('miv-indicator, miv-district-compare, miv-map')].map((el) => el.shadowRoot);
  const settled = (root) =>
    root?.querySelector('[part~="chart"] svg path, .status.error, .status.no-data') &&
    !root.querySelector('.status.loading');
  // Beyond an element's own time-out (15 s): the story of a feed that never answers shows its error first.
  const deadline = performance.now() + 17_000;
  while (!charts().every(settled) && performance.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 200));
  return charts()
    .map((root, i) => (settled(root) ? '' : `${root?.host.localName ?? 'an element'} #${i + 1} stays blank`))
    .filter(Boolean);
}

const server = await startDevServer({
  config: { rootDir: ROOT, port: 0, hostname: '127.0.0.1' },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port } = server.server.address();
const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
let failures = 0;

/** Opens one story in a fresh tab, draws every lazy chart and returns what went wrong. */
async function checkStory(story) {
  const page = await openTab(browser);
  // The stories of a missing feed ask for one on purpose; the browser's own favicon request is no story's.
  const problems = watchProblems(page, {
    expectedStatus: (url) => new URL(url).pathname === '/favicon.ico' || /not-found|error/.test(story.id),
  });
  try {
    await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${story.id}&viewMode=story`, {
      waitUntil: 'load',
      timeout: TIMEOUT_MS,
    });
    await page.waitForSelector('#storybook-root > *, #storybook-docs > *', { timeout: TIMEOUT_MS });
    await scrollThrough(page, TIMEOUT_MS);
    problems.push(...(await withDeadline(page.evaluate(settle), 'settling', TIMEOUT_MS)));
  } catch (error) {
    problems.push(error.message);
  }
  await withDeadline(page.close(), 'closing the page', TIMEOUT_MS).catch((error) => problems.push(error.message));
  return problems;
}

try {
  for (const story of stories) {
    const started = performance.now();
    let problems = await checkStory(story);
    // A story that failed is checked once more in a fresh tab, as the example pages are
    // (test/node/examples.test.ts): a clean CI machine once gave a story's front tab no frame for
    // 20 s while it scrolled. The first check's problems are printed all the same.
    if (problems.length) {
      for (const problem of problems) console.log(`  first check of ${story.id}: ${problem}`);
      problems = await checkStory(story);
    }
    console.log(`${problems.length ? '✗' : '✓'} ${story.id} (${Math.round(performance.now() - started)} ms)`);
    for (const problem of problems) console.log(`    ${problem}`);
    failures += problems.length ? 1 : 0;
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(failures ? `${failures} of ${stories.length} stories failed` : `all ${stories.length} stories ok`);
process.exitCode = failures ? 1 : 0;
