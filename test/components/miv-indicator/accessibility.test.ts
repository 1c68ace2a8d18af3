import { expect, html } from '@open-wc/testing';
import '../../../src/define.js';
import { SMALL_FEED_URL } from '../../fixtures/feeds.js';
import { axeFindings } from '../../a11y/axe.js';
import { failOnConsoleErrors, rendered } from '../../helpers.js';

describe('<miv-indicator> accessibility', () => {
  failOnConsoleErrors();

  const cases = {
    'a rate with comparisons and the table shown': html`<miv-indicator
      src=${SMALL_FEED_URL}
      indicator="woninginbraak"
      area="GM0748"
      show-table
    ></miv-indicator>`,
    'a survey with margins': html`<miv-indicator
      src=${SMALL_FEED_URL}
      indicator="onveilig-eigen-buurt"
      area="GM0758"
    ></miv-indicator>`,
    'a national stand-in': html`<miv-indicator
      src=${SMALL_FEED_URL}
      indicator="mensenhandel-seksuele-uitbuiting"
      area="GM0758"
    ></miv-indicator>`,
  };

  for (const [name, template] of Object.entries(cases)) {
    it(`meets WCAG 2.1 AA as far as axe can tell: ${name}`, async () => {
      const el = await rendered(template);
      const { violations, passes } = await axeFindings(el);
      expect(violations).to.deep.equal([]);
      // The checks reached into the shadow root: its table and its text contrast were examined.
      expect(passes).to.include('th-has-data-cells').and.include('color-contrast');
    });
  }
});
