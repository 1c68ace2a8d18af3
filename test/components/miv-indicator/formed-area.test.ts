import { expect, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { MivIndicator } from '../../../src/components/miv-indicator/miv-indicator.js';
import { withAltenaFeed } from '../../model/formed-area-feed.js';
import { failOnConsoleErrors, feedUrl, rendered, shadow } from '../../helpers.js';

describe('<miv-indicator> for a gemeente formed later without its history recomputed (Altena, 1 January 2019)', () => {
  failOnConsoleErrors();

  it('says under the chart that its line begins after the blanks because the gemeente did not exist then, not that it has a gap', async () => {
    const el = await rendered<MivIndicator>(
      html`<miv-indicator
        src=${feedUrl(await withAltenaFeed())}
        indicator="woninginbraak"
        area="GM1959"
      ></miv-indicator>`,
    );
    const notes = [...shadow(el).querySelectorAll('[part="notes"] li')].map((li) => li.textContent!.trim());
    expect(notes).to.include(
      '(leeg) niet van toepassing: de lijn van Altena begint pas daarna; Altena bestaat sinds 1 januari 2019 als gemeente.',
    );
    expect(notes.join(' ')).not.to.contain('onderbroken');
    // The table's blank cells are those the note explains.
    const rows = [...shadow(el).querySelectorAll('[part="table"] tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent!.trim()),
    );
    expect(rows.find((r) => r[0] === '2018')?.[1]).to.equal('');
    expect(rows.find((r) => r[0] === '2019')?.[1]).to.not.equal('');
  });
});
