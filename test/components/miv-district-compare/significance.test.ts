/**
 * A survey change in the comparison's table says what the test found, for every change: significant,
 * not significant (within the margins), or not tested (a margin is missing). MIV.md: a reader needs
 * all three, and an untested change is never a "geen significant verschil".
 */
import { expect, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { MivDistrictCompare } from '../../../src/components/miv-district-compare/miv-district-compare.js';
import { smallFeed } from '../../fixtures/feeds.js';
import { failOnConsoleErrors, feedUrl, rendered, shadow } from '../../helpers.js';

/** The change column's cell of each row, by the row's header. */
const changes = (el: MivDistrictCompare) =>
  Object.fromEntries(
    [...shadow(el).querySelectorAll('[part="table"] tbody tr')].map((tr) => [
      tr.querySelector('th')!.textContent!.trim(),
      tr.lastElementChild!.textContent!.trim(),
    ]),
  );

describe('<miv-district-compare> survey changes in the table', () => {
  failOnConsoleErrors();

  it('says "(significant)", "(niet significant)" or "(niet getoetst)" after each change', async () => {
    const feed = await smallFeed();
    const survey = (area: string) =>
      feed.series.find((s) => s.indicator === 'onveilig-eigen-buurt' && s.area === area)!;
    // De Markiezaten: 2023 raised far beyond the margins, so 2025 is significantly lower.
    const markiezaten = survey('de-markiezaten');
    markiezaten.values[markiezaten.periods.indexOf('2023')] = 25;
    // Zeeland: no margin for 2023, so its change cannot be tested.
    const zeeland = survey('zeeland');
    zeeland.margins![zeeland.periods.indexOf('2023')] = null;
    const el = await rendered<MivDistrictCompare>(
      html`<miv-district-compare
        src=${feedUrl(feed)}
        indicator="onveilig-eigen-buurt"
        show-table
      ></miv-district-compare>`,
    );
    const cells = changes(el);
    expect(cells['De Markiezaten']).to.match(/^-\d+,\d \(significant\)$/);
    expect(cells['De Baronie']).to.equal('-1,8 (niet significant)');
    expect(cells['Zeeland']).to.match(/^[-+]?\d+,\d \(niet getoetst\)$/);
  });
});
