/**
 * Every example page, served from the built `dist/` as a site would host it, shows its widgets
 * without a console error, failed request or CSP violation (`test/tools/example-checks.js`, which
 * `npm run check:examples` runs too, with screenshots). The iframe page loads the built embed page,
 * which the browser tests, running the sources, do not. Builds dist/ first when it is missing or
 * older than the sources. Starts Chromium: run it under the browser lock like the browser tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedBuild } from './served-build.js';
import { checkExample, EXAMPLE_PAGES, TIMEOUT_MS } from '../tools/example-checks.js';

const site = servedBuild();

for (const name of EXAMPLE_PAGES)
  // Each of the page's waits has TIMEOUT_MS; a page waits a few times.
  test(`${name} shows its widgets without errors`, { timeout: 3 * TIMEOUT_MS }, async () => {
    const { widgets, problems } = await checkExample(site.browser, site.origin, name);
    assert.deepEqual(problems, []);
    assert.ok(widgets > 0, 'it draws widgets');
  });
