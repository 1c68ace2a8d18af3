import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/define.js';
import type { MivIndicator } from '../../../src/components/miv-indicator/miv-indicator.js';
import { SMALL_FEED_URL } from '../../fixtures/feeds.js';
import { chartOf, failOnConsoleErrors, query, rendered, text } from '../../helpers.js';
import { drawnLines } from './helpers.js';

describe('<miv-indicator> events and lifecycle', () => {
  failOnConsoleErrors();

  it('fires miv-rendered from the element, bubbling out of shadow roots', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const heard = oneEvent(document.body, 'miv-rendered');
    const el = document.createElement('miv-indicator');
    Object.assign(el, { src: SMALL_FEED_URL, indicator: 'woninginbraak', area: 'GM0758' });
    host.append(el);
    const event = await heard;
    expect(event.target).to.equal(el);
    expect(event.composed).to.equal(true);
  });

  it('shows headline, table and text first, and loads the chart only near the viewport', async () => {
    const page = await fixture<HTMLDivElement>(html`
      <div>
        <div style="height: 4000px"></div>
        <miv-indicator src=${SMALL_FEED_URL} indicator="woninginbraak" area="GM0758"></miv-indicator>
      </div>
    `);
    const el = page.querySelector('miv-indicator')!;
    await new Promise((resolve) => setTimeout(resolve, 300));
    await el.updateComplete;
    expect(text(el, '[part="value"]')).to.equal('3,0*');
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(11);
    expect(text(el, '[part="summary"]')).to.match(/^In 2025: 3,0 woninginbraken per 1\.000 inwoners in Breda/);
    expect(chartOf(el).instance, 'no chart far below the viewport').to.equal(undefined);
    expect(query(el, '[part~="chart"] svg')).to.equal(null);
    const drawn = oneEvent(el, 'miv-rendered');
    el.scrollIntoView();
    await drawn;
    expect(query(el, '[part~="chart"] svg')).to.exist;
    window.scrollTo(0, 0);
  });

  it('disposes the chart when removed and draws it again when re-attached', async () => {
    const el = await rendered<MivIndicator>(
      html`<miv-indicator src=${SMALL_FEED_URL} indicator="woninginbraak" area="NL01"></miv-indicator>`,
    );
    const first = chartOf(el).instance!;
    const parent = el.parentElement!;
    el.remove();
    expect(first.isDisposed()).to.equal(true);
    expect(chartOf(el).instance).to.equal(undefined);
    const again = oneEvent(el, 'miv-rendered');
    parent.append(el);
    await again;
    const second = chartOf(el).instance!;
    expect(second).to.not.equal(first);
    expect(second.getDom().isConnected).to.equal(true);
    expect(query(el, '[part~="chart"] svg')).to.exist;
  });

  it('keeps working after a move to another place in the page', async () => {
    const el = await rendered<MivIndicator>(
      html`<miv-indicator src=${SMALL_FEED_URL} indicator="woninginbraak" area="GM0758"></miv-indicator>`,
    );
    const elsewhere = await fixture<HTMLElement>(html`<section></section>`);
    const redrawn = oneEvent(el, 'miv-rendered');
    elsewhere.append(el);
    await redrawn;
    expect(query(el, '[part~="chart"] svg')).to.exist;
    const changed = oneEvent(el, 'miv-rendered');
    el.area = 'GM0748';
    await changed;
    expect(drawnLines(el)[0]!.name).to.equal('Bergen op Zoom');
    expect(chartOf(el).instance!.getDom()).to.equal(query(el, '[part~="chart"] > .engine'));
  });

  it('redraws when an attribute changes, without a new chart instance', async () => {
    const el = await rendered<MivIndicator>(
      html`<miv-indicator src=${SMALL_FEED_URL} indicator="woninginbraak" area="GM0758"></miv-indicator>`,
    );
    const instance = chartOf(el).instance;
    const changed = oneEvent(el, 'miv-rendered');
    el.setAttribute('compare', 'none');
    await changed;
    expect(drawnLines(el).map((s) => s.name)).to.deep.equal(['Breda']);
    expect(chartOf(el).instance).to.equal(instance);
  });
});
