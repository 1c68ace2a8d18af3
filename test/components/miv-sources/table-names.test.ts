/**
 * A source's table is named in the same words wherever a reader meets it: a figure's footer,
 * `<miv-sources>`, the profile's list of sources and the citation. A handout that says `tabel 83648NED`
 * under the figure and `83648NED – Geregistreerde …` in the list leaves the reader to work out that
 * they are one table; a title without quotes runs into the footer's own commas.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import type { MivIndicator } from '../../../src/components/miv-indicator/miv-indicator.js';
import type { MivProfile } from '../../../src/components/miv-profile/miv-profile.js';
import type { MivSources } from '../../../src/components/miv-sources/miv-sources.js';
import { indicatorCitation } from '../../../src/model/citation.js';
import { buildIndicatorModel } from '../../../src/model/indicator.js';
import { dictionaries } from '../../../src/i18n/dictionaries.js';
import { failOnConsoleErrors, rendered, SAMPLE_FEED_URL, text, useSampleFeed } from '../../helpers.js';

const flat = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

/** Two sources of the sample feed: a StatLine table with its id, and a police table with a title only. */
const TABLES = [
  {
    indicator: 'geweldsmisdrijven',
    source: 'CBS StatLine: geregistreerde criminaliteit',
    table: 'tabel 83648NED “Geregistreerde criminaliteit; soort misdrijf, regio”',
    published: 'gepubliceerd 24 april 2026',
  },
  {
    indicator: 'e33-verward-gedrag',
    source: 'Politie: Basisvoorziening Handhaving (BVH)',
    table: 'tabel “Incidenten en meldingen per gemeente, halfjaarcijfers”',
    published: 'gepubliceerd 12 februari 2026',
  },
];

describe('the name of a source’s table', () => {
  failOnConsoleErrors();
  const feed = useSampleFeed();

  for (const { indicator, source, table, published } of TABLES) {
    it(`is the same in the footer, <miv-sources>, the profile and the citation: ${table}`, async () => {
      const figure = await rendered<MivIndicator>(
        html`<miv-indicator src=${SAMPLE_FEED_URL} indicator=${indicator} area="GM0758"></miv-indicator>`,
      );
      // As the citation's `Bron:` line, so no brackets after a name that ends in its own ("(BVH)").
      expect(text(figure, '[part="source"]')).to.equal(`${source}, ${table}, ${published}`);

      const sources = await fixture<MivSources>(html`<miv-sources src=${SAMPLE_FEED_URL}></miv-sources>`);
      await waitUntil(() => sources.shadowRoot!.querySelector('[part="source"]'), 'no sources shown', {
        timeout: 8000,
      });
      const entry = [...sources.shadowRoot!.querySelectorAll('[part="source"]')].find(
        (a) => flat(a.querySelector('h3')!) === source,
      )!;
      const row = [...entry.querySelectorAll('dl > div')].find((r) => flat(r.querySelector('dt')!) === 'Cijfers uit');
      expect(flat(row!.querySelector('dd')!)).to.equal(table);

      const profile = await fixture<MivProfile>(
        html`<miv-profile src=${SAMPLE_FEED_URL} area="GM0758" indicators=${indicator}></miv-profile>`,
      );
      await waitUntil(() => profile.shadowRoot!.querySelector('[part="sources"]'), 'no sources listed', {
        timeout: 8000,
      });
      const [listed, ...more] = profile.shadowRoot!.querySelectorAll('[part="sources"] li');
      expect(more).to.have.length(0);
      expect(flat(listed!.querySelector('.source-name')!)).to.equal(source);
      expect(flat(listed!.querySelector('p')!)).to.equal(`${table}, ${published}`);

      const model = buildIndicatorModel(feed(), { indicator, area: 'GM0758' });
      const citation = indicatorCitation(model, 'https://gemeente.example/', dictionaries.nl).split('\n');
      expect(citation.find((line) => line.startsWith('Bron: '))).to.match(
        new RegExp(`^Bron: ${literally(source)}, ${literally(table)}, ${published};`),
      );
    });
  }

  it('is the same in English, the Dutch table title marked as Dutch', async () => {
    const title = 'Geregistreerde criminaliteit; soort misdrijf, regio';
    const figure = await rendered<MivIndicator>(
      html`<miv-indicator
        src=${SAMPLE_FEED_URL}
        indicator="geweldsmisdrijven"
        area="GM0758"
        lang="en"
      ></miv-indicator>`,
    );
    const footer = figure.shadowRoot!.querySelector('[part="source"]')!;
    expect(flat(footer)).to.equal(
      `CBS StatLine: geregistreerde criminaliteit, table 83648NED “${title}”, published 24 April 2026`,
    );
    expect([...footer.querySelectorAll('[lang="nl"]')].map(flat)).to.include(title);

    const sources = await fixture<MivSources>(html`<miv-sources src=${SAMPLE_FEED_URL} lang="en"></miv-sources>`);
    await waitUntil(() => sources.shadowRoot!.querySelector('[part="source"]'), 'no sources shown', { timeout: 8000 });
    const rows = [...sources.shadowRoot!.querySelectorAll('[part="source"] dl > div')].map(flat);
    expect(rows).to.include(`Figures from table 83648NED “${title}”`);
  });
});

/** `text` as a pattern that matches it literally. */
function literally(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
