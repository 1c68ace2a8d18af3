/**
 * Tokens reach the chart: NL Design System pickup, component over global tokens, the colour scheme,
 * forced colours, and changes at run time without a reload. Plus the contrast of the defaults.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { MivIndicator } from '../../src/components/miv-indicator/miv-indicator.js';
import { resolveChartTokens } from '../../src/tokens/resolve.js';
import { checkContrast } from '../../src/tokens/contrast.js';
import { tokenValues } from '../../src/tokens/tokens.js';
import { SMALL_FEED_URL } from '../fixtures/feeds.js';

interface Drawn {
  getOption(): { series: { name: string; color?: string }[] };
}
const chartOf = (el: MivIndicator) => (el as unknown as { chart: { instance: Drawn } }).chart.instance;
const mainColour = (el: MivIndicator) =>
  chartOf(el)
    .getOption()
    .series.find((s) => !s.name.startsWith('band-'))!.color;
const legendStroke = (el: MivIndicator) => el.shadowRoot!.querySelector('[part="legend"] line')!.getAttribute('stroke');
/** What the browser makes of a CSS colour, e.g. a system colour under forced colours. */
function computed(colour: string): string {
  const probe = document.createElement('span');
  probe.style.cssText = `color: ${colour}; forced-color-adjust: none`;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

async function indicator(wrapperStyle = '', attributes = ''): Promise<MivIndicator> {
  const page = await fixture<HTMLElement>(html`<div style=${wrapperStyle}></div>`);
  const el = document.createElement('miv-indicator');
  // Attributes before the element is on the page: it starts as it is meant to be.
  for (const pair of `src=${SMALL_FEED_URL} indicator=woninginbraak area=GM0748 compare=land ${attributes}`
    .split(' ')
    .filter(Boolean))
    el.setAttribute(...(pair.split('=') as [string, string]));
  page.append(el);
  await oneEvent(el, 'miv-rendered');
  return el;
}

describe('theme tokens', () => {
  before(() => setViewport({ width: 1000, height: 900 }));
  afterEach(async () => {
    // Back to the test browser's defaults (it starts with reduced motion: see web-test-runner.config.js).
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await executeServerCommand('emulate-forced-colors', { active: false });
  });

  it('meets WCAG contrast with the default light and dark tokens, and flags a faint one', () => {
    for (const scheme of ['light', 'dark'] as const)
      expect(checkContrast(tokenValues(scheme)).filter((r) => !r.ok)).to.deep.equal([]);
    const faint = checkContrast({ ...tokenValues('light'), '--miv-color-series-2': '#f0e442' });
    const flagged = faint.filter((r) => !r.ok);
    expect(flagged.map((r) => r.token)).to.deep.equal(['--miv-color-series-2']);
    expect(flagged[0]!.ratio).to.be.below(3);
  });

  it('picks up NL Design System tokens of the page, and lets --miv-* and component tokens win', async () => {
    const el = await indicator(
      '--utrecht-document-color: rgb(1, 2, 3); --utrecht-document-font-family: Georgia, serif; ' +
        '--utrecht-link-color: rgb(4, 5, 6); --utrecht-focus-outline-color: rgb(7, 8, 9)',
    );
    const theme = resolveChartTokens(el);
    expect([theme.text, theme.fontFamily]).to.deep.equal(['rgb(1, 2, 3)', 'Georgia, serif']);
    const button = el.shadowRoot!.querySelector('button')!;
    expect(getComputedStyle(button).color, 'links and buttons').to.equal('rgb(4, 5, 6)');
    el.style.setProperty('--miv-color-text', 'rgb(10, 11, 12)');
    el.style.setProperty('--miv-color-series-1', 'rgb(20, 21, 22)');
    el.style.setProperty('--miv-indicator-color-series-1', 'rgb(30, 31, 32)');
    const themed = resolveChartTokens(el);
    expect([themed.text, themed.palette[0]]).to.deep.equal(['rgb(10, 11, 12)', 'rgb(30, 31, 32)']);
  });

  it('inherits the page’s own font, size and text colour, and takes --nl-* before --basis-* before --utrecht-*', async () => {
    const el = await indicator('font-family: Georgia, serif; font-size: 19px; color: rgb(90, 0, 0)');
    const tokens = resolveChartTokens(el);
    expect([tokens.fontFamily, tokens.text], 'the chart').to.deep.equal(['Georgia, serif', 'rgb(90, 0, 0)']);
    expect(getComputedStyle(el.shadowRoot!.querySelector('figcaption')!).fontSize, 'the summary').to.equal(
      `${19 * 0.9}px`,
    );
    const page = el.parentElement!;
    for (const [token, colour] of [
      ['--utrecht-document-color', 'rgb(3, 0, 0)'],
      ['--basis-color-default-color-document', 'rgb(2, 0, 0)'],
      ['--nl-paragraph-color', 'rgb(1, 0, 0)'],
    ] as const) {
      page.style.setProperty(token, colour);
      el.refreshTokens();
      expect([resolveChartTokens(el).text, getComputedStyle(el).color], token).to.deep.equal([colour, colour]);
    }
  });

  it('follows a class on <html> at run time: the chart and its legend are redrawn', async () => {
    const sheet = document.createElement('style');
    sheet.textContent = 'html.house-style { --miv-color-series-1: rgb(200, 0, 80); }';
    document.head.append(sheet);
    try {
      const el = await indicator();
      expect(mainColour(el)).to.equal('rgb(11, 92, 173)');
      const redrawn = oneEvent(el, 'miv-rendered');
      document.documentElement.classList.add('house-style');
      await redrawn;
      expect(mainColour(el)).to.equal('rgb(200, 0, 80)');
      expect(legendStroke(el)).to.equal('rgb(200, 0, 80)');
    } finally {
      document.documentElement.classList.remove('house-style');
      sheet.remove();
    }
  });

  it('redraws on refreshTokens() (and its deprecated name refreshTheme()) after a token set from script', async () => {
    const el = await indicator();
    const sheet = document.createElement('style');
    document.head.append(sheet);
    try {
      for (const [refresh, colour] of [
        [() => el.refreshTokens(), 'rgb(200, 0, 80)'],
        [() => el.refreshTheme(), 'rgb(0, 80, 200)'],
      ] as const) {
        // A stylesheet changed from script: no attribute or media change the element could see.
        sheet.textContent = `:root { --miv-color-series-1: ${colour}; }`;
        const redrawn = oneEvent(el, 'miv-rendered');
        refresh();
        await redrawn;
        expect(mainColour(el)).to.equal(colour);
      }
    } finally {
      sheet.remove();
    }
  });

  it('is dark with color-scheme="dark", and follows the system with "auto" when it changes', async () => {
    const dark = await indicator('', 'color-scheme=dark');
    expect(resolveChartTokens(dark).background).to.equal('rgb(18, 18, 18)');
    expect(getComputedStyle(dark).backgroundColor).to.equal('rgb(18, 18, 18)');

    const auto = await indicator('', 'color-scheme=auto');
    expect(mainColour(auto)).to.equal('rgb(11, 92, 173)');
    const redrawn = oneEvent(auto, 'miv-rendered');
    await emulateMedia({ colorScheme: 'dark' });
    await redrawn;
    expect(mainColour(auto), 'the dark series colour').to.equal('rgb(108, 180, 255)');
  });

  it('stays light on a page that declares no colour scheme, whatever the system says', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await indicator();
    expect(resolveChartTokens(el).background).to.equal('rgb(255, 255, 255)');
  });

  it('draws with system colours under forced colours (Windows high contrast)', async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches, 'emulated').to.equal(true);
    const el = await indicator('--miv-color-series-1: rgb(200, 0, 80)');
    const theme = resolveChartTokens(el);
    expect(theme.palette[0], 'the host token gives way to Highlight').to.equal(computed('Highlight'));
    expect([theme.text, theme.background]).to.deep.equal([computed('CanvasText'), computed('Canvas')]);
    expect(mainColour(el)).to.equal(computed('Highlight'));
    expect(theme.band, 'a readable tint, not a colour ECharts cannot parse').to.match(/^rgba\(/);
  });

  it('keeps the chosen toggle readable under forced colours, in the system colours of a selection', async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    const el = await indicator('', 'scale-control=');
    const pressed = el.shadowRoot!.querySelector<HTMLElement>('.toggle button[aria-pressed="true"]')!;
    expect(pressed.textContent!.trim()).to.equal('Waarden');
    const style = getComputedStyle(pressed);
    // Left to the browser, forced colours put a backplate of the page's colour behind the label,
    // which is in the page's colour too: the label was gone.
    expect(style.forcedColorAdjust).to.equal('none');
    expect([style.color, style.backgroundColor]).to.deep.equal([computed('HighlightText'), computed('Highlight')]);
  });

  it('animates only without prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const el = await indicator();
    expect(resolveChartTokens(el).animate).to.equal(true);
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(resolveChartTokens(el).animate).to.equal(false);
  });
});
