/**
 * The chart's keyboard model: one tab stop, arrow keys through the points with a Dutch announcement
 * in a polite live region, the tooltip and its mark following, Home/End, Escape; the same for the bars.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { SMALL_FEED_URL } from '../fixtures/feeds.js';
import { accessibleNode, shadow, writtenOnChart, type AxNode } from '../helpers.js';

const spoken = (el: Element) => shadow(el).querySelector('[role="status"][aria-live="polite"]')!.textContent!.trim();
/** The chart's tooltip, when shown. */
const tooltip = (el: Element) => shadow(el).querySelector<HTMLElement>('[part="tooltip"]');
/** The mark of what the tooltip tells of: a period's column, a bar's row. */
const mark = (el: Element) => shadow(el).querySelector<HTMLElement>('.pointer')?.getBoundingClientRect();

async function drawn<E extends HTMLElement>(template: ReturnType<typeof html>): Promise<E> {
  const page = await fixture<HTMLElement>(html`<div><button>before</button>${template}<button>after</button></div>`);
  const el = page.querySelector<E>('miv-indicator, miv-district-compare')!;
  await oneEvent(el, 'miv-rendered');
  return el;
}

describe('chart keyboard', () => {
  before(() => setViewport({ width: 1000, height: 900 }));

  it('is one tab stop, walks the periods and lines in Dutch, and Escape stops', async () => {
    const el = await drawn(
      html`<miv-indicator
        src=${SMALL_FEED_URL}
        indicator="woninginbraak"
        area="GM0748"
        compare="land"
      ></miv-indicator>`,
    );
    (el.previousElementSibling as HTMLElement).focus();
    await sendKeys({ press: 'Tab' });
    const chart = shadow(el).querySelector<HTMLElement>('[part~="chart"]')!;
    expect(shadow(el).activeElement, 'the chart is the first tab stop').to.equal(chart);
    expect(getComputedStyle(chart).outlineStyle, 'focus is visible').to.equal('solid');
    expect(chart.getAttribute('aria-describedby')).to.equal('summary keys');
    expect(shadow(el).querySelector('[part="keys"]')!.checkVisibility(), 'the hint shows while focused').to.equal(true);

    await sendKeys({ press: 'ArrowLeft' });
    // The first key shows the latest own value.
    expect(spoken(el)).to.equal('Bergen op Zoom, 2025: 3,3 woninginbraken per 1.000 inwoners (voorlopig)');
    await waitUntil(() => tooltip(el), 'the tooltip follows');
    expect(tooltip(el)!.textContent).to.contain('2025');
    // The period's column is marked, through the label of its period.
    const label = writtenOnChart(el, '2025')[0]!;
    expect(mark(el)!.left).to.be.closeTo(label.left + label.width / 2, 1.5);
    await sendKeys({ press: 'ArrowLeft' });
    expect(spoken(el)).to.equal('Bergen op Zoom, 2024: 3,1 woninginbraken per 1.000 inwoners');
    await sendKeys({ press: 'ArrowDown' });
    expect(spoken(el)).to.match(/^Nederland, 2024: [\d,]+ woninginbraken per 1\.000 inwoners$/);
    await sendKeys({ press: 'Home' });
    expect(spoken(el)).to.match(/^Nederland, 2015: /);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'End' });
    expect(spoken(el)).to.match(/^Bergen op Zoom, 2025: /);
    // Right at the last period stays there, and says so again: the live region changes.
    const region = shadow(el).querySelector('[role="status"][aria-live="polite"]')!;
    const before = region.textContent;
    await sendKeys({ press: 'ArrowRight' });
    expect(spoken(el)).to.match(/^Bergen op Zoom, 2025: /);
    expect(region.textContent, 'said again').to.not.equal(before);

    await sendKeys({ press: 'Escape' });
    expect(spoken(el)).to.equal('');
    await waitUntil(() => !tooltip(el), 'Escape hides the tooltip');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.textContent, 'one Tab leaves the chart for the next control').to.not.equal('before');
  });

  it('is an application to screen readers, so that they pass it the arrow keys, with its drawing hidden', async () => {
    const el = await drawn(
      html`<miv-indicator src=${SMALL_FEED_URL} indicator="woninginbraak" area="GM0748"></miv-indicator>`,
    );
    // NVDA and JAWS stay in browse mode on an image and take the arrow keys themselves.
    const chart = await accessibleNode('application', (name) => name.startsWith('Grafiek:'));
    expect(chart?.name).to.equal('Grafiek: Diefstal uit woning (woninginbraak), Bergen op Zoom');
    const names = (node: AxNode): string[] => [node.name, ...(node.children ?? []).flatMap(names)];
    expect(writtenOnChart(el, '2025'), 'the drawing names the periods').to.have.length.greaterThan(0);
    expect(
      names(chart!).filter((name) => name.includes('2025')),
      'what the drawing says',
    ).to.deep.equal([]);
  });

  it('walks the bars with Up and Down, naming status and the highlighted area', async () => {
    const el = await drawn(
      html`<miv-district-compare
        src=${SMALL_FEED_URL}
        indicator="woninginbraak"
        level="gemeente"
        within="de-baronie"
        highlight="GM0744"
        period="2025"
        sort="name"
      ></miv-district-compare>`,
    );
    shadow(el).querySelector<HTMLElement>('[part~="chart"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    const first = spoken(el);
    expect(first).to.match(/^[A-Z].*, 2025: /);
    await sendKeys({ press: 'ArrowDown' });
    expect(spoken(el)).to.not.equal(first);
    await sendKeys({ press: 'End' });
    const last = spoken(el);
    await sendKeys({ press: 'ArrowDown' });
    expect(spoken(el), 'the walk stops at the last bar').to.equal(last);
    // Every bar read out once: one of them is the highlighted area, one a suppressed value.
    const said: string[] = [];
    await sendKeys({ press: 'Home' });
    for (let i = 0; i < 8; i++) {
      said.push(spoken(el));
      await sendKeys({ press: 'ArrowDown' });
    }
    expect(said.some((s) => s.includes('(gemarkeerd)'))).to.equal(true);
    expect(said).to.include('Baarle-Nassau (gemarkeerd), 2025: x (geheim; Te weinig gevallen om te publiceren.)');
    // Left and Right walk the bars too, as the hint under the chart says.
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowRight' });
    expect(spoken(el)).to.equal(said[1]);
    await sendKeys({ press: 'ArrowLeft' });
    expect(spoken(el)).to.equal(said[0]);
    expect(shadow(el).querySelector('[part="keys"]')!.textContent).to.contain('door de gebieden');
  });

  it('shows the tooltip of a bar above its row where there is room, clear of the values below', async () => {
    // Rows tall enough for the tooltip above the second one.
    const el = await drawn(
      html`<miv-district-compare
        style="--miv-chart-height: 420px"
        src=${SMALL_FEED_URL}
        indicator="woninginbraak"
      ></miv-district-compare>`,
    );
    const chart = shadow(el).querySelector<HTMLElement>('[part~="chart"]')!;
    const shownFor = async (area: string) => {
      await waitUntil(() => tooltip(el)?.textContent?.includes(area), `the tooltip of ${area}`);
      return tooltip(el)!.getBoundingClientRect();
    };
    const apart = (a: DOMRect, b: DOMRect) =>
      a.right <= b.left || a.left >= b.right || a.bottom <= b.top || a.top >= b.bottom;
    chart.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    const second = await shownFor('De Baronie');
    const name = writtenOnChart(el, 'De Baronie')[0]!;
    expect(second.bottom, 'above its row').to.be.at.most(name.top);
    // Its row is marked, its name included.
    const row = mark(el)!;
    expect(row.top <= name.top && row.bottom >= name.bottom && row.left <= name.left, 'the row marked').to.equal(true);
    // The values of Hart van Brabant and Zeeland, the rows walked to next.
    const below = [...writtenOnChart(el, '1,9*'), ...writtenOnChart(el, '1,6*')];
    expect(below).to.have.length(2);
    for (const value of below) expect(apart(second, value), 'a value below left uncovered').to.equal(true);
    await sendKeys({ press: 'Home' });
    const first = await shownFor('De Markiezaten');
    expect(first.top, 'no room above the first row: below it').to.be.at.least(
      writtenOnChart(el, 'De Markiezaten')[0]!.bottom,
    );
  });

  it('draws its focus ring over no axis label, in a line chart and in bars', async () => {
    for (const template of [
      html`<miv-indicator src=${SMALL_FEED_URL} indicator="woninginbraak" area="GM0748"></miv-indicator>`,
      html`<miv-district-compare src=${SMALL_FEED_URL} indicator="woninginbraak"></miv-district-compare>`,
    ]) {
      const el = await drawn(template);
      const chart = shadow(el).querySelector<HTMLElement>('[part~="chart"]')!;
      chart.focus();
      const style = getComputedStyle(chart);
      // The ring is drawn inside the box, from its edge to the offset's depth.
      const depth = Math.max(0, -parseFloat(style.outlineOffset));
      const box = chart.getBoundingClientRect();
      const under = [...chart.querySelectorAll('svg text')]
        .filter((t) => {
          const r = t.getBoundingClientRect();
          return (
            r.width > 0 &&
            (r.left < box.left + depth ||
              r.right > box.right - depth ||
              r.top < box.top + depth ||
              r.bottom > box.bottom - depth)
          );
        })
        .map((t) => t.textContent);
      expect(under, el.localName).to.deep.equal([]);
    }
  });
});
