/**
 * The built embed script fetches the chart engine and ECharts' core it imports with module preloads as
 * soon as a chart widget is near the viewport, and the first drawing runs those same files: the page
 * asks for each once.
 * Builds dist/ first when it is missing or older than the sources. Starts Chromium: run it under the
 * browser lock like the browser tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedBuild } from './served-build.js';

/** The test's own limit; on a busy 2-core machine it takes well under a third of it. */
const TIMEOUT_MS = 60_000;

/** Records, in the page, the module preloads added to its head. A string: see demo-link.test.ts. */
const RECORD_PRELOADS = `(() => {
  window.__preloads = [];
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (node.localName === 'link' && node.rel === 'modulepreload') window.__preloads.push(node.href);
  }).observe(document, { childList: true, subtree: true });
})()`;

const site = servedBuild();

/**
 * Opens `path`, brings the first `tag` into view and waits for its chart; the module preloads the page
 * added and every file it requested, by path.
 */
async function drawn(path: string, tag: string) {
  const page = await site.browser.newPage();
  await page.evaluateOnNewDocument(RECORD_PRELOADS);
  await page.goto(`${site.origin}${path}`);
  const wait = { timeout: TIMEOUT_MS / 3, polling: 100 };
  await page.waitForFunction((tag) => document.querySelector(tag), wait, tag);
  await page.evaluate((tag) => document.querySelector(tag)!.scrollIntoView(), tag);
  await page.waitForFunction(
    (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part~="chart"] svg path'),
    wait,
    tag,
  );
  const loaded = (await page.evaluate(`({
    preloads: window.__preloads.map((url) => new URL(url).pathname),
    requested: performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname),
  })`)) as { preloads: string[]; requested: string[] };
  await page.close();
  return loaded;
}

/** The paths among `paths` of the chunk named `name`. */
const chunk = (paths: string[], name: string) =>
  paths.filter((p) => new RegExp(`/chunks/${name}-[\\w-]+\\.js$`).test(p));

test(
  'the page asks once for the chart engine and once for its core, by the preloads its first drawing runs',
  { timeout: TIMEOUT_MS },
  async () => {
    const { preloads, requested } = await drawn('/examples/gemeente-nl-design-system.html', 'miv-indicator');
    const engine = chunk(requested, 'echarts');
    const core = chunk(requested, 'echarts-core');
    assert.equal(core.length, 1, `one request for the core: ${core.join(', ')}`);
    assert.equal(engine.length, 2, `one request for the engine besides: ${engine.join(', ')}`);
    assert.deepEqual(preloads, engine);
  },
);

test(
  'a chart engine that fails to load leaves no preload behind, and the widget says so and keeps its figures',
  { timeout: TIMEOUT_MS },
  async () => {
    const page = await site.browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) =>
      /\/chunks\/echarts-[\w-]+\.js$/.test(request.url()) ? request.abort() : request.continue(),
    );
    await page.goto(`${site.origin}/examples/gemeente-nl-design-system.html`);
    const failed = await page.waitForFunction(
      () => document.querySelector('miv-indicator')?.shadowRoot?.querySelector('.chart-failed')?.textContent,
      { timeout: TIMEOUT_MS / 3, polling: 100 },
    );
    assert.equal(await failed.jsonValue(), 'De grafiek kon niet worden getekend; de cijfers staan in de tabel.');
    const { links, headline } = (await page.evaluate(`({
      links: document.head.querySelectorAll('link[rel="modulepreload"]').length,
      headline: document.querySelector('miv-indicator').shadowRoot.querySelector('[part~="headline"]')?.textContent,
    })`)) as { links: number; headline: string | undefined };
    assert.equal(links, 0);
    assert.match(headline ?? '', /1,5\*/);
    await page.close();
  },
);
