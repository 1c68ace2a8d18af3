/**
 * Real NL Design System themes on a host page (the theme packages are dev dependencies), and a
 * plain page with its own font: the widgets take the font, size, text colour and link colour that
 * the theme gives the page's own paragraph and link, still meet WCAG AA, and where the page's
 * colours would not be readable they keep their own and say why in the console, once.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { render } from 'lit';
import '../../src/define.js';
import type { MivIndicator } from '../../src/components/miv-indicator/miv-indicator.js';
import type { MivDataElement } from '../../src/components/miv-data-element.js';
import { resolveChartTokens, resolveTokenValues } from '../../src/tokens/resolve.js';
import { checkContrast } from '../../src/tokens/contrast.js';
import { SMALL_FEED_URL } from '../fixtures/feeds.js';
import { addThemeStyles, HOST_THEMES, themedPage, type HostTheme } from '../fixtures/themes.js';

let removeStyles = () => {};

interface Page {
  root: HTMLElement;
  paragraph: HTMLElement;
  link: HTMLElement;
  elements: MivDataElement[];
}

/** The theme's page with `<miv-indicator>`, `<miv-district-compare>` and `<miv-theme>`, once all three are drawn. */
async function themedWidgets(theme: HostTheme): Promise<Page> {
  removeStyles = await addThemeStyles(theme);
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  render(
    themedPage(
      theme,
      html`<miv-indicator src=${SMALL_FEED_URL} indicator="woninginbraak" area="GM0758"></miv-indicator>
        <miv-district-compare
          src=${SMALL_FEED_URL}
          indicator="woninginbraak"
          level="gemeente"
          within="de-baronie"
          highlight="GM0758"
        ></miv-district-compare>
        <miv-theme src=${SMALL_FEED_URL} theme="veilige-buurt-en-omgeving" area="GM0758"></miv-theme>`,
    ),
    wrapper,
  );
  // A chart is drawn once it comes near the viewport: each in turn is scrolled into view.
  const charts = [...wrapper.querySelectorAll('miv-indicator, miv-district-compare')];
  const drawn = charts.map((chart) => oneEvent(chart, 'miv-rendered'));
  for (const [i, chart] of charts.entries()) {
    chart.scrollIntoView();
    await drawn[i];
  }
  const cards = wrapper.querySelector('miv-theme')!;
  await waitUntil(() => cards.shadowRoot!.querySelector('[part~="card"]'), 'the theme cards are drawn');
  const root = wrapper.firstElementChild as HTMLElement;
  return {
    root,
    paragraph: root.querySelector('p')!,
    link: root.querySelector('p a')!,
    elements: [...root.querySelectorAll<MivDataElement>('miv-indicator, miv-district-compare, miv-theme')],
  };
}

/** A link or link-coloured text inside the element: the source link, or a theme card's name. */
const linkIn = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="source"] a, .card .name')!;

let warnings: string[] = [];
const consoleWarn = console.warn;

