/**
 * An exported image of a comparison or a map on a handout, away from the widget's legend and table:
 * it says what its symbols and colours mean.
 */
import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { MivChartElement, MivDownloadDetail } from '../../src/components/miv-chart-element.js';
import { everyStatusFeed, SECONDARY, SMALL_FEED_URL, smallFeed, withSecondarySuppression } from '../fixtures/feeds.js';
import { failOnConsoleErrors, feedUrl, rendered } from '../helpers.js';

/** The small feed with Etten-Leur's burglary figure of 2025 suppressed to protect Baarle-Nassau's. */
const secondaryFeed = async () => feedUrl(await withSecondarySuppression());

/** The lines of text of the element's SVG download, outside the chart's own drawing. */
async function imageLines(el: MivChartElement<unknown>): Promise<string[]> {
  return [...(await image(el)).querySelectorAll(':scope > text')].map((t) => t.textContent ?? '');
}

/** The element's download in `format`, taken from its `miv-download` event. */
async function downloaded(el: MivChartElement<unknown>, format: 'svg' | 'png'): Promise<Blob> {
  const event = oneEvent(el, 'miv-download') as Promise<CustomEvent<MivDownloadDetail>>;
  await el.download(format);
  const caught = await event;
  caught.preventDefault();
  return caught.detail.blob;
}

/** The element's SVG download, parsed. */
async function image(el: MivChartElement<unknown>): Promise<Element> {
  const text = await downloaded(el, 'svg').then((blob) => blob.text());
  return new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
}

/** A CBS symbol and its meaning as a key explains them: `* voorlopig`, `– nihil`, `(leeg) niet van toepassing`. */
const STATUS_KEY =
  /^(\*\*?|–|x|\.|\(leeg\)) (voorlopig|nader voorlopig|nihil|geheim|gegevens ontbreken|niet van toepassing)$/;

/**
 * The symbols an image explains on a line of their own (`* voorlopig · x geheim`), each with whether
 * the image writes it: alone (`x geheim` at a bar, `–` at a point) or after a figure (`3,0*`), in the
 * drawing or in its legend.
 */
async function explainedSymbols(el: MivChartElement<unknown>): Promise<Map<string, boolean>> {
  const svg = await image(el);
  const keys = [...svg.querySelectorAll(':scope > text')]
    .map((t) => t.textContent!.split(' · '))
    .filter((parts) => parts.every((part) => STATUS_KEY.test(part)))
    .flat();
  const written = [...svg.querySelectorAll('text')]
    .flatMap((t) => t.textContent!.split(/\s+/))
    .map((word) => /^\d[\d.,]*(\*\*?)$/.exec(word)?.[1] ?? word);
  return new Map(keys.map((key) => [key, written.includes(key.split(' ')[0]!)]));
}

