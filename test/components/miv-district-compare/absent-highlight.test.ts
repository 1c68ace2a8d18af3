/**
 * A highlighted gemeente compared in a period it did not exist in has no bar: the notice over the
 * chart says why, and which gemeenten stand in its place (`../absent-highlight.ts`, shared with the map).
 * Compared by district, its district is emphasised on its behalf only where a merger put all its
 * ground there.
 */
import { expect, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { MivDistrictCompare } from '../../../src/components/miv-district-compare/miv-district-compare.js';
import { failOnConsoleErrors, rendered, SAMPLE_FEED_URL } from '../../helpers.js';
import { absentHighlightTests, marked, notice, periodAreaTests, rowNames } from '../absent-highlight.js';

/** A comparison of the sample feed's woninginbraak at `level`, with `highlight` emphasised. */
const compared =
  (level: 'gemeente' | 'district') =>
  (highlight: string, period = '') =>
    rendered<MivDistrictCompare>(
      html`<miv-district-compare
        src=${SAMPLE_FEED_URL}
        indicator="woninginbraak"
        level=${level}
        highlight=${highlight}
        period=${period}
        show-table
      ></miv-district-compare>`,
    );

describe('<miv-district-compare> with a highlighted gemeente that did not exist in the period shown', () => {
  failOnConsoleErrors();
  absentHighlightTests(compared('gemeente'));
  periodAreaTests(compared('gemeente'));
});

describe('<miv-district-compare level="district"> with a highlighted gemeente', () => {
  failOnConsoleErrors();
  const show = compared('district');

  // Haaren's parts went to Hart van Brabant and to Boxtel and Vught outside the unit: the district is
  // no stand-in for a gemeente that is gone in a split.
  it('emphasises no district on behalf of a gemeente split before the period, and says why', async () => {
    const el = await show('GM0788');
    expect(notice(el)).to.equal('Haaren komt in 2025 niet voor: de gemeente is per 1 januari 2021 opgeheven.');
    expect(rowNames(el)).to.have.length.above(4);
    expect(marked(el)).to.deep.equal([]);
  });

  // A merger within De Baronie: Altena's ground before 2019, and Aalburg's after 2018, lay in it.
  for (const [gemeente, period] of [
    ['GM1959', '2018'],
    ['GM0738', ''],
  ] as const)
    it(`emphasises the district that held all its ground, without a notice: ${gemeente} ${period || '2025'}`, async () => {
      const el = await show(gemeente, period);
      expect(notice(el)).to.equal('');
      expect(marked(el)).to.deep.equal(['De Baronie (gemarkeerd)']);
    });

  it('emphasises the district of a gemeente that exists in the period, without a notice: Haaren’s in 2020', async () => {
    const el = await show('GM0788', '2020');
    expect(notice(el)).to.equal('');
    expect(rowNames(el)).to.include('Hart van Brabant (gemarkeerd)');
  });
});
