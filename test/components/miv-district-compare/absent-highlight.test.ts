/**
 * A highlighted gemeente compared in a period it did not exist in has no bar: the notice over the
 * chart says why, and which gemeenten stand in its place (`../absent-highlight.ts`, shared with the map).
 * Compared by district, its district is not emphasised on its behalf either.
 */
import { expect, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { MivDistrictCompare } from '../../../src/components/miv-district-compare/miv-district-compare.js';
import { failOnConsoleErrors, rendered, SAMPLE_FEED_URL } from '../../helpers.js';
import { absentHighlightTests, notice, rowNames } from '../absent-highlight.js';

describe('<miv-district-compare> with a highlighted gemeente that did not exist in the period shown', () => {
  failOnConsoleErrors();
  absentHighlightTests((highlight, period = '', src = SAMPLE_FEED_URL) =>
    rendered<MivDistrictCompare>(
      html`<miv-district-compare
        src=${src}
        indicator="woninginbraak"
        level="gemeente"
        highlight=${highlight}
        period=${period}
        show-table
      ></miv-district-compare>`,
    ),
  );
});

describe('<miv-district-compare level="district"> with a highlighted gemeente', () => {
  failOnConsoleErrors();
  const show = (highlight: string, period = '') =>
    rendered<MivDistrictCompare>(
      html`<miv-district-compare
        src=${SAMPLE_FEED_URL}
        indicator="woninginbraak"
        level="district"
        highlight=${highlight}
        period=${period}
        show-table
      ></miv-district-compare>`,
    );

  // Haaren's parts went to Hart van Brabant and to Boxtel and Vught outside the unit: the district is
  // no stand-in for a gemeente that is gone, nor for one that is yet to be formed.
  for (const [gemeente, period, said] of [
    ['GM0788', '', 'Haaren komt in 2025 niet voor: de gemeente is per 1 januari 2021 opgeheven.'],
    ['GM1959', '2018', 'Altena komt in 2018 niet voor: de gemeente bestaat pas sinds 1 januari 2019.'],
  ] as const)
    it(`emphasises no district on behalf of a gemeente absent in the period, and says why: ${said.split(' ')[0]}`, async () => {
      const el = await show(gemeente, period);
      expect(notice(el)).to.equal(said);
      expect(rowNames(el)).to.have.length.above(4);
      expect(rowNames(el).filter((name) => name.endsWith('(gemarkeerd)'))).to.deep.equal([]);
    });

  it('emphasises the district of a gemeente that exists in the period, without a notice: Haaren’s in 2020', async () => {
    const el = await show('GM0788', '2020');
    expect(notice(el)).to.equal('');
    expect(rowNames(el)).to.include('Hart van Brabant (gemarkeerd)');
  });
});
