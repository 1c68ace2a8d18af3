/**
 * One Lighthouse run (mobile profile, simulated throttling) in a headless Chromium of its own, for
 * `npm run lighthouse` and for `npm run bench:ab`'s `demo` page.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChrome, CHROME_FLAGS } from './find-chrome.js';

/** Lighthouse's result for `url`, scored in `categories`: `lhr` and the JSON `report` among it. */
export async function runLighthouse(url, categories) {
  const chrome = await chromeLauncher.launch({
    chromePath: findChrome(),
    chromeFlags: ['--headless=new', ...CHROME_FLAGS],
  });
  try {
    return await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
  } finally {
    await chrome.kill();
  }
}
