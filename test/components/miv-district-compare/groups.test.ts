import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { MivDistrictCompare } from '../../../src/components/miv-district-compare/miv-district-compare.js';
import type { ViewState } from '../../../src/view/view-state.js';
import { fairFeed } from '../../fixtures/fair-feed.js';
import { failOnConsoleErrors, feedUrl, query, rendered, shadow, text } from '../../helpers.js';

const rows = (el: Element) =>
  [...shadow(el).querySelectorAll('[part="table"] tbody tr')].map((tr) =>
    [...tr.children].map((c) => c.textContent!.trim()),
  );
const button = (el: Element, part: string, value: string) =>
  query<HTMLButtonElement>(el, `[part="${part}"] button[data-value="${value}"]`)!;

describe('<miv-district-compare> within a group', () => {
  failOnConsoleErrors();

  it("lists the group's members per 10.000 inwoners, and says why they belong together", async () => {
    const src = feedUrl(await fairFeed());
    const el = await rendered<MivDistrictCompare>(
      html`<miv-district-compare
        src=${src}
        indicator="drugslabs"
        within="group:gk-150-250"
        period="2025"
      ></miv-district-compare>`,
    );
    expect(text(el, '[part="title"] + .meta')).to.contain('Gemeenten met 150.000 tot 250.000 inwoners in Nederland');
    expect(text(el, '[part="group"]')).to.equal(
      'Vergelijkbare gemeenten: gemeentegrootteklasse van het CBS, naar het aantal inwoners op 1 januari 2024.',
    );
    // Breda 50 / 188.000 and Tilburg 80 / 229.000 per 10.000; the class itself as the reference.
    expect(rows(el).map((r) => r.slice(0, 2))).to.deep.equal([
      ['Breda', '2,7'],
      ['Tilburg', '3,5'],
      ['Gemeenten met 150.000 tot 250.000 inwoners in Nederland', '2,1'],
    ]);
    const announced = oneEvent(el, 'miv-view-change') as Promise<CustomEvent<ViewState>>;
    button(el, 'measure', 'count').click();
    expect((await announced).detail).to.deep.equal({ measure: 'count' });
    await el.updateComplete;
    expect(rows(el).map((r) => r.slice(0, 2))).to.deep.equal([
      ['Breda', '50'],
      ['Tilburg', '80'],
    ]);
  });

  it("says that a partial group's bars are only its members in the feed, in the caption, the summary and the image", async () => {
    const src = feedUrl(await fairFeed());
    const el = await rendered<MivDistrictCompare>(
      html`<miv-district-compare
        src=${src}
        indicator="drugslabs"
        within="group:gk-150-250"
        period="2025"
        show-table
      ></miv-district-compare>`,
    );
    // The class's figure is of every Dutch gemeente of its size; the feed holds two of them.
    const areas =
      'Gemeenten met 150.000 tot 250.000 inwoners in Nederland (alleen die in Eenheid Zeeland-West-Brabant)';
    const note =
      'Alleen de gemeenten in Eenheid Zeeland-West-Brabant zijn getoond; het cijfer van de groep geldt voor alle ' +
      'gemeenten met 150.000 tot 250.000 inwoners in Nederland.';
    expect(text(el, '[part="title"] + .meta')).to.match(new RegExp(`^${areas.replace(/[.()]/g, '\\$&')} · `));
    expect(text(el, '[part="table"] caption')).to.equal(`Aangetroffen drugslabs, ${areas}, per 10.000 inwoners`);
    expect(text(el, '[part="summary"]').startsWith(`${note} In 2025 lagen de cijfers tussen `)).to.be.true;
    const labels = [...shadow(el).querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'));
    expect([shadow(el).textContent, ...labels].join(' '), 'no "Gemeenten in Gemeenten met …"').not.to.contain(
      'Gemeenten in Gemeenten',
    );

    const event = oneEvent(el, 'miv-download') as Promise<CustomEvent<{ blob: Blob }>>;
    query<HTMLButtonElement>(el, '[part="downloads"] button[data-format="svg"]')!.click();
    const caught = await event;
    caught.preventDefault();
    const svg = new DOMParser().parseFromString(await caught.detail.blob.text(), 'image/svg+xml').documentElement;
    const words = [...svg.querySelectorAll(':scope > text')].map((t) => t.textContent).join(' ');
    expect(words).to.contain(`${areas} · per 10.000 inwoners`).and.contain(note);
  });

  it('keeps the period picker when a page restores the period, and announces the pick', async () => {
    const src = feedUrl(await fairFeed());
    const el = await rendered<MivDistrictCompare>(
      html`<miv-district-compare src=${src} indicator="drugslabs" within="group:gk-150-250"></miv-district-compare>`,
    );
    // As <miv-feed url-state> does on load: the same-named property.
    el.period = '2023';
    await el.updateComplete;
    const select = query<HTMLSelectElement>(el, 'select[part="period"]')!;
    expect(select.value).to.equal('2023');
    // Breda 55 / 187.000 and Tilburg 70 / 227.000 per 10.000 in 2023.
    expect(rows(el)[0]!.slice(0, 2)).to.deep.equal(['Breda', '2,9']);
    const announced = oneEvent(el, 'miv-view-change') as Promise<CustomEvent<ViewState>>;
    select.focus();
    await sendKeys({ press: 'ArrowUp' });
    expect((await announced).detail).to.deep.equal({ period: '2024' });
    await el.updateComplete;
    expect(el.period).to.equal('2024');
    expect(rows(el)[0]!.slice(0, 2)).to.deep.equal(['Breda', '2,4']);
  });
});
