/**
 * The chart engine as the browser builds ship it, without the parts of ECharts these charts never
 * use (`ECHARTS_STUBS` in rollup.config.js): the browser tests run ECharts whole, so what a stub
 * takes away is checked here, on the built demo. Starts Chromium: run it under the browser lock.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedBuild } from './served-build.js';

/** The test's own limit; on a busy 2-core machine it takes well under a third of it. */
const TIMEOUT_MS = 60_000;

const site = servedBuild();

test(
  'the map hatches the gemeenten without a figure: its regions draw their own pattern, without the series decal step',
  { timeout: TIMEOUT_MS },
  async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/examples/index.html?indicator=woninginbraak&gebied=zeeland-west-brabant`);
    await page.waitForSelector('#tab-kaart', { timeout: TIMEOUT_MS / 3 });
    await page.click('#tab-kaart');
    await page.waitForFunction(
      () => document.querySelector('miv-map')?.shadowRoot?.querySelector('[part~="chart"] svg path'),
      { timeout: TIMEOUT_MS / 3, polling: 100 },
    );
    // A string: the page's own code, not compiled by tsx (see demo-link.test.ts).
    const drawn = (await page.evaluate(`(() => {
      const root = document.querySelector('miv-map').shadowRoot;
      const svg = root.querySelector('[part~="chart"] svg');
      const hatched = [...svg.querySelectorAll('path')]
        .filter((p) => !p.closest('defs, pattern') && /^url\\(#/.test(p.getAttribute('fill') ?? ''))
        .map((p) => svg.querySelector(p.getAttribute('fill').slice(4, -1)));
      return {
        hatched: hatched.length,
        drawnPatterns: hatched.filter((pattern) => pattern?.querySelector('path, rect, line')).length,
        without: root.querySelector('[part="summary"]').textContent,
      };
    })()`)) as { hatched: number; drawnPatterns: number; without: string };
    assert.match(drawn.without, /2 gemeenten zonder cijfer: Kapelle en Noord-Beveland \(x geheim\)/);
    assert.equal(drawn.hatched, 2);
    assert.equal(drawn.drawnPatterns, 2);
    await page.close();
  },
);
