/**
 * The map's loading placeholder holds the height the map will take: its chart is as high as the map
 * drawn in the map's column (beside the legend on a wide element, the element's width on a narrow
 * one), with the tokens and with a chart-height token that is no length.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { MivMap } from '../../../src/components/miv-map/miv-map.js';
import { query, rendered, SAMPLE_FEED_URL } from '../../helpers.js';
import { serveFeed, uniqueId } from '../../reliability/helpers.js';

const height = (el: Element, selector: string) => query(el, selector)!.getBoundingClientRect().height;

describe('<miv-map> loading placeholder', () => {
  let slow: string;
  before(async () => {
    // Answered after the test: the element shows its placeholder while it is measured.
    const feed = await (await fetch(SAMPLE_FEED_URL)).text();
    slow = `${await serveFeed(uniqueId('map-placeholder'), feed)}?delay=60000`;
  });

  /** The loading element's chart and whole height, and the drawn map's, in an element styled `style`. */
  async function measured(style: string) {
    const loading = await fixture<MivMap>(
      html`<miv-map style=${style} src=${slow} indicator="woninginbraak"></miv-map>`,
    );
    expect(query(loading, '[part~="status"]')?.getAttribute('aria-busy'), 'loading').to.equal('true');
    const placeholder = { chart: height(loading, '.bone.chart'), whole: loading.getBoundingClientRect().height };
    loading.remove();
    const map = await rendered<MivMap>(
      html`<miv-map loading="eager" style=${style} src=${SAMPLE_FEED_URL} indicator="woninginbraak"></miv-map>`,
    );
    return { placeholder, map: height(map, '[part~="chart"]') };
  }

  for (const width of [360, 900])
    it(`holds the map's height, ${width} px wide, also under a chart-height token that is no length`, async () => {
      const normal = await measured(`width: ${width}px`);
      expect(normal.placeholder.chart, 'the map’s height').to.be.closeTo(normal.map, 1);
      for (const tokens of ['--miv-chart-height: banana', '--miv-map-chart-height: 12', '--miv-chart-height: 300px']) {
        const told = await measured(`width: ${width}px; ${tokens}`);
        expect(told.placeholder.chart, tokens).to.be.closeTo(told.map, 1);
        if (tokens.endsWith('300px')) expect(told.map, tokens).to.be.closeTo(300, 1);
        else expect(told.placeholder.whole, `${tokens}: as without it`).to.be.closeTo(normal.placeholder.whole, 1);
      }
    });
});
