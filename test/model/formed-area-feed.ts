/** A feed with a gemeente formed later whose history was not recomputed, for the tests of its blanks. */
import type { Feed } from '../../src/feed/schema.js';
import { smallFeed } from '../fixtures/feeds.js';

/**
 * The small feed with Altena, in De Baronie since its merger on 1 January 2019: its burglary figures
 * for 2019–2025 only, with no history recomputed (the district's run from 2015). With `recomputedFrom`,
 * it has figures from then on too (its predecessors' counts summed).
 */
export async function withAltenaFeed(recomputedFrom?: string): Promise<Feed> {
  const raw = await smallFeed();
  raw.areas.push({ id: 'GM1959', name: 'Altena', level: 'gemeente', parent: 'de-baronie', validFrom: '2019-01-01' });
  const baronie = raw.series.find((s) => s.indicator === 'woninginbraak' && s.area === 'de-baronie')!;
  const first = baronie.periods.indexOf(recomputedFrom ?? '2019');
  raw.series.push({
    indicator: 'woninginbraak',
    area: 'GM1959',
    periods: baronie.periods.slice(first),
    values: baronie.values.slice(first).map((v) => (v === null ? null : Math.round(v * 9) / 10)),
  });
  return raw;
}
