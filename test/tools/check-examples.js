/**
 * Opens every example page in headless Chromium and fails on a console error, an uncaught
 * exception, a failed request, a Content Security Policy violation, or a widget that does not draw
 * its chart (`example-checks.js`; `npm test` runs the same checks in `test/node/examples.test.ts`).
 * Writes a full-page screenshot of each page to look at.
 *
 *   npm run build:embed && flock /tmp/miv-browser.lock node test/tools/check-examples.js [out-dir]
 */
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_FLAGS } from './find-chrome.js';
import { serve } from './serve.js';
import { checkExample, EXAMPLE_PAGES } from './example-checks.js';

const OUT = process.argv[2] ?? '.bench/examples';
const { origin, close } = await serve();
const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
mkdirSync(OUT, { recursive: true });
let failures = 0;
try {
  for (const name of EXAMPLE_PAGES) {
    const screenshot = `${OUT}/${name.replace('.html', '.png')}`;
    const { widgets, problems } = await checkExample(browser, origin, name, { screenshot });
    console.log(`${problems.length ? '✗' : '✓'} ${name}: ${widgets} widgets drawn`);
    for (const problem of problems) console.log(`    ${problem}`);
    failures += problems.length ? 1 : 0;
  }
} finally {
  await browser.close();
  await close();
}
console.log(
  failures
    ? `${failures} of ${EXAMPLE_PAGES.length} pages failed`
    : `all ${EXAMPLE_PAGES.length} pages ok; screenshots in ${OUT}/`,
);
process.exitCode = failures ? 1 : 0;
