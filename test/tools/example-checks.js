/**
 * What `check-examples.js` and `test/node/examples.test.ts` check on every example page, served from
 * the built `dist/`: no console error or warning, uncaught exception, failed request or Content
 * Security Policy violation, and every widget draws its chart (the iframe's in its frame, which
 * the host script makes as high as its content).
 */
import { scrollThrough, watchProblems } from './page-problems.js';

export const EXAMPLE_PAGES = [
  'intranet.html',
  'gemeente-nl-design-system.html',
  'react.html',
  'csp.html',
  'all-indicators.html',
  'iframe.html',
];
export const TIMEOUT_MS = 30_000;

/** Listens for CSP violations in every frame before any page script runs. */
function recordViolations() {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI || 'inline'}`),
  );
}

/** Scrolls through the page so that every lazy chart is drawn, then waits for all of them. */
async function drawEverything(frame) {
  // A page that renders with a script (React) may add its widgets after the load event; without this
  // wait, a page with no widget yet would pass as one whose widgets were all drawn.
  await frame.waitForFunction(() => [...document.querySelectorAll('*')].some((el) => el.localName.startsWith('miv-')), {
    timeout: TIMEOUT_MS,
    polling: 100,
  });
  await frame.evaluate(scrollThrough);
  await frame.evaluate(() => scrollTo(0, 0));
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

/** Draws the widgets of the page's own document and returns how many. */
const drawPage = (page) => drawEverything(page.mainFrame());

/**
 * How a page is drawn and what else it promises, where it is more than `drawPage`; each returns the
 * number of widgets drawn.
 */
const PAGE_CHECKS = {
  async 'react.html'(page) {
    const drawn = await drawPage(page);
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
    return drawn;
  },
  // The widget is in the frame; the host page has none of its own.
  async 'iframe.html'(page) {
    const handle = await page.waitForSelector('iframe[data-miv-embed]');
    const frame = await handle.contentFrame();
    const drawn = await drawEverything(frame);
    if (drawn !== 1) throw new Error(`the frame shows ${drawn} widgets instead of 1`);
    // The framed page has no font of the host's to give the widget: not the browser's serif default.
    const font = await frame.$eval('miv-indicator', (el) => getComputedStyle(el).fontFamily);
    if (!/system-ui|sans-serif/.test(font)) throw new Error(`the widget in the frame is set in ${font}`);
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
    const drawn = await drawPage(page);
    const text = await page.$eval('#csp-report', (el) => el.textContent);
    if (text !== 'CSP-meldingen: 0') throw new Error(`the page reports "${text}"`);
    return drawn;
  },
};

/**
 * Opens `examples/<name>` at 1280 × 900, draws every widget and returns how many it drew and the
 * problems seen; with `screenshot`, writes a full-page screenshot there.
 */
export async function checkExample(browser, origin, name, { screenshot } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.evaluateOnNewDocument(recordViolations);
  const problems = watchProblems(page, { warnings: true });
  let widgets = 0;
  try {
    await page.goto(`${origin}/examples/${name}`, { waitUntil: 'load' });
    widgets = await (PAGE_CHECKS[name] ?? drawPage)(page);
  } catch (error) {
    problems.push(error.message);
  }
  for (const frame of page.frames()) {
    const violations = await frame.evaluate(() => window.__cspViolations ?? []).catch(() => []);
    problems.push(...violations.map((v) => `CSP violation in ${frame.url()}: ${v}`));
  }
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
  await page.close();
  return { widgets, problems };
}
