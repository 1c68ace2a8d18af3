/**
 * For the Node tests that open the built site in Chromium: before the file's tests, dist/ is built
 * (when missing or older than the sources), served, and Chromium started; after them, both stop.
 * Run such tests under the browser lock like the browser tests.
 */
import { after, before } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findChrome, CHROME_FLAGS } from '../tools/find-chrome.js';
import { serve } from '../tools/serve.js';
import { buildIfStale } from '../package/tarball.js';

export interface ServedBuild {
  browser: Browser;
  /** Where the repository is served: `${origin}/examples/…`, `${origin}/dist/…`. */
  origin: string;
}

/** Registers the hooks; the object's fields are set once the file's tests start. */
export function servedBuild(): ServedBuild {
  const site = {} as ServedBuild;
  let close: (() => Promise<void>) | undefined;
  before(async () => {
    buildIfStale();
    ({ origin: site.origin, close } = await serve());
    site.browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
  });
  after(async () => {
    await site.browser?.close();
    await close?.();
  });
  return site;
}
