/** A feed with one theme of 66 indicators (the monitor's full size), built from the small feed. */
import type { Feed } from '../../../src/feed/schema.js';
import { smallFeed } from '../../fixtures/feeds.js';

export const MANY = 66;

/** The feed as a blob: URL that the elements can load like any other; revoke it when done. */
export async function manyIndicatorsUrl(): Promise<string> {
  const feed: Feed = await smallFeed();
  const template = feed.indicators.find((i) => i.id === 'woninginbraak')!;
  const series = feed.series.filter((s) => s.indicator === template.id);
  feed.indicators = [];
  feed.series = [];
  feed.duiding = [];
  feed.opvallendheden = [];
  for (let n = 1; n <= MANY; n++) {
    const id = `indicator-${n}`;
    feed.indicators.push({ ...template, id, shortTitle: `Indicator ${n}`, theme: 'veilige-buurt-en-omgeving' });
    // Scaled copies, so that every card has its own numbers and its own change.
    for (const s of series)
      feed.series.push({ ...s, indicator: id, values: s.values.map((v) => (v === null ? v : v * n)) });
  }
  return URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
}
