/**
 * The printed profile of Breda, as Chromium prints it to PDF and poppler reads it back: A4 pages, a
 * theme per page start, the header on every page, vector charts, and no card or chart cut in two
 * by a page end. Cards and sparklines are filled with test colours, so the page images show them,
 * and cards get a thick border in another colour. A box cut by a page or column end goes on at the
 * top of the next page or column without a top border, so there its fill lies right under white
 * paper; a whole card always has its border above its fill.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Feed } from '../../src/feed/schema.js';
import { stringsFor } from '../../src/i18n/strings.js';
import { profileStrings } from '../../src/components/miv-profile/profile.strings.js';
import { formatDate } from '../../src/model/format.js';
import { printProfile, SAMPLE_FEED, type Printed, type PrintedPage } from './print.js';

const A4_HEIGHT_MM = 297;
/** The test border of a card: 2 mm, 4 pixels at the default 50 dpi, so that anti-aliasing never reaches across it. */
const MARKS = `
  miv-profile::part(card) { background: #f0f; border: 2mm solid #00f; }
  miv-profile::part(sparkline) { background: #0ff; }`;

const feed = JSON.parse(readFileSync(SAMPLE_FEED, 'utf8')) as Feed;
const strings = stringsFor('nl');
const profileWords = profileStrings.nl;

/** A card's or sparkline's test colour (magenta, cyan), with room for anti-aliasing. */
function isMark([r, g, b]: [number, number, number]): boolean {
  return (r > 200 && g < 90 && b > 200) || (r < 90 && g > 200 && b > 200);
}

const isPaper = ([r, g, b]: [number, number, number]) => r > 230 && g > 230 && b > 230;

/** Where a card's or sparkline's fill starts right under white paper, without a border: `x,y` pixels. */
function cutStarts({ image }: PrintedPage): string[] {
  const found: string[] = [];
  for (let y = 1; y < image.height; y++)
    for (let x = 0; x < image.width; x++)
      if (isMark(image.pixel(x, y)) && isPaper(image.pixel(x, y - 1))) found.push(`${x},${y}`);
  return found;
}

function hasMarks({ image }: PrintedPage): boolean {
  for (let y = 0; y < image.height; y += 2)
    for (let x = 0; x < image.width; x += 2) if (isMark(image.pixel(x, y))) return true;
  return false;
}

/** Text lines of a page, without blank ones. */
const lines = (page: PrintedPage) =>
  page.text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

describe('printed profile of Breda', { timeout: 120_000 }, () => {
  let printed: Printed;
  const themes = [...feed.themes].sort((a, b) => a.order - b.order);

  before(async () => {
    printed = await printProfile({ attributes: 'area="GM0758"', css: MARKS });
  });

  it('has at least a page per theme, and every theme after the first starts a page', () => {
    assert.ok(printed.pages.length >= themes.length, `${printed.pages.length} pages for ${themes.length} themes`);
    const starts = themes.map((theme) => printed.pages.findIndex((page) => lines(page).includes(theme.title)));
    assert.ok(
      starts.every((page) => page >= 0),
      `every theme is printed (pages ${starts.join(', ')})`,
    );
    for (const [n, theme] of themes.entries()) {
      if (n === 0) continue;
      // The first line is the header; the theme's title comes right under it.
      assert.equal(lines(printed.pages[starts[n]!]!)[1], theme.title, `${theme.title} starts page ${starts[n]! + 1}`);
    }
  });

  it('has the title, area, feed date and page number on every page', () => {
    const count = printed.pages.length;
    const stand = `Breda · ${strings.updated}: ${formatDate(feed.meta.updated, strings)}`;
    for (const [n, page] of printed.pages.entries()) {
      const number = profileWords.pageNumber.replace('{pages}', String(count)).replace('{page}', String(n + 1));
      for (const expected of [profileWords.title('Breda'), stand, number])
        assert.ok(page.text.includes(expected), `page ${n + 1} shows "${expected}"`);
    }
  });

  it("prints a card's reference to its note as the text it is, without the address of the link", () => {
    const text = printed.pages.map((page) => page.text.replace(/\s+/g, ' ')).join(' ');
    assert.match(text, /Trendbreuk 2021, zie noot \d/);
    assert.ok(!text.includes('#note-'), 'no fragment address printed after the reference');
  });

  it('prints the charts as vector graphics, without raster images', () => {
    assert.equal(printed.images, 0);
  });

  it('cuts no card or chart at the end of a page', () => {
    assert.ok(printed.pages.filter(hasMarks).length >= themes.length, 'the cards are seen on the pages');
    for (const [n, page] of printed.pages.entries())
      assert.deepEqual(
        cutStarts(page).slice(0, 5),
        [],
        `page ${n + 1}: a card or chart goes on from the page or column before`,
      );
  });

  it('would see a card that is cut: one taller than a page', async () => {
    const tall = await printProfile({
      attributes: 'area="GM0758" indicators="woninginbraak"',
      css: `${MARKS} miv-profile::part(card) { min-height: ${A4_HEIGHT_MM}mm; }`,
    });
    assert.ok(tall.pages.some((page) => cutStarts(page).length > 0));
  });
});

