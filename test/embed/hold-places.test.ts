/**
 * Before its code arrives, an element the embed scripts know holds the height of the placeholder it
 * will show, so that the page does not move when it is defined: with the page's padding, border,
 * `box-sizing` and font size, and with the tokens that size the placeholder. Its own page: the
 * elements here are not defined until the test defines them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { holdPlaces } from '../../src/embed/hold-places.js';
import { elementModules } from '../../src/elements.js';
import { serveSmallFeed } from '../reliability/helpers.js';

/** Each element in a box of its own, styled as pages do. */
const PAGE_STYLES = [
  '',
  'padding: 1rem; border: 1px solid #ccc',
  'font-size: 20px; --miv-chart-height: 200px',
  '--miv-indicator-chart-height: 150px; --miv-font-size: 13px',
];

describe('holdPlaces', () => {
  it('gives a chart element and the area picker the height of their placeholder before their code arrives', async () => {
    holdPlaces(Object.keys(elementModules));
    // Served late, so that the defined elements show their placeholder while they are measured.
    const { url } = await serveSmallFeed('hold-places');
    const src = `${url}?delay=3000`;
    const page = await fixture<HTMLElement>(html`
      <div>
        <style>
          .border-box * {
            box-sizing: border-box;
          }
        </style>
        ${PAGE_STYLES.map(
          (style, i) => html`
            <div class=${i % 2 ? 'border-box' : ''}>
              <miv-indicator style=${style} src=${src} indicator="woninginbraak" area="GM0758"></miv-indicator>
              <miv-area-picker style=${style} src=${src}></miv-area-picker>
            </div>
          `,
        )}
      </div>
    `);
    const elements = [...page.querySelectorAll<HTMLElement>('miv-indicator, miv-area-picker')];
    const held = elements.map((el) => el.getBoundingClientRect().height);
    for (const [i, height] of held.entries()) expect(height, `${elements[i]!.localName} holds a place`).to.be.above(40);

    for (const tag of ['miv-indicator', 'miv-area-picker'] as const)
      customElements.define(tag, await elementModules[tag]());
    await Promise.all(elements.map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    for (const el of elements)
      expect(el.shadowRoot!.querySelector('[part~="status"]')?.getAttribute('aria-busy'), 'loading').to.equal('true');
    const shown = elements.map((el) => el.getBoundingClientRect().height);
    shown.forEach((height, i) =>
      expect(height, `${elements[i]!.localName} styled "${elements[i]!.getAttribute('style')}"`).to.be.closeTo(
        held[i]!,
        0.5,
      ),
    );
  });
});
