/**
 * On a right-to-left page (Arabic, Hebrew) the elements, which speak Dutch or English, still run left
 * to right: their names, figures and charts would otherwise be mirrored and cut.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { MivDistrictCompare } from '../../src/components/miv-district-compare/miv-district-compare.js';
import { SMALL_FEED_URL } from '../fixtures/feeds.js';
import { chartOf, query } from '../helpers.js';

describe('a right-to-left page', () => {
  it('a comparison draws its area names whole inside the chart, and its headline reads left to right', async () => {
    const page = await fixture<HTMLElement>(
      html`<div dir="rtl" lang="ar" style="width: 640px">
        <miv-district-compare src=${SMALL_FEED_URL} indicator="woninginbraak" lang="nl"></miv-district-compare>
      </div>`,
    );
    const el = page.querySelector<MivDistrictCompare>('miv-district-compare')!;
    if (!chartOf(el).instance) await oneEvent(el, 'miv-rendered');
    const svg = query(el, '[part~="chart"] svg')!;
    const chart = svg.getBoundingClientRect();
    const name = [...svg.querySelectorAll('text')].find((t) => t.textContent === 'De Baronie')!;
    expect(name, 'the area name is drawn').to.exist;
    const label = name.getBoundingClientRect();
    // Left of the bars, which start at the value axis's 0.
    const zero = [...svg.querySelectorAll('text')].find((t) => t.textContent === '0')!.getBoundingClientRect();
    expect(label.left).to.be.at.least(chart.left);
    expect(label.right).to.be.at.most(zero.left + zero.width / 2);
    // The title's text starts at the element's left edge, as on a left-to-right page.
    const range = document.createRange();
    range.selectNodeContents(query(el, '[part~="title"]')!);
    expect(range.getBoundingClientRect().left - el.getBoundingClientRect().left).to.be.below(2);
  });
});
