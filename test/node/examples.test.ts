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
  // Each of the page's waits has TIMEOUT_MS; a page waits a few times, and is checked a second time
  // in a fresh tab when the first check failed: on clean CI machines the 66-indicator page twice
  // stopped getting frames while it scrolled (a scroll step waiting 30 s for its frame), which no
  // rerun here repeated. Its tab is opened in front (`openTab`), the known cure for a headless
  // tab without frames, which still did not spare a Storybook story's tab once; the first check's
  // problems, with the page's visibility, are reported all the same.
  test(`${name} shows its widgets without errors`, { timeout: 6 * TIMEOUT_MS }, async (t) => {
    let { widgets, problems } = await checkExample(site.browser, site.origin, name);
    if (problems.length) {
      t.diagnostic(`first check of ${name}: ${problems.join('; ')}`);
      ({ widgets, problems } = await checkExample(site.browser, site.origin, name));
    }
    assert.deepEqual(problems, []);
    assert.ok(widgets > 0, 'it draws widgets');
  });
