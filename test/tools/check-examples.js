/**
 * Opens every example page in headless Chromium and fails on a console error, an uncaught
 * exception, a failed request, a Content Security Policy violation, or a widget that does not draw
 * its chart. Writes a full-page screenshot of each page to look at.
 *
 *   npm run build:embed && flock /tmp/miv-browser.lock node test/tools/check-examples.js [out-dir]
 */
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_FLAGS } from './find-chrome.js';
import { serve } from './serve.js';

const OUT = process.argv[2] ?? '.bench/examples';
const PAGES = [
  'intranet.html',
  'gemeente-nl-design-system.html',
  'react.html',
  'csp.html',
  'all-indicators.html',
  'iframe.html',
];
const TIMEOUT_MS = 30_000;

/** Listens for CSP violations in every frame before any page script runs. */
function recordViolations() {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI || 'inline'}`),
  );
}

/** Scrolls through the page so that every lazy chart is drawn, then waits for all of them. */
async function drawEverything(frame) {
  await frame.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    scrollTo(0, 0);
  });
  await frame.waitForFunction(
    () =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('miv-'))
        .every((el) => el.shadowRoot?.querySelector('[part~="chart"] svg path')),
    { timeout: TIMEOUT_MS, polling: 200 },
  );
  return frame.evaluate(
    () => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('miv-')).length,
  );
}

/** Page-specific promises, checked after the charts are drawn. */
const EXTRA_CHECKS = {
  async 'react.html'(page) {
    await page.waitForFunction(() => /Grafieken getekend: [1-9]/.test(document.body.innerText), {
      timeout: TIMEOUT_MS,
    });
    await page.select('select', 'GM0748');
    // React changes the attribute; both charts redraw (two more miv-rendered events) for the new gemeente.
    await page.waitForFunction(
      () =>
        document.querySelector('miv-indicator')?.shadowRoot?.textContent?.includes('Bergen op Zoom') &&
        /Grafieken getekend: [4-9]/.test(document.body.innerText),
      { timeout: TIMEOUT_MS },
    );
  },
  async 'iframe.html'(page) {
    const handle = await page.waitForSelector('iframe[data-miv-embed]');
    const frame = await handle.contentFrame();
    const drawn = await drawEverything(frame);
    if (drawn !== 1) throw new Error(`the frame shows ${drawn} widgets instead of 1`);
    // The host script sets the frame to the content's height (the stylesheet's default is 40rem).
    await page.waitForFunction(
      () => {
        const frame = document.querySelector('iframe[data-miv-embed]');
        const inner = frame.contentDocument.documentElement.getBoundingClientRect().height;
        return frame.style.height && Math.abs(frame.getBoundingClientRect().height - inner) <= 1;
      },
      { timeout: TIMEOUT_MS },
    );
    return drawn;
  },
  async 'csp.html'(page) {
    const text = await page.$eval('#csp-report', (el) => el.textContent);
    if (text !== 'CSP-meldingen: 0') throw new Error(`the page reports "${text}"`);
  },
};

const { origin, close } = await serve();
const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
mkdirSync(OUT, { recursive: true });
let failures = 0;
try {
  for (const name of PAGES) {
    const problems = [];
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.evaluateOnNewDocument(recordViolations);
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn')
        problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    let widgets = 0;
    try {
      await page.goto(`${origin}/examples/${name}`, { waitUntil: 'load' });
      widgets = await drawEverything(page.mainFrame());
      widgets += (await EXTRA_CHECKS[name]?.(page)) ?? 0;
    } catch (error) {
      problems.push(error.message);
    }
    for (const frame of page.frames()) {
      const violations = await frame.evaluate(() => window.__cspViolations ?? []).catch(() => []);
      problems.push(...violations.map((v) => `CSP violation in ${frame.url()}: ${v}`));
    }
    await page.screenshot({ path: `${OUT}/${name.replace('.html', '.png')}`, fullPage: true });
    await page.close();
    console.log(`${problems.length ? '✗' : '✓'} ${name}: ${widgets} widgets drawn`);
    for (const problem of problems) console.log(`    ${problem}`);
    failures += problems.length ? 1 : 0;
  }
} finally {
  await browser.close();
  await close();
}
console.log(
  failures ? `${failures} of ${PAGES.length} pages failed` : `all ${PAGES.length} pages ok; screenshots in ${OUT}/`,
);
process.exitCode = failures ? 1 : 0;
