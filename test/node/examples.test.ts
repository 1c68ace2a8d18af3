/**
 * Every example page, served from the built `dist/` as a site would host it, shows its widgets
 * without a console error, failed request or CSP violation (`test/tools/example-checks.js`, which
 * `npm run check:examples` runs too, with screenshots). The iframe page loads the built embed page,
 * which the browser tests, running the sources, do not. Builds dist/ first when it is missing or
 * older than the sources. Starts Chromium: run it under the browser lock like the browser tests.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findChrome, CHROME_FLAGS } from '../tools/find-chrome.js';
import { serve } from '../tools/serve.js';
import { checkExample, EXAMPLE_PAGES, TIMEOUT_MS } from '../tools/example-checks.js';
import { buildIfStale } from '../package/tarball.js';

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

for (const name of EXAMPLE_PAGES)
  // Each of the page's waits has TIMEOUT_MS; a page waits a few times.
  test(`${name} shows its widgets without errors`, { timeout: 3 * TIMEOUT_MS }, async () => {
    const { widgets, problems } = await checkExample(browser, origin, name);
    assert.deepEqual(problems, []);
    assert.ok(widgets > 0, 'it draws widgets');
  });
