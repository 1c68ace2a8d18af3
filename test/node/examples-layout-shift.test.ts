/**
 * The example pages do not move while they load: no layout shift from the first paint until every
 * element in view shows its content, on a phone and on desktop screens. A shift's sources are named
 * in the failure. Builds dist/ first when it is missing or older than the sources. Starts Chromium:
 * run it under the browser lock like the browser tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedBuild } from './served-build.js';

/** The test's own limit; on a busy 2-core machine it takes well under a third of it. */
const TIMEOUT_MS = 60_000;

const PHONE = { name: 'phone', width: 412, height: 823 };
const DESKTOP = { name: 'desktop', width: 1350, height: 940 };
/** Where the demo's toolbar wraps: the picker's width decides whether the text beside it does. */
const SMALL_DESKTOP = { name: 'small desktop', width: 1024, height: 768 };

const PAGES = [
  { page: 'index.html', screens: [PHONE, DESKTOP, SMALL_DESKTOP] },
  { page: 'all-indicators.html', screens: [PHONE, DESKTOP] },
  { page: 'intranet.html', screens: [PHONE, DESKTOP] },
  { page: 'gemeente-nl-design-system.html', screens: [PHONE, DESKTOP] },
];

/**
 * Records every layout shift with its sources, from before the page's first script. A string, not a
 * function: tsx names a function's inner helpers with a `__name` call that does not exist in the page.
 */
const RECORD_SHIFTS = `(() => {
  window.__shifts = [];
  const name = (node) => !node ? '?' : node.nodeType === 1 ? node.tagName.toLowerCase() + (node.id ? '#' + node.id : '') + (node.className ? '.' + node.className : '') : node.nodeName;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.__shifts.push({
        value: entry.value,
        sources: entry.sources.map((s) => name(s.node) + ' y ' + Math.round(s.previousRect.y) + '→' + Math.round(s.currentRect.y)),
      });
  }).observe({ type: 'layout-shift', buffered: true });
})()`;

/** Every element in view shows its content: none is undefined or loading. */
const ALL_IN = `[...document.querySelectorAll('*')]
  .filter((el) => el.localName.startsWith('miv-') && el.localName !== 'miv-feed')
  .filter((el) => { const box = el.getBoundingClientRect(); return box.bottom > 0 && box.top < innerHeight; })
  .every((el) => el.matches(':defined') && !el.matches(':state(loading)'))`;

const site = servedBuild();

for (const { page: file, screens } of PAGES)
  for (const screen of screens)
    test(
      `${file} does not move while it loads (${screen.name}, ${screen.width} × ${screen.height})`,
      {
        timeout: TIMEOUT_MS,
      },
      async () => {
        const context = await site.browser.createBrowserContext();
        try {
          const page = await context.newPage();
          await page.setViewport({ width: screen.width, height: screen.height });
          await page.evaluateOnNewDocument(RECORD_SHIFTS);
          await page.goto(`${site.origin}/examples/${file}`);
          await page.waitForFunction(ALL_IN, { timeout: TIMEOUT_MS / 3, polling: 'raf' });
          // Two frames more: a shift is reported for the frame that shows it.
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
          const shifts = (await page.evaluate('window.__shifts')) as { value: number; sources: string[] }[];
          // Above a thousandth: text that settles by a fraction of a pixel reports a shift of about 0,00001.
          const moved = shifts.filter((s) => s.value > 0.001);
          assert.deepEqual(
            moved.map((s) => `${s.value.toFixed(3)}: ${s.sources.join(', ')}`),
            [],
            'layout shifts while the page loads',
          );
        } finally {
          await context.close();
        }
      },
    );
