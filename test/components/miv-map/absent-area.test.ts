/**
 * A map of a gemeente's district in a period the gemeente did not exist in has no region for it: the
 * notice over the map says why, and which gemeenten stand in its place (`../absent-highlight.ts`,
 * shared with the comparison).
 */
import { html } from '@open-wc/testing';
import '../../../src/define.js';
import type { MivMap } from '../../../src/components/miv-map/miv-map.js';
import { failOnConsoleErrors, rendered, SAMPLE_FEED_URL } from '../../helpers.js';
import { absentHighlightTests } from '../absent-highlight.js';

describe('<miv-map> of a gemeente that did not exist in the period shown', () => {
  failOnConsoleErrors();
  absentHighlightTests((area, period = '') =>
    rendered<MivMap>(
      html`<miv-map
        src=${SAMPLE_FEED_URL}
        indicator="woninginbraak"
        area=${area}
        period=${period}
        show-table
      ></miv-map>`,
    ),
  );
});
