/**
 * A drawn chart follows its box when the box narrows (a phone turned upright, a window made
 * smaller): ECharts draws at a fixed size, and the layout around it must not keep that size.
 */
import { html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { SMALL_FEED_URL } from '../fixtures/feeds.js';
import { query, rendered } from '../helpers.js';

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
