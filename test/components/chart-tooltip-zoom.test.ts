/**
 * A host page that zooms an ancestor of the widget with CSS `zoom` (some CMS themes do): the pointer's
 * tooltip tells of what the pointer is on and stands beside it, as without zoom. The page's client
 * coordinates are zoomed there, the drawing's own pixels are not.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { SMALL_FEED_URL } from '../fixtures/feeds.js';
import { chartOf, query, tooltipText, writtenOnChart } from '../helpers.js';

const box = (el: Element, selector: string) => query(el, selector)!.getBoundingClientRect();
const move = (x: number, y: number) => sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });

/** Renders `widget` within a box zoomed by `zoom`, and waits for its chart. */
async function zoomed<E extends HTMLElement>(zoom: number, widget: ReturnType<typeof html>): Promise<E> {
  const page = await fixture<HTMLElement>(html`<div style="zoom: ${zoom}">${widget}</div>`);
  const el = page.firstElementChild as E;
  if (!chartOf(el).instance) await oneEvent(el, 'miv-rendered');
  await (el as E & { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

describe('the chart tooltip on a page zoomed with CSS zoom', () => {
  before(() => setViewport({ width: 1000, height: 900 }));
  afterEach(() => move(0, 0));

  for (const zoom of [1.25, 0.8]) {
    it(`tells of the period pointed at in a line chart and stands beside its column, at zoom ${zoom}`, async () => {
      const el = await zoomed(
        zoom,
        html`<miv-indicator
          src=${SMALL_FEED_URL}
          indicator="woninginbraak"
          area="GM0758"
          compare="land"
        ></miv-indicator>`,
      );
      const label = writtenOnChart(el, '2020')[0]!;
      const plot = box(el, '[part~="chart"] svg');
      const [x, y] = [label.left + label.width / 2, plot.top + plot.height / 2];
      await move(x + 2, y);
      await waitUntil(() => tooltipText(el), 'a tooltip where the pointer rests');
      expect(tooltipText(el)).to.match(/^2020 \/ Breda: 4,3 /);
      // The column marked through its label, the tooltip 12 px (zoomed) from it and from the pointer.
      const mark = box(el, '.pointer.column');
      expect(mark.left).to.be.closeTo(x, 1.5);
      const tip = box(el, '[part="tooltip"]');
      expect(tip.left - mark.left, 'right of the column').to.be.closeTo(12 * zoom, 1.5);
      expect(Math.min(Math.abs(tip.top - y), Math.abs(tip.bottom - y)), 'clear of the pointer').to.be.closeTo(
        12 * zoom,
        1.5,
      );
    });

    it(`tells of the gemeente pointed at on a map, at zoom ${zoom}`, async () => {
      const map = html`<miv-map src=${SMALL_FEED_URL} indicator="woninginbraak"></miv-map>`;
      // The largest gemeente's name without zoom, then with it, at a point within its own fill.
      const pointAt = async (el: HTMLElement) => {
        const regions = [...query(el, '[part~="chart"] svg')!.querySelectorAll('path')].filter(
          (p) => !p.closest('defs') && /^rgb/.test(p.getAttribute('fill') ?? ''),
        );
        const size = (p: SVGPathElement) => p.getBoundingClientRect().width * p.getBoundingClientRect().height;
        const region = regions.sort((a, b) => size(b) - size(a))[0]!;
        region.scrollIntoView({ block: 'center' });
        const [area, toRegion] = [region.getBoundingClientRect(), region.getScreenCTM()!.inverse()];
        const steps = [0.5, 0.4, 0.6, 0.3, 0.7];
        const [x, y] = steps
          .flatMap((fx) => steps.map((fy) => [area.x + fx * area.width, area.y + fy * area.height] as const))
          .find(([px, py]) => region.isPointInFill(new DOMPoint(px, py).matrixTransform(toRegion)))!;
        await move(x, y);
        await waitUntil(() => tooltipText(el), 'a tooltip where the pointer rests');
        return [tooltipText(el), x, y] as const;
      };
      const [named] = await pointAt(await zoomed(1, map));
      await move(0, 0);
      const el = await zoomed<HTMLElement>(zoom, map);
      const [tells, x, y] = await pointAt(el);
      expect(tells).to.equal(named);
      const tip = box(el, '[part="tooltip"]');
      expect(Math.min(Math.abs(tip.top - y), Math.abs(tip.bottom - y)), 'clear of the pointer').to.be.closeTo(
        12 * zoom,
        1.5,
      );
      expect(tip.left - x, 'right of the pointer').to.be.at.most(12 * zoom + 1.5);
    });

    it(`tells of the bar pointed at and stands beside the pointer, at zoom ${zoom}`, async () => {
      const el = await zoomed(
        zoom,
        html`<miv-district-compare
          src=${SMALL_FEED_URL}
          indicator="woninginbraak"
          period="2025"
        ></miv-district-compare>`,
      );
      const name = writtenOnChart(el, 'De Baronie')[0]!;
      const bars = box(el, '[part~="chart"] svg');
      const [x, y] = [bars.left + bars.width / 3, name.top + name.height / 2];
      await move(x, y);
      await waitUntil(() => tooltipText(el), 'a tooltip where the pointer rests');
      expect(tooltipText(el)).to.match(/^De Baronie \//);
      const row = box(el, '.pointer.row');
      expect(row.top <= name.top && row.bottom >= name.bottom, 'its row marked').to.equal(true);
      const tip = box(el, '[part="tooltip"]');
      expect(tip.left - x, 'right of the pointer').to.be.closeTo(12 * zoom, 1.5);
      expect(tip.top < y && tip.bottom > y, 'across its height').to.equal(true);
    });
  }
});
