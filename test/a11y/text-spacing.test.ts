/**
 * Text spacing (WCAG 1.4.12): with the spacing of the WCAG test (line height 1.5, paragraphs 2em
 * apart, letters 0.12em, words 0.16em) set by the reader's style sheet before the page draws, no text
 * is cut off or runs into other text. Its own file: ECharts keeps its text measures for the page's
 * life, so the spacing has to be there before the first chart of the page.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import type { Feed } from '../../src/feed/schema.js';
import { feedUrl, pastRightEdge, SAMPLE_FEED_URL, shadow } from '../helpers.js';

// As the WCAG's text-spacing bookmarklet sets it: on every element of the page, above the page's own.
const readerStyle = document.createElement('style');
readerStyle.textContent = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`;
document.head.append(readerStyle);

async function drawn(template: TemplateResult): Promise<ShadowRoot> {
  const el = await fixture<HTMLElement>(template);
  await waitUntil(() => shadow(el).querySelector('[part~="chart"] svg text'), 'the chart is drawn', { timeout: 8000 });
  return shadow(el);
}

/** The text of the chart that reaches past its sides, top or bottom, with where it runs. */
function cutOff(root: ShadowRoot): string[] {
  const svg = root.querySelector('[part~="chart"] svg')!.getBoundingClientRect();
  const past = (box: DOMRect) =>
    box.left < svg.left - 0.5 ||
    box.right > svg.right + 0.5 ||
    box.top < svg.top - 0.5 ||
    box.bottom > svg.bottom + 0.5;
  return [...root.querySelectorAll('[part~="chart"] svg text')]
    .map((t) => [t.textContent, t.getBoundingClientRect()] as const)
    .filter(([, box]) => box.width > 0 && past(box))
    .map(
      ([text, box]) =>
        `${text} (${Math.round(box.left - svg.left)}…${Math.round(box.right - svg.left)} of ${svg.width}, ` +
        `${Math.round(box.top - svg.top)}…${Math.round(box.bottom - svg.top)} of ${svg.height})`,
    );
}

/** Footnote labels (Bron, Toelichting, …) whose text runs into their value's. */
function labelsOverText(root: ShadowRoot): string[] {
  const textBox = (el: Element) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return range.getBoundingClientRect();
  };
  return [...root.querySelectorAll('[part~="footer"] dt')]
    .filter((dt) => textBox(dt).right > textBox(dt.nextElementSibling!).left + 0.5)
    .map((dt) => dt.textContent!.trim());
}

/**
 * The sample feed with the latest figure of Borsele missing and of Hulst not applicable: the longest
 * statuses, written where the bars start.
 */
async function longStatuses(): Promise<string> {
  const feed = (await (await fetch(SAMPLE_FEED_URL)).json()) as Feed;
  for (const [area, status] of [
    ['GM0654', 'no-data'],
    ['GM0677', 'not-applicable'],
  ] as const) {
    const series = feed.series.find((s) => s.indicator === 'woninginbraak' && s.area === area)!;
    series.values[series.values.length - 1] = null;
    series.status = { ...series.status, [series.periods.at(-1)!]: status };
  }
  return feedUrl(feed);
}

/** A comparison as wide as its chart is on a phone: a page of 320 px, less its margins. */
const onPhone = (src: string, indicator: string, within = '') =>
  html`<miv-district-compare
    style="width: 256px; font-family: system-ui, sans-serif"
    src=${src}
    indicator=${indicator}
    within=${within}
  ></miv-district-compare>`;

