/**
 * The language switched after the first render: every element speaks the new language everywhere,
 * the chart's tooltip and accessible description included (the description is built into the chart
 * option, so the option must be rebuilt when the strings change, not only when the model or the
 * tokens do). And a screen reader is told the language shown, also where the element's `lang`
 * asks for one without strings, or is set as a property (not reflected in the page).
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { MivDataElement } from '../../src/components/miv-data-element.js';
import type { MivFeed } from '../../src/components/miv-feed/miv-feed.js';
import { SMALL_FEED_URL } from '../fixtures/feeds.js';
import { chartOf, query, rendered, text, tooltipText } from '../helpers.js';

/** The language a screen reader is told the first element at `selector` is in. */
function spokenIn(el: Element, selector: string): string {
  const node = query(el, selector)!;
  return ['nl', 'en', 'fr'].find((lang) => node.matches(`:lang(${lang})`)) ?? '?';
}

/** What the chart says: the tooltip of its first point, walked to by keyboard, and its description. */
async function chartWords(el: MivDataElement): Promise<{ tooltip: string; figures: string[]; description: string }> {
  const chart = query(el, '[part~="chart"]')!;
  chart.focus();
  // The first key starts the walk where it starts; Home then goes to the first point.
  await sendKeys({ press: 'Home' });
  await sendKeys({ press: 'Home' });
  await el.updateComplete;
  const words = {
    tooltip: tooltipText(el),
    figures: [...query(el, '[part="tooltip"]')!.querySelectorAll('b')].slice(1).map((b) => b.textContent!),
    description: chart.getAttribute('aria-describedby')!.split(' ').includes('summary') ? text(el, '#summary') : '',
  };
  chart.blur();
  return words;
}

async function switchLanguage(el: MivDataElement, lang: string): Promise<void> {
  const redrawn = oneEvent(el, 'miv-rendered');
  el.lang = lang;
  await redrawn;
}

