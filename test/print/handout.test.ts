/**
 * The handout of a beleidsdialoog: a district's page of charts, a comparison, a map and the sources,
 * printed by Chromium to PDF (A4) and read back with poppler. On paper there is nothing to click:
 * no table toggle, downloads, Citeer or toggles, but the period a comparison shows is said; links
 * print their address; no chart and no source is cut across two pages; and a map printed as its
 * table has no legend or attribution of a map that is not there. Where a chart or source begins and
 * ends is marked by the test's CSS (`::part()` with generated text), so the page of each is read.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { printPage, type Printed } from './print.js';

/** The charts whose beginning and end are marked: `id` of the element. */
const CHARTS = ['woninginbraak', 'bibob', 'onveilig', 'steek', 'dumpingen', 'veilig-thuis', 'compare-onveilig'];

const BODY = `<h1>Beleidsdialoog De Baronie</h1>
  <miv-feed src="/feed.json" area="GM0758">
    <miv-indicator id="woninginbraak" indicator="woninginbraak" show-table></miv-indicator>
    <miv-indicator id="bibob" indicator="bibob-weigeringen" show-table></miv-indicator>
    <miv-indicator id="onveilig" indicator="onveilig-eigen-buurt" show-table></miv-indicator>
    <miv-indicator id="steek" indicator="steekincidenten" show-table></miv-indicator>
    <miv-district-compare id="dumpingen" indicator="drugsdumpingen" level="gemeente" within="de-baronie" show-table></miv-district-compare>
    <miv-indicator id="veilig-thuis" indicator="veilig-thuis-meldingen" show-table></miv-indicator>
    <miv-map id="map" indicator="woninginbraak" area="de-baronie" show-table></miv-map>
    <miv-district-compare id="compare-onveilig" indicator="onveilig-eigen-buurt" level="gemeente" within="de-baronie" show-table></miv-district-compare>
    <miv-sources></miv-sources>
  </miv-feed>`;

/** A word at the top of each chart and after its summary, and around each source. */
const CSS = [
  ...CHARTS.map(
    (id, n) => `#${id}::part(chart)::before { content: 'BEGIN${n}'; }
      #${id}::part(summary)::after { content: ' END${n}'; }`,
  ),
  `miv-sources::part(source)::before { content: 'BEGINSOURCE'; }
   miv-sources::part(source)::after { content: 'ENDSOURCE'; }`,
].join('\n');

describe('the printed handout', { timeout: 90_000 }, () => {
  let printed: Printed;
  let text: string;
  /** The number of the page each word is on (the first page a word is on). */
  const pagesOf = (word: string) =>
    printed.pages.flatMap((page, n) => page.words.filter((w) => w.text === word).map(() => n + 1));

  before(async () => {
    printed = await printPage({
      script: `import './src/define.ts';`,
      body: BODY,
      css: CSS,
      viewport: { width: 1200, height: 900 },
      pdf: { format: 'A4', preferCSSPageSize: false },
      ready: () => document.querySelector('#woninginbraak')?.shadowRoot?.querySelector('[part~="chart"] svg'),
    });
    text = printed.pages.map((page) => page.text).join('\n');
  });

  it('prints no buttons or toggles, but says the period a comparison shows', () => {
    for (const control of ['Verberg tabel', 'Toon tabel', 'Download', 'Citeer', 'Toon als', 'Volgorde'])
      assert.ok(!text.includes(control), `"${control}" on paper`);
    assert.match(text, /Periode +2025/);
  });

  it('prints the address of each link', () => {
    assert.match(
      text,
      /Zicht op Ondermijning \(CBS \/ ministerie van BZK\) \(https:\/\/www\.zichtopondermijning\.nl\/\)/,
    );
    // The sources' own addresses and their tables', as in the footers of the charts.
    assert.match(text, /Politie Open Data \(https:\/\/data\.politie\.nl\//);
    assert.match(text, /47022NED – .+ \(https:\/\//);
  });

  it('cuts no chart and no source across two pages', () => {
    for (const [n, id] of CHARTS.entries()) {
      const [begin, end] = [pagesOf(`BEGIN${n}`), pagesOf(`END${n}`)];
      assert.equal(begin.length, 1, `the chart ${id} printed once`);
      assert.deepEqual(end, begin, `the chart ${id} begins on page ${begin} and ends on ${end}`);
    }
    const [begins, ends] = [pagesOf('BEGINSOURCE'), pagesOf('ENDSOURCE')];
    assert.ok(begins.length > 5, `${begins.length} sources`);
    assert.deepEqual(ends, begins, 'each source on the page it begins on');
  });

  it("prints the map's table without the legend and attribution of a map that is not there", () => {
    assert.match(text, /Gebied +2025 +2024 +Verschil met 2024/);
    assert.ok(!text.includes('Kaartgrenzen'), 'no attribution');
    assert.ok(!/Legenda|Klassen/.test(text), 'no class legend');
  });
});
