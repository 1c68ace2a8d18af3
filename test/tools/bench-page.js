/**
 * What the benchmark scripts (`bench.js`, `bench-map.js`) share: medians, gzip sizes, and a fresh
 * browser context per measurement (cold cache, one viewport, the page instrumented before it loads).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const VIEWPORT = { width: 1280, height: 900 };

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export const gzipSize = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

/** A tab in a context of its own, with `instrument` run in every document before its scripts. */
export async function freshPage(browser, instrument) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport(VIEWPORT);
  await tab.setCacheEnabled(false);
  await tab.evaluateOnNewDocument(instrument);
  return { tab, context };
}
