/**
 * What the benchmark scripts (`bench.js`, `bench-ab.js`, `bench-map.js`, `bench-feed.js`) share:
 * medians, gzip sizes, Markdown tables, a fresh browser context per measurement (cold cache, one
 * viewport, the page instrumented before it loads) and a static file server.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';

export const VIEWPORT = { width: 1280, height: 900 };

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Median, least and most of `values`. */
export const stat = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });

/** A median in milliseconds with its spread in brackets: `310 ms (253–345)`. */
export const ms = (s) => `${Math.round(s.median)} ms (${Math.round(s.min)}–${Math.round(s.max)})`;

export const gzipSize = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

/** A Markdown table of `header` and `rows` (arrays of strings), its columns padded to line up. */
export function markdownTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/**
 * A tab in a context of its own, with `instrument` run in every document before its scripts, and
 * animation off (`prefers-reduced-motion: reduce`): a chart is measured until it is drawn, not until
 * its lines have grown in.
 */
export async function freshPage(browser, instrument) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport(VIEWPORT);
  await tab.setCacheEnabled(false);
  await tab.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await tab.evaluateOnNewDocument(instrument);
  return { tab, context };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Serves the repository's files as they are, from memory after the first read, as a static host
 * would: unlike the dev server, which looks into every script it serves, it adds no work of its own
 * that would vary from request to request and blur the libraries' differences.
 */
export async function serveStatic() {
  const files = new Map();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname).slice(1);
    try {
      if (path.split('/').includes('..')) throw new Error('outside the repository');
      if (!files.has(path)) files.set(path, await readFile(path));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      response.end(files.get(path));
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
