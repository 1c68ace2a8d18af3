/**
 * The tooltip of the line and bar charts under the pointer: what it says, the mark of the period or
 * bar it tells of, its place beside the point, hoverable and dismissable (WCAG 1.4.13), and that
 * pointing loads nothing.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { Chart } from '../../src/charts/echarts.js';
import { SMALL_FEED_URL } from '../fixtures/feeds.js';
import { chartOf, query, rendered, requestsFrom, tooltipText, writtenOnChart } from '../helpers.js';

const box = (el: Element, selector: string) => query(el, selector)!.getBoundingClientRect();
const written = (el: Element, text: string) => writtenOnChart(el, text)[0]!;
const move = (x: number, y: number) => sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the chart tooltip under the pointer', () => {
  before(() => setViewport({ width: 1000, height: 900 }));
  afterEach(() => move(0, 0));

  it('tells of the period pointed at in a line chart, marks its column, and can be hovered', async () => {
    const el = await rendered(
      html`<miv-indicator
        src=${SMALL_FEED_URL}
        indicator="woninginbraak"
        area="GM0758"
        compare="land"
      ></miv-indicator>`,
    );
    const requested = requestsFrom();
    const chart = chartOf(el).instance as unknown as Chart;
    const plot = box(el, '[part~="chart"] svg');
    const columnX = (period: string) => plot.left + (chart.convertToPixel({ xAxisIndex: 0 }, period) as number);
    const y = plot.top + plot.height / 2;
    await move(columnX('2020') + 3, y);
    await waitUntil(() => tooltipText(el), 'a tooltip where the pointer rests');
    expect(tooltipText(el)).to.equal(
      '2020 / Breda: 4,3 / Nederland: 3,5 / per 1.000 inwoners / ' +
        'Bijzondere periode 2020–2021 (Corona): COVID-19: minder mensen van huis',
    );
    // The column is marked through its period's label, from the top of the plot to its foot.
    const mark = box(el, '.pointer.column');
    const label = written(el, '2020');
    expect(mark.left).to.be.closeTo(label.left + label.width / 2, 1.5);
    expect(mark.bottom).to.be.at.most(label.top);
    expect(mark.height).to.be.greaterThan(plot.height / 2);
    // Beside the column, 12 px from it and from the pointer's height.
    const tip = box(el, '[part="tooltip"]');
    expect(Math.min(Math.abs(tip.left - mark.left), Math.abs(tip.right - mark.left))).to.be.closeTo(12, 1.5);
    expect(Math.min(Math.abs(tip.top - y), Math.abs(tip.bottom - y))).to.be.closeTo(12, 1.5);
    // Moving within the column keeps it where it is, so that the pointer can reach it.
    await move(columnX('2020') - 3, y + 10);
    await pause(50);
    expect(box(el, '[part="tooltip"]').toJSON()).to.deep.equal(tip.toJSON());
    await move(tip.left + tip.width / 2, tip.top + tip.height / 2);
    await pause(400);
    expect(tooltipText(el), 'still there with the pointer on it').to.match(/^2020 /);
    // The next column tells of its period.
    await move(columnX('2022'), y);
    await waitUntil(() => tooltipText(el).startsWith('2022 '), 'the tooltip of 2022');
    expect(tooltipText(el)).not.to.contain('Bijzondere periode');
    // Gone once the pointer leaves the chart, with its mark.
    await move(plot.right + 40, plot.bottom + 40);
    await waitUntil(() => !query(el, '[part="tooltip"]') && !query(el, '.pointer'), 'no tooltip off the chart');
    expect(requested(), 'nothing fetched for the tooltip').to.deep.equal([]);
  });

  it('tells of the bar pointed at beside the pointer, marks its row, and Escape hides it', async () => {
    const el = await rendered(
      html`<miv-district-compare src=${SMALL_FEED_URL} indicator="woninginbraak" period="2025"></miv-district-compare>`,
    );
    const name = written(el, 'De Baronie');
    const bars = box(el, '[part~="chart"] svg');
    const x = bars.left + bars.width / 3;
    await move(x, name.top + name.height / 2);
    await waitUntil(() => tooltipText(el).startsWith('De Baronie'), 'the tooltip of the row pointed at');
    expect(tooltipText(el)).to.match(
      /^De Baronie \/ 2025: [\d,]+\*? \(voorlopig\) \/ Verschil met 2024: .+ \/ per 1\.000 inwoners$/,
    );
    const band = box(el, '.pointer.row');
    expect(band.top <= name.top && band.bottom >= name.bottom && band.left <= name.left, 'the row marked').to.equal(
      true,
    );
    // Entered again near its top edge, where a tooltip above the pointer would stand over the row above.
    await move(bars.right + 40, bars.bottom + 40);
    await waitUntil(() => !query(el, '[part="tooltip"]'), 'no tooltip off the chart');
    const y = band.top + 3;
    await move(x, y);
    await waitUntil(() => tooltipText(el).startsWith('De Baronie'), 'the tooltip of the row entered');
    // Beside the pointer at its height, so that the pointer reaches it along the row.
    const tip = box(el, '[part="tooltip"]');
    expect(tip.left - x).to.be.closeTo(12, 1.5);
    expect(tip.top < y && tip.bottom > y, 'across the height of the pointer').to.equal(true);
    await move(tip.left + 4, y);
    await pause(400);
    expect(tooltipText(el), 'still there with the pointer on it').to.match(/^De Baronie /);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !query(el, '[part="tooltip"]') && !query(el, '.pointer'), 'no tooltip after Escape');
  });

  it('stands above or below the bar pointed at where neither side of the pointer has room for it', async () => {
    const el = await rendered(
      html`<miv-district-compare
        style="width: 320px"
        src=${SMALL_FEED_URL}
        indicator="woninginbraak"
        period="2025"
      ></miv-district-compare>`,
    );
    const name = written(el, 'De Baronie');
    const bars = box(el, '[part~="chart"] svg');
    const [x, y] = [bars.left + bars.width / 2, name.top + name.height / 2];
    await move(x, y);
    await waitUntil(() => tooltipText(el).startsWith('De Baronie'), 'the tooltip of the row pointed at');
    const tip = box(el, '[part="tooltip"]');
    expect(tip.width + 12, 'wider than either side of the pointer').to.be.greaterThan(bars.width / 2);
    expect(tip.bottom <= y - 11 || tip.top >= y + 11, `clear of the point (${tip.top}–${tip.bottom}, ${y})`).to.equal(
      true,
    );
    expect(tip.left >= bars.left - 0.5 && tip.right <= bars.right + 0.5, 'within the chart').to.equal(true);
  });

  it("moves the keyboard walk's tooltip and mark with its bar when the chart takes another size", async () => {
    const el = await rendered(
      html`<miv-district-compare src=${SMALL_FEED_URL} indicator="woninginbraak" period="2025"></miv-district-compare>`,
    );
    query(el, '[part~="chart"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => tooltipText(el).startsWith('De Baronie'), 'the tooltip of the second bar');
    const before = box(el, '[part="tooltip"]');
    const resized = new Promise((resolve) => new ResizeObserver(resolve).observe(query(el, '.engine')!));
    el.style.width = `${Math.round(box(el, '[part~="chart"]').width / 2)}px`;
    await resized;
    await waitUntil(() => box(el, '[part="tooltip"]').left !== before.left, 'the tooltip moved');
    const name = written(el, 'De Baronie');
    const row = box(el, '.pointer.row');
    expect(row.top <= name.top && row.bottom >= name.bottom, 'the row marked where it is now').to.equal(true);
    const chart = box(el, '[part~="chart"]');
    expect(box(el, '[part="tooltip"]').right, 'within the chart').to.be.at.most(chart.right + 0.5);
  });
});
