/**
 * What the browser checks of whole pages (`example-checks.js`, `check-storybook.js`) look for on a
 * page while it loads and draws, and how they get every lazy chart drawn.
 */

/**
 * Starts collecting what goes wrong on `page`: uncaught exceptions, console errors (and warnings
 * with `warnings`), failed requests and answers of 400 and up. `expectedStatus(url)` names the
 * answers a page asks for on purpose (a story of a missing feed). Returns the list it fills.
 */
export function watchProblems(page, { warnings = false, expectedStatus = () => false } = {}) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    const type = message.type();
    // The browser's line on a failed resource repeats what the response below tells, or what it allows.
    if ((type === 'error' || (warnings && type === 'warn')) && !message.text().startsWith('Failed to load resource'))
      problems.push(`console ${type}: ${message.text()}`);
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !expectedStatus(response.url()))
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/**
 * Opens a tab of 1280 × 900 in front of the browser's others. Chromium's headless mode gives a tab
 * behind another no frames (puppeteer#10350, which @web/test-runner works around the same way), and
 * a check whose scroll waits for a frame would wait in vain, as the 66-indicator example's scroll
 * twice did on clean CI machines (whether its tab was hidden then was not recorded). A front tab,
 * "visible", once went 20 s without a frame too (a Storybook story on a clean CI machine), so both
 * checks check a failed page once more in a fresh tab.
 */
export async function openTab(browser) {
  const page = await browser.newPage();
  await page.bringToFront();
  await page.setViewport({ width: 1280, height: 900 });
  return page;
}

/**
 * Scrolls `target` (a Puppeteer page or frame) through, half a viewport at a time, so that every lazy
 * chart comes near and draws. Each step waits for the frame after it, where the page's observers see
 * the new position: no longer on an idle page, and no position skipped on a busy one. The deadline
 * `stepMs` holds for each step, not for the whole page: a page that hangs fails at the position it
 * hung at, and a long page (all 66 indicators) gets time by its length, however busy the machine.
 */
export async function scrollThrough(target, stepMs) {
  const step = async (top) => {
    scrollTo(0, top);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    // A frame not given its height yet has no view to move: done, rather than steps that never advance.
    return { next: innerHeight ? top + innerHeight / 2 : Infinity, end: document.documentElement.scrollHeight };
  };
  for (let y = 0, end = 1; y < end;) {
    try {
      ({ next: y, end } = await withDeadline(target.evaluate(step, y), `scrolling to ${Math.round(y)} px`, stepMs));
    } catch (error) {
      // A hidden page gets no frames; a visible one without them has another cause. Whether a frame
      // comes now tells a page that stopped drawing from a step that was only slow.
      const state = await withDeadline(
        target.evaluate(
          () =>
            new Promise((resolve) => {
              requestAnimationFrame(() => resolve(`${document.visibilityState}, a frame came`));
              setTimeout(() => resolve(`${document.visibilityState}, no frame in 1 s`), 1000);
            }),
        ),
        'asking',
        2000,
      ).catch(() => 'not answering');
      throw new Error(`${error.message} (the page: ${state})`);
    }
  }
}

/**
 * Puppeteer's evaluate has no timeout of its own: a page that hangs fails with the step it hung in
 * instead of stopping the check, or running into the test's own timeout without a word.
 */
export function withDeadline(promise, what, ms) {
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
