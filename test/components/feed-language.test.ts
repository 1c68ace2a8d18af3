/**
 * WCAG 3.1.2 (Language of Parts): an English widget on a Dutch feed speaks English, but the feed's
 * own words in it (titles, units, definitions, notes, duiding, opvallendheden, sources) stay Dutch,
 * and are marked so, or a screen reader reads them with an English voice. A Dutch widget on the same
 * feed gets no such marks.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import { accessibleName, failOnConsoleErrors, query, rendered, SAMPLE_FEED_URL, text } from '../helpers.js';

/** The element that holds `text` in one of its own text nodes, within `root`. */
function holderOf(root: Node, text: string): Element {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.textContent!.includes(text)) return node.parentElement!;
  throw new Error(`"${text}" is not shown`);
}

/** Which of `texts` in a widget (or in `root` of it) a screen reader is told are Dutch, and which English. */
function languages(widget: Element, texts: readonly string[], root: Node = widget.shadowRoot!): Record<string, string> {
  return Object.fromEntries(
    texts.map((t) => {
      const holder = holderOf(root, t);
      return [t, holder.matches(':lang(nl)') ? 'nl' : holder.matches(':lang(en)') ? 'en' : '?'];
    }),
  );
}

/** Renders a widget without a chart and waits until its feed's content is there. */
async function built(template: TemplateResult, text: string): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(template);
  await waitUntil(() => el.shadowRoot?.textContent?.includes(text), `"${text}" is shown`, { timeout: 3000 });
  return el;
}

const TITLE = 'Diefstal uit woning (woninginbraak)';

