/**
 * A drawn chart follows its box when the box narrows (a phone turned upright, a window made
 * smaller): ECharts draws at a fixed size, and the layout around it must not keep that size. A
 * tooltip showing then is shown again in the new drawing: the pointer's for what the resting mouse is
 * on now, the keyboard walk's at its point.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { SMALL_FEED_URL } from '../fixtures/feeds.js';
import type { LitElement } from 'lit';
import type { Chart } from '../../src/charts/echarts.js';
import { chartOf, query, rendered, tooltipText, writtenOnChart } from '../helpers.js';

const drawnWidth = (el: Element) => query(el, '[part~="chart"] svg')!.getBoundingClientRect().width;

describe('a chart whose box narrows', () => {
  for (const [name, template] of [
    [
      '<miv-indicator>',
      html`<miv-indicator
        style="width: 800px"
        src=${SMALL_FEED_URL}
        indicator="woninginbraak"
        area="GM0758"
      ></miv-indicator>`,
    ],
    // Beside its opvallendheden where there is room, under them on a phone.
    [
      '<miv-district-compare>',
      html`<miv-district-compare
        style="width: 800px"
        src=${SMALL_FEED_URL}
        indicator="woninginbraak"
        period="2025"
      ></miv-district-compare>`,
    ],
    ['<miv-map>', html`<miv-map style="width: 800px" src=${SMALL_FEED_URL} indicator="woninginbraak"></miv-map>`],
  ] as const) {
    it(`${name} is drawn again within it`, async () => {
      const el = await rendered<HTMLElement>(template);
      el.style.width = '320px';
      await waitUntil(
        () => drawnWidth(el) <= el.getBoundingClientRect().width + 0.5,
        `drawn ${drawnWidth(el)} px wide in ${el.getBoundingClientRect().width} px`,
      );
    });
  }
});

describe('a chart taking another size while its tooltip shows', () => {
  const box = (el: Element, selector: string) => query(el, selector)!.getBoundingClientRect();
  const move = (x: number, y: number) => sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
  /** The period whose label stands nearest to `x` under the line chart, and the middle of that label. */
  const periodAt = (el: Element, x: number) =>
    ['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']
      .map((period) => {
        const label = writtenOnChart(el, period)[0]!;
        return { period, middle: label.left + label.width / 2 };
      })
      .sort((a, b) => Math.abs(a.middle - x) - Math.abs(b.middle - x))[0]!;
  /** Narrows the element, and waits until its chart is drawn in the new width: ECharts paints a resize in a frame after. */
  const narrow = (el: HTMLElement, width: number) =>
    new Promise<void>((resolve) => {
      const chart = chartOf(el).instance as unknown as Chart;
      const painted = () => {
        if (drawnWidth(el) > width) return;
        chart.off('finished', painted);
        resolve();
      };
      chart.on('finished', painted);
      el.style.width = `${width}px`;
    });
  const indicator = html`<miv-indicator
    style="width: 800px"
    src=${SMALL_FEED_URL}
    indicator="woninginbraak"
    area="GM0758"
    compare="land"
  ></miv-indicator>`;

  before(() => setViewport({ width: 1000, height: 900 }));
  afterEach(() => move(0, 0));

  it('shows the tooltip of the period under the resting mouse again, beside its column', async () => {
    const el = await rendered<HTMLElement>(indicator);
    const plot = box(el, '[part~="chart"] svg');
    const [x, y] = [periodAt(el, plot.left + plot.width / 2).middle + 3, plot.top + plot.height / 2];
    await move(x, y);
    await waitUntil(() => tooltipText(el), 'a tooltip where the mouse rests');
    const before = tooltipText(el);
    await narrow(el, 560);
    // The columns drew closer together: the mouse, where it was, is on a later period now.
    const { period, middle } = periodAt(el, x);
    await waitUntil(
      () => tooltipText(el).startsWith(`${period} `),
      `the tooltip of ${period} under the mouse (${tooltipText(el) || 'none'}, was ${before})`,
    );
    expect(before.startsWith(`${period} `), 'another period than before').to.equal(false);
    const mark = box(el, '.pointer.column');
    expect(mark.left, 'its column marked').to.be.closeTo(middle, 1.5);
    // From the column to the right, as far as the drawing lets it; above or below the mouse.
    const [tip, drawing] = [box(el, '[part="tooltip"]'), box(el, '[part~="chart"] svg')];
    const fromColumn = Math.abs(tip.left - mark.left - 12) <= 1.5;
    expect(fromColumn || Math.abs(tip.right - drawing.right) <= 1.5, 'right of its column, or at the edge').to.equal(
      true,
    );
    expect(Math.min(Math.abs(tip.top - y), Math.abs(tip.bottom - y))).to.be.closeTo(12, 1.5);
  });

  it('leaves a tooltip dismissed with Escape hidden', async () => {
    const el = await rendered<LitElement>(indicator);
    const plot = box(el, '[part~="chart"] svg');
    await move(plot.left + plot.width / 2, plot.top + plot.height / 2);
    await waitUntil(() => tooltipText(el), 'a tooltip where the mouse rests');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !query(el, '[part="tooltip"]'), 'no tooltip after Escape');
    await narrow(el, 560);
    await el.updateComplete;
    expect(tooltipText(el), 'none after the resize').to.equal('');
  });

  it('shows the tooltip of the bar under the resting mouse again, beside the mouse', async () => {
    const el = await rendered<HTMLElement>(
      html`<miv-district-compare
        style="width: 800px"
        src=${SMALL_FEED_URL}
        indicator="woninginbraak"
        period="2025"
      ></miv-district-compare>`,
    );
    const name = writtenOnChart(el, 'De Baronie')[0]!;
    const bars = box(el, '[part~="chart"] svg');
    const [x, y] = [bars.left + bars.width / 3, name.top + name.height / 2];
    await move(x, y);
    await waitUntil(() => tooltipText(el).startsWith('De Baronie'), 'the tooltip of the row under the mouse');
    await narrow(el, 640);
    await waitUntil(() => query(el, '[part="tooltip"]'), 'the tooltip shown again');
    // The rows kept their height: the mouse is on the same bar, drawn shorter.
    expect(tooltipText(el)).to.match(/^De Baronie /);
    const row = box(el, '.pointer.row');
    const now = writtenOnChart(el, 'De Baronie')[0]!;
    expect(row.top <= now.top && row.bottom >= now.bottom, 'its row marked').to.equal(true);
    const tip = box(el, '[part="tooltip"]');
    expect(tip.left - x, 'beside the mouse').to.be.closeTo(12, 1.5);
    expect(tip.top < y && tip.bottom > y, 'across its height').to.equal(true);
  });

  it('shows the tooltip of the gemeente under the resting mouse again, on a map', async () => {
    const el = await rendered<HTMLElement>(
      html`<miv-map style="width: 800px" src=${SMALL_FEED_URL} indicator="woninginbraak"></miv-map>`,
    );
    query(el, '[part~="chart"]')!.scrollIntoView({ block: 'start' });
    const gemeenten = () =>
      [...query(el, '[part~="chart"] svg')!.querySelectorAll('path')].filter(
        (p) => !p.closest('defs') && /^rgb/.test(p.getAttribute('fill') ?? ''),
      );
    const onGemeente = ([x, y]: readonly [number, number]) =>
      gemeenten().some((region) =>
        region.isPointInFill(new DOMPoint(x, y).matrixTransform(region.getScreenCTM()!.inverse())),
      );
    // A point of the page on a gemeente in the narrow drawing and in the wide one: the middles of the
    // narrow one's gemeenten, the first of them on one in the wide.
    await narrow(el, 360);
    const middles = gemeenten().map((region) => {
      const { left, top, width, height } = region.getBoundingClientRect();
      return [left + width / 2, top + height / 2] as const;
    });
    const narrowed = middles.filter(onGemeente);
    el.style.width = '800px';
    await waitUntil(() => drawnWidth(el) > 360, 'drawn wide again');
    const at = narrowed.find(onGemeente)!;
    await move(...at);
    await waitUntil(() => tooltipText(el), 'a tooltip where the mouse rests');
    const before = tooltipText(el);
    await narrow(el, 360);
    await waitUntil(() => query(el, '[part="tooltip"]'), `the tooltip shown again (was ${before})`);
    const tip = box(el, '[part="tooltip"]');
    expect(Math.min(Math.abs(tip.top - at[1]), Math.abs(tip.bottom - at[1])), 'clear of the mouse').to.be.closeTo(
      12,
      1.5,
    );
  });

  it("keeps the keyboard walk's period in a line chart, its tooltip at the point and its column marked", async () => {
    const el = await rendered<HTMLElement>(indicator);
    query(el, '[part~="chart"]')!.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => tooltipText(el).startsWith('2023 '), 'the tooltip of 2023');
    const said = tooltipText(el);
    const before = box(el, '[part="tooltip"]');
    await narrow(el, 400);
    await waitUntil(() => box(el, '[part="tooltip"]').left !== before.left, 'the tooltip moved');
    expect(tooltipText(el)).to.equal(said);
    const label = writtenOnChart(el, '2023')[0]!;
    expect(box(el, '.pointer.column').left, 'its column marked').to.be.closeTo(label.left + label.width / 2, 1.5);
    expect(box(el, '[part="tooltip"]').right, 'within the chart').to.be.at.most(box(el, '[part~="chart"]').right + 0.5);
  });
});
