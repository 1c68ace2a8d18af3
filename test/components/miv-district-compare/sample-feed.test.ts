import { expect, oneEvent } from '@open-wc/testing';
import '../../../src/define.js';
import type { MivDistrictCompare } from '../../../src/components/miv-district-compare/miv-district-compare.js';
import type { MivErrorDetail } from '../../../src/components/miv-chart-element.js';
import { chartOf, failOnConsoleErrors, query, SAMPLE_FEED_URL, text, useSampleFeed } from '../../helpers.js';

const drawnAreas = (el: MivDistrictCompare) =>
  chartOf<{ yAxis: { data: (string | { value: string })[] }[] }>(el)
    .instance!.getOption()
    .yAxis[0]!.data.map((c) => (typeof c === 'string' ? c : c.value));

/** Sets attributes and waits for the outcome: a painted chart, or an error with its kind. */
async function show(el: MivDistrictCompare, attributes: Partial<MivDistrictCompare>): Promise<string> {
  const outcome = Promise.race([
    oneEvent(el, 'miv-rendered').then(() => 'rendered'),
    (oneEvent(el, 'miv-error') as Promise<CustomEvent<MivErrorDetail>>).then((e) => e.detail.kind),
  ]);
  Object.assign(el, attributes);
  // The first choice is set before the element is attached, so no outcome of an empty choice interferes.
  if (!el.isConnected) document.body.append(el);
  return outcome;
}

describe('<miv-district-compare> on the full sample feed', () => {
  failOnConsoleErrors();
  const sampleFeed = useSampleFeed();

  /** Whether the feed has a number for the indicator in any of these areas. */
  const hasFigures = (indicator: string, areas: Set<string>) =>
    sampleFeed().series.some((s) => s.indicator === indicator && areas.has(s.area) && s.values.some((v) => v !== null));

  it('compares the four districts for every indicator with district figures, and says so plainly otherwise', async function () {
    this.timeout(120_000);
    const feed = sampleFeed();
    const districts = feed.areas.filter((a) => a.level === 'district');
    expect(districts).to.have.length(4);
    const el = Object.assign(document.createElement('miv-district-compare'), { src: SAMPLE_FEED_URL });
    let compared = 0;
    let nationalOnly = 0;
    for (const indicator of feed.indicators) {
      const outcome = await show(el, { indicator: indicator.id });
      if (hasFigures(indicator.id, new Set(districts.map((d) => d.id)))) {
        expect(outcome, indicator.id).to.equal('rendered');
        expect(drawnAreas(el).sort(), indicator.id).to.deep.equal(districts.map((d) => d.name).sort());
        // `de cijfers`, with the figures' own name beside them: `de cijfers (rapportcijfer)`.
        expect(text(el, '[part="summary"]'), indicator.id).to.match(/^In .+ lagen de cijfers (\([^)]+\) )?tussen /);
        compared++;
      } else {
        expect(outcome, indicator.id).to.equal('no-data');
        expect(query(el, '[part~="chart"]'), indicator.id).to.equal(null);
        expect(text(el, '[part="status"]'), indicator.id).to.match(
          /^Voor deze indicator bestaan geen cijfers per district\./,
        );
        nationalOnly++;
      }
    }
    el.remove();
    expect(compared).to.be.greaterThan(40);
    // The catalogue's national-only indicators (trafficking, some fraud types, Aedes evictions).
    expect(nationalOnly).to.be.greaterThan(0);
    expect(
      feed.indicators
        .filter((i) => i.lowestLevel === 'land')
        .every((i) => !hasFigures(i.id, new Set(districts.map((d) => d.id)))),
    ).to.be.true;
  });

  it('compares the gemeenten of each district for every indicator with gemeente figures', async function () {
    this.timeout(240_000);
    const feed = sampleFeed();
    const el = Object.assign(document.createElement('miv-district-compare'), {
      src: SAMPLE_FEED_URL,
      level: 'gemeente',
    });
    let compared = 0;
    for (const district of feed.areas.filter((a) => a.level === 'district')) {
      const gemeenten = feed.areas.filter((a) => a.parent === district.id && a.level === 'gemeente');
      const names = new Set(gemeenten.map((g) => g.name));
      for (const indicator of feed.indicators) {
        const label = `${indicator.id} in ${district.id}`;
        const outcome = await show(el, { indicator: indicator.id, within: district.id });
        if (hasFigures(indicator.id, new Set(gemeenten.map((g) => g.id)))) {
          expect(outcome, label).to.equal('rendered');
          const drawn = drawnAreas(el);
          expect(drawn.length, label).to.be.greaterThan(1);
          expect(
            drawn.every((name) => names.has(name)),
            label,
          ).to.be.true;
          compared++;
        } else {
          expect(outcome, label).to.equal('no-data');
          expect(text(el, '[part="status"]'), label).to.match(
            /^Voor deze indicator bestaan geen cijfers per gemeente\./,
          );
        }
      }
    }
    el.remove();
    expect(compared).to.be.greaterThan(4 * 40);
  });
});
