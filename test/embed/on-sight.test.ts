/**
 * The embed scripts define each element when its tag first appears: in the page, added later, or in
 * the shadow root of another element; a `<miv-feed>` before the elements inside it; and elements a
 * page does not use are never loaded.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { defineOnSight } from '../../src/register.js';
import { elementModules } from '../../src/elements.js';
import { SMALL_FEED_URL } from '../fixtures/feeds.js';
import type { MivErrorDetail } from '../../src/components/miv-data-element.js';

/** A loader table of test elements that records which were loaded and in which order they were defined. */
function testElements(delays: Record<string, number>) {
  const loaded: string[] = [];
  const defined: string[] = [];
  const loaders = Object.fromEntries(
    Object.entries(delays).map(([tag, delay]) => [
      tag,
      async () => {
        loaded.push(tag);
        await new Promise((resolve) => setTimeout(resolve, delay));
        return class extends HTMLElement {
          static {
            queueMicrotask(() => void customElements.whenDefined(tag).then(() => defined.push(tag)));
          }
          connectedCallback() {
            // Renders the next test element in its own shadow root, as an element made of others would.
            const inner = this.getAttribute('renders');
            if (inner && !this.shadowRoot) this.attachShadow({ mode: 'open' }).innerHTML = `<${inner}></${inner}>`;
          }
        };
      },
    ]),
  );
  return { loaders, loaded, defined };
}

describe('defining elements on sight', () => {
  it('defines the feed before the elements inside it, however fast each module arrives', async () => {
    const { loaders, defined } = testElements({ 'miv-t-feed': 60, 'miv-t-chart': 0 });
    await fixture(html`<miv-t-feed><miv-t-chart></miv-t-chart></miv-t-feed>`);
    defineOnSight(loaders);
    await waitUntil(() => defined.length === 2, 'both are defined');
    expect(defined).to.deep.equal(['miv-t-feed', 'miv-t-chart']);
  });

  it('defines each kind of element in a task of its own, so that their first renders do not add up', async () => {
    const { loaders, defined } = testElements({ 'miv-t-first': 0, 'miv-t-second': 0 });
    await fixture(html`<miv-t-first></miv-t-first><miv-t-second></miv-t-second>`);
    defineOnSight(loaders);
    await customElements.whenDefined('miv-t-first');
    // Still the task that defined the first: the second is not defined yet.
    expect(customElements.get('miv-t-second') === undefined, 'the second is defined later').to.equal(true);
    await waitUntil(() => defined.length === 2, 'both are defined');
    expect(defined).to.deep.equal(['miv-t-first', 'miv-t-second']);
  });

  it('finds elements added later and inside the shadow root of another, and loads no others', async () => {
    const { loaders, loaded } = testElements({ 'miv-t-outer': 0, 'miv-t-inner': 0, 'miv-t-unused': 0 });
    defineOnSight(loaders);
    const outer = await fixture(html`<div></div>`);
    outer.innerHTML = '<miv-t-outer renders="miv-t-inner"></miv-t-outer>';
    await waitUntil(() => customElements.get('miv-t-inner'), 'the element in the shadow root is defined');
    const inner = outer.querySelector('miv-t-outer')!.shadowRoot!.querySelector('miv-t-inner')!;
    expect(inner.constructor).to.equal(customElements.get('miv-t-inner'));
    expect(loaded).to.not.include('miv-t-unused');
  });

  it('says in place that an element could not be loaded, fires miv-error, and holds no height for it', async () => {
    const { loaders, defined } = testElements({ 'miv-t-fine': 0 });
    // A chunk gone from the server, as after an upgrade of a self-hosted copy with a stale loader.
    const missing = new URL('./no-such-chunk.js', import.meta.url).href;
    const page = await fixture<HTMLElement>(
      html`<div>
        <miv-map></miv-map>
        <p lang="en"><miv-map></miv-map></p>
        <miv-t-fine></miv-t-fine>
      </div>`,
    );
    const errors: MivErrorDetail[] = [];
    page.addEventListener('miv-error', (e) => errors.push((e as CustomEvent<MivErrorDetail>).detail));
    const logged: unknown[][] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      defineOnSight({ ...loaders, 'miv-map': () => import(missing) });
      const [dutch, english] = [...page.querySelectorAll('miv-map')];
      expect(dutch!.getBoundingClientRect().height, 'held while it loads').to.be.above(200);
      await waitUntil(() => errors.length === 2, 'each element of the kind fires miv-error');
      expect(errors.map((e) => e.kind)).to.deep.equal(['element', 'element']);
      expect(errors[0]!.message).to.match(/^<miv-map> kon niet worden geladen: /);
      expect(dutch!.textContent).to.equal('Dit onderdeel kon niet worden geladen. Probeer het later opnieuw.');
      expect(english!.textContent).to.equal('This part could not be loaded. Please try again later.');
      expect(dutch!.querySelector('p')!.getAttribute('role')).to.equal('alert');
      expect(english!.querySelector('p')!.hasAttribute('role'), 'one alert for the kind').to.equal(false);
      expect(dutch!.getBoundingClientRect().height, 'only as high as its line').to.be.below(60);
      expect(logged.map((args) => args[0])).to.deep.equal(['miv-widgets: <miv-map> kon niet worden geladen']);
      await waitUntil(() => defined.includes('miv-t-fine'), 'the kind that loaded is defined all the same');
    } finally {
      console.error = error;
    }
  });

  it('draws a real indicator in a feed, and leaves the other elements unloaded', async () => {
    defineOnSight(elementModules);
    const feed = await fixture(
      html`<miv-feed src=${SMALL_FEED_URL}
        ><miv-indicator indicator="woninginbraak" area="GM0758"></miv-indicator
      ></miv-feed>`,
    );
    await oneEvent(feed.querySelector('miv-indicator')!, 'miv-rendered');
    expect(customElements.get('miv-district-compare')).to.equal(undefined);
  });
});
