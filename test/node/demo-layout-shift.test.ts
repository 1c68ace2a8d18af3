/**
 * The demo page does not move while it loads: no layout shift from the first paint until every
 * element shows its content, on a phone and on two desktop screens. A shift's sources are named in
 * the failure. Builds dist/ first when it is missing or older than the sources. Starts Chromium:
 * run it under the browser lock like the browser tests.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findChrome, CHROME_FLAGS } from '../tools/find-chrome.js';
import { serve } from '../tools/serve.js';
import { buildIfStale } from '../package/tarball.js';

/** The test's own limit; on a busy 2-core machine it takes well under a third of it. */
const TIMEOUT_MS = 60_000;

const SCREENS = [
  { name: 'phone', width: 412, height: 823 },
  { name: 'desktop', width: 1350, height: 940 },
  { name: 'small desktop', width: 1024, height: 768 },
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

/** Every data element of the demo shows its content: none is undefined or loading. */
const ALL_IN = `[...document.querySelectorAll('miv-area-picker, miv-theme, miv-indicator, miv-district-compare, miv-highlights')]
  .every((el) => el.matches(':defined') && !el.matches(':state(loading)'))`;

let browser: Browser;
let origin: string;
let close: () => Promise<void>;

before(async () => {
  buildIfStale();
  ({ origin, close } = await serve());
  browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
});

after(async () => {
  await browser?.close();
  await close?.();
});

for (const screen of SCREENS) {
  test(
    `the demo page does not move while it loads (${screen.name}, ${screen.width} × ${screen.height})`,
    {
      timeout: TIMEOUT_MS,
    },
    async () => {
      const context = await browser.createBrowserContext();
      try {
        const page = await context.newPage();
        await page.setViewport({ width: screen.width, height: screen.height });
        await page.evaluateOnNewDocument(RECORD_SHIFTS);
        await page.goto(`${origin}/examples/index.html`);
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
}
