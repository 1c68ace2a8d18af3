/**
 * One Lighthouse run (mobile profile, simulated throttling) in a headless Chromium of its own, for
 * `npm run lighthouse` and for `npm run bench:ab`'s `demo` page.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChrome, CHROME_FLAGS } from './find-chrome.js';

/** Lighthouse's result (`lhr`) and its JSON report for `url`, scored in `categories`. */
export async function runLighthouse(url, categories) {
  const chrome = await chromeLauncher.launch({
    chromePath: findChrome(),
    chromeFlags: ['--headless=new', ...CHROME_FLAGS],
  });
  try {
    const { lhr, report } = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
    });
    return { lhr, report };
  } finally {
    await chrome.kill();
  }
}