describe('switching the language at run time', () => {
  it('<miv-indicator>: tooltip, aria description and text follow the new language', async () => {
    const el = await rendered<MivDataElement>(
      html`<miv-indicator src=${SMALL_FEED_URL} indicator="woninginbraak" area="GM0758" lang="nl"></miv-indicator>`,
    );
    const dutch = await chartWords(el);
    expect(dutch.figures.join(' ')).to.match(/\d,\d/);
    expect(dutch.description).to.equal(text(el, '[part="summary"]'));

    await switchLanguage(el, 'en');
    const english = await chartWords(el);
    expect(english.figures.join(' '), 'numbers with a decimal point').to.match(/^\d+\.\d+\*?( |$)/);
    expect(english.figures.join(' ')).not.to.match(/\d,\d/);
    expect(english.description, 'the English summary').to.equal(text(el, '[part="summary"]'));
    expect(english.description).not.to.equal(dutch.description);
    expect(text(el, '[part="table-toggle"]')).to.equal('Show table');

    await switchLanguage(el, 'nl');
    expect(await chartWords(el)).to.deep.equal(dutch);
  });

  it('<miv-indicator>: an English lang property on a Dutch page is told English, and Dutch again after', async () => {
    const el = await rendered<MivDataElement>(
      html`<miv-indicator .lang=${'en'} src=${SMALL_FEED_URL} indicator="woninginbraak" area="GM0758"></miv-indicator>`,
    );
    expect(el.hasAttribute('lang'), 'the property is not reflected').to.equal(false);
    expect(text(el, '[part="table-toggle"]')).to.equal('Show table');
    expect(
      ['[part="table-toggle"]', '[part="summary"]', '[part="title"] span'].map((s) => spokenIn(el, s)),
    ).to.deep.equal(['en', 'en', 'nl']);
    el.lang = 'nl';
    await el.updateComplete;
    expect(spokenIn(el, '[part="table-toggle"]')).to.equal('nl');
    expect(el.shadowRoot!.querySelectorAll('[lang]').length, 'no marks where the page says the same').to.equal(0);
  });

  it('lang="fr", which has no strings: the Dutch shown is told Dutch, not French', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <miv-indicator lang="fr" src=${SMALL_FEED_URL} indicator="woninginbraak" area="GM0758"></miv-indicator>
        <miv-area-picker lang="fr" src=${SMALL_FEED_URL}></miv-area-picker>
      </div>`,
    );
    const [el, picker] = [page.querySelector('miv-indicator')!, page.querySelector('miv-area-picker')!];
    await waitUntil(() => query(el, '[part="summary"]') && query(picker, 'select'), 'both are built', {
      timeout: 3000,
    });
    expect(text(el, '[part="table-toggle"]')).to.equal('Toon tabel');
    expect(['[part="table-toggle"]', '[part="title"]', '[part="summary"]'].map((s) => spokenIn(el, s))).to.deep.equal([
      'nl',
      'nl',
      'nl',
    ]);
    expect(spokenIn(picker, 'label')).to.equal('nl');
    // Marked once, around the whole: in Dutch, the feed's Dutch words need no marks of their own.
    expect([...el.shadowRoot!.querySelectorAll('[lang]')].map((e) => e.getAttribute('lang'))).to.deep.equal(['nl']);
  });

  it('<miv-district-compare>: tooltip, aria description and text follow the new language', async () => {
    const el = await rendered<MivDataElement>(
      html`<miv-district-compare
        src=${SMALL_FEED_URL}
        indicator="woninginbraak"
        level="gemeente"
        within="de-baronie"
        period="2024"
      ></miv-district-compare>`,
    );
    const dutch = await chartWords(el);
    expect(dutch.description).to.equal(text(el, '[part="summary"]'));

    await switchLanguage(el, 'en');
    const english = await chartWords(el);
    expect(english.description).to.equal(text(el, '[part="summary"]'));
    expect(english.description).not.to.equal(dutch.description);
    expect(english.tooltip).not.to.equal(dutch.tooltip);
    expect(english.figures.join(' ')).to.match(/^\d+\.\d+\*?$/);
  });

  it('<miv-feed> without lang keeps the language of the page around it, for the widgets and the page', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="en">
        <miv-feed src=${SMALL_FEED_URL} area="GM0758">
          <h3>Figures</h3>
          <miv-indicator indicator="woninginbraak"></miv-indicator>
        </miv-feed>
      </div>`,
    );
    const el = page.querySelector('miv-indicator')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[part="summary"]'), 'the widget is built', { timeout: 3000 });
    expect(page.querySelector('miv-feed')!.hasAttribute('lang')).to.equal(false);
    expect(page.querySelector('h3')!.matches(':lang(en)')).to.equal(true);
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Show table'), 'the widget speaks English', {
      timeout: 3000,
    });
  });

  it('<miv-feed>: a new lang on the feed reaches the chart of every element inside it', async () => {
    const feed = await fixture<MivFeed>(
      html`<miv-feed src=${SMALL_FEED_URL} area="GM0758" lang="nl">
        <miv-indicator indicator="woninginbraak"></miv-indicator>
      </miv-feed>`,
    );
    const el = feed.querySelector('miv-indicator')!;
    await waitUntil(() => chartOf(el).instance, 'the chart is drawn');
    const dutch = await chartWords(el);
    const redrawn = oneEvent(el, 'miv-rendered');
    feed.lang = 'en';
    await redrawn;
    expect((await chartWords(el)).description).not.to.equal(dutch.description);
    expect((await chartWords(el)).description).to.equal(text(el, '[part="summary"]'));
  });

  for (const [name, template, selector] of [
    [
      '<miv-theme>',
      html`<miv-theme src=${SMALL_FEED_URL} theme="veilige-buurt-en-omgeving" area="GM0758"></miv-theme>`,
      '[part~="card"]',
    ],
    ['<miv-highlights>', html`<miv-highlights src=${SMALL_FEED_URL}></miv-highlights>`, '*'],
    ['<miv-sources>', html`<miv-sources src=${SMALL_FEED_URL}></miv-sources>`, '[part="source"]'],
    ['<miv-area-picker>', html`<miv-area-picker src=${SMALL_FEED_URL}></miv-area-picker>`, 'label, select'],
  ] as const) {
    it(`${name}: its text follows the new language`, async () => {
      const el = await fixture<MivDataElement>(template);
      await waitUntil(() => el.shadowRoot!.querySelector(selector) && !el.shadowRoot!.querySelector('.loading'));
      const dutch = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      el.lang = 'en';
      await el.updateComplete;
      const english = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      expect(english).not.to.equal(dutch);
      el.lang = 'nl';
      await el.updateComplete;
      expect(el.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.equal(dutch);
    });
  }
});
