import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { MivIndicator } from '../../../src/components/miv-indicator/miv-indicator.js';
import type { MivDistrictCompare } from '../../../src/components/miv-district-compare/miv-district-compare.js';
import { readView } from '../../../src/view/view-state.js';
import { failOnConsoleErrors, query, rendered, SAMPLE_FEED_URL, text } from '../../helpers.js';

/** Replaces the clipboard for one test: records what is written, or refuses like a browser without permission. */
function fakeClipboard(refuse = false): { written: string[]; restore(): void } {
  const written: string[] = [];
  const original = navigator.clipboard.writeText;
  navigator.clipboard.writeText = async (data: string) => {
    if (refuse) throw new DOMException('Write permission denied.', 'NotAllowedError');
    written.push(data);
  };
  return { written, restore: () => (navigator.clipboard.writeText = original) };
}

/** Presses an element's "Citeer" and gives the lines that reached the clipboard. */
async function citedLines(el: HTMLElement, clipboard: { written: string[] }): Promise<string[]> {
  query<HTMLButtonElement>(el, '[part="cite"]')!.click();
  await waitUntil(() => clipboard.written.length === 1, 'nothing was copied');
  return clipboard.written[0]!.split('\n');
}

describe('"Citeer" on <miv-indicator> and <miv-district-compare>', () => {
  failOnConsoleErrors();
  let clipboard: ReturnType<typeof fakeClipboard>;
  afterEach(() => clipboard.restore());

  it('copies the citation from the keyboard and confirms it in a live message', async () => {
    clipboard = fakeClipboard();
    const el = await rendered<MivIndicator>(
      html`<miv-indicator src=${SAMPLE_FEED_URL} indicator="woninginbraak" area="GM0758" from="2020"></miv-indicator>`,
    );
    const button = query<HTMLButtonElement>(el, '[part="cite"]')!;
    expect(button.textContent!.trim()).to.equal('Citeer');
    expect(button.getAttribute('aria-label')).to.equal(
      'Citeer: bronvermelding van Diefstal uit woning (woninginbraak) kopiëren',
    );
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => clipboard.written.length === 1, 'nothing was copied');
    const lines = clipboard.written[0]!.split('\n');
    expect(lines[0]).to.equal('Diefstal uit woning (woninginbraak) (per 1.000 inwoners), Breda, 2020–2025.');
    expect(lines[1]).to.equal('De cijfers van 2025 zijn voorlopig en kunnen nog wijzigen.');
    expect(lines[2]).to.match(/^Bron: Politie Open Data, tabel 47022NED .*gepubliceerd 1 juni 2026/);
    expect(lines).to.include(
      'Uit: Monitor Integrale Veiligheid Zeeland-West-Brabant (voorbeeldfeed), MIV widgets (fictieve voorbeelddata), stand 15 juni 2026.',
    );
    // The link reopens this view: this page with the element's area, indicator, periods and scale.
    const link = new URL(lines.at(-1)!.replace(/^Link: /, ''));
    expect(link.pathname).to.equal(location.pathname);
    expect(readView(link.search)).to.deep.equal({
      area: 'GM0758',
      indicator: 'woninginbraak',
      from: '2020',
      to: '2025',
      scale: 'value',
    });
    await waitUntil(() => text(el, '.citation-message[role="status"]') === 'Bronvermelding gekopieerd');
    // Seen too, beside the button, not only announced.
    expect(query(el, '.citation-message')!.getBoundingClientRect().width).to.be.above(50);
    expect(query(el, '[part="citation"]')).to.equal(null);
  });

  it('shows the text selected in a text box when the browser refuses to copy', async () => {
    clipboard = fakeClipboard(true);
    const el = await rendered<MivIndicator>(
      html`<miv-indicator src=${SAMPLE_FEED_URL} indicator="steekincidenten" area="GM0758"></miv-indicator>`,
    );
    query<HTMLButtonElement>(el, '[part="cite"]')!.click();
    await waitUntil(() => query(el, '[part="citation"] textarea'), 'no text box');
    const box = query<HTMLTextAreaElement>(el, '[part="citation"] textarea')!;
    expect(box.value).to.contain('Voor Breda is geen cijfer beschikbaar; u ziet het cijfer van district De Baronie.');
    expect(el.shadowRoot!.activeElement).to.equal(box);
    expect([box.selectionStart, box.selectionEnd]).to.deep.equal([0, box.value.length]);
    expect(text(el, '.citation-message[role="status"]')).to.match(/^Kopiëren lukte niet vanzelf/);
  });

  it('cites a comparison with its areas and period', async () => {
    clipboard = fakeClipboard();
    const el = await rendered<MivDistrictCompare>(
      html`<miv-district-compare
        src=${SAMPLE_FEED_URL}
        indicator="onveilig-eigen-buurt"
        level="gemeente"
        within="de-baronie"
        period="2023"
      ></miv-district-compare>`,
    );
    const lines = await citedLines(el, clipboard);
    expect(lines[0]).to.equal('Voelt zich weleens onveilig in eigen buurt (% 15+), Gemeenten in De Baronie, 2023.');
    expect(lines[1]).to.match(/^Bron: Veiligheidsmonitor, .*gepubliceerd 12 maart 2026/);
    expect(readView(new URL(lines.at(-1)!.replace(/^Link: /, '')).search)).to.deep.equal({
      area: 'de-baronie',
      indicator: 'onveilig-eigen-buurt',
      period: '2023',
    });
  });

  it('links a comparison with a highlighted gemeente to the view of that gemeente', async () => {
    clipboard = fakeClipboard();
    const el = await rendered<MivDistrictCompare>(
      html`<miv-district-compare
        src=${SAMPLE_FEED_URL}
        indicator="woninginbraak"
        level="gemeente"
        within="de-markiezaten"
        highlight="GM0748"
      ></miv-district-compare>`,
    );
    const link = (await citedLines(el, clipboard)).at(-1)!.replace(/^Link: /, '');
    // Opened on a monitor page, the view is Bergen op Zoom's, with its district's gemeenten beside it.
    expect(readView(new URL(link).search).area).to.equal('GM0748');
  });
});

