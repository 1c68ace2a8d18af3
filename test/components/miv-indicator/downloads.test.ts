import { expect, html, oneEvent } from '@open-wc/testing';
import '../../../src/define.js';
import type { MivIndicator } from '../../../src/components/miv-indicator/miv-indicator.js';
import type { MivDownloadDetail } from '../../../src/components/miv-chart-element.js';
import { SMALL_FEED_URL } from '../../fixtures/feeds.js';
import { failOnConsoleErrors, query, rendered, SAMPLE_FEED_URL, text } from '../../helpers.js';

/** Clicks a download button and catches the file before the browser saves it. */
async function download(el: MivIndicator, format: string): Promise<MivDownloadDetail> {
  const event = oneEvent(el, 'miv-download') as Promise<CustomEvent<MivDownloadDetail>>;
  query<HTMLButtonElement>(el, `[part="downloads"] button[data-format="${format}"]`)!.click();
  const caught = await event;
  caught.preventDefault();
  return caught.detail;
}

describe('<miv-indicator> downloads', () => {
  failOnConsoleErrors();
  let el: MivIndicator;
  beforeEach(async () => {
    el = await rendered<MivIndicator>(
      html`<miv-indicator
        src=${SMALL_FEED_URL}
        indicator="woninginbraak"
        area="GM0748"
        compare="land"
      ></miv-indicator>`,
    );
  });

  it('offers CSV, PNG and SVG with labels that say what they do', () => {
    const buttons = [...el.shadowRoot!.querySelectorAll('[part="downloads"] button')];
    expect(buttons.map((b) => [b.textContent!.trim(), b.getAttribute('aria-label')])).to.deep.equal([
      ['CSV', 'Download als CSV'],
      ['PNG', 'Download als PNG'],
      ['SVG', 'Download als SVG'],
    ]);
  });

  it('gives the shown data as a Dutch CSV file', async () => {
    const { format, fileName, blob } = await download(el, 'csv');
    expect([format, fileName, blob.type]).to.deep.equal(['csv', 'woninginbraak-GM0748.csv', 'text/csv;charset=utf-8']);
    // UTF-8 with a byte order mark (EF BB BF), which text() would silently drop.
    expect([...new Uint8Array(await blob.slice(0, 3).arrayBuffer())]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = (await blob.text()).split('\r\n');
    expect(lines[0]).to.equal('Diefstal uit woning (woninginbraak)');
    expect(lines).to.include(
      '2020;Bergen op Zoom;;geheim;;Te weinig gevallen om te publiceren. | Bijzondere periode 2020–2021 (Corona): COVID-19: minder mensen van huis',
    );
    expect(lines).to.include('2025;Nederland;2,0;voorlopig;;');
  });

  it('gives the chart as SVG with title, subtitle, notes, source and the sample mark', async () => {
    const { fileName, blob } = await download(el, 'svg');
    expect(fileName).to.equal('woninginbraak-GM0748.svg');
    const svg = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml').documentElement;
    expect(svg.querySelector('parsererror')).to.equal(null);
    const lines = [...svg.querySelectorAll(':scope > text')].map((t) => t.textContent);
    expect(lines).to.deep.equal([
      'Diefstal uit woning (woninginbraak)',
      'Bergen op Zoom · per 1.000 inwoners · 2015–2025',
      // The legend, under the chart.
      'Bergen op Zoom',
      'Nederland',
      '* voorlopig',
      'x geheim: de lijn is daar onderbroken',
      'Bijzondere periode 2020–2021 (Corona): COVID-19: minder mensen van huis',
      'Bergen op Zoom, 2020: Te weinig gevallen om te publiceren.',
      'Bron: CBS (Bbv) / Politie — https://data.politie.nl/ · Stand: 15 juni 2026',
      'Fictieve voorbeelddata',
    ]);
    // Each legend entry is drawn as in the chart: its line's colour and dash, with its marker on it.
    const samples = [...svg.querySelectorAll(':scope > line')];
    const markers = [...svg.querySelectorAll(':scope > path')];
    expect(markers.map((m) => m.getAttribute('fill'))).to.deep.equal(samples.map((l) => l.getAttribute('stroke')));
    expect(new Set(samples.map((l) => l.getAttribute('stroke-dasharray'))).size).to.equal(2);
    const chart = svg.querySelector(':scope > svg')!;
    expect(chart.textContent, 'the chart itself, with its axis labels').to.contain('2015').and.contain('2025');
    expect(chart.querySelectorAll('path').length).to.be.greaterThan(10);
    expect(Number(svg.getAttribute('height'))).to.be.greaterThan(320 + 60);
  });

  it('gives the chart as a PNG at twice its size', async () => {
    const { fileName, blob } = await download(el, 'png');
    expect([fileName, blob.type]).to.deep.equal(['woninginbraak-GM0748.png', 'image/png']);
    const image = await createImageBitmap(blob);
    const width = query(el, '[part~="chart"]')!.getBoundingClientRect().width;
    // The chart's width plus a 16px margin on each side, at twice the size.
    expect(image.width).to.equal((Math.round(width) + 32) * 2);
    expect(image.height).to.be.greaterThan((320 + 60) * 2);
    // Not an empty canvas: the middle of the chart has dark (line or text) pixels.
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let dark = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 128 && pixels[i + 3]! > 0) dark++;
    expect(dark).to.be.greaterThan(1000);
  });

  it('saves the file when nobody cancels the event', async () => {
    const clicked: HTMLAnchorElement[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      await el.download('csv');
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicked.map((a) => [a.download, a.href.startsWith('blob:')])).to.deep.equal([
      ['woninginbraak-GM0748.csv', true],
    ]);
    expect(clicked[0]!.isConnected, 'the helper link is removed again').to.equal(false);
  });
});

describe("<miv-indicator> downloads of a stand-in's figures", () => {
  failOnConsoleErrors();
  const FALLBACK = 'Voor Breda is geen cijfer beschikbaar; u ziet het cijfer van district De Baronie.';
  let el: MivIndicator;
  beforeEach(async () => {
    // Breda has no stabbing figures: the element shows De Baronie's, and says so.
    el = await rendered<MivIndicator>(
      html`<miv-indicator src=${SAMPLE_FEED_URL} indicator="steekincidenten" area="GM0758"></miv-indicator>`,
    );
    expect(text(el, '[part="fallback"]')).to.equal(FALLBACK);
  });

  it("says under the CSV's title, as the page does, that Breda has no figure of its own", async () => {
    const { fileName, blob } = await download(el, 'csv');
    expect(fileName).to.equal('steekincidenten-GM0758.csv');
    const lines = (await blob.text()).split('\r\n');
    expect(lines.slice(0, 2)).to.deep.equal(['Steekincidenten (messen)', `"${FALLBACK}"`]);
  });

  it("says it in the image's first note, as the page does", async () => {
    const { blob } = await download(el, 'svg');
    const svg = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml').documentElement;
    const lines = [...svg.querySelectorAll(':scope > text')].map((t) => t.textContent);
    expect(lines.slice(0, 2)).to.deep.equal(['Steekincidenten (messen)', 'De Baronie · aantal · 2015–2025']);
    // Under the chart and its legend, before what the chart's marks mean (lines wrap at the image's width).
    expect(lines.join(' ')).to.contain(`De Baronie (districtscijfer) ${FALLBACK} * voorlopig Bron: Politie`);
  });
});
