/**
 * Screenshots of the chart elements on the small fixture feed, compared with the committed
 * baselines in `test/visual/baselines/` (tolerance in `visual-regression.config.js`). A failure
 * leaves the new shot and a diff in `.bench/visual/`. After an intended change of the look:
 * `npm run test:visual:update`, look at every changed PNG, commit them.
 */
import { html, render, type TemplateResult } from 'lit';
import { waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/define.js';
import { NOT_JSON_URL, SMALL_FEED_URL, smallFeed } from '../fixtures/feeds.js';
import { feedUrl } from '../helpers.js';
import { DARK_TOKENS } from '../../stories/support/dark-tokens.js';
import { addThemeStyles, HOST_THEMES, themedPage } from '../fixtures/themes.js';

/** Fixed width and an installed font, so a shot depends on the element and nothing else. */
const FRAME = 'background: #fff; padding: 8px; --miv-font-family: "DejaVu Sans", sans-serif;';

let host: HTMLElement | undefined;

/**
 * Renders `template` in a frame `width` px wide and resolves once the element says `event` (as
 * often as `times`). `frame` replaces the fixed frame for a page that brings its own look.
 */
async function shoot(
  template: TemplateResult,
  width: number,
  event = 'miv-rendered',
  { times = 1, frame = FRAME } = {},
): Promise<HTMLElement> {
  host = document.createElement('div');
  host.style.cssText = `${frame} width: ${width}px`;
  document.body.append(host);
  let seen = 0;
  const done = new Promise((resolve) => host!.addEventListener(event, () => ++seen === times && resolve(undefined)));
  render(template, host);
  await done;
  // ECharts reports `finished` from inside its paint; the next frames put it on screen.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return host;
}

describe('visual regression', () => {
  before(async () => {
    await setViewport({ width: 1000, height: 1400 });
    // No entry animation: the shot is the final drawing, not a frame of it.
    await emulateMedia({ reducedMotion: 'reduce' });
  });

  afterEach(async () => {
    host?.remove();
    host = undefined;
  });

  it('trend with comparisons, a special period and a provisional year', async () => {
    const frame = await shoot(
      html`<miv-indicator src=${SMALL_FEED_URL} indicator="woninginbraak" area="GM0758"></miv-indicator>`,
      640,
    );
    await visualDiff(frame, 'indicator-trend');
  });

  it('a series break as a gap in every line', async () => {
    const feed = await smallFeed();
    feed.indicators.find((i) => i.id === 'woninginbraak')!.breaks = [
      { period: '2019', reason: 'Nieuwe registratiemethode' },
    ];
    const frame = await shoot(
      html`<miv-indicator src=${feedUrl(feed)} indicator="woninginbraak" area="GM0758" compare="land"></miv-indicator>`,
      640,
    );
    await visualDiff(frame, 'indicator-break');
  });

  it('survey values with their margin band', async () => {
    const frame = await shoot(
      html`<miv-indicator src=${SMALL_FEED_URL} indicator="onveilig-eigen-buurt" area="GM0758"></miv-indicator>`,
      640,
    );
    await visualDiff(frame, 'indicator-survey-margins');
  });

  it('national fallback at 320 px', async () => {
    const frame = await shoot(
      html`<miv-indicator
        src=${SMALL_FEED_URL}
        indicator="mensenhandel-seksuele-uitbuiting"
        area="GM0758"
      ></miv-indicator>`,
      320,
    );
    await visualDiff(frame, 'indicator-fallback-320');
  });

  it('six lines, each its own colour, dash and marker', async () => {
    const frame = await shoot(
      html`<miv-indicator
        src=${SMALL_FEED_URL}
        indicator="woninginbraak"
        area="GM0758"
        compare="GM0748 GM0777 GM1674 GM0855 land"
      ></miv-indicator>`,
      640,
    );
    await visualDiff(frame, 'indicator-six-lines');
  });

  it('six lines on a dark host page', async () => {
    const frame = await shoot(
      html`<miv-indicator
        style=${DARK_TOKENS}
        src=${SMALL_FEED_URL}
        indicator="woninginbraak"
        area="GM0758"
        compare="GM0748 GM0777 GM1674 GM0855 land"
      ></miv-indicator>`,
      640,
    );
    await visualDiff(frame, 'indicator-six-lines-dark');
  });

  it('gemeenten compared, with suppressed values', async () => {
    const frame = await shoot(
      html`<miv-district-compare
        src=${SMALL_FEED_URL}
        indicator="woninginbraak"
        level="gemeente"
        within="de-baronie"
        highlight="GM0744"
        period="2025"
      ></miv-district-compare>`,
      640,
    );
    await visualDiff(frame, 'compare-suppressed');
  });

  it('districts compared with survey margins on a dark host page', async () => {
    const frame = await shoot(
      html`<miv-district-compare
        style=${DARK_TOKENS}
        src=${SMALL_FEED_URL}
        indicator="onveilig-eigen-buurt"
        highlight="de-baronie"
        period="2025"
      ></miv-district-compare>`,
      640,
    );
    await visualDiff(frame, 'compare-dark-margins');
  });

  it('map of the gemeenten: classes, a hatched gemeente without a figure, district outlines', async () => {
    const frame = await shoot(
      html`<miv-map src=${SMALL_FEED_URL} indicator="woninginbraak" period="2025"></miv-map>`,
      640,
    );
    await visualDiff(frame, 'map-hatched');
  });

  it('map of a district in dark mode, a gemeente emphasised', async () => {
    const frame = await shoot(
      html`<miv-map
        color-scheme="dark"
        src=${SMALL_FEED_URL}
        indicator="onveilig-eigen-buurt"
        area="GM0758"
      ></miv-map>`,
      640,
    );
    await visualDiff(frame, 'map-dark-district');
  });

  it('an error message', async () => {
    const frame = await shoot(
      html`<miv-indicator src=${NOT_JSON_URL} indicator="woninginbraak" area="GM0758"></miv-indicator>`,
      640,
      'miv-error',
    );
    await visualDiff(frame, 'error-not-json');
  });

  // Each NL Design System theme, and a plain page with its own font: the three elements on the
  // theme's page, in its fonts (those not installed fall back to the machine's) and colours.
  for (const theme of HOST_THEMES) {
    it(`the three elements on a page themed ${theme.name}`, async () => {
      const removeStyles = await addThemeStyles(theme);
      // Tall enough that every chart is near the viewport, and so drawn.
      await setViewport({ width: 1000, height: 3200 });
      try {
        const frame = await shoot(
          themedPage(
            theme,
            html`<miv-indicator
                src=${SMALL_FEED_URL}
                indicator="onveilig-eigen-buurt"
                area="GM0758"
                compare="de-baronie"
              ></miv-indicator>
              <miv-district-compare
                src=${SMALL_FEED_URL}
                indicator="woninginbraak"
                level="gemeente"
                within="de-baronie"
                highlight="GM0758"
                period="2025"
              ></miv-district-compare>
              <miv-theme src=${SMALL_FEED_URL} theme="veilige-buurt-en-omgeving" area="GM0758"></miv-theme>`,
          ),
          640,
          'miv-rendered',
          { times: 2, frame: '' },
        );
        const cards = frame.querySelector('miv-theme')!;
        await waitUntil(() => cards.shadowRoot!.querySelector('[part~="card"]'), 'the theme cards are drawn');
        await visualDiff(frame, `theme-${theme.id}`);
      } finally {
        removeStyles();
        await setViewport({ width: 1000, height: 1400 });
      }
    });
  }
});
