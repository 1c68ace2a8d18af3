import { expect, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { MivIndicator } from '../../../src/components/miv-indicator/miv-indicator.js';
import { withHaarenFeed } from '../../fixtures/feeds.js';
import { failOnConsoleErrors, feedUrl, rendered, shadow, text } from '../../helpers.js';

const ENDED = 'Haaren bestaat sinds 1 januari 2021 niet meer als gemeente.';

describe('<miv-indicator> for a gemeente that ended (Haaren, split on 1 January 2021)', () => {
  failOnConsoleErrors();

  it('says under the chart that its line stops because the gemeente no longer exists, not that figures are missing', async () => {
    const el = await rendered<MivIndicator>(
      html`<miv-indicator
        src=${feedUrl(await withHaarenFeed())}
        indicator="woninginbraak"
        area="GM0788"
      ></miv-indicator>`,
    );
    expect(text(el, '[part="value"]')).to.equal('2,4');
    expect(text(el, '.headline .missing')).to.equal(ENDED);
    expect(text(el, '[part="summary"]')).to.contain(ENDED);
    const notes = [...shadow(el).querySelectorAll('[part="notes"] li')].map((li) => li.textContent!.trim());
    expect(notes).to.deep.equal([
      '* voorlopig',
      `(leeg) niet van toepassing: de lijn van Haaren stopt daar; ${ENDED}`,
      'Bijzondere periode 2020–2021 (Corona): COVID-19: minder mensen van huis',
    ]);
    expect(notes.join(' ')).not.to.contain('onderbroken');
    // The table's blank cells are those the note explains.
    const rows = [...shadow(el).querySelectorAll('[part="table"] tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent!.trim()),
    );
    expect(rows.find((r) => r[0] === '2020')?.[1]).to.equal('2,4');
    expect(rows.find((r) => r[0] === '2021')?.[1]).to.equal('');
  });

  it('offers the periods its chart runs on to in the period control, so that the chosen end is one of them', async () => {
    const el = await rendered<MivIndicator>(
      html`<miv-indicator
        src=${feedUrl(await withHaarenFeed())}
        indicator="woninginbraak"
        area="GM0788"
        period-control
      ></miv-indicator>`,
    );
    const chosen = (id: string) => {
      const select = shadow(el).querySelector<HTMLSelectElement>(`select#${id}`)!;
      return select.selectedOptions[0]?.textContent ?? '';
    };
    expect(text(el, '[part="header"] .meta')).to.contain('2015–2025');
    expect(chosen('period-from')).to.equal('2015');
    expect(chosen('period-to'), 'not a blank choice').to.equal('2025');
  });

  it('says why periods chosen after it ended have no figures, where the whole series is shown in their place', async () => {
    const el = await rendered<MivIndicator>(
      html`<miv-indicator
        src=${feedUrl(await withHaarenFeed())}
        indicator="woninginbraak"
        area="GM0788"
        from="2022"
        period-control
      ></miv-indicator>`,
    );
    expect(text(el, '.period-missing')).to.equal(
      `Geen cijfers vanaf „2022”: ${ENDED} U ziet de hele reeks, 2015–2025.`,
    );
  });
});
