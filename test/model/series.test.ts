import { expect } from '@open-wc/testing';
import { indexFeed, indexFeedInTurns } from '../../src/model/series.js';
import { parseFeed } from '../../src/feed/validate.js';
import type { Feed } from '../../src/feed/schema.js';
import { smallFeed } from '../fixtures/feeds.js';

/** The small feed with `extra` more gemeenten, a series of woninginbraak each. */
async function feedWith(extra: number): Promise<Feed> {
  const json = await smallFeed();
  for (let i = 0; i < extra; i++) {
    const id = `GM${String(10000 + i)}`;
    json.areas.push({ id, name: `Gemeente ${i}`, level: 'gemeente', parent: 'de-baronie' });
    json.series.push({ indicator: 'woninginbraak', area: id, periods: ['2024', '2025'], values: [i, i + 1] });
  }
  return parseFeed(json);
}

/** Whether `promise` settles in the current task: before the page could have had a turn. */
async function settlesInThisTask(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  for (let i = 0; i < 50; i++) await Promise.resolve();
  return settled;
}

describe('indexFeedInTurns', () => {
  it('indexes a large feed over several tasks, finding what indexFeed finds', async () => {
    const feed = await feedWith(25_000);
    const inTurns = indexFeedInTurns(feed);
    expect(await settlesInThisTask(inTurns)).to.equal(false);
    const index = await inTurns;
    expect(index.points('woninginbraak', 'GM34999').map((p) => p.value)).to.deep.equal([24_999, 25_000]);
    expect(index.points('woninginbraak', 'GM10000').map((p) => p.value)).to.deep.equal([0, 1]);
    // The one index of the feed, shared with every widget that looks it up at once.
    expect(indexFeed(feed)).to.equal(index);
    expect(await indexFeedInTurns(feed)).to.equal(index);
  });

  it('indexes a feed of one slice without waiting for another task', async () => {
    const feed = await feedWith(10);
    expect(await settlesInThisTask(indexFeedInTurns(feed))).to.equal(true);
    expect((await indexFeedInTurns(feed)).points('woninginbraak', 'GM10009').map((p) => p.value)).to.deep.equal([
      9, 10,
    ]);
  });

  it('keeps the index a widget made while the turns ran', async () => {
    const feed = await feedWith(25_000);
    const inTurns = indexFeedInTurns(feed);
    const meanwhile = indexFeed(feed);
    expect(await inTurns).to.equal(meanwhile);
  });
});
