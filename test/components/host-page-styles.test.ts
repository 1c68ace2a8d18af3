/**
 * A content-management page's own styles: a root font size of 62,5 %, right-aligned text and a house
 * style's chart height leave the widgets readable and laid out as on any other page.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { SMALL_FEED_URL } from '../fixtures/feeds.js';
import { chartOf, query, SAMPLE_FEED_URL, shadow } from '../helpers.js';

/** The first element of `tag` in `page`, once its chart is drawn and the rest built (the table in idle time). */
async function drawnIn<E extends HTMLElement & { updateComplete: Promise<unknown> }>(
  page: HTMLElement,
  tag: string,
): Promise<E> {
  const el = page.querySelector<E>(tag)!;
  if (!chartOf(el).instance) await oneEvent(el, 'miv-rendered');
  await el.updateComplete;
  return el;
}

describe('a page with its own styles', () => {
  before(() => setViewport({ width: 1000, height: 900 }));
  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  it('a house style chart height never crowds the bars of a comparison of 37 gemeenten', async () => {
    const page = await fixture<HTMLElement>(
      html`<div style="--miv-chart-height: 400px; width: 900px">
        <miv-district-compare src=${SAMPLE_FEED_URL} indicator="woninginbraak" level="gemeente"></miv-district-compare>
      </div>`,
    );
    const el = await drawnIn(page, 'miv-district-compare');
    // The unit and Nederland are reference lines, named in the legend; each gemeente is a bar.
    const references = ['Eenheid Zeeland-West-Brabant', 'Nederland'];
    const names = [...shadow(el).querySelectorAll('[part~="table"] tbody th')]
      .map((th) => th.textContent!.trim())
      .filter((name) => !references.includes(name));
    expect(names.length, 'a row per gemeente').to.be.at.least(30);
    const drawn = [...shadow(el).querySelectorAll('[part~="chart"] svg text')].map((t) => t.textContent);
    expect(
      names.filter((name) => !drawn.includes(name)),
      'every name on the chart',
    ).to.deep.equal([]);
    expect(query(el, '[part~="chart"]')!.getBoundingClientRect().height).to.be.above(30 * 34);
  });

  it('an invalid chart height leaves a comparison its bars, not an empty box', async () => {
    const page = await fixture<HTMLElement>(
      html`<div style="--miv-chart-height: auto; width: 900px">
        <miv-district-compare src=${SMALL_FEED_URL} indicator="woninginbraak"></miv-district-compare>
      </div>`,
    );
    const el = await drawnIn(page, 'miv-district-compare');
    // Four districts: 4 rows of 34 px and 64 px for the axis below them.
    expect(query(el, '[part~="chart"]')!.getBoundingClientRect().height).to.be.closeTo(4 * 34 + 64, 1);
    expect([...shadow(el).querySelectorAll('[part~="chart"] svg text')].map((t) => t.textContent)).to.include(
      'De Baronie',
    );
  });

  it('an invalid chart height leaves an indicator its default height and its drawn lines', async () => {
    const page = await fixture<HTMLElement>(
      html`<div style="--miv-chart-height: banana; width: 900px">
        <miv-indicator src=${SMALL_FEED_URL} indicator="woninginbraak" area="de-baronie"></miv-indicator>
      </div>`,
    );
    const el = await drawnIn(page, 'miv-indicator');
    const chart = query(el, '[part~="chart"]')!;
    // The default height of a line chart, as without the token.
    expect(chart.getBoundingClientRect().height).to.be.closeTo(320, 1);
    const lines = [...chart.querySelectorAll('svg path')].filter((p) => p.getBoundingClientRect().height > 20);
    expect(lines.length, 'lines drawn with height').to.be.above(0);
  });

  it("a comparison's own chart-height token sets its height where it leaves the bars room", async () => {
    const page = await fixture<HTMLElement>(
      html`<div style="--miv-chart-height: 300px; --miv-district-compare-chart-height: 640px; width: 900px">
        <miv-district-compare src=${SMALL_FEED_URL} indicator="woninginbraak"></miv-district-compare>
      </div>`,
    );
    const el = await drawnIn(page, 'miv-district-compare');
    expect(query(el, '[part~="chart"]')!.getBoundingClientRect().height).to.be.closeTo(640, 1);
  });

  it("a map's own chart-height token sets its height", async () => {
    const page = await fixture<HTMLElement>(
      html`<div style="--miv-chart-height: 500px; --miv-map-chart-height: 300px; width: 900px">
        <miv-map src=${SAMPLE_FEED_URL} indicator="woninginbraak"></miv-map>
      </div>`,
    );
    const el = await drawnIn(page, 'miv-map');
    expect(query(el, '[part~="chart"]')!.getBoundingClientRect().height).to.be.closeTo(300, 1);
  });

  it("sizes the tooltip by the element's text, not by the page's root of 62,5 %", async () => {
    document.documentElement.style.fontSize = '62.5%';
    const page = await fixture<HTMLElement>(
      html`<div style="font-size: 1.6rem">
        <button>voor</button>
        <miv-indicator src=${SMALL_FEED_URL} indicator="woninginbraak" area="GM0758"></miv-indicator>
      </div>`,
    );
    const el = await drawnIn(page, 'miv-indicator');
    page.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => query(el, '[part="tooltip"]'), 'the tooltip shows');
    expect(getComputedStyle(el).fontSize).to.equal('16px');
    expect(getComputedStyle(query(el, '[part="tooltip"]')!).fontSize).to.equal('14px');
  });

  it("switches a comparison to two columns by the element's text size, not by the page's root", async () => {
    document.documentElement.style.fontSize = '62.5%';
    const page = await fixture<HTMLElement>(
      html`<div style="font-size: 1.6rem; width: 560px">
        <miv-district-compare src=${SMALL_FEED_URL} indicator="woninginbraak"></miv-district-compare>
      </div>`,
    );
    const el = await drawnIn(page, 'miv-district-compare');
    const layout = query(el, '.layout.with-aside')!;
    expect(layout, 'the opvallendheden beside the chart').to.exist;
    // 560 px is 35 em of the element's 16 px text: one column, the opvallendheden below the chart.
    expect(getComputedStyle(layout).gridTemplateColumns.split(' ')).to.have.length(1);
  });

  it("keeps the page's text alignment out: a right-aligned page leaves every text starting at the left", async () => {
    const page = await fixture<HTMLElement>(
      html`<div style="text-align: right; width: 800px">
        <miv-indicator src=${SMALL_FEED_URL} indicator="woninginbraak" area="GM0758"></miv-indicator>
      </div>`,
    );
    const el = await drawnIn(page, 'miv-indicator');
    const range = document.createRange();
    range.selectNodeContents(query(el, '[part~="title"]')!);
    expect(range.getBoundingClientRect().left - el.getBoundingClientRect().left).to.be.below(2);
    expect(getComputedStyle(query(el, '[part~="summary"]')!).textAlign).to.equal('start');
  });
});
