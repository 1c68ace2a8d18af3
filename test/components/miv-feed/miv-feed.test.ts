import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../../src/define.js';
import type { MivFeed } from '../../../src/components/miv-feed/miv-feed.js';
import type { MivTheme } from '../../../src/components/miv-theme/miv-theme.js';
import type { MivIndicator } from '../../../src/components/miv-indicator/miv-indicator.js';
import { SMALL_FEED_URL } from '../../fixtures/feeds.js';

const shadow = (el: Element) => el.shadowRoot!;
const subtitle = (el: MivTheme) => shadow(el).querySelector('[part="header"] p')?.textContent ?? '';

/** A component with its own shadow root, to show that the feed context crosses shadow boundaries. */
class TestPanel extends LitElement {
  override render() {
    return html`<miv-theme theme="veilige-buurt-en-omgeving"></miv-theme>`;
  }
}
customElements.define('test-feed-panel', TestPanel);

describe('<miv-feed>', () => {
  it('hands its src, lang and area to the elements inside', async () => {
    const feed = await fixture<MivFeed>(
      html`<miv-feed src=${SMALL_FEED_URL} area="GM0758" lang="en">
        <miv-theme theme="veilige-buurt-en-omgeving"></miv-theme>
      </miv-feed>`,
    );
    const theme = feed.querySelector('miv-theme')!;
    await waitUntil(() => subtitle(theme).includes('Breda'), 'the theme shows the feed’s area');
    expect(subtitle(theme)).to.equal('Breda · 2 indicators');
    expect(getComputedStyle(feed).display, 'no box of its own').to.equal('contents');
  });

  it('lets an element’s own attributes win', async () => {
    const feed = await fixture<MivFeed>(
      html`<miv-feed src="does-not-exist.json" area="GM0758">
        <miv-theme src=${SMALL_FEED_URL} theme="veilige-buurt-en-omgeving" area="GM0748" lang="en"></miv-theme>
      </miv-feed>`,
    );
    const theme = feed.querySelector('miv-theme')!;
    await waitUntil(() => subtitle(theme) !== '', 'the theme loads its own src');
    expect(subtitle(theme)).to.equal('Bergen op Zoom · 2 indicators');
  });

  it('reaches elements inside other components’ shadow roots, and follows later changes', async () => {
    const feed = await fixture<MivFeed>(
      html`<miv-feed src=${SMALL_FEED_URL} area="GM0758"><test-feed-panel></test-feed-panel></miv-feed>`,
    );
    const panel = feed.querySelector('test-feed-panel')!;
    await (panel as TestPanel).updateComplete;
    const theme = shadow(panel).querySelector('miv-theme')!;
    await waitUntil(() => subtitle(theme).startsWith('Breda'), 'inherited through a shadow root');
    feed.area = 'de-markiezaten';
    await waitUntil(() => subtitle(theme).startsWith('De Markiezaten'), 'follows the new area');
  });

  it('without an area, every element shows the unit', async () => {
    const feed = await fixture<MivFeed>(
      html`<miv-feed src=${SMALL_FEED_URL}>
        <miv-area-picker></miv-area-picker>
        <miv-theme theme="veilige-buurt-en-omgeving"></miv-theme>
      </miv-feed>`,
    );
    const theme = feed.querySelector('miv-theme')!;
    const picker = feed.querySelector('miv-area-picker')!;
    await waitUntil(() => subtitle(theme) !== '' && picker.shadowRoot!.querySelector('select'));
    expect(subtitle(theme)).to.equal('Eenheid Zeeland-West-Brabant · 2 indicatoren');
    expect(picker.shadowRoot!.querySelector('select')!.value).to.equal('zeeland-west-brabant');
  });

  it('gives <miv-indicator> its feed and area too', async () => {
    const feed = await fixture<MivFeed>(
      html`<miv-feed src=${SMALL_FEED_URL} area="GM0748">
        <miv-indicator indicator="woninginbraak"></miv-indicator>
        <miv-indicator indicator="woninginbraak" area="GM0758"></miv-indicator>
      </miv-feed>`,
    );
    const [inherited, own] = [...feed.querySelectorAll<MivIndicator>('miv-indicator')];
    // Wait for the headers, not for paint: the second chart may sit below the viewport and stay undrawn.
    await waitUntil(
      () => shadow(inherited!).querySelector('[part="header"]') && shadow(own!).querySelector('[part="header"]'),
    );
    expect(shadow(inherited!).querySelector('[part="header"]')!.textContent).to.contain('Bergen op Zoom');
    expect(shadow(own!).querySelector('[part="header"]')!.textContent).to.contain('Breda');
  });
});
