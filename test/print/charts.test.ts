/**
 * Charts on paper, as Chromium prints a page to PDF (A4) from a window wider than the paper and
 * poppler reads it back. The page has a lazy chart at the top, printed as soon as it appears (during
 * its entry animation), and below a spacer, far from the viewport, a second one, a comparison and a
 * map, none of which the reader came near. Printed, each line chart is drawn whole and as wide as the
 * paper: its x-axis runs to the latest period, 2025, within the page, and its line (a test colour)
 * from the first period to the last. The map's engine cannot arrive while the page prints, so its
 * table is printed in its place. After printing each drawn chart is as wide as its box on screen again.
 * The page is printed as a browser prints it (print media), and with screen media, as a PDF tool may:
 * then only the change of width says that the print layout applies.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { printPage, type Printed, type PrintedPage, type PrintedWord } from './print.js';

const FIRST = '2015';
const LATEST = '2025';
/** A4 at 96 px per inch is 794 px wide: a window of 1000 px lays the charts out wider than the paper. */
const WINDOW = { width: 1000, height: 800 };
/** Enough for a line of 2 px to keep its colour in the page image. */
const DPI = 100;
const POINTS_PER_INCH = 72;
/** How far beside the middle of its label, in pixels of the page image, a period's point may lie. */
const BESIDE_PX = 3;
/** How far above its x-axis labels a line chart's plot reaches: the chart's height, 320 px, in points. */
const PLOT_HEIGHT_PT = 240;

const BODY = `<h1>Veiligheid in Breda</h1>
  <miv-indicator id="top" src="/feed.json" indicator="woninginbraak" area="GM0758"></miv-indicator>
  <div style="height: 3000px"></div>
  <miv-indicator id="far" src="/feed.json" indicator="drugsdumpingen" area="GM0758"></miv-indicator>
  <miv-district-compare id="compare" src="/feed.json" indicator="woninginbraak"></miv-district-compare>
  <miv-map id="map" src="/feed.json" indicator="woninginbraak"></miv-map>`;

/** The area's own line in magenta, which nothing else on the page is. */
const CSS = `miv-indicator { --miv-color-series-1: #f0f; }`;

const isLine = ([r, g, b]: [number, number, number]) => r - g > 80 && b - g > 80;

interface Axis {
  page: PrintedPage;
  number: number;
  labels: PrintedWord[];
}

/** The x-axes of the printed line charts: lines of nothing but years, left to right. */
function axes(printed: Printed): Axis[] {
  return printed.pages.flatMap((page, n) => {
    const lines = new Map<number, PrintedWord[]>();
    for (const word of page.words) {
      const y = Math.round(word.yMin);
      lines.set(y, [...(lines.get(y) ?? []), word]);
    }
    return [...lines.values()]
      .filter((line) => line.length >= 5 && line.every((word) => /^\d{4}$/.test(word.text)))
      .map((line) => ({ page, number: n + 1, labels: line.sort((a, b) => a.xMin - b.xMin) }));
  });
}

const named = (axis: Axis) => `page ${axis.number}: ${axis.labels.map((label) => label.text).join(' ')}`;

/** Whether the chart's line passes over a label, somewhere in the plot above it. */
function lineAbove({ page, labels }: Axis, label: PrintedWord): boolean {
  const pixels = (pt: number) => Math.round((pt / POINTS_PER_INCH) * DPI);
  const middle = pixels((label.xMin + label.xMax) / 2);
  const bottom = pixels(labels[0]!.yMin);
  for (let y = Math.max(0, bottom - pixels(PLOT_HEIGHT_PT)); y < bottom; y++)
    for (let x = middle - BESIDE_PX; x <= middle + BESIDE_PX; x++) if (isLine(page.image.pixel(x, y))) return true;
  return false;
}

/** Prints the page, by default as a browser does, or with the given media as a PDF tool may. */
function printCharts(media?: 'screen'): Promise<Printed> {
  return printPage(
    {
      script: `import './src/define.ts';`,
      body: BODY,
      css: CSS,
      viewport: WINDOW,
      media,
      pdf: { format: 'A4', preferCSSPageSize: false },
      ready: () => document.querySelector('#top')?.shadowRoot?.querySelector('[part~="chart"] svg'),
      afterPrint: () =>
        ['top', 'far'].map((id) => {
          const box = document.getElementById(id)?.shadowRoot?.querySelector('.engine');
          return [box?.clientWidth, Number(box?.querySelector('svg')?.getAttribute('width'))];
        }),
    },
    DPI,
  );
}

for (const media of [undefined, 'screen'] as const) {
  describe(media ? `charts printed with ${media} media` : 'printed charts', { timeout: 60_000 }, () => {
    let printed: Printed;
    let found: Axis[];
    let text: string;

    before(async () => {
      printed = await printCharts(media);
      found = axes(printed);
      text = printed.pages.map((page) => page.text).join('\n');
    });

    it('draws both line charts, the one far below the fold too, each x-axis from the first period to the latest', () => {
      assert.equal(found.length, 2, `an x-axis for each line chart (${found.map(named).join(' | ')})`);
      assert.equal(found[0]!.number, 1, 'the chart at the top on the first page');
      for (const axis of found) {
        assert.equal(axis.labels[0]!.text, FIRST, named(axis));
        assert.equal(axis.labels.at(-1)!.text, LATEST, named(axis));
      }
    });

    it('fits each chart to the paper, its line from the first period to the latest', () => {
      for (const axis of found) {
        const last = axis.labels.at(-1)!;
        assert.ok(
          last.xMax < axis.page.width,
          `${named(axis)}: ${LATEST} ends at ${last.xMax} of ${axis.page.width} pt`,
        );
        assert.ok(lineAbove(axis, axis.labels[0]!), `${named(axis)}: the line at ${FIRST}`);
        assert.ok(lineAbove(axis, last), `${named(axis)}: the line at ${LATEST}`);
      }
    });

    it('prints the comparison drawn', () => {
      // Its bars are labelled with the districts, the axis under them with its unit.
      assert.match(text, /De Markiezaten +1,6\*/);
      assert.match(text, /\n +per 1\.000 inwoners\n/);
    });

    it("prints the map's table in its place while its engine cannot arrive", () => {
      assert.match(text, /Gebied +2025 +2024 +Verschil met 2024/);
      assert.match(text, /Woensdrecht +1,4\* +0,9 +\+0,5/);
    });

    it('gives the charts their width on screen back after printing', () => {
      for (const [box, svg] of printed.afterPrint as [number, number][])
        assert.ok(box > 900 && Math.abs(box - svg) < 1, `a box of ${box} px holds a drawing of ${svg} px`);
    });
  });
}