describe("the feed's words in the feed's language", () => {
  failOnConsoleErrors();

  it('<miv-indicator lang="en">: title, unit, definition, notes, duiding and the words in the summary are Dutch', async () => {
    const el = await rendered<HTMLElement>(
      html`<miv-indicator
        lang="en"
        src=${SAMPLE_FEED_URL}
        indicator="woninginbraak"
        area="GM0758"
        show-table
      ></miv-indicator>`,
    );
    expect(
      languages(el, [
        TITLE,
        'per 1.000 inwoners',
        'Geregistreerde inbraken en pogingen tot inbraak',
        'Politie Open Data',
        'Herindeling: Haaren opgeheven',
        'Coronamaatregelen: minder mensen op straat',
        'woninginbraken per 1.000 inwoners',
        'Het aantal inbraken is sinds 2015',
        // The interface's own words around them.
        'In 2025: ',
        'Series break 2021',
        'Hide table',
      ]),
    ).to.deep.equal({
      [TITLE]: 'nl',
      'per 1.000 inwoners': 'nl',
      'Geregistreerde inbraken en pogingen tot inbraak': 'nl',
      'Politie Open Data': 'nl',
      'Herindeling: Haaren opgeheven': 'nl',
      'Coronamaatregelen: minder mensen op straat': 'nl',
      'woninginbraken per 1.000 inwoners': 'nl',
      'Het aantal inbraken is sinds 2015': 'nl',
      'In 2025: ': 'en',
      'Series break 2021': 'en',
      'Hide table': 'en',
    });
    // The chart is named by an element, where the title keeps its language; the name reads as before.
    const chart = el.shadowRoot!.querySelector('[part~="chart"]')!;
    const label = el.shadowRoot!.getElementById(chart.getAttribute('aria-labelledby')!)!;
    expect(languages(el, [TITLE], label)).to.deep.equal({ [TITLE]: 'nl' });
    expect(await accessibleName('application', (name) => name.startsWith('Chart:'))).to.equal(`Chart: ${TITLE}, Breda`);
  });

  it('<miv-indicator lang="en">: the shown table is named by its caption, whose title and unit are Dutch', async () => {
    const el = await rendered<HTMLElement>(
      html`<miv-indicator
        lang="en"
        src=${SAMPLE_FEED_URL}
        indicator="woninginbraak"
        area="GM0758"
        show-table
      ></miv-indicator>`,
    );
    const caption = query(el, 'caption')!;
    expect(languages(el, [TITLE, 'per 1.000 inwoners'], caption)).to.deep.equal({
      [TITLE]: 'nl',
      'per 1.000 inwoners': 'nl',
    });
    // The region a reader scrolls sideways is named by that caption, the same words as before.
    expect(query(el, '[part="table"]')!.hasAttribute('aria-label')).to.equal(false);
    expect(await accessibleName('region', (name) => name.startsWith(TITLE))).to.equal(
      `${TITLE}, Breda, per 1.000 inwoners`,
    );
    expect(text(el, 'caption')).to.equal(`${TITLE}, Breda, per 1.000 inwoners`);
  });

  it('<miv-indicator lang="en">: the keyboard walk says the feed words of each point in Dutch', async () => {
    const el = await rendered<HTMLElement>(
      html`<miv-indicator lang="en" src=${SAMPLE_FEED_URL} indicator="woninginbraak" area="GM0758"></miv-indicator>`,
    );
    query(el, '[part~="chart"]')!.focus();
    await sendKeys({ press: 'End' });
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const live = query(el, 'figure [role="status"][aria-live="polite"]')!;
    expect(text(el, 'figure [role="status"][aria-live="polite"]')).to.match(
      /^Breda, 2025: .* woninginbraken per 1\.000 inwoners/,
    );
    expect(languages(el, ['woninginbraken per 1.000 inwoners', 'Breda, 2025'], live)).to.deep.equal({
      'woninginbraken per 1.000 inwoners': 'nl',
      'Breda, 2025': 'en',
    });
  });

  it('<miv-indicator lang="en">: the duiding region is named with the title in Dutch, in the same words', async () => {
    const el = await rendered<HTMLElement>(
      html`<miv-indicator lang="en" src=${SAMPLE_FEED_URL} indicator="woninginbraak" area="GM0758"></miv-indicator>`,
    );
    const region = query(el, '[part="duiding"]')!;
    const label = el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!;
    expect(languages(el, [TITLE, 'Interpretation of'], label)).to.deep.equal({
      [TITLE]: 'nl',
      'Interpretation of': 'en',
    });
    expect(await accessibleName('region', (name) => name.startsWith('Interpretation'))).to.equal(
      `Interpretation of ${TITLE}, Breda`,
    );
  });

  it('<miv-district-compare lang="en">: the rate button says the unit in Dutch, the duiding region the title', async () => {
    const el = await rendered<HTMLElement>(
      html`<miv-district-compare
        lang="en"
        src=${SAMPLE_FEED_URL}
        indicator="drugsdumpingen"
        level="gemeente"
        within="de-markiezaten"
      ></miv-district-compare>`,
    );
    expect(languages(el, ['Per 100.000 inwoners', 'Number'], query(el, '[part="measure"]')!)).to.deep.equal({
      'Per 100.000 inwoners': 'nl',
      Number: 'en',
    });
    expect(await accessibleName('button', (name) => name.startsWith('Per'))).to.equal('Per 100.000 inwoners');
    const region = query(el, '[part="duiding"]')!;
    const label = el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!;
    expect(languages(el, ['Drugsafvaldumpingen', 'Municipalities in De Markiezaten'], label)).to.deep.equal({
      Drugsafvaldumpingen: 'nl',
      'Municipalities in De Markiezaten': 'en',
    });
    expect(await accessibleName('region', (name) => name.startsWith('Interpretation'))).to.equal(
      'Interpretation of Drugsafvaldumpingen, Municipalities in De Markiezaten',
    );
  });

  it('<miv-district-compare lang="en">: title, unit, opvallendheden and duiding are Dutch', async () => {
    const el = await rendered<HTMLElement>(
      html`<miv-district-compare
        lang="en"
        src=${SAMPLE_FEED_URL}
        indicator="drugsdumpingen"
        level="gemeente"
        within="de-markiezaten"
      ></miv-district-compare>`,
    );
    expect(
      languages(el, [
        'Drugsafvaldumpingen',
        'Drugsafval in het buitengebied',
        'Boeren melden dumpingen sneller',
        'drugsafvaldumpingen',
        'Bar chart',
      ]),
    ).to.deep.equal({
      Drugsafvaldumpingen: 'nl',
      'Drugsafval in het buitengebied': 'nl',
      'Boeren melden dumpingen sneller': 'nl',
      drugsafvaldumpingen: 'nl',
      'Bar chart': 'en',
    });
  });

  it('<miv-map lang="en">: title, unit and the words in the summary are Dutch', async () => {
    const el = await rendered<HTMLElement>(
      html`<miv-map lang="en" src=${SAMPLE_FEED_URL} indicator="woninginbraak" area="GM0758"></miv-map>`,
    );
    expect(languages(el, [TITLE, 'per 1.000 inwoners', 'woninginbraken per 1.000 inwoners', 'Legend'])).to.deep.equal({
      [TITLE]: 'nl',
      'per 1.000 inwoners': 'nl',
      'woninginbraken per 1.000 inwoners': 'nl',
      Legend: 'en',
    });
  });

  it('<miv-theme lang="en"> and <miv-profile lang="en">: titles, names, units, duiding and sources are Dutch', async () => {
    const theme = await built(
      html`<miv-theme
        lang="en"
        src=${SAMPLE_FEED_URL}
        theme="veilige-buurt-en-omgeving"
        area="GM0758"
        loading="eager"
      ></miv-theme>`,
      'Woninginbraak',
    );
    expect(languages(theme, ['Veilige buurt', 'Woninginbraak', 'per 1.000 inwoners'])).to.deep.equal({
      'Veilige buurt': 'nl',
      Woninginbraak: 'nl',
      'per 1.000 inwoners': 'nl',
    });
    theme.remove();
    const profile = await built(
      html`<miv-profile
        lang="en"
        src=${SAMPLE_FEED_URL}
        area="GM0758"
        themes="veilige-buurt-en-omgeving"
        loading="eager"
      ></miv-profile>`,
      'Woninginbraak',
    );
    expect(
      languages(profile, ['Veilige buurt', 'Woninginbraak', 'Het aantal inbraken is sinds 2015', 'Politie Open Data']),
    ).to.deep.equal({
      'Veilige buurt': 'nl',
      Woninginbraak: 'nl',
      'Het aantal inbraken is sinds 2015': 'nl',
      'Politie Open Data': 'nl',
    });
    // Each card's duiding region is named with its indicator's short title in Dutch.
    const region = profile.shadowRoot!.querySelector('[part="duiding"]')!;
    const label = profile.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!;
    expect(label.textContent!.trim()).to.match(/^Interpretation of /);
    expect(label.querySelector('span')!.matches(':lang(nl)')).to.equal(true);
  });

  it('a Dutch widget on the Dutch feed gets no language marks', async () => {
    const el = await rendered<HTMLElement>(
      html`<miv-indicator src=${SAMPLE_FEED_URL} indicator="woninginbraak" area="GM0758"></miv-indicator>`,
    );
    expect(el.shadowRoot!.querySelectorAll('[lang]').length).to.equal(0);
    expect(languages(el, [TITLE])).to.deep.equal({ [TITLE]: 'nl' });
  });
});
