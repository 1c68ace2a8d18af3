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
import { readFileSync } from 'node:fs';
import type { Feed } from '../../src/feed/schema.js';
import { stringsFor } from '../../src/i18n/strings.js';
import { buildProfile } from '../../src/model/profile.js';
import { printPage, printProfile, SAMPLE_FEED, type Printed } from './print.js';

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
    assert.match(text, /tabel 47022NED “.+” \(https:\/\//);
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

describe("a figure's source on paper", { timeout: 90_000 }, () => {
  it('prints the address of the source and of its table, each once, within the page', async () => {
    const printed = await printPage({
      script: `import './src/define.ts';`,
      body: `<miv-indicator indicator="geweldsmisdrijven" src="/feed.json" area="GM0758"></miv-indicator>
        <miv-indicator indicator="woninginbraak" src="/feed.json" area="GM0758"></miv-indicator>`,
      viewport: { width: 1200, height: 900 },
      pdf: { format: 'A4', preferCSSPageSize: false },
      ready: () =>
        [...document.querySelectorAll('miv-indicator')].every((el) =>
          el.shadowRoot?.querySelector('[part~="chart"] svg'),
        ),
    });
    const text = printed.pages
      .map((page) => page.text)
      .join('\n')
      .replace(/\s+/g, ' ');
    // The table's words lead to the table; its address follows them, not the name's.
    assert.ok(
      text.includes(
        'CBS StatLine: geregistreerde criminaliteit (https://www.cbs.nl/), tabel 83648NED “Geregistreerde criminaliteit; soort misdrijf, regio” (https://opendata.cbs.nl/statline/#/CBS/nl/dataset/83648NED/table), gepubliceerd 24 april 2026',
      ),
      text,
    );
    // A table at the source's own address: that address printed once, after the name.
    assert.ok(
      text.includes(
        'Politie Open Data (https://data.politie.nl/), tabel 47022NED “Geregistreerde misdrijven; soort misdrijf, wijk, buurt, maand”, gepubliceerd 1 juni 2026',
      ),
      text,
    );
    for (const page of printed.pages)
      for (const word of page.words) assert.ok(word.xMax <= page.width, `"${word.text}" runs off the page`);
  });
});

describe('a table on paper', { timeout: 90_000 }, () => {
  /** Spacers of every height in steps of less than a row, so that some table starts at a page's foot. */
  const SPACERS = Array.from({ length: 30 }, (_, n) => 150 + n * 3);
  const CAPTION = 'Diefstal uit woning (woninginbraak), Gemeenten in De Baronie,';

  it('never leaves its caption or header alone at the foot of a page', async () => {
    const printed = await printPage({
      script: `import './src/define.ts';`,
      // Each comparison on a page of its own, below a spacer; its chart left out, so its table comes soon.
      body: SPACERS.map(
        (mm) => `<div style="break-before: page; height: ${mm}mm"></div>
          <miv-district-compare src="/feed.json" indicator="woninginbraak" level="gemeente" within="de-baronie" show-table></miv-district-compare>`,
      ).join('\n'),
      css: 'miv-district-compare::part(chart) { display: none; }',
      viewport: { width: 1200, height: 900 },
      pdf: { format: 'A4', preferCSSPageSize: false },
      ready: () =>
        [...document.querySelectorAll('miv-district-compare')].every((el) => el.shadowRoot?.querySelector('tbody tr')),
    });
    let captions = 0;
    for (const [n, page] of printed.pages.entries()) {
      const lines = page.text.split('\n').map((line) => line.trim());
      const at = (pattern: RegExp, from = 0) => lines.findIndex((line, i) => i >= from && pattern.test(line));
      for (const [i, line] of lines.entries()) {
        if (line === CAPTION) {
          captions++;
          const header = at(/^Gebied +2025/, i);
          assert.ok(
            header > i && at(/^Alphen-Chaam +\d/, header) > header,
            `page ${n + 1}: a caption without its rows`,
          );
        }
        // A header repeated on the next page is followed by the rows that go on there.
        if (/^Gebied +2025/.test(line))
          assert.ok(
            /^\p{L}.* -?\+?\d/u.test(lines.slice(i + 1).find(Boolean) ?? ''),
            `page ${n + 1}: a header without a row`,
          );
      }
    }
    assert.equal(captions, SPACERS.length, 'every table printed once');
  });
});

describe('a profile on paper', { timeout: 90_000 }, () => {
  it('says the reason of a series break once per theme, in notes printed with the cards that refer to them', async () => {
    // Tilburg took part of Haaren in 2021: nearly every card has that break.
    const printed = await printProfile({ attributes: 'area="GM0855"' });
    const feed = JSON.parse(readFileSync(SAMPLE_FEED, 'utf8')) as Feed;
    const { themes } = buildProfile(feed, { area: 'GM0855' }, stringsFor('nl'));
    // The break's reason, not the feed's note on Tilburg's 2021 figure ("Inclusief een deel van de
    // voormalige gemeente Haaren."), which the cards refer to as well.
    const reasons = new Set(feed.indicators.flatMap((i) => i.breaks ?? []).map((b) => b.reason));
    const haaren = themes.flatMap((t) => t.notes).filter((note) => reasons.has(note) && note.includes('Haaren'));
    const words = (word: string) =>
      printed.pages.flatMap((page, n) => page.words.filter((w) => w.text === word).map(() => n));
    assert.equal(words('Haaren').length, haaren.length, 'the reason printed once per note');
    // One note per theme, for the break dated 2021 and among half-years 1e halfjaar 2021 alike.
    assert.ok(haaren.length > 0 && haaren.length <= themes.length, haaren.join('\n'));
    // Each theme starts a page: a page with a theme's notes and a card referring to them holds that theme.
    const notes = words('Noten');
    assert.equal(notes.length, themes.length);
    for (const n of notes)
      assert.match(printed.pages[n]!.text, /zie noo?t/, `page ${n + 1}: notes without their cards`);
  });
});