describe('two printed profiles on one page', { timeout: 120_000 }, () => {
  it('prints each on pages of its own, each page with the title and area of its profile', async () => {
    const printed = await printProfile({
      attributes: ['area="GM0758" indicators="woninginbraak"', 'area="GM0748" indicators="woninginbraak"'],
    });
    const stand = (area: string) => `${area} · ${strings.updated}: ${formatDate(feed.meta.updated, strings)}`;
    const headers = printed.pages.map((page) =>
      ['Breda', 'Bergen op Zoom']
        .filter((area) => page.text.includes(profileWords.title(area)) && page.text.includes(stand(area)))
        .join(' + '),
    );
    assert.equal(headers[0], 'Breda', 'the first page is Breda’s');
    assert.equal(headers.at(-1), 'Bergen op Zoom', 'the last page is Bergen op Zoom’s');
    assert.ok(
      headers.every((area) => area === 'Breda' || area === 'Bergen op Zoom'),
      `every page has one profile's title and area (${headers.join(', ')})`,
    );
    // Bergen op Zoom's profile begins on the first page with its header: no page mixes the two.
    const first = headers.indexOf('Bergen op Zoom');
    assert.ok(lines(printed.pages[first]!).includes(profileWords.title('Bergen op Zoom')));
    assert.ok(!printed.pages[first]!.text.includes('Veiligheidsprofiel Breda'));
  });
});

describe('printed profile of Goes', { timeout: 120_000 }, () => {
  it('says above each duiding what it is about where that is not Goes: its district, or every area', async () => {
    const printed = await printProfile({
      attributes: 'area="GM0664" indicators="opkomsttijd-brandweer e33-verward-gedrag"',
    });
    const printedLines = printed.pages.flatMap(lines);
    // The label's line, and the first words of the text on the next.
    const labelled = (label: string, id: string, area?: string) => {
      const start = feed.duiding
        .find((d) => d.indicator === id && d.area === area)!
        .text.split(' ')
        .slice(0, 3)
        .join(' ');
      return printedLines.some((line, i) => line.includes(label) && printedLines[i + 1]?.includes(start));
    };
    assert.ok(labelled('Duiding voor district Zeeland', 'opkomsttijd-brandweer', 'zeeland'), printedLines.join('\n'));
    assert.ok(labelled('Algemene duiding', 'e33-verward-gedrag'), printedLines.join('\n'));
  });

  it('lists the sources of its cards at the end, each once, with table, publication date and address as text', async () => {
    const printed = await printProfile({
      attributes:
        'area="GM0664" indicators="woninginbraak misdrijven-totaal geweldsmisdrijven bibob-adviesaanvragen-lbb"',
    });
    // In reading order, column by column: the list is printed in two columns.
    const text = execFileSync('pdftotext', [printed.pdf, '-'], { encoding: 'utf8' });
    const list = text.slice(text.lastIndexOf('\nBronnen\n'));
    assert.ok(list.length < text.length, text);
    const flat = list.replace(/\s+/g, ' ');
    for (const expected of [
      'Politie Open Data tabel 47022NED “Geregistreerde misdrijven; soort misdrijf, wijk, buurt, maand”, gepubliceerd 1 juni 2026',
      'Uitgever: Politie',
      'Volgende update verwacht: 1 juli 2026',
      'CBS StatLine: geregistreerde criminaliteit tabel 83648NED “Geregistreerde criminaliteit; soort misdrijf, regio”, gepubliceerd 24 april 2026',
      'Justis / LBB https://www.justis.nl/',
    ])
      assert.ok(flat.includes(expected), `"${expected}" in ${flat}`);
    // A long address wraps in its column: all of it is there, between the lines.
    const address = 'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/83648NED/table';
    assert.ok(list.replace(/\s+/g, '').includes(address), list);
    // The address once, not again in brackets as a link prints its address.
    assert.ok(!flat.includes('(https://data.politie.nl/)'), flat);
    // Two cards name CBS StatLine; the list names it once.
    assert.equal(flat.split('CBS StatLine: geregistreerde criminaliteit').length - 1, 1, flat);
  });
});
