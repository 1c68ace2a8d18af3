/**
 * The PNG and SVG downloads on a page whose Content Security Policy allows nothing but its own origin
 * (`default-src 'self'`, as `examples/csp.html`): each is a whole file, and the page reports no
 * violation making it. Its own file: the policy, set by a `<meta>` tag before any element is drawn,
 * holds for the page's life.
 */
import { expect, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import type { MivDownloadDetail } from '../../src/components/miv-chart-element.js';
import { query, rendered, SAMPLE_FEED_URL } from '../helpers.js';

const policy = document.createElement('meta');
policy.httpEquiv = 'Content-Security-Policy';
policy.content = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'self'";
document.head.append(policy);

// A colour no other part of a chart has, for the series and the map's hatching: set through the
// CSSOM, which the policy allows, where a style attribute would be refused.
const testColours = new CSSStyleSheet();
testColours.replaceSync(`miv-district-compare, miv-indicator { --miv-color-series-1: #f0f; }
  miv-map { --miv-color-map-hatch: #f0f; }`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, testColours];

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) =>
  violations.push(`${event.violatedDirective} ${event.blockedURI || 'inline'}`),
);

/** Clicks a download button and catches the file before the browser saves it. */
async function download(el: HTMLElement, format: string): Promise<Blob> {
  const event = oneEvent(el, 'miv-download') as Promise<CustomEvent<MivDownloadDetail>>;
  query<HTMLButtonElement>(el, `[part="downloads"] button[data-format="${format}"]`)!.click();
  const caught = await event;
  caught.preventDefault();
  return caught.detail.blob;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** How many of the image's pixels have the colour `rgb` (within a few steps of each channel). */
async function pixelsOf(png: Blob, [r, g, b]: number[]): Promise<number> {
  const image = await createImageBitmap(png);
  const context = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
  context.drawImage(image, 0, 0);
  const data = context.getImageData(0, 0, image.width, image.height).data;
  let count = 0;
  for (let i = 0; i < data.length; i += 4)
    if (Math.abs(data[i]! - r!) < 4 && Math.abs(data[i + 1]! - g!) < 4 && Math.abs(data[i + 2]! - b!) < 4) count++;
  return count;
}

/** Each element, and whether its chart writes texts (the map has none). */
const elements: Record<string, [TemplateResult, boolean]> = {
  'the comparison, its bars on whole pixels': [
    html`<miv-district-compare
      src=${SAMPLE_FEED_URL}
      indicator="woninginbraak"
      level="gemeente"
      within="zeeland"
    ></miv-district-compare>`,
    true,
  ],
  'the map, its hatching a pattern': [
    html`<miv-map src=${SAMPLE_FEED_URL} indicator="woninginbraak"></miv-map>`,
    false,
  ],
  'the line chart, clipped to its plot': [
    html`<miv-indicator src=${SAMPLE_FEED_URL} indicator="woninginbraak" area="GM0758"></miv-indicator>`,
    true,
  ],
};

describe('downloads under a strict Content Security Policy', () => {
  for (const [name, [template, texts]] of Object.entries(elements))
    it(`${name}: a PNG and an SVG file, without a violation`, async () => {
      violations.length = 0;
      const el = await rendered<HTMLElement>(template);
      expect(violations, 'drawn without one').to.deep.equal([]);
      const png = await download(el, 'png');
      const svg = await download(el, 'svg');
      expect(violations).to.deep.equal([]);
      expect([...new Uint8Array(await png.slice(0, 8).arrayBuffer())], 'a PNG file').to.deep.equal(PNG_SIGNATURE);
      const text = await svg.text();
      expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), 'an SVG file').to.equal(true);
      // The chart's drawing in it, its texts with their fonts as ECharts wrote them.
      expect(/<svg [^>]*x="16"/.test(text), 'the chart in the frame').to.equal(true);
      if (texts) expect(/<text [^>]*style="font-size: 12px;/.test(text), 'the chart texts').to.equal(true);
      // The PNG shows the chart: its series (or the map's missing regions) in their test colour.
      expect(await pixelsOf(png, [255, 0, 255])).to.be.above(200);
    });
});
