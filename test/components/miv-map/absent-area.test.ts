/**
 * The map draws today's gemeenten (its shapes are of 2025). A gemeente asked for that has ended has no
 * region: the notice over the map says why, and which gemeenten stand in its place
 * (`../absent-highlight.ts`, shared with the comparison). In a period before a boundary change the
 * map colours today's gemeenten, Altena with its history recomputed on today's boundaries, and says
 * which gemeenten of that period it has no shape for; its legend, summary and table count only what
 * it draws.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import type { MivMap } from '../../../src/components/miv-map/miv-map.js';
import { failOnConsoleErrors, rendered, SAMPLE_FEED_URL, shadow, text, texts } from '../../helpers.js';
import { absentHighlightTests, marked, notice, rowNames } from '../absent-highlight.js';

const show = (area: string, period = '') =>
  rendered<MivMap>(
    html`<miv-map src=${SAMPLE_FEED_URL} indicator="woninginbraak" area=${area} period=${period} show-table></miv-map>`,
  );

/** The table's rows of gemeenten, not those of the district, the unit and Nederland under them. */
const gemeenteRows = (el: Element) =>
  rowNames(el).filter((name) => !/^(De Baronie|Hart van Brabant|Eenheid |Nederland)/.test(name));

/** The gemeenten the legend counts, over all its classes and the hatched ones. */
const legendCount = (el: Element) =>
  [...shadow(el).querySelectorAll('[part="legend"] .count')]
    .map((c) => Number(/\d+/.exec(c.textContent!)![0]))
    .reduce((a, b) => a + b, 0);

/** The gemeenten drawn: one filled path each, besides the hatching of those without a figure. */
const drawn = (el: Element) =>
  [...shadow(el).querySelectorAll('[part~="chart"] svg path')].filter(
    (p) =>
      !p.closest('defs, pattern') &&
      !['none', null].includes(p.getAttribute('fill')) &&
      !/^url\(#/.test(p.getAttribute('fill')!),
  ).length;

describe('<miv-map> of a gemeente that has ended', () => {
  failOnConsoleErrors();
  absentHighlightTests(show);
});

describe('<miv-map> of a period before a boundary change', () => {
  failOnConsoleErrors();

  it('colours Altena in 2018 with its history on today’s boundaries, and names the gemeenten it has no shape for', async () => {
    const el = await show('GM1959', '2018');
    expect(notice(el), 'Altena is on the map').to.equal('');
    expect(marked(el)).to.deep.equal(['Altena (gemarkeerd)']);
    expect(rowNames(el).join(' ')).not.to.match(/Aalburg|Werkendam|Woudrichem/);
    const altena = [...shadow(el).querySelectorAll('[part="table"] tbody tr')].find((tr) =>
      tr.querySelector('th')!.textContent!.includes('Altena'),
    )!;
    expect(altena.querySelector('td')!.textContent).to.match(/^3,2/);
    expect(text(el, '[part="table"]')).to.contain(
      'Herberekend op de gemeentelijke indeling van 2025: Aalburg, Werkendam en Woudrichem samen.',
    );
    expect(text(el, '[part="notes"]')).to.equal(
      'De kaart toont de gemeenten van nu; Aalburg, Werkendam en Woudrichem (opgeheven per 1 januari 2019) staan er niet op.',
    );
    expect(text(el, '[part="summary"]')).not.to.match(/Aalburg|Werkendam|Woudrichem/);
    expect(legendCount(el)).to.equal(gemeenteRows(el).length);
    expect(drawn(el)).to.equal(gemeenteRows(el).length);
  });

  it('leaves Haaren out in 2020, says so over and under the map, and that the gemeenten that took it in are drawn larger than their figures are', async () => {
    const el = await show('GM0788', '2020');
    expect(rowNames(el).join(' ')).not.to.contain('Haaren');
    // The reader asked for Haaren: the notice says why it is not there, and where to look instead.
    expect(notice(el)).to.equal(
      'Haaren staat niet op de kaart van 2020: de kaart toont de gemeenten van nu, en de gemeente is per 1 januari 2021 opgeheven. U ziet de gemeenten Oisterwijk en Tilburg, die elk een deel ervan hebben gekregen.',
    );
    expect(marked(el)).to.deep.equal([]);
    expect(texts(el, '[part="notes"] li')).to.deep.equal([
      'De kaart toont de gemeenten van nu; Haaren (opgeheven per 1 januari 2021) staat er niet op.',
      'Oisterwijk en Tilburg zijn getekend in de grenzen van nu; de cijfers van 2020 gelden voor de grenzen van toen.',
    ]);
    expect(legendCount(el)).to.equal(gemeenteRows(el).length);
    expect(drawn(el)).to.equal(gemeenteRows(el).length);
    el.lang = 'en';
    await waitUntil(() => texts(el, '[part="notes"] li')[0]?.startsWith('The map'), 'the notes in English');
    expect(texts(el, '[part="notes"] li')).to.deep.equal([
      "The map shows today's municipalities; Haaren (dissolved on 1 January 2021) is not on it.",
      "Oisterwijk and Tilburg are drawn within today's boundaries; their figures for 2020 are for their boundaries then.",
    ]);
    expect(notice(el)).to.equal(
      "Haaren is not on the map of 2020: the map shows today's municipalities, and the municipality was dissolved on 1 January 2021. Shown instead are the municipalities of Oisterwijk and Tilburg, each of which took over part of it.",
    );
  });

  it('says nothing of grown boundaries once the figures are of the boundaries drawn', async () => {
    const el = await show('GM0855', '2021');
    expect(text(el, '[part="notes"]')).not.to.match(/grenzen/);
  });

  it('has no such note where every gemeente of the period is drawn', async () => {
    const el = await show('GM0758', '2021');
    expect(shadow(el).querySelector('[part="notes"]')?.textContent ?? '').not.to.contain('De kaart toont');
  });
});
