/**
 * `<miv-map>`'s exported image, which travels without the page: its key says what the hatched regions
 * are in the words of the map's legend, and it explains no CBS symbol that it does not show.
 */
import { expect, html, oneEvent } from '@open-wc/testing';
import '../../../src/define.js';
import type { MivDownloadDetail } from '../../../src/components/miv-chart-element.js';
import type { MivMap } from '../../../src/components/miv-map/miv-map.js';
import type { Feed } from '../../../src/feed/schema.js';
import { smallFeed } from '../../fixtures/feeds.js';
import { failOnConsoleErrors, feedUrl, rendered, SAMPLE_FEED_URL, text } from '../../helpers.js';

/** The lines of text of the map's SVG download around its drawing (title, key, notes, source). */
async function imageLines(el: MivMap): Promise<string[]> {
  const event = oneEvent(el, 'miv-download') as Promise<CustomEvent<MivDownloadDetail>>;
  await el.download('svg');
  const caught = await event;
  caught.preventDefault();
  const svg = new DOMParser().parseFromString(await caught.detail.blob.text(), 'image/svg+xml').documentElement;
  return [...svg.querySelectorAll(':scope > text')].map((t) => t.textContent ?? '');
}

/** The legend's entries on the page, as a reader reads them. */
const legendItems = (el: MivMap) =>
  [...el.shadowRoot!.querySelectorAll('[part="legend"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

/**
 * The small feed with the 2025 burglary rates of its gemeenten in several statuses: Bergen op Zoom a
 * true zero (`–`), Breda provisional (`*`), Baarle-Nassau secret (`x`), Middelburg missing (`.`).
 */
async function statusesFeed(): Promise<Feed> {
  const feed = await smallFeed();
  const set: Record<string, [number | null, string]> = {
    GM0748: [0, 'nil'],
    GM0758: [2.2, 'provisional'],
    GM0744: [null, 'suppressed'],
    GM0687: [null, 'no-data'],
  };
  for (const s of feed.series.filter((s) => s.indicator === 'woninginbraak' && s.area in set)) {
    const [value, status] = set[s.area]!;
    s.values[s.periods.indexOf('2025')] = value;
    s.status = { ...s.status, '2025': status as 'definitive' };
  }
  return feed;
}

/** A CBS symbol with its meaning, as a key explains it: `x geheim`, `– nihil`, `* voorlopig`. */
const SYMBOL_KEY = /(^|[\s(·,])(\*\*?|–|x|\.) (voorlopig|nader voorlopig|nihil|geheim|gegevens ontbreken)\b/;

describe("<miv-map>'s image", () => {
  failOnConsoleErrors();

  it("names the hatched regions' symbols as the page's legend does", async () => {
    const el = await rendered<MivMap>(
      html`<miv-map src=${feedUrl(await statusesFeed())} indicator="woninginbraak"></miv-map>`,
    );
    const page = legendItems(el).find((item) => item.startsWith('Gearceerd'));
    expect(page).to.equal('Gearceerd: geen cijfer (. gegevens ontbreken, x geheim) (2 gemeenten)');
    expect(await imageLines(el)).to.include(page);
  });

  it('explains no symbol that it does not show, and says in words that figures are provisional', async () => {
    const el = await rendered<MivMap>(
      html`<miv-map src=${feedUrl(await statusesFeed())} indicator="woninginbraak"></miv-map>`,
    );
    const lines = await imageLines(el);
    // The map writes no figures: the symbols it shows are those in its hatched key, and no line
    // lists `– nihil` or `* voorlopig` (the unit's and Nederland's 2025 are provisional too).
    const explaining = lines.filter((line) => SYMBOL_KEY.test(line));
    expect(explaining).to.deep.equal(['Gearceerd: geen cijfer (. gegevens ontbreken, x geheim) (2 gemeenten)']);
    // Bergen op Zoom's nihil is final: the provisional ones are named, the final ones not made provisional.
    const text = lines.join(' ');
    expect(text).to.contain(
      'De cijfers van Roosendaal, Breda, Etten-Leur en Tilburg over 2025 zijn voorlopig en kunnen nog wijzigen.',
    );
    expect(text).to.not.contain('De cijfers van 2025 zijn voorlopig');
  });

  it('says all coloured figures are provisional where every one is', async () => {
    const feed = await statusesFeed();
    const zero = feed.series.find((s) => s.indicator === 'woninginbraak' && s.area === 'GM0748')!;
    zero.status = { ...zero.status, '2025': 'provisional' };
    const el = await rendered<MivMap>(html`<miv-map src=${feedUrl(feed)} indicator="woninginbraak"></miv-map>`);
    expect((await imageLines(el)).join(' ')).to.contain('De cijfers van 2025 zijn voorlopig en kunnen nog wijzigen.');
  });

  it('says nothing of provisional figures where the coloured ones are final', async () => {
    const feed = await statusesFeed();
    // Every gemeente's figure final; the unit's and Nederland's stay provisional, and are not drawn.
    for (const s of feed.series.filter((s) => s.indicator === 'woninginbraak' && s.area.startsWith('GM')))
      if (s.status?.['2025'] === 'provisional') s.status = { ...s.status, '2025': 'definitive' };
    const el = await rendered<MivMap>(html`<miv-map src=${feedUrl(feed)} indicator="woninginbraak"></miv-map>`);
    expect((await imageLines(el)).filter((line) => /voorlopig|\*/.test(line))).to.deep.equal([]);
  });

  it("says, as the map's text does, that its highest and lowest figures rest on fewer than 10 cases", async () => {
    // De Baronie's drug waste dumpings of 2025: a handful in every coloured gemeente.
    const el = await rendered<MivMap>(
      html`<miv-map src=${SAMPLE_FEED_URL} indicator="drugsdumpingen" area="de-baronie" period="2025"></miv-map>`,
    );
    const caveat = 'Het hoogste en het laagste cijfer berusten op minder dan 10 gevallen.';
    expect(text(el, '[part="summary"]')).to.contain(caveat);
    expect((await imageLines(el)).join(' ')).to.contain(caveat);
  });
});