const cases: Record<string, TemplateResult> = {
  'bars of a district, a long gemeente name highlighted': html`<miv-district-compare
    style="width: 480px; font-family: system-ui, sans-serif"
    src=${SAMPLE_FEED_URL}
    indicator="woninginbraak"
    level="gemeente"
    within="de-markiezaten"
    highlight="GM0748"
  ></miv-district-compare>`,
  'bars of the districts on a phone, their values after them and two statuses': onPhone(
    SAMPLE_FEED_URL,
    'drugsdumpingen',
  ),
  'bars of the gemeenten of Zeeland on a phone, with hyphenated names': onPhone(
    SAMPLE_FEED_URL,
    'woninginbraak',
    'zeeland',
  ),
  'bars of a survey on a phone, its values after its error bars': onPhone(SAMPLE_FEED_URL, 'onveilig-eigen-buurt'),
  'a line chart with its comparison lines and the Corona period': html`<miv-indicator
    style="width: 480px; font-family: system-ui, sans-serif"
    src=${SAMPLE_FEED_URL}
    indicator="woninginbraak"
    area="GM0748"
  ></miv-indicator>`,
};

/** Text of the theme's cards that reaches past its card's sides, with the card's name. */
function pastCards(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('[part~="card"]')].flatMap((card) => {
    const box = card.getBoundingClientRect();
    const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
    const out: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      const text = range.getBoundingClientRect();
      if (text.width > 0 && (text.left < box.left - 0.5 || text.right > box.right + 0.5))
        out.push(`${card.querySelector('.name')!.textContent}: ${node.textContent!.trim()}`);
    }
    return out;
  });
}

/** Elements without axis labels, each at a phone's width, with what shows that it is built. */
const phoneCases: Record<string, [TemplateResult, string]> = {
  'the map': [
    html`<miv-map style="width: 320px" src=${SAMPLE_FEED_URL} indicator="woninginbraak"></miv-map>`,
    '[part~="chart"] svg path',
  ],
  'the profile': [
    html`<miv-profile style="width: 320px" src=${SAMPLE_FEED_URL} area="GM0758"></miv-profile>`,
    '[part="card"]',
  ],
  'the highlights': [
    html`<miv-highlights style="width: 320px" src=${SAMPLE_FEED_URL}></miv-highlights>`,
    '[part="authored"]',
  ],
};

describe('text spacing set by the reader (WCAG 1.4.12)', () => {
  it('the theme’s cards, which are buttons: spaced too, and their text inside them', async () => {
    const el = await fixture<HTMLElement>(
      html`<miv-theme
        style="width: 320px; font-family: system-ui, sans-serif"
        src=${SAMPLE_FEED_URL}
        theme="georganiseerde-criminaliteit"
        area="GM0758"
      ></miv-theme>`,
    );
    await waitUntil(() => shadow(el).querySelector('[part~="card"]'), 'the cards are shown', { timeout: 8000 });
    const card = shadow(el).querySelector('[part~="card"]')!;
    // The browser sets a button's spacing to normal; the reader's spacing reaches the card.
    expect(parseFloat(getComputedStyle(card).letterSpacing)).to.be.above(1);
    expect(pastCards(shadow(el))).to.deep.equal([]);
  });

  for (const [name, [template, built]] of Object.entries(phoneCases)) {
    it(`${name} at 320 px: nothing past the element's right edge`, async () => {
      const el = await fixture<HTMLElement>(template);
      await waitUntil(() => shadow(el).querySelector(built), 'the element is built', { timeout: 8000 });
      expect(pastRightEdge(el)).to.deep.equal([]);
    });
  }

  it('bars of the gemeenten of Zeeland on a phone, with the longest statuses: no chart text past its sides', async () => {
    const root = await drawn(onPhone(await longStatuses(), 'woninginbraak', 'zeeland'));
    const texts = [...root.querySelectorAll('[part~="chart"] svg text')].map((t) => t.textContent);
    expect(texts, 'on two lines').to.include.members(['. gegevens', 'ontbreken']);
    expect(cutOff(root)).to.deep.equal([]);
  });

  for (const [name, template] of Object.entries(cases)) {
    it(`${name}: no chart text past the chart's sides, no footnote label over its text`, async () => {
      const root = await drawn(template);
      // The spacing reaches the chart's text: it is kept, not switched off.
      const label = root.querySelector('[part~="chart"] svg text')!;
      expect(parseFloat(getComputedStyle(label).letterSpacing)).to.be.above(1);
      expect(cutOff(root)).to.deep.equal([]);
      expect(labelsOverText(root)).to.deep.equal([]);
    });
  }
});