describe('the source in the footer of <miv-indicator>', () => {
  failOnConsoleErrors();

  it('names the listed source with its table and publication date where the feed lists them, and nothing invented where not', async () => {
    const listed = await rendered<MivIndicator>(
      html`<miv-indicator src=${SAMPLE_FEED_URL} indicator="geweldsmisdrijven" area="GM0758"></miv-indicator>`,
    );
    // As the citation and the list of sources name it, not the indicator's own words ("CBS (Bbv)").
    expect(text(listed, '[part="source"]')).to.equal(
      'CBS StatLine: geregistreerde criminaliteit, tabel 83648NED “Geregistreerde criminaliteit; soort misdrijf, regio”, gepubliceerd 24 april 2026',
    );
    const unlisted = await rendered<MivIndicator>(
      html`<miv-indicator src=${SAMPLE_FEED_URL} indicator="damocles-sluitingen" area="GM0758"></miv-indicator>`,
    );
    expect(text(unlisted, '[part="source"]')).to.equal('gemeente');
  });

  /** The footer's links: their words and where they lead. */
  const linksOf = (el: MivIndicator) =>
    [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="source"] a')].map((a) => [
      a.textContent!.replace(/\s+/g, ' ').trim(),
      a.href,
    ]);

  it('links the table’s words to the table where the feed gives its address, the name still to the source', async () => {
    const statline = await rendered<MivIndicator>(
      html`<miv-indicator src=${SAMPLE_FEED_URL} indicator="geweldsmisdrijven" area="GM0758"></miv-indicator>`,
    );
    expect(linksOf(statline)).to.deep.equal([
      ['CBS StatLine: geregistreerde criminaliteit', 'https://www.cbs.nl/'],
      [
        'tabel 83648NED “Geregistreerde criminaliteit; soort misdrijf, regio”',
        'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/83648NED/table',
      ],
    ]);
  });

  it('links the table’s words once: not where the name leads to the same address', async () => {
    // One link, and on paper one address.
    const police = await rendered<MivIndicator>(
      html`<miv-indicator src=${SAMPLE_FEED_URL} indicator="woninginbraak" area="GM0758"></miv-indicator>`,
    );
    expect(linksOf(police)).to.deep.equal([['Politie Open Data', 'https://data.politie.nl/']]);
    expect(text(police, '[part="source"]')).to.match(/, tabel 47022NED “.+”, gepubliceerd 1 juni 2026$/);
  });

  it('links the table’s words in English, their Dutch title marked Dutch inside the link', async () => {
    const english = await rendered<MivIndicator>(
      html`<miv-indicator
        src=${SAMPLE_FEED_URL}
        indicator="geweldsmisdrijven"
        area="GM0758"
        lang="en"
      ></miv-indicator>`,
    );
    const [, table] = english.shadowRoot!.querySelectorAll('[part="source"] a');
    expect(table!.textContent).to.equal('table 83648NED “Geregistreerde criminaliteit; soort misdrijf, regio”');
    expect(table!.querySelector('[lang="nl"]')!.textContent).to.equal(
      'Geregistreerde criminaliteit; soort misdrijf, regio',
    );
  });

  it('links a listed source without an address to the one its indicator gives', async () => {
    // The Veiligheidsregio's entry has no address; the woningbranden indicator names the CBS site.
    const fires = await rendered<MivIndicator>(
      html`<miv-indicator src=${SAMPLE_FEED_URL} indicator="woningbranden" area="GM0758"></miv-indicator>`,
    );
    expect(linksOf(fires)).to.deep.equal([
      ["Veiligheidsregio's Midden- en West-Brabant en Zeeland", 'https://www.cbs.nl/'],
    ]);
    // Where neither gives one, nothing is linked.
    const response = await rendered<MivIndicator>(
      html`<miv-indicator src=${SAMPLE_FEED_URL} indicator="opkomsttijd-brandweer" area="GM0758"></miv-indicator>`,
    );
    expect(linksOf(response)).to.deep.equal([]);
    expect(text(response, '[part="source"]')).to.equal("Veiligheidsregio's Midden- en West-Brabant en Zeeland");
  });
});
