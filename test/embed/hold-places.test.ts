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
  '--miv-chart-height: banana',
];

describe('holdPlaces', () => {
  before(() => holdPlaces(Object.keys(elementModules)));

  it('gives a chart element and the area picker the height of their placeholder before their code arrives', async () => {
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

  it('holds the default height under a chart-height token that is no length, as the placeholder does, and the map’s at its width', async () => {
    // Answered after the test: the elements show their placeholder while they are measured.
    const { url } = await serveSmallFeed('hold-places-map');
    const src = `${url}?delay=60000`;
    const tokens = [
      '',
      '--miv-chart-height: banana',
      '--miv-map-chart-height: 12; --miv-district-compare-chart-height: 12',
    ];
    const page = await fixture<HTMLElement>(html`
      <div>
        ${[360, 900].map((width) =>
          tokens.map(
            (style) => html`
              <miv-map
                data-width=${width}
                data-tokens=${style}
                style="width: ${width}px; ${style}"
                src=${src}
                indicator="woninginbraak"
              ></miv-map>
              <miv-district-compare
                data-width=${width}
                data-tokens=${style}
                style="width: ${width}px; ${style}"
                src=${src}
              ></miv-district-compare>
            `,
          ),
        )}
      </div>
    `);
    const named = (el: Element) => `${el.localName} styled "${el.getAttribute('style')}"`;
    const elements = [...page.querySelectorAll<HTMLElement>('miv-map, miv-district-compare')];
    const held = new Map(elements.map((el) => [el, el.getBoundingClientRect().height]));
    const untold = (el: HTMLElement) =>
      page.querySelector<HTMLElement>(`${el.localName}[data-width="${el.dataset.width}"][data-tokens=""]`)!;
    for (const el of elements)
      expect(held.get(el), `${named(el)}: the default`).to.be.closeTo(held.get(untold(el))!, 0.5);

    for (const tag of ['miv-map', 'miv-district-compare'] as const)
      customElements.define(tag, await elementModules[tag]());
    await Promise.all(elements.map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    for (const el of elements) {
      expect(el.shadowRoot!.querySelector('[part~="status"]')?.getAttribute('aria-busy'), 'loading').to.equal('true');
      expect(el.getBoundingClientRect().height, named(el)).to.be.closeTo(held.get(el)!, 0.5);
    }
  });
});
