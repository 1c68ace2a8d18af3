/**
 * The loading placeholder of an indicator and of a comparison holds its height under a chart-height
 * token that is no length (`banana`, `12` without a unit), as the drawn chart does: the page does
 * not jump when the element arrives. A length in the token sets the placeholder's chart, as it sets
 * the drawn one. (The map's placeholder: miv-map/placeholder.test.ts.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { query } from '../helpers.js';
import { serveSmallFeed } from '../reliability/helpers.js';

describe('chart loading placeholder', () => {
  let slow: string;
  before(async () => {
    // Answered after the test: the element shows its placeholder while it is measured.
    slow = `${(await serveSmallFeed('chart-placeholder')).url}?delay=60000`;
  });

  /** The loading element's whole height and its chart bone's, in an element styled `style`. */
  async function placeholder(tag: string, style: string) {
    const el = await fixture<HTMLElement>(
      staticHtml`<${unsafeStatic(tag)} style=${style} src=${slow} indicator="woninginbraak" area="GM0758"></${unsafeStatic(tag)}>`,
    );
    expect(query(el, '[part~="status"]')?.getAttribute('aria-busy'), `${tag} loading`).to.equal('true');
    const height = {
      whole: el.getBoundingClientRect().height,
      chart: query(el, '.bone.chart')!.getBoundingClientRect().height,
    };
    el.remove();
    return height;
  }

  for (const tag of ['miv-indicator', 'miv-district-compare'])
    for (const width of [360, 900])
      it(`<${tag}>, ${width} px wide: as high under a chart-height token that is no length as without`, async () => {
        const untold = await placeholder(tag, `width: ${width}px`);
        expect(untold.chart, 'the default chart height').to.be.closeTo(320, 0.5);
        for (const token of ['--miv-chart-height: banana', '--miv-chart-height: 12']) {
          const told = await placeholder(tag, `width: ${width}px; ${token}`);
          expect(told.whole, `${token}: as without it`).to.be.closeTo(untold.whole, 0.5);
          expect(told.chart, `${token}: the chart's default`).to.be.closeTo(320, 0.5);
        }
        const lower = await placeholder(tag, `width: ${width}px; --miv-chart-height: 300px`);
        expect(lower.chart, '300px: the token’s').to.be.closeTo(300, 0.5);
        expect(lower.whole, '300px: the chart 20 px lower').to.be.closeTo(untold.whole - 20, 0.5);
      });

  it('an element without a chart keeps its one line while it loads, under any chart-height token', async () => {
    for (const token of ['', '--miv-chart-height: banana', '--miv-chart-height: 300px']) {
      const el = await fixture<HTMLElement>(html`<miv-sources style=${token} src=${slow}></miv-sources>`);
      const status = query(el, '[part~="status"]')!;
      expect(status.getAttribute('aria-busy'), 'loading').to.equal('true');
      const line = parseFloat(getComputedStyle(status).lineHeight);
      expect(status.getBoundingClientRect().height, `${token}: one line and its padding`).to.be.below(3 * line);
      el.remove();
    }
  });
});