describe('the key of an exported image', () => {
  failOnConsoleErrors();

  it('of a comparison: what the symbols beside its figures mean', async () => {
    const el = await rendered<MivChartElement<unknown>>(
      html`<miv-district-compare src=${SMALL_FEED_URL} indicator="woninginbraak"></miv-district-compare>`,
    );
    expect(await imageLines(el)).to.include('* voorlopig');
  });

  it('of a map: what a stronger colour means and each class with its colour', async () => {
    const el = await rendered<MivChartElement<unknown>>(
      html`<miv-map src=${SMALL_FEED_URL} indicator="woninginbraak" area="de-markiezaten"></miv-map>`,
    );
    const lines = await imageLines(el);
    const legend = el.shadowRoot!.querySelectorAll('[part="legend"] li');
    // Each class of the map's own legend, in its words, and the sentence on the colours above them.
    const classes = [...legend].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(classes.length).to.be.greaterThan(0);
    for (const name of classes) expect(lines, name).to.include(name);
    expect(
      lines.some((line) => line.startsWith('Hoe ')),
      'the meaning of the colours',
    ).to.equal(true);
  });

  it('of survey figures compared: what the error bars are, and the series break their change spans', async () => {
    const feed = await smallFeed();
    feed.indicators.find((i) => i.id === 'onveilig-eigen-buurt')!.breaks = [
      { period: '2025', reason: 'Nieuwe vragenlijst' },
    ];
    const el = await rendered<MivChartElement<unknown>>(
      html`<miv-district-compare src=${feedUrl(feed)} indicator="onveilig-eigen-buurt"></miv-district-compare>`,
    );
    const lines = await imageLines(el);
    expect(lines).to.include('Foutbalken: 95\u00a0%-betrouwbaarheidsmarge van het cijfer van elke staaf.');
    // The table says `Trendbreuk` where the change would be; the image names the break and its reason.
    expect(el.shadowRoot!.querySelector('[part="table"]')!.textContent).to.contain('Trendbreuk');
    expect(lines).to.include('Trendbreuk 2025: Nieuwe vragenlijst');
  });

  it('of a comparison: a break of some areas only names them', async () => {
    const feed = await smallFeed();
    feed.indicators.find((i) => i.id === 'onveilig-eigen-buurt')!.breaks = [
      { period: '2025', reason: 'Nieuwe steekproef', areas: ['zeeland', 'GM0758'] },
    ];
    const el = await rendered<MivChartElement<unknown>>(
      html`<miv-district-compare src=${feedUrl(feed)} indicator="onveilig-eigen-buurt"></miv-district-compare>`,
    );
    // Breda is no district: of the areas the break cuts, the comparison shows Zeeland only.
    expect(await imageLines(el)).to.include('Trendbreuk 2025 (Zeeland): Nieuwe steekproef');
  });

  it('of registered figures compared: no error bars, and no break where none lies between the periods', async () => {
    const el = await rendered<MivChartElement<unknown>>(
      html`<miv-district-compare src=${SMALL_FEED_URL} indicator="woninginbraak"></miv-district-compare>`,
    );
    const lines = await imageLines(el);
    expect(lines.filter((line) => /Foutbalken|Trendbreuk/.test(line))).to.deep.equal([]);
  });

  for (const tag of ['miv-district-compare', 'miv-map'] as const)
    it(`of ${tag}: why a secondarily suppressed figure is x`, async () => {
      const src = await secondaryFeed();
      const el = await rendered<MivChartElement<unknown>>(
        tag === 'miv-map'
          ? html`<miv-map src=${src} indicator="woninginbraak" area="de-baronie"></miv-map>`
          : html`<miv-district-compare
              src=${src}
              indicator="woninginbraak"
              level="gemeente"
              within="de-baronie"
            ></miv-district-compare>`,
      );
      // A long note wraps over lines of its own.
      const text = (await imageLines(el)).join(' ');
      expect(text).to.contain(`Etten-Leur, 2025: ${SECONDARY}`);
      expect(text).to.contain('Baarle-Nassau, 2025: Te weinig gevallen om te publiceren.');
    });

  it("of a map: the hatched regions' key hatched as on the map, in the SVG and in the PNG", async () => {
    const el = await rendered<MivChartElement<unknown>>(
      html`<miv-map src=${SMALL_FEED_URL} indicator="woninginbraak" area="de-baronie"></miv-map>`,
    );
    const svg = await image(el);
    const key = [...svg.querySelectorAll(':scope > text')].find((t) => t.textContent!.startsWith('Gearceerd'))!;
    expect(key, 'the hatched regions in the key').to.exist;
    // Filled with a pattern of the image's own, as the map's regions are with the chart's.
    const swatch = [...svg.querySelectorAll(':scope > rect')].find((r) => /^url\(#/.test(r.getAttribute('fill')!));
    expect(swatch, 'a swatch filled with a pattern').to.exist;
    const pattern = svg.querySelector(`[id="${/^url\(#(.+)\)$/.exec(swatch!.getAttribute('fill')!)![1]}"]`);
    expect(pattern?.localName).to.equal('pattern');

    // The PNG (drawn at twice the size) shows stripes in the swatch: two colours, not one.
    const png = await createImageBitmap(await downloaded(el, 'png'));
    const canvas = new OffscreenCanvas(png.width, png.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(png, 0, 0);
    const scale = png.width / Number(svg.getAttribute('width'));
    const y = Number(key.getAttribute('y')) - 13 / 3;
    const x = Number(key.getAttribute('x')) - 6 - 28;
    // The middle of the swatch, clear of its edges.
    const pixels = context.getImageData((x + 6) * scale, (y - 2) * scale, 16 * scale, 4 * scale).data;
    const colours = new Set<string>();
    for (let i = 0; i < pixels.length; i += 4) colours.add(`${pixels[i]},${pixels[i + 1]},${pixels[i + 2]}`);
    const lightness = [...colours].map((c) => c.split(',').reduce((sum, v) => sum + Number(v), 0));
    expect(Math.max(...lightness) - Math.min(...lightness), [...colours].join(' ')).to.be.greaterThan(120);
  });

  // The map writes no symbols: see test/components/miv-map/image.test.ts.
  for (const period of ['2021', '2022', '2023', '2024', '2025'])
    it(`of a comparison in ${period}: only the symbols written at its bars and in its legend`, async () => {
      const el = await rendered<MivChartElement<unknown>>(
        html`<miv-district-compare
          src=${feedUrl(await everyStatusFeed())}
          indicator="woninginbraak"
          level="gemeente"
          within="de-baronie"
          period=${period}
        ></miv-district-compare>`,
      );
      const explained = await explainedSymbols(el);
      expect(explained.size, 'Breda has a status other than definitive').to.be.greaterThan(0);
      for (const [key, written] of explained) expect(written, key).to.equal(true);
    });

  it('of a line chart: only the symbols written at its points', async () => {
    const el = await rendered<MivChartElement<unknown>>(
      html`<miv-indicator
        src=${feedUrl(await everyStatusFeed())}
        indicator="woninginbraak"
        area="GM0758"
      ></miv-indicator>`,
    );
    const explained = await explainedSymbols(el);
    // A secret or missing figure is a gap in the line, which its own line explains (`x geheim: de lijn
    // is daar onderbroken`); the symbols of figures drawn are written at their points.
    expect([...explained.keys()]).to.deep.equal(['* voorlopig', '** nader voorlopig', '– nihil']);
    for (const [key, written] of explained) expect(written, key).to.equal(true);
  });
});
