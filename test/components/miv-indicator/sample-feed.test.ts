import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/define.js';
import type { MivIndicator } from '../../../src/components/miv-indicator/miv-indicator.js';
import { failOnConsoleErrors, query, rendered, SAMPLE_FEED_URL, text, useSampleFeed } from '../../helpers.js';
import { drawnLines } from './helpers.js';

const GEMEENTE = 'GM0748';

describe('<miv-indicator> on the full sample feed', () => {
  failOnConsoleErrors();
  const sampleFeed = useSampleFeed();

  it(`draws every indicator for ${GEMEENTE}, with a stated fallback where the gemeente has no figures`, async function () {
    this.timeout(120_000);
    const feed = sampleFeed();
    const el = await fixture<MivIndicator>(
      html`<miv-indicator src=${SAMPLE_FEED_URL} area=${GEMEENTE}></miv-indicator>`,
    );
    const problems: string[] = [];
    el.addEventListener('miv-error', (e) => problems.push((e as CustomEvent<{ message: string }>).detail.message));
    const own = new Set(feed.series.filter((s) => s.area === GEMEENTE).map((s) => s.indicator));
    let fallbacks = 0;
    for (const indicator of feed.indicators) {
      const drawn = oneEvent(el, 'miv-rendered');
      el.indicator = indicator.id;
      await drawn;
      expect(text(el, '[part="title"]'), indicator.id).to.equal(indicator.title);
      // A number, or nihil (`–`, a true zero) where that is the latest figure.
      expect(text(el, '[part="value"]'), indicator.id).to.match(/^([\d.,]+|–)\*?$/);
      // The value in the indicator's own words, never a pasted table unit ("36 aantal").
      const summary = text(el, '[part="summary"]');
      expect(summary, indicator.id).to.match(/^In (het \de halfjaar van )?\d{4}: /);
      const words = [indicator.inSentence!, indicator.inSentenceOne ?? indicator.inSentence!].map((w) =>
        w.replace('{value}', ''),
      );
      expect(
        words.some((w) => summary.includes(w)),
        `${indicator.id}: ${summary}`,
      ).to.equal(true);
      expect(summary, indicator.id).not.to.match(/\d aantal/);
      const lines = drawnLines(el);
      expect(lines.length, indicator.id).to.be.greaterThan(0);
      const hasOwn = own.has(indicator.id) && lines[0]!.name === 'Bergen op Zoom';
      if (!hasOwn) {
        fallbacks++;
        expect(text(el, '[part="fallback"]'), indicator.id).to.match(
          /^Voor Bergen op Zoom is geen cijfer beschikbaar; u ziet het (cijfer van district De Markiezaten|landelijke cijfer \(Nederland\))\.$/,
        );
      } else expect(query(el, '[part="fallback"]'), indicator.id).to.equal(null);
      // The hidden table comes after the chart, in idle time; `updateComplete` includes it.
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('tbody tr').length, indicator.id).to.be.greaterThan(0);
    }
    expect(problems).to.deep.equal([]);
    // The catalogue has indicators without gemeente figures (national-only and district-only).
    expect(fallbacks).to.be.greaterThan(5);
  });

  it('never shows a margin below half the last decimal as ± 0,0: De Baronie 7,2 ± 0,04', async () => {
    const el = await rendered<MivIndicator>(
      html`<miv-indicator
        src=${SAMPLE_FEED_URL}
        indicator="rapportcijfer-veiligheid-buurt"
        area="de-baronie"
        show-table
      ></miv-indicator>`,
    );
    const row = (selector: string) =>
      [...el.shadowRoot!.querySelectorAll(`[part="table"] ${selector} > *`)].map((c) => c.textContent!.trim());
    expect(row('thead tr')).to.deep.equal(['Periode', 'De Baronie', 'Eenheid Zeeland-West-Brabant', 'Nederland']);
    // The headline calls the 0,1 change significant: with the margins beside them a reader can check it.
    expect(row('tbody tr:last-child')).to.deep.equal(['2025', '7,2 ± 0,04', '7,3 ± 0,02', '7,4 ± 0,01']);
  });
});
