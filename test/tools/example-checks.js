/**
 * What `check-examples.js` and `test/node/examples.test.ts` check on every example page, served from
 * the built `dist/`: no console error or warning, uncaught exception, failed request or Content
 * Security Policy violation, and every widget draws its chart (the iframe's in its frame, which
 * the host script makes as high as its content).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openTab, scrollThrough, watchProblems, withDeadline } from './page-problems.js';

export const EXAMPLE_PAGES = [
  'intranet.html',
  'gemeente-nl-design-system.html',
  'react.html',
  'csp.html',
  'all-indicators.html',
  'iframe.html',
];
export const TIMEOUT_MS = 30_000;

/** Listens for CSP violations, and notes the painted charts, in every frame before any page script runs. */
function recordPageEvents() {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI || 'inline'}`),
  );
  window.__painted = new WeakSet();
  document.addEventListener('miv-rendered', (e) => window.__painted.add(e.target));
}

/**
 * Scrolls through the page so that every lazy chart is drawn, then brings each chart still blank into
 * view until it is drawn, as a reader would: on a cold start a widget whose code was still loading
 * while the scroll went past was never near, and stays undrawn until it is.
 */
async function drawEverything(frame) {
  // A page that renders with a script (React) may add its widgets after the load event; without this
  // wait, a page with no widget yet would pass as one whose widgets were all drawn.
  await frame.waitForFunction(() => [...document.querySelectorAll('*')].some((el) => el.localName.startsWith('miv-')), {
    timeout: TIMEOUT_MS,
    polling: 100,
  });
  await scrollThrough(frame, TIMEOUT_MS);
  await frame
    .waitForFunction(
      () => {
        const blank = [...document.querySelectorAll('*')].filter(
          (el) => el.localName.startsWith('miv-') && !el.shadowRoot?.querySelector('[part~="chart"] svg path'),
        );
        blank[0]?.scrollIntoView({ block: 'center' });
        return blank.length === 0;
      },
      { timeout: TIMEOUT_MS, polling: 200 },
    )
    .catch(async (error) => {
      throw new Error(`not every chart drawn (${error.message}): ${await frame.evaluate(widgetStates)}`);
    });
  return withDeadline(
    frame.evaluate(() => {
      scrollTo(0, 0);
      return [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('miv-')).length;
    }),
    'counting the widgets',
    TIMEOUT_MS,
  );
}

/**
 * What each widget of the document shows, for a wait that timed out: whether its chart has an svg,
 * paths and a `miv-rendered` event, and the start of its text.
 */
function widgetStates() {
  return [...document.querySelectorAll('*')]
    .filter((el) => el.localName.startsWith('miv-'))
    .map((el) => {
      const chart = el.shadowRoot?.querySelector('[part~="chart"]');
      const svg = chart?.querySelector('svg');
      const box = chart?.getBoundingClientRect();
      const text = (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
      return [
        `${el.localName}[${el.getAttribute('indicator') ?? ''}]`,
        chart
          ? `chart ${Math.round(box.width)}×${Math.round(box.height)} at ${Math.round(box.top + scrollY)}`
          : 'no chart',
        svg ? `svg with ${svg.querySelectorAll('path').length} paths` : 'no svg',
        window.__painted?.has(el) ? 'painted' : 'not painted',
        `"${text}"`,
      ].join(', ');
    })
    .join('; ');
}

/** Draws the widgets of the page's own document and returns how many. */
const drawPage = (page) => drawEverything(page.mainFrame());

/**
 * Points at the middle of the chart of the page's first `tag`, waits for its tooltip and returns the
 * sizes of the tooltip and of its mark (`.pointer`, if the chart type marks what it tells of).
 */
async function pointAtChart(page, tag) {
  // A chart follows the pointer once painted: its svg is there before the first paint's animation ends.
  await page
    .waitForFunction((tag) => window.__painted.has(document.querySelector(tag)), { timeout: TIMEOUT_MS }, tag)
    .catch(async (error) => {
      throw new Error(`${tag}: never painted (${error.message}): ${await page.evaluate(widgetStates)}`);
    });
  const chart = await page.evaluateHandle((tag) => {
    const svg = document.querySelector(tag).shadowRoot.querySelector('[part~="chart"] svg');
    svg.scrollIntoView({ block: 'center' });
    return svg;
  }, tag);
  const box = await chart.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const sizes = await page
    .waitForFunction(
      (tag) => {
        const root = document.querySelector(tag).shadowRoot;
        const tooltip = root.querySelector('[part="tooltip"]');
        if (!tooltip) return undefined;
        const mark = root.querySelector('.pointer');
        return {
          tooltip: { width: tooltip.offsetWidth, height: tooltip.offsetHeight },
          mark: mark && { width: mark.offsetWidth, height: mark.offsetHeight },
        };
      },
      { timeout: TIMEOUT_MS, polling: 'raf' },
      tag,
    )
    .catch((error) => {
      throw new Error(`${tag}: no tooltip where the pointer rests (${error.message})`);
    });
  return sizes.jsonValue();
}

const size = (box) => (box ? `${box.width} × ${box.height} px` : 'missing');

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Clicks the download button for `format` of the page's first `tag`, lets the browser save the file
 * into a folder of its own, and returns its bytes.
 */
async function downloaded(page, tag, format) {
  const folder = await mkdtemp(path.join(tmpdir(), 'miv-download-'));
  const browser = await page.browser().target().createCDPSession();
  try {
    await browser.send('Browser.setDownloadBehavior', {
      behavior: 'allowAndName',
      downloadPath: folder,
      eventsEnabled: true,
    });
    let timer;
    const saved = new Promise((resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`${tag}: no ${format} file saved`)), TIMEOUT_MS);
      browser.on('Browser.downloadProgress', ({ guid, state }) => {
        if (state === 'completed') resolve(guid);
        if (state === 'canceled') reject(new Error(`${tag}: the ${format} download was cancelled`));
      });
    });
    await page.evaluate(
      (tag, format) =>
        document
          .querySelector(tag)
          .shadowRoot.querySelector(`[part="downloads"] button[data-format="${format}"]`)
          .click(),
      tag,
      format,
    );
    const guid = await saved.finally(() => clearTimeout(timer));
    return await readFile(path.join(folder, guid));
  } finally {
    await browser.send('Browser.setDownloadBehavior', { behavior: 'default' });
    await browser.detach();
    await rm(folder, { recursive: true, force: true });
  }
}

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
    // A chart's first hover renders its tooltip and the mark of what it tells of, placed by inline
    // styles that the policy must not refuse: the period's line has a height, the bar's row a width.
    const marks = { 'miv-indicator': 'height', 'miv-district-compare': 'width', 'miv-map': null };
    for (const [tag, side] of Object.entries(marks)) {
      const { tooltip, mark } = await pointAtChart(page, tag);
      if (!(tooltip.width > 0 && tooltip.height > 0)) throw new Error(`${tag}: its tooltip is ${size(tooltip)}`);
      if (side && !(mark?.[side] > 0))
        throw new Error(`${tag}: the mark of what its tooltip tells of is ${size(mark)}`);
    }
    // Off the charts again: the screenshot of `npm run check:examples` shows them without a tooltip.
    await page.mouse.move(0, 0);
    // Each chart saved as a PNG and an SVG file, whole, and without a violation: the image is neither
    // a data: nor a blob: URL, nor ECharts' SVG text parsed again.
    for (const tag of Object.keys(marks)) {
      const png = await downloaded(page, tag, 'png');
      if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error(`${tag}: the PNG file is no PNG`);
      const svg = (await downloaded(page, tag, 'svg')).toString('utf8');
      if (!/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>.*<svg [^>]*>.+<\/svg>.*<\/svg>$/s.test(svg))
        throw new Error(`${tag}: the SVG file is no SVG with the chart in it`);
    }
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
  const page = await openTab(browser);
  await page.evaluateOnNewDocument(recordPageEvents);
  const problems = watchProblems(page, { warnings: true });
  let widgets = 0;
  try {
    await page.goto(`${origin}/examples/${name}`, { waitUntil: 'load' });
    widgets = await (PAGE_CHECKS[name] ?? drawPage)(page);
  } catch (error) {
    problems.push(error.message);
  }
  // With deadlines of their own: a page that hangs fails with what hung and why, within the test's
  // time, instead of running into the test's time-out without a word.
  try {
    for (const frame of page.frames()) {
      const violations = await withDeadline(
        frame.evaluate(() => window.__cspViolations ?? []).catch(() => []),
        `reading the CSP violations of ${frame.url()}`,
        TIMEOUT_MS / 3,
      );
      problems.push(...violations.map((v) => `CSP violation in ${frame.url()}: ${v}`));
    }
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
  } catch (error) {
    problems.push(error.message);
  }
  await withDeadline(page.close(), 'closing the page', TIMEOUT_MS / 3).catch((error) => problems.push(error.message));
  return { widgets, problems };
}
