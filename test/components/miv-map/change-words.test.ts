/**
 * What the map's tooltip and keyboard walk say of a gemeente's change is what its table says of it:
 * a survey change with its test's verdict, `Trendbreuk` where a break lies between the two figures
 * with the break's reason, and the special period the figures lie in. The page names the reason of
 * every `Trendbreuk` in its notes, as the comparison does. Cases of the sample feed.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { MivMap } from '../../../src/components/miv-map/miv-map.js';
import { failOnConsoleErrors, query, rendered, SAMPLE_FEED_URL, tooltipText } from '../../helpers.js';

/** The emphasised gemeente, where the walk starts: what the walk announces there, its spaces plain, and its tooltip. */
async function walkToEmphasised(el: MivMap): Promise<{ said: string; tooltip: string }> {
  query(el, '[part~="chart"]')!.focus();
  await sendKeys({ press: 'ArrowDown' });
  await el.updateComplete;
  const said = query(el, '[role="status"][aria-live="polite"]')!.textContent!.replace(/\s+/g, ' ').trim();
  return { said, tooltip: tooltipText(el) };
}

describe('<miv-map> tooltip and walk say what the table says of a change', () => {
  failOnConsoleErrors();

  it('gives a survey change with its verdict', async () => {
    const el = await rendered<MivMap>(
      html`<miv-map src=${SAMPLE_FEED_URL} indicator="onveilig-eigen-buurt" period="2025" area="GM0758"></miv-map>`,
    );
    const { said, tooltip } = await walkToEmphasised(el);
    expect(said).to.equal(
      'Breda (gemarkeerd), 2025: 17,9 % van de inwoners van 15 jaar en ouder (marge ± 2,31 procentpunt). ' +
        'Verschil met 2023: +1,1 (niet significant)',
    );
    expect(tooltip).to.equal(
      'Breda / 2025: 17,9 ± 2,31 procentpunt / Verschil met 2023: +1,1 (niet significant) / % 15+',
    );
  });

  it('says Trendbreuk with the reason the table gives, and the special period', async () => {
    const el = await rendered<MivMap>(
      html`<miv-map src=${SAMPLE_FEED_URL} indicator="woninginbraak" period="2021" area="GM0855"></miv-map>`,
    );
    const { said, tooltip } = await walkToEmphasised(el);
    expect(said).to.equal(
      'Tilburg (gemarkeerd), 2021: 1,7 woninginbraken per 1.000 inwoners (Inclusief een deel van de voormalige ' +
        'gemeente Haaren.). Verschil met 2020: Trendbreuk. Bijzondere periode 2020–2021 (Corona)',
    );
    expect(tooltip).to.equal(
      'Tilburg / 2021: 1,7 / Inclusief een deel van de voormalige gemeente Haaren. / Verschil met 2020: Trendbreuk / ' +
        'per 1.000 inwoners / Trendbreuk 2021: Herindeling: Haaren opgeheven (1 januari 2021); delen gingen naar ' +
        'Oisterwijk en Tilburg, en naar Boxtel en Vught buiten de eenheid. / Bijzondere periode 2020–2021 (Corona): ' +
        'Coronamaatregelen: minder mensen op straat en meer thuis. De reeks blijft vergelijkbaar; lees deze jaren met ' +
        'die achtergrond.',
    );
  });

  it('names the reason of every Trendbreuk under the map, and none where no change spans a break', async () => {
    const notes = (el: MivMap) =>
      [...el.shadowRoot!.querySelectorAll('[part="notes"] li')].map((li) =>
        li.textContent!.replace(/\s+/g, ' ').trim(),
      );
    const el = await rendered<MivMap>(
      html`<miv-map src=${SAMPLE_FEED_URL} indicator="woninginbraak" period="2021" area="GM0855"></miv-map>`,
    );
    expect(notes(el)).to.deep.equal([
      'Trendbreuk 2021 (Oisterwijk, Tilburg, Hart van Brabant en Eenheid Zeeland-West-Brabant): Herindeling: ' +
        'Haaren opgeheven (1 januari 2021); delen gingen naar Oisterwijk en Tilburg, en naar Boxtel en Vught buiten ' +
        'de eenheid.',
    ]);
    // A year later both figures lie after the break: a change, and no note.
    el.setAttribute('period', '2022');
    await el.updateComplete;
    expect(query(el, '#chart-label')!.textContent, 'the map of 2022').to.contain('2022');
    expect(notes(el)).to.deep.equal([]);
  });
});
