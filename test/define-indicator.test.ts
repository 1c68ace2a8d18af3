import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/define-indicator.js';
import { SMALL_FEED_URL } from './fixtures/feeds.js';

describe('the indicator-only script (define-indicator)', () => {
  it('registers <miv-feed> and <miv-indicator> only, and the indicator draws', async () => {
    expect(customElements.get('miv-indicator')).to.exist;
    expect(customElements.get('miv-feed')).to.exist;
    expect(customElements.get('miv-district-compare')).to.equal(undefined);
    const el = await fixture(
      html`<miv-feed src=${SMALL_FEED_URL}
        ><miv-indicator indicator="woninginbraak" area="GM0758"></miv-indicator
      ></miv-feed>`,
    );
    await oneEvent(el.querySelector('miv-indicator')!, 'miv-rendered');
    expect(el.querySelector('miv-indicator')!.shadowRoot!.querySelector('[part~="chart"] svg')).to.exist;
  });

  it('meets the full script on one page without an exception', async () => {
    await import('../src/define.js');
    expect(customElements.get('miv-district-compare')).to.exist;
  });
});
