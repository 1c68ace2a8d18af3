/**
 * An exported image of a comparison or a map on a handout, away from the widget's legend and table:
 * it says what its symbols and colours mean.
 */
import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { MivChartElement, MivDownloadDetail } from '../../src/components/miv-chart-element.js';
import { SMALL_FEED_URL } from '../fixtures/feeds.js';
import { failOnConsoleErrors, rendered } from '../helpers.js';

/** The lines of text of the element's SVG download, outside the chart's own drawing. */
async function imageLines(el: MivChartElement<unknown>): Promise<string[]> {
  const event = oneEvent(el, 'miv-download') as Promise<CustomEvent<MivDownloadDetail>>;
  await el.download('svg');
  const caught = await event;
  caught.preventDefault();
  const svg = new DOMParser().parseFromString(await caught.detail.blob.text(), 'image/svg+xml').documentElement;
  return [...svg.querySelectorAll(':scope > text')].map((t) => t.textContent ?? '');
}

describe('the key of an exported image', () => {
  failOnConsoleErrors();

  it('of a comparison: what the symbols beside its figures mean', async () => {
    const el = await rendered<MivChartElement<unknown>>(
      html`<miv-district-compare src=${SMALL_FEED_URL} indicator="woninginbraak"></miv-district-compare>`,
    );
    expect(await imageLines(el)).to.include('* voorlopig');
  });

  it('of a map: what a stronger colour means and each class with its colour', async () => {
    const el = await rendered<MivChartElement<unknown>>(
      html`<miv-map src=${SMALL_FEED_URL} indicator="woninginbraak" area="de-markiezaten"></miv-map>`,
    );
    const lines = await imageLines(el);
    const legend = el.shadowRoot!.querySelectorAll('[part="legend"] li');
    // Each class of the map's own legend, in its words, and the sentence on the colours above them.
    const classes = [...legend].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(classes.length).to.be.greaterThan(0);
    for (const name of classes) expect(lines, name).to.include(name);
    expect(
      lines.some((line) => line.startsWith('Hoe ')),
      'the meaning of the colours',
    ).to.equal(true);
  });
});
