/**
 * For the moment English strings load, an English element shows Dutch: a screen reader is told so,
 * not that the Dutch is English. The first test of its page, so that English is not loaded yet.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { MivDataElement } from '../../src/components/miv-data-element.js';
import { hasStrings } from '../../src/i18n/strings.js';
import { SMALL_FEED_URL } from '../fixtures/feeds.js';
import { query, text } from '../helpers.js';

describe('the language shown while English loads', () => {
  it('<miv-indicator lang="en">: its Dutch placeholder is told Dutch, its English content English', async () => {
    expect(hasStrings('en'), 'English is not loaded yet on this page').to.equal(false);
    const box = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('miv-indicator') as MivDataElement;
    for (const [name, value] of [
      ['lang', 'en'],
      ['src', SMALL_FEED_URL],
      ['indicator', 'woninginbraak'],
      ['area', 'GM0758'],
    ])
      el.setAttribute(name!, value!);
    box.append(el);
    // The first render, in the same task: English cannot have arrived yet.
    await el.updateComplete;
    expect(hasStrings('en')).to.equal(false);
    const status = query(el, '[role="status"]')!;
    expect(status.textContent).to.equal('Gegevens laden…');
    expect(status.matches(':lang(nl)'), 'the Dutch placeholder is told Dutch').to.equal(true);

    await waitUntil(() => text(el, '[part="table-toggle"]') === 'Show table', 'English is shown', { timeout: 3000 });
    expect(query(el, '[part="table-toggle"]')!.matches(':lang(en)')).to.equal(true);
    expect(el.shadowRoot!.querySelector('[lang="nl"]:not(span)'), 'no Dutch mark around the English').to.equal(null);
  });
});
