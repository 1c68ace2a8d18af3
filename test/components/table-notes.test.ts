/**
 * The feed's note on a value in the on-screen table: a reader of the table sees why a cell is `x`
 * (a secondary suppression: "Afgeschermd om een ander geheim cijfer te beschermen."), not only a
 * reader of the CSV.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/define.js';
import type { MivChartElement } from '../../src/components/miv-chart-element.js';
import { SECONDARY, smallFeed, withSecondarySuppression } from '../fixtures/feeds.js';
import { failOnConsoleErrors, feedUrl, rendered, shadow } from '../helpers.js';

/** The small feed with Etten-Leur's burglary figure of 2025 suppressed to protect Baarle-Nassau's. */
const secondaryFeed = async () => feedUrl(await withSecondarySuppression());

/** The cell of `row` (its header) under `column` (its header), as its text reads. */
function cell(el: Element, row: string, column: string): string {
  const table = shadow(el).querySelector('[part="table"] table')!;
  const columns = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
  const tr = [...table.querySelectorAll('tbody tr')].find((r) => r.querySelector('th')!.textContent!.trim() === row)!;
  return tr.children[columns.indexOf(column)]!.textContent!.replace(/\s+/g, ' ').trim();
}

/** The footnotes under the table, as they read. */
const footnotes = (el: Element) =>
  [...shadow(el).querySelectorAll('[part="table"] .footnote')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());

describe('the feed’s notes on values in the table', () => {
  failOnConsoleErrors();

  const elements = {
    'miv-district-compare': (src: string) =>
      html`<miv-district-compare
        src=${src}
        indicator="woninginbraak"
        level="gemeente"
        within="de-baronie"
        show-table
      ></miv-district-compare>`,
    'miv-map': (src: string) =>
      html`<miv-map src=${src} indicator="woninginbraak" area="de-baronie" show-table></miv-map>`,
  };
  for (const [tag, template] of Object.entries(elements))
    it(`<${tag}>: a numbered note beside the x and under the table, each text once`, async () => {
      const el = await rendered<MivChartElement<unknown>>(template(await secondaryFeed()));
      // Numbered in the order of the table: Etten-Leur's row comes after Baarle-Nassau's.
      expect(cell(el, 'Baarle-Nassau', '2025')).to.equal('x noot 1)');
      expect(cell(el, 'Etten-Leur', '2025')).to.equal('x noot 2)');
      expect(cell(el, 'Breda', '2025')).to.equal('3,0*');
      expect(footnotes(el)).to.deep.equal(['noot 1) Te weinig gevallen om te publiceren.', `noot 2) ${SECONDARY}`]);
      // Sighted readers see the number raised, without the word.
      const mark = shadow(el).querySelector('[part="table"] td sup')!;
      expect(mark.textContent!.trim()).to.equal('noot 1)');
      expect(mark.querySelector('.visually-hidden')!.textContent!.trim()).to.equal('noot');
    });

  it('<miv-indicator>: the same note in its table', async () => {
    const feed = await smallFeed();
    const el = await rendered<MivChartElement<unknown>>(
      html`<miv-indicator src=${feedUrl(feed)} indicator="woninginbraak" area="GM0744" show-table></miv-indicator>`,
    );
    expect(cell(el, '2025', 'Baarle-Nassau')).to.equal('x noot 1)');
    expect(footnotes(el)).to.deep.equal(['noot 1) Te weinig gevallen om te publiceren.']);
  });
});
