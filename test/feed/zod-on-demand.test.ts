/**
 * A page whose feed is valid never loads zod: the parsers written from the feed's schema validate it.
 * zod is loaded to tell what is wrong with a broken feed, and tells it with every path.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/define.js';
import type { MivIndicator } from '../../src/components/miv-indicator/miv-indicator.js';
import { SMALL_FEED_URL, smallFeed } from '../fixtures/feeds.js';
import { failOnConsoleErrors, feedUrl, rendered, text } from '../helpers.js';

/** The modules of zod and of the feed's zod schema this page has fetched. */
const zodModules = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => /\/zod\/|\/feed-schema\.ts/.test(url));

describe('zod, loaded when a feed is broken', () => {
  failOnConsoleErrors();

  it('is not loaded for a valid feed, and tells every issue of a broken one', async () => {
    const el = await rendered<MivIndicator>(
      html`<miv-indicator src=${SMALL_FEED_URL} indicator="woninginbraak" area="GM0758"></miv-indicator>`,
    );
    expect(text(el, '[part="summary"]')).to.match(/^In 2025: .* in Breda/);
    expect(zodModules(), 'zod after a valid feed').to.deep.equal([]);

    const feed = await smallFeed();
    (feed.indicators[0] as { polarity: string }).polarity = 'sometimes';
    feed.series[2]!.periods[0] = '2024-H3';
    const broken = document.createElement('miv-indicator');
    Object.assign(broken, { src: feedUrl(feed), indicator: 'woninginbraak', area: 'GM0758' });
    const failed = new Promise<CustomEvent>((resolve) => broken.addEventListener('miv-error', resolve as never));
    document.body.append(broken);
    expect((await failed).detail.kind).to.equal('schema');
    await broken.updateComplete;
    const issues = [...broken.shadowRoot!.querySelectorAll('[role="alert"] li')].map((li) => li.textContent!.trim());
    expect(issues).to.deep.equal([
      'indicators[0].polarity: moet een van deze waarden zijn: "higher-is-worse", "higher-is-better", "neutral"',
      'series[2].periods[0]: verwacht een periode als 2024, 2024-H1 of 2024-Q3',
    ]);
    expect(zodModules().length, 'zod after a broken feed').to.be.greaterThan(0);
    broken.remove();
    el.remove();
  });
});
