/**
 * The language switched after the first render: every element speaks the new language everywhere,
 * the chart's tooltip and accessible description included (they are built into the chart option, so
 * the option must be rebuilt when the strings change, not only when the model or the tokens do).
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { MivDataElement } from '../../src/components/miv-data-element.js';
import type { MivFeed } from '../../src/components/miv-feed/miv-feed.js';
import { SMALL_FEED_URL } from '../fixtures/feeds.js';
import { chartOf, query, rendered, text } from '../helpers.js';

interface Drawn {
  tooltip: { formatter: (params: unknown) => string }[];
}

/** What the chart says: its tooltip at the first point, and the description screen readers get with it. */
async function chartWords(el: Element): Promise<{ tooltip: string; description: string }> {
  // The tooltip arrives when a reader first points at the element.
  el.dispatchEvent(new PointerEvent('pointerenter'));
  await waitUntil(() => chartOf<Drawn>(el).instance!.getOption().tooltip?.[0], 'the tooltip is loaded');
  const option = chartOf<Drawn>(el).instance!.getOption();
  const describedBy = query(el, '[part~="chart"]')!.getAttribute('aria-describedby')!.split(' ');
  return {
    tooltip: option.tooltip[0]!.formatter([{ dataIndex: 0, seriesIndex: 0 }]),
    description: describedBy.includes('summary') ? text(el, '#summary') : '',
  };
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
    expect(dutch.tooltip).to.match(/\d,\d/);
    expect(dutch.description).to.equal(text(el, '[part="summary"]'));

    await switchLanguage(el, 'en');
    const english = await chartWords(el);
    expect(english.tooltip, 'numbers with a decimal point').to.match(/<b>\d+\.\d+\*?<\/b>/);
    expect(english.tooltip).not.to.match(/<b>\d+,\d+\*?<\/b>/);
    expect(english.description, 'the English summary').to.equal(text(el, '[part="summary"]'));
    expect(english.description).not.to.equal(dutch.description);
    expect(text(el, '[part="table-toggle"]')).to.equal('Show table');

    await switchLanguage(el, 'nl');
    expect(await chartWords(el)).to.deep.equal(dutch);
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
    expect(english.tooltip).to.match(/<b>\d+\.\d+\*?<\/b>/);
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
