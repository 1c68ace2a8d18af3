import { expect } from '@open-wc/testing';
import { indexFeed, indexFeedInTurns } from '../../src/model/series.js';
import { parseFeed } from '../../src/feed/validate.js';
import { MivError } from '../../src/feed/errors.js';
import { buildIndicatorModel } from '../../src/model/indicator.js';
import { buildCompareModel } from '../../src/model/compare.js';
import { buildMapModel } from '../../src/model/map.js';
import { buildThemeOverview } from '../../src/model/theme-overview.js';
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

describe('an id the feed does not hold', () => {
  let feed: Feed;
  before(async () => {
    feed = parseFeed(await smallFeed());
  });

  /** What a model throws for `build`, as the feed's id it names as meant (or none). */
  const meantBy = (build: () => unknown): { id: string; name: string } | undefined => {
    try {
      build();
    } catch (error) {
      expect(error).to.be.instanceOf(MivError);
      return (error as MivError).detail.meant;
    }
    throw new Error('expected an error');
  };
  const breda = { id: 'GM0758', name: 'Breda' };

  it('names the id meant when only its case or spaces differ, or when it is the name', () => {
    const area = (area: string) => meantBy(() => buildIndicatorModel(feed, { indicator: 'woninginbraak', area }));
    expect(area('gm0758')).to.deep.equal(breda);
    expect(area(' GM0758 ')).to.deep.equal(breda);
    expect(area('breda')).to.deep.equal(breda);
    expect(area('GM9999')).to.equal(undefined);
    expect(area('Bred')).to.equal(undefined);

    const indicator = (indicator: string) => meantBy(() => buildIndicatorModel(feed, { indicator, area: 'GM0758' }));
    const woninginbraak = { id: 'woninginbraak', name: 'Diefstal uit woning (woninginbraak)' };
    expect(indicator('Woninginbraak ')).to.deep.equal(woninginbraak);
    expect(indicator('diefstal uit woning (woninginbraak)')).to.deep.equal(woninginbraak);
    expect(indicator('inbraak')).to.equal(undefined);
  });

  it('names it in a comparison list, a highlight, a district, a map and a theme', () => {
    const baronie = { id: 'de-baronie', name: 'De Baronie' };
    expect(
      meantBy(() => buildIndicatorModel(feed, { indicator: 'woninginbraak', area: 'GM0758', compare: 'nl01' })),
    ).to.deep.equal({ id: 'NL01', name: 'Nederland' });
    expect(meantBy(() => buildCompareModel(feed, { indicator: 'woninginbraak', highlight: 'gm0758' }))).to.deep.equal(
      breda,
    );
    expect(
      meantBy(() => buildCompareModel(feed, { indicator: 'woninginbraak', level: 'gemeente', within: 'De baronie' })),
    ).to.deep.equal(baronie);
    // `within` takes a district: a gemeente's name is not offered there.
    expect(meantBy(() => buildCompareModel(feed, { indicator: 'woninginbraak', within: 'breda' }))).to.equal(undefined);
    expect(meantBy(() => buildMapModel(feed, { indicator: 'woninginbraak', area: 'DE-BARONIE' }))).to.deep.equal(
      baronie,
    );
    expect(meantBy(() => buildThemeOverview(feed, { theme: 'Zorg en veiligheid', area: 'GM0758' }))).to.deep.equal({
      id: 'zorg-en-veiligheid',
      name: 'Zorg en Veiligheid',
    });
  });
});
