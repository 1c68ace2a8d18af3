/**
 * A highlighted gemeente compared in a period it did not exist in has no bar: the notice over the
 * chart says why, and which gemeenten stand in its place (`../absent-highlight.ts`, shared with the map).
 */
import { html } from '@open-wc/testing';
import '../../../src/define.js';
import type { MivDistrictCompare } from '../../../src/components/miv-district-compare/miv-district-compare.js';
import { failOnConsoleErrors, rendered, SAMPLE_FEED_URL } from '../../helpers.js';
import { absentHighlightTests } from '../absent-highlight.js';

describe('<miv-district-compare> with a highlighted gemeente that did not exist in the period shown', () => {
  failOnConsoleErrors();
  absentHighlightTests((highlight, period = '') =>
    rendered<MivDistrictCompare>(
      html`<miv-district-compare
        src=${SAMPLE_FEED_URL}
        indicator="woninginbraak"
        level="gemeente"
        highlight=${highlight}
        period=${period}
        show-table
      ></miv-district-compare>`,
    ),
  );
});
