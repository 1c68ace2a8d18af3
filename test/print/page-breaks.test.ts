/**
 * Where pages break in a handout of stacked widgets, as Chromium prints it to PDF (A4) and poppler
 * reads it back. Each widget is printed below a spacer on a page of its own, the spacers' heights
 * stepping through the lower part of the page, so that some widget's header comes at a page's foot.
 * Its header (with the mark of fictitious data above it), what is said under it and the beginning
 * of its chart are then on one page: the test's CSS marks each (`::part()` with generated text), so
 * the page of each is read. A comparison taller than what is left of a page starts a page with its
 * header. And a widget's notes and quotes (duiding with its byline) are never cut in two.
 * The window is as wide as the paper, so that the page is printed at its own size.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Feed } from '../../src/feed/schema.js';
import { stringsFor } from '../../src/i18n/strings.js';
import { formatDate } from '../../src/model/format.js';
import { printPage, SAMPLE_FEED, type Printed } from './print.js';

/** A4 at 96 px per inch. */
const WINDOW = { width: 794, height: 900 };
/** In steps shorter than a header, from where a widget's chart no longer fits below it to a page's foot. */
const SPACERS = Array.from({ length: 14 }, (_, n) => 120 + n * 12);

const WIDGETS = {
  'an indicator and its comparison': `<miv-indicator indicator="woninginbraak" area="GM0664" compare="group:grootteklasse-20000-50000-nl"></miv-indicator>`,
  'a comparison of a group of gemeenten': `<miv-district-compare indicator="woninginbraak" within="group:grootteklasse-50000-100000" highlight="GM0758"></miv-district-compare>`,
  'a comparison taller than a page with its header': `<miv-district-compare indicator="drugsdumpingen" within="group:grootteklasse-20000-50000-nl" highlight="GM0664"></miv-district-compare>`,
  'a map': `<miv-map indicator="woninginbraak" area="de-baronie"></miv-map>`,
};

/** Each widget below a spacer on a page of its own, with the feed, drawn at once. */
function printStacked(
  widget: string,
  spacers: readonly number[],
  css: string,
  ready: () => unknown,
  afterPrint?: () => unknown,
): Promise<Printed> {
  return printPage({
    script: `import './src/define.ts';`,
    body: spacers
      .map(
        (mm, n) => `<div style="break-before: page; height: ${mm}mm"></div>
          ${widget.replace(/^<([\w-]+)/, `<$1 id="w${n}" src="/feed.json" loading="eager"`)}`,
      )
      .join('\n'),
    css,
    viewport: WINDOW,
    pdf: { format: 'A4', preferCSSPageSize: false },
    ready,
    afterPrint,
  });
}

/** The numbers of the pages a word is on, once for each time. */
const pagesOf = (printed: Printed, word: string) =>
  printed.pages.flatMap((page, n) => page.words.filter((w) => w.text === word).map(() => n + 1));

for (const [name, widget] of Object.entries(WIDGETS)) {
  describe(`${name} on paper`, { timeout: 90_000 }, () => {
    it('has its header, the sentences under it and the start of its chart on one page', async () => {
      const printed = await printStacked(
        widget,
        SPACERS,
        [
          // Left out: the texts after the chart, which only make the PDF long.
          '[id^="w"]::part(footer), [id^="w"]::part(duiding) { display: none; }',
          ...SPACERS.map(
            (_, n) => `#w${n}::part(sample)::before { content: 'SAMPLE${n} '; }
              #w${n}::part(title)::before { content: 'TITLE${n} '; }
              #w${n}::part(chart)::before { content: 'BEGIN${n}'; }`,
          ),
        ].join('\n'),
        () =>
          [...document.querySelectorAll('[id^="w"]')].every((el) =>
            el.shadowRoot?.querySelector('[part~="chart"] svg'),
          ),
      );
      for (const n of SPACERS.keys()) {
        const [sample, title, begin] = ['SAMPLE', 'TITLE', 'BEGIN'].map((mark) => pagesOf(printed, `${mark}${n}`));
        assert.equal(title!.length, 1, `widget ${n} printed once`);
        assert.deepEqual(
          [sample, begin],
          [title, title],
          `below ${SPACERS[n]} mm: the mark of sample data on page ${sample}, the title on ${title}, the chart begins on ${begin}`,
        );
      }
    });
  });
}

describe("a widget's short texts on paper", { timeout: 90_000 }, () => {
  const feed = JSON.parse(readFileSync(SAMPLE_FEED, 'utf8')) as Feed;
  const strings = stringsFor('nl');
  /** Breda's duiding, each entry with its byline. */
  const quotes = feed.duiding
    .filter((d) => d.indicator === 'woninginbraak' && (!d.area || d.area === 'de-baronie'))
    .map((d) => `${d.text} — ${[d.author, d.partner, formatDate(d.date, strings)].filter(Boolean).join(', ')}`);
  /** A text as read from a page: its lines joined, a word broken at a hyphen whole again. */
  const flat = (text: string) => text.replace(/\s+/g, ' ').replace(/- /g, '-');
  /** Spacers in steps of less than a line, so that each of those texts reaches a page's foot. */
  const spacers = Array.from({ length: 60 }, (_, n) => 110 + n * 3);

  it('cuts no note and no quote with its byline in two', async () => {
    assert.equal(quotes.length, 2, quotes.join('\n'));
    // Narrow, so that its texts run over several lines; only what comes after the chart, so that the PDF stays short.
    const printed = await printStacked(
      `<miv-indicator indicator="woninginbraak" area="GM0758"></miv-indicator>`,
      spacers,
      `miv-indicator { width: 80mm; }
       miv-indicator::part(chart), miv-indicator::part(summary), miv-indicator::part(header), miv-indicator::part(headline) { display: none; }`,
      () => [...document.querySelectorAll('miv-indicator')].every((el) => el.shadowRoot?.querySelector('.footer')),
      () =>
        [...document.querySelector('miv-indicator')!.shadowRoot!.querySelectorAll('[part~="notes"] li')].map(
          (li) => (li as HTMLElement).innerText,
        ),
    );
    const notes = printed.afterPrint as string[];
    assert.ok(notes.length >= 2, notes.join('\n'));
    const pages = printed.pages.map((page) => flat(page.text));
    const cut = [...notes, ...quotes]
      .map((text) => `"${text}" whole on ${pages.filter((page) => page.includes(flat(text))).length} pages`)
      .filter((found) => !found.endsWith(` on ${spacers.length} pages`));
    assert.deepEqual(cut, [], `of ${spacers.length}`);
  });
});