describe('NL Design System themes on the host page', () => {
  before(() => setViewport({ width: 1000, height: 900 }));
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => {
      warnings.push(args.join(' '));
      consoleWarn(...args);
    };
  });
  afterEach(async () => {
    console.warn = consoleWarn;
    removeStyles();
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const theme of HOST_THEMES.filter((t) => !t.dark)) {
    it(`${theme.name}: font, size, text and link colour as the page's paragraph and link, at WCAG AA`, async () => {
      const { paragraph, link, elements } = await themedWidgets(theme);
      const page = getComputedStyle(paragraph);
      if (theme.id !== 'plain') expect(page.fontFamily, 'the theme sets a font').not.to.equal('"Times New Roman"');
      for (const el of elements) {
        const own = getComputedStyle(el);
        const name = el.localName;
        expect(own.fontFamily, `${name}: font`).to.equal(page.fontFamily);
        expect(own.fontSize, `${name}: size`).to.equal(page.fontSize);
        expect(own.color, `${name}: text colour`).to.equal(page.color);
        expect(getComputedStyle(el.shadowRoot!.querySelector('h2')!).fontFamily, `${name}: heading font`).to.equal(
          page.fontFamily,
        );
        // A page's link colour is a rule for its <a> elements, which does not reach into a shadow
        // root: without a theme token the widget keeps its own link colour.
        if (theme.link)
          expect(getComputedStyle(linkIn(el)).color, `${name}: link colour`).to.equal(getComputedStyle(link).color);
        const failing = checkContrast(resolveTokenValues(el)).filter((r) => !r.ok);
        expect(failing, `${name}: contrast`).to.deep.equal([]);
      }
      for (const chart of elements.slice(0, 2)) {
        const tokens = resolveChartTokens(chart);
        expect([tokens.fontFamily.replace(/'/g, '"'), tokens.text], 'the chart’s text').to.deep.equal([
          page.fontFamily,
          page.color,
        ]);
      }
      expect(warnings, 'the theme’s colours are readable: nothing to say').to.deep.equal([]);
    });
  }

  it('exports the chart as an image in the theme’s font', async () => {
    const { elements } = await themedWidgets(HOST_THEMES.find((t) => t.id === 'rijkshuisstijl')!);
    const indicator = elements[0] as MivIndicator;
    const file = new Promise<Blob>((resolve) =>
      indicator.addEventListener('miv-download', (event) => {
        event.preventDefault();
        resolve((event as CustomEvent<{ blob: Blob }>).detail.blob);
      }),
    );
    await indicator.download('svg');
    const svg = new DOMParser().parseFromString(await (await file).text(), 'image/svg+xml');
    expect(svg.querySelector('parsererror'), 'a quoted font name keeps the SVG valid').to.equal(null);
    expect(svg.documentElement.getAttribute('font-family')).to.match(/^'Fira Sans', Arial/);
    expect(svg.documentElement.querySelector(':scope > svg'), 'with the chart inside').not.to.equal(null);
  });

  it('Utrecht, dark: the page’s dark colours, and its own focus ring where the theme’s black one would vanish', async () => {
    const theme = HOST_THEMES.find((t) => t.id === 'utrecht-dark')!;
    const { root, paragraph, link, elements } = await themedWidgets(theme);
    const page = getComputedStyle(paragraph);
    const background = getComputedStyle(root).backgroundColor;
    expect(background, 'a dark page').to.equal('rgb(38, 38, 38)');
    for (const el of elements) {
      const name = el.localName;
      expect(getComputedStyle(el).color, `${name}: text colour`).to.equal(page.color);
      expect(getComputedStyle(linkIn(el)).color, `${name}: link colour`).to.equal(getComputedStyle(link).color);
      const values = resolveTokenValues(el);
      expect(values['--miv-color-background'], `${name}: background`).to.equal(background);
      expect(
        checkContrast(values).filter((r) => !r.ok),
        `${name}: contrast`,
      ).to.deep.equal([]);
      expect(el.matches(':state(own-focus-outline-color)'), `${name}: its own focus ring`).to.equal(true);
      expect(values['--miv-focus-outline-color'], 'the dark default').to.equal('rgb(140, 196, 255)');
    }
    const chart = resolveChartTokens(elements[0]!);
    expect(
      [chart.background, chart.palette[0]],
      'the chart on the dark page, in the dark series colours',
    ).to.deep.equal([background, 'rgb(108, 180, 255)']);
    expect(warnings, 'three widgets, one explanation').to.have.length(1);
    expect(warnings[0]).to.contain('--miv-focus-outline-color: rgb(0, 0, 0) uit --utrecht-focus-outline-color');
    expect(warnings[0]).to.contain('nodig is 3:1');
  });

  it('follows the Utrecht theme into dark mode at run time, and back', async () => {
    // The Utrecht theme's own dark variant that follows the reader's system setting.
    const theme: HostTheme = {
      ...HOST_THEMES.find((t) => t.id === 'utrecht')!,
      className: 'utrecht-theme utrecht-theme--media-query-color-scheme utrecht-document',
    };
    const { elements, paragraph } = await themedWidgets(theme);
    const indicator = elements[0] as MivIndicator;
    expect(resolveChartTokens(indicator).background).to.equal('rgb(255, 255, 255)');
    let redrawn = oneEvent(indicator, 'miv-rendered');
    await emulateMedia({ colorScheme: 'dark' });
    await redrawn;
    const dark = resolveChartTokens(indicator);
    expect([dark.background, dark.text]).to.deep.equal(['rgb(38, 38, 38)', getComputedStyle(paragraph).color]);
    expect(dark.palette[0], 'dark series colours on the dark page').to.equal('rgb(108, 180, 255)');
    redrawn = oneEvent(indicator, 'miv-rendered');
    await emulateMedia({ colorScheme: 'light' });
    await redrawn;
    expect(resolveChartTokens(indicator).background).to.equal('rgb(255, 255, 255)');
    expect(indicator.matches(':state(own-focus-outline-color)'), 'the light theme’s focus ring is readable').to.equal(
      false,
    );
  });

  it('keeps its own text colour on a dark page without tokens, and says so once', async () => {
    const theme: HostTheme = {
      ...HOST_THEMES.find((t) => t.id === 'plain')!,
      id: 'plain-dark',
      style: 'background: #202020; color: rgb(240, 240, 240);',
    };
    const { elements } = await themedWidgets(theme);
    for (const el of elements) {
      expect(el.matches(':state(own-color-text)'), el.localName).to.equal(true);
      expect(getComputedStyle(el).color, 'its own text colour').to.equal('rgb(26, 26, 26)');
      expect(checkContrast(resolveTokenValues(el)).filter((r) => !r.ok)).to.deep.equal([]);
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('--miv-color-text: rgb(240, 240, 240) uit de tekstkleur van de pagina');
  });

  it('checks the colours of a widget far below the viewport when it comes near, before it shows them', async () => {
    // Feeds that do not answer during the test: no widget is built in idle time meanwhile.
    const src = '/__miv-test__/feed/far-widget?delay=60000';
    const page = await fixture<HTMLElement>(
      html`<div style="background: #202020; color: rgb(240, 240, 240)">
        <miv-indicator src=${src} indicator="woninginbraak"></miv-indicator>
        <div style="height: 400vh"></div>
        <miv-indicator src=${src} indicator="woninginbraak"></miv-indicator>
      </div>`,
    );
    const [near, far] = [...page.querySelectorAll<MivIndicator>('miv-indicator')];
    await waitUntil(() => near!.matches(':state(own-color-text)'), 'the widget in view checks at once');
    expect(getComputedStyle(near!).color).to.equal('rgb(26, 26, 26)');
    expect(far!.matches(':state(own-color-text)'), 'the far one is not read yet').to.equal(false);

    far!.scrollIntoView();
    await waitUntil(() => far!.matches(':state(own-color-text)'), 'checked once near');
    expect(getComputedStyle(far!).color, 'its own text colour').to.equal('rgb(26, 26, 26)');
  });

  it('refuses an unreadable theme colour but never a --miv-* token, and forgets the refusal when the theme is fixed', async () => {
    const theme = HOST_THEMES.find((t) => t.id === 'rijkshuisstijl')!;
    const { root, elements } = await themedWidgets(theme);
    const indicator = elements[0] as MivIndicator;
    const redrawn = oneEvent(indicator, 'miv-rendered');
    root.style.setProperty('--nl-link-color', '#9ab');
    root.style.setProperty('--basis-color-default-border-default', '#ddd');
    await redrawn;
    expect(indicator.matches(':state(own-color-link)')).to.equal(true);
    expect(getComputedStyle(linkIn(indicator)).color, 'its own link colour').to.equal('rgb(11, 92, 173)');
    expect(resolveChartTokens(indicator).axis, 'its own axis colour').to.equal('rgb(118, 118, 118)');
    expect(warnings, 'one explanation for the page').to.have.length(1);
    expect(warnings[0]).to.match(/--miv-color-link: rgb\(153, 170, 187\) uit --nl-link-color haalt 2,\d:1/);
    expect(warnings[0]).to.contain('--miv-color-axis: rgb(221, 221, 221) uit --basis-color-default-border-default');

    // The integrator's own choice stands, however faint.
    indicator.style.setProperty('--miv-color-link', '#9ab');
    indicator.refreshTokens();
    expect(indicator.matches(':state(own-color-link)')).to.equal(false);
    expect(getComputedStyle(linkIn(indicator)).color).to.equal('rgb(153, 170, 187)');
    expect(indicator.matches(':state(own-color-background)'), 'nor the page’s background for it').to.equal(false);
    expect(warnings.slice(1).join(), 'nothing said about the integrator’s choice').not.to.contain('--miv-color-link');

    indicator.style.removeProperty('--miv-color-link');
    root.style.removeProperty('--nl-link-color');
    root.style.removeProperty('--basis-color-default-border-default');
    indicator.refreshTokens();
    expect(indicator.matches(':state(own-color-link)')).to.equal(false);
    expect(getComputedStyle(linkIn(indicator)).color, 'the theme’s link colour again').to.equal('rgb(1, 104, 155)');
  });
});
