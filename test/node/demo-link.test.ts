/**
 * The demo's promise: a link copied after choosing a theme, an indicator, an area and a period
 * reopens that same view for someone else, in a browser context that shares nothing with the
 * first. Builds dist/ first when it is missing or older than the sources (the demo loads the embed
 * script). Starts Chromium: run it under the browser lock like the browser tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedBuild } from './served-build.js';
import type { Page } from 'puppeteer-core';

/** The test's own limit; on a busy 2-core machine it takes well under a third of it. */
const TIMEOUT_MS = 60_000;
const WAIT = { timeout: TIMEOUT_MS / 3, polling: 100 };

/** What a reader sees of the view: the selected tab, the detail's headers, the chosen area and period. */
interface Shown {
  theme: string;
  indicator: string;
  compared: string;
  area: string;
  period: string;
}

/**
 * Read in the page. A string, not a function: tsx names a function's inner helpers with a `__name`
 * call that does not exist in the page.
 */
const SHOWN = `(() => {
  const inside = (selector) => document.querySelector(selector).shadowRoot;
  const words = (el) => el?.textContent?.replace(/\\s+/g, ' ').trim() ?? '';
  const picked = (select) => words(select?.selectedOptions[0]);
  return {
    theme: words(document.querySelector('[role="tab"][aria-selected="true"]')),
    indicator: words(inside('miv-indicator').querySelector('[part="header"]')),
    compared: words(inside('miv-district-compare').querySelector('[part="title"]')),
    area: picked(inside('miv-area-picker').querySelector('select')),
    period: picked(inside('miv-district-compare').querySelector('select[part="period"]')),
  };
})()`;

function shown(page: Page): Promise<Shown> {
  return page.evaluate(SHOWN) as Promise<Shown>;
}

/** Waits until every part of the view is on screen. */
async function ready(page: Page): Promise<Shown> {
  await page.waitForFunction(
    () =>
      ['miv-indicator', 'miv-district-compare', 'miv-area-picker'].every((tag) =>
        document.querySelector(tag)?.shadowRoot?.querySelector('[part="title"], select'),
      ) && document.querySelector('miv-district-compare')!.shadowRoot!.querySelector('select[part="period"]'),
    WAIT,
  );
  return shown(page);
}

const site = servedBuild();

test(
  'a link copied from the demo reopens the same view in a new browser context',
  { timeout: TIMEOUT_MS },
  async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/examples/index.html`);
    const start = await ready(page);

    // A theme, then an indicator of it, an area and a period, each through the page's own controls.
    await page.click('#tab-digitale-veiligheid');
    await page.waitForFunction(() => location.search.includes('thema=digitale-veiligheid'), WAIT);
    const first = await page.$eval('miv-indicator', (el) => el.getAttribute('indicator'));
    await page.evaluate(async () => {
      const theme = document.querySelector('miv-theme')!;
      await theme.updateComplete;
      theme.shadowRoot!.querySelector<HTMLElement>('[part="card"]')!.click();
    });
    await page.waitForFunction(
      (before) => document.querySelector('miv-indicator')!.getAttribute('indicator') !== before,
      WAIT,
      first,
    );
    const picker = (await page.$('miv-area-picker >>> select'))!;
    await picker.select('GM0758');
    await page.waitForFunction(
      () =>
        document
          .querySelector('miv-indicator')!
          .shadowRoot!.querySelector('[part="header"]')
          ?.textContent?.includes('Breda'),
      WAIT,
    );
    const periods = (await page.waitForSelector('miv-district-compare >>> select[part="period"]', WAIT))!;
    const older = await periods.evaluate((select) => (select as HTMLSelectElement).options[1]!.value);
    await periods.select(older);
    const view = await ready(page);
    const link = page.url();

    assert.notDeepEqual(view, start, 'the reader changed the view');
    assert.match(view.area, /Breda/);
    assert.match(link, /[?&]gebied=GM0758(&|$)/);
    assert.match(link, new RegExp(`[?&]periode=${older}(&|$)`));

    const elsewhere = await site.browser.createBrowserContext();
    try {
      const reopened = await elsewhere.newPage();
      await reopened.goto(link);
      assert.deepEqual(await ready(reopened), view);
    } finally {
      await elsewhere.close();
    }

    // And Back steps to the view before the period was chosen.
    await page.goBack();
    await page.waitForFunction((period) => !location.search.includes(`periode=${period}`), WAIT, older);
    assert.notEqual((await ready(page)).period, view.period);
  },
);

test('a gemeente chosen on the demo’s map becomes the page’s area', { timeout: TIMEOUT_MS }, async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.origin}/examples/index.html?indicator=woninginbraak`);
  await ready(page);
  await page.click('#tab-kaart');
  const chart = (await page.waitForSelector('miv-map >>> [part~="chart"][tabindex="0"]', WAIT))!;
  await page.waitForFunction(
    () => document.querySelector('miv-map')!.shadowRoot!.querySelector('[part~="chart"] svg path'),
    WAIT,
  );
  // The map's keyboard walk: the first gemeente, then Enter chooses it, as its hint says.
  await chart.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /[?&]gebied=GM\d{4}(&|$)/.test(location.search), WAIT);
  const chosen = new URL(page.url()).searchParams.get('gebied')!;
  await page.waitForFunction(
    (id) => document.querySelector('miv-area-picker')!.shadowRoot!.querySelector('select')!.value === id,
    WAIT,
    chosen,
  );
  await page.close();
});
