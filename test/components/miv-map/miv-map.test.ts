/**
 * `<miv-map>` as a reader meets it: the gemeenten drawn, their classes and the legend, hatched
 * regions without a figure, the keyboard walk with its announcements, choosing a gemeente, and the
 * refusal to colour counts.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { Feed } from '../../../src/feed/schema.js';
import type { MivSelectDetail } from '../../../src/components/miv-data-element.js';
import type { MivErrorDetail } from '../../../src/components/miv-chart-element.js';
import type { MivMap } from '../../../src/components/miv-map/miv-map.js';
import { colourTokens, mapPaletteTokens } from '../../../src/tokens/tokens.js';
import { knownSpread, smallFeed, SMALL_FEED_URL } from '../../fixtures/feeds.js';
import {
  failOnConsoleErrors,
  feedUrl,
  query,
  rendered,
  SAMPLE_FEED_URL,
  shadow,
  requestsFrom,
  text,
  tooltipText,
} from '../../helpers.js';

/** The map's tooltip, line by line (`Tilburg / 2025: 9,6 / per 1.000 inwoners`); empty when there is none. */
const svgOf = (el: Element) => shadow(el).querySelector('[part~="chart"] svg')!;

/** The paths drawn on the map, not those of a hatching pattern. */
const shapes = (el: Element) => [...svgOf(el).querySelectorAll('path')].filter((p) => !p.closest('defs, pattern'));
/** The drawn regions: filled paths (gemeenten); outlines without fill are the districts. */
const regions = (el: Element) => shapes(el).filter((p) => p.getAttribute('fill') !== 'none');
const outlines = (el: Element) => shapes(el).filter((p) => p.getAttribute('fill') === 'none');
/** One path per gemeente: a region without a figure has a second, its hatching, filled with a pattern. */
const gemeenten = (el: Element) => regions(el).filter((p) => !/^url\(#/.test(p.getAttribute('fill') ?? ''));

/**
 * A point on screen within a region's own fill (the middle of its box may lie outside it, on a
 * neighbour), found once the region is on the page: a redraw may replace the paths, and a path it
 * took out has no place on screen.
 */
async function pointWithin(region: () => SVGPathElement | undefined): Promise<[number, number]> {
  const steps = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8];
  let at: [number, number] | undefined;
  await waitUntil(() => {
    const path = region();
    const toPath = path?.isConnected ? path.getScreenCTM()?.inverse() : undefined;
    if (!path || !toPath) return false;
    const box = path.getBoundingClientRect();
    const point = steps
      .flatMap((fx) => steps.map((fy) => [box.x + fx * box.width, box.y + fy * box.height] as const))
      .find(([x, y]) => path.isPointInFill(new DOMPoint(x, y).matrixTransform(toPath)));
    at = point && [Math.round(point[0]), Math.round(point[1])];
    return at !== undefined;
  }, 'a point within the region');
  return at!;
}

/** `#fda25d` → `rgb(253, 162, 93)`, as ECharts writes fills. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
}

describe('<miv-map>', () => {
  failOnConsoleErrors();

  it('draws the 37 gemeenten of the unit with the 4 district outlines', async () => {
    const el = await rendered(html`<miv-map src=${SAMPLE_FEED_URL} indicator="woninginbraak"></miv-map>`);
    expect(gemeenten(el)).to.have.length(37);
    expect(outlines(el)).to.have.length(4);
    expect(text(el, '[part="attribution"]')).to.equal('Kaartgrenzen: CBS en Kadaster (PDOK), vereenvoudigd');
    expect(text(el, '[part="header"]')).to.contain('Gemeenten in Eenheid Zeeland-West-Brabant');
  });

  it('keeps the shape of the unit on a phone and on a wide page, and fills a phone’s width', async () => {
    const drawn = async (width: number) => {
      const el = await rendered(
        // Eager: the second map starts below the first, out of view.
        html`<miv-map
          loading="eager"
          style="width: ${width}px"
          src=${SAMPLE_FEED_URL}
          indicator="woninginbraak"
        ></miv-map>`,
      );
      const boxes = gemeenten(el).map((p) => p.getBoundingClientRect());
      const map = {
        width: Math.max(...boxes.map((b) => b.right)) - Math.min(...boxes.map((b) => b.left)),
        height: Math.max(...boxes.map((b) => b.bottom)) - Math.min(...boxes.map((b) => b.top)),
      };
      const box = svgOf(el).getBoundingClientRect();
      return { shape: map.width / map.height, width: map.width / box.width, height: map.height / box.height };
    };
    const phone = await drawn(304);
    const wide = await drawn(900);
    expect(phone.shape / wide.shape).to.be.within(0.98, 1.02);
    // The unit is wider than high: on a phone it takes the width, with no empty band above or below.
    expect(phone.width).to.be.above(0.9);
    expect(phone.height).to.be.above(0.8);
  });

  it('keeps its default height and draws the gemeenten when a chart-height token is not a length', async () => {
    const drawn = async (tokens: string) => {
      const el = await rendered(
        html`<miv-map
          loading="eager"
          style="${tokens}; width: 900px"
          src=${SAMPLE_FEED_URL}
          indicator="woninginbraak"
        ></miv-map>`,
      );
      const boxes = gemeenten(el).map((p) => p.getBoundingClientRect());
      return {
        box: query(el, '[part~="chart"]')!.getBoundingClientRect().height,
        map: Math.max(...boxes.map((b) => b.bottom)) - Math.min(...boxes.map((b) => b.top)),
        gemeenten: boxes.length,
      };
    };
    const normal = await drawn('');
    // The default in a 900 px wide element: 62 % of the map's column, under 420 px.
    expect(normal.box).to.be.within(300, 420);
    for (const tokens of ['--miv-chart-height: banana', '--miv-map-chart-height: 12']) {
      const invalid = await drawn(tokens);
      expect(invalid.box, tokens).to.be.closeTo(normal.box, 1);
      expect(invalid.map, tokens).to.be.closeTo(normal.map, 1);
      expect(invalid.gemeenten, tokens).to.equal(37);
    }
  });

  it('draws only the gemeenten of a district', async () => {
    const el = await rendered(
      html`<miv-map src=${SAMPLE_FEED_URL} indicator="woninginbraak" area="de-baronie"></miv-map>`,
    );
    expect(regions(el)).to.have.length(9);
    expect(outlines(el)).to.have.length(1);
    expect(text(el, '[part="header"]')).to.contain('Gemeenten in De Baronie');
  });

  it('shows a gemeente within its district, emphasised on the map and in the table', async () => {
    const el = await rendered(html`<miv-map src=${SAMPLE_FEED_URL} indicator="woninginbraak" area="GM0758"></miv-map>`);
    expect(regions(el)).to.have.length(9);
    // One heavy border, drawn above the neighbours so that none of it is covered.
    const heavy = shapes(el).filter((p) => p.getAttribute('stroke-width') === '3');
    expect(heavy).to.have.length(1);
    expect(shapes(el).indexOf(heavy[0]!)).to.be.greaterThan(shapes(el).indexOf(outlines(el)[0]!));
    expect(text(el, '[part="table"] tbody')).to.contain('Breda (gemarkeerd)');
  });

  it('colours each gemeente by its class, and the legend gives round bounds in Dutch format', async () => {
    const el = await rendered(html`<miv-map src=${feedUrl(await knownSpread())} indicator="woninginbraak"></miv-map>`);
    const worse = mapPaletteTokens.worse.map((c) => rgb(c.light));
    // One gemeente in each of the five classes, from pale to dark: burglary is worse when higher.
    expect(worse.map((colour) => regions(el).filter((p) => p.getAttribute('fill') === colour).length)).to.deep.equal([
      1, 1, 1, 1, 1,
    ]);
    const items = [...shadow(el).querySelectorAll('[part="legend"] li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(items).to.deep.equal([
      '0,0 tot 2,0 (1 gemeente)',
      '2,0 tot 4,0 (1 gemeente)',
      '4,0 tot 6,0 (1 gemeente)',
      '6,0 tot 8,0 (1 gemeente)',
      '8,0 tot en met 10,0 (1 gemeente)',
      'Gearceerd: geen cijfer (. gegevens ontbreken, x geheim) (2 gemeenten)',
    ]);
    expect(text(el, '[part="legend"]')).to.contain('Klassen van gelijke breedte (2,0)');
    expect(text(el, '[part="legend"]')).to.contain('hoger is ongunstig');
  });

  it('hatches the suppressed and missing gemeenten, and names them in the summary by why', async () => {
    const feed = await knownSpread();
    const etten = feed.series.find((s) => s.indicator === 'woninginbraak' && s.area === 'GM0777')!;
    etten.values[etten.values.length - 1] = null;
    etten.status = { ...etten.status, '2025': 'suppressed' };
    const el = await rendered(html`<miv-map src=${feedUrl(feed)} indicator="woninginbraak"></miv-map>`);
    const hatched = regions(el).filter((p) => /^url\(#/.test(p.getAttribute('fill') ?? ''));
    expect(hatched).to.have.length(3);
    const pattern = svgOf(el).querySelector(hatched[0]!.getAttribute('fill')!.slice(4, -1));
    expect(pattern?.tagName).to.equal('pattern');
    expect(text(el, '[part="summary"]')).to.equal(
      'In 2025 het hoogst in Tilburg (9,6 woninginbraken per 1.000 inwoners) en het laagst in Bergen op Zoom (1,3). ' +
        '3 gemeenten zonder cijfer: Baarle-Nassau en Etten-Leur (x geheim); Middelburg (. gegevens ontbreken).',
    );
  });

  it("stripes the legend's hatched swatch as the map stripes the gemeenten without a figure", async () => {
    const el = await rendered(html`<miv-map src=${feedUrl(await knownSpread())} indicator="woninginbraak"></miv-map>`);
    const pattern = svgOf(el).querySelector('pattern')!;
    const onMap = {
      angle: Number(/rotate\((-?[\d.]+)\)/.exec(pattern.getAttribute('patternTransform') ?? '')?.[1]),
      stripe: pattern.querySelector('path')!.getBBox().height,
      period: Number(pattern.getAttribute('height')),
    };
    const swatch = shadow(el).querySelector('[part="legend"] .swatch.hatched')!;
    // `repeating-linear-gradient(-45deg, <hatch> 0px, <hatch> 2px, <missing> 2px, <missing> 6px)`
    const [angle, ...stops] = [...getComputedStyle(swatch).backgroundImage.matchAll(/(-?[\d.]+)(?:deg|px)/g)].map((m) =>
      Number(m[1]),
    );
    expect({ angle, stripe: stops[1], period: stops.at(-1) }).to.deep.equal(onMap);
  });

  it('counts more than five gemeenten sharing the lowest figure instead of naming them', async () => {
    const feed = await knownSpread();
    for (const s of feed.series.filter((s) => s.indicator === 'woninginbraak' && s.area !== 'GM0855')) {
      s.values[s.values.length - 1] = 1.3;
      s.status = { ...s.status, '2025': 'definitive' };
    }
    const el = await rendered(html`<miv-map src=${feedUrl(feed)} indicator="woninginbraak"></miv-map>`);
    expect(text(el, '[part="summary"]')).to.equal(
      'In 2025 het hoogst in Tilburg (9,6 woninginbraken per 1.000 inwoners) en het laagst in 6 gemeenten (1,3).',
    );
  });

  it('says when the highest or lowest figure it names rests on fewer than 10 cases', async () => {
    /** The known spread, each rate delivered with the count of burglaries under it. */
    const withCounts = async (counts: Record<string, number>) => {
      const feed = await knownSpread();
      for (const s of feed.series.filter((s) => s.indicator === 'woninginbraak' && s.area in counts))
        s.counts = s.values.map((v) => (v === null ? null : counts[s.area]!));
      return feed;
    };
    // One map at a time: a second one below the first would wait, lazily, for the reader to scroll.
    const summary = async (feed: Feed) => {
      const el = await rendered(html`<miv-map src=${feedUrl(feed)} indicator="woninginbraak"></miv-map>`);
      el.remove();
      return text(el, '[part="summary"]');
    };
    const many = { GM0748: 40, GM0758: 400, GM0777: 200, GM1674: 500, GM0855: 2100 };
    expect(await summary(await withCounts(many))).not.to.contain('gevallen');
    // Bergen op Zoom's 1,3 per 1.000 now rests on 8 burglaries; then Tilburg's 9,6 on 9 as well.
    expect(await summary(await withCounts({ ...many, GM0748: 8 }))).to.contain(
      'en het laagst in Bergen op Zoom (1,3). Het laagste cijfer berust op minder dan 10 gevallen. ',
    );
    expect(await summary(await withCounts({ ...many, GM0748: 8, GM0855: 9 }))).to.contain(
      'Het hoogste en het laagste cijfer berusten op minder dan 10 gevallen.',
    );
  });

  it('writes a voorlopig figure in the summary with its symbol, which the summary explains', async () => {
    const feed = await knownSpread();
    const status = { GM0855: 'provisional', GM0748: 'revised-provisional' } as const;
    for (const s of feed.series.filter((s) => s.indicator === 'woninginbraak' && s.area in status))
      s.status = { ...s.status, '2025': status[s.area as keyof typeof status] };
    const el = await rendered(html`<miv-map src=${feedUrl(feed)} indicator="woninginbraak"></miv-map>`);
    const summary = text(el, '[part="summary"]');
    expect(summary).to.match(
      /^In 2025 het hoogst in Tilburg \(9,6\* woninginbraken per 1\.000 inwoners\) en het laagst in Bergen op Zoom \(1,3\*\*\)\. /,
    );
    expect(summary).to.contain('De cijfers voor 2025 met een * zijn voorlopig.');
    expect(summary).to.contain('De cijfers voor 2025 met een ** zijn nader voorlopig.');
  });

  it('marks a shared highest figure voorlopig when any of the gemeenten sharing it has it voorlopig', async () => {
    // Roosendaal, first in the fixed order, gets Tilburg's 9,6 as a definitive figure.
    const feed = await knownSpread();
    for (const s of feed.series.filter((s) => s.indicator === 'woninginbraak')) {
      if (s.area === 'GM1674') s.values[s.values.length - 1] = 9.6;
      if (s.area === 'GM0855') s.status = { ...s.status, '2025': 'provisional' };
    }
    const el = await rendered(html`<miv-map src=${feedUrl(feed)} indicator="woninginbraak"></miv-map>`);
    expect(text(el, '[part="summary"]')).to.match(
      /^In 2025 het hoogst in \S+ en \S+ \(9,6\* woninginbraken per 1\.000 inwoners\) en het laagst in Bergen op Zoom \(1,3\)\. /,
    );
  });

  it('uses the neutral palette for a neutral indicator, and says that higher is not better or worse', async () => {
    const el = await rendered(html`<miv-map src=${SMALL_FEED_URL} indicator="halt-verwijzingen"></miv-map>`);
    const neutral = new Set(mapPaletteTokens.neutral.map((c) => rgb(c.light)));
    // Regions without a figure have no class colour: their fill under the hatching, and the hatching.
    const fills = regions(el)
      .map((p) => p.getAttribute('fill')!)
      .filter(
        (f) => !f.startsWith('url(') && f !== rgb(colourTokens.find((t) => t.name === 'color-map-missing')!.light),
      );
    expect(fills.length).to.be.greaterThan(0);
    expect(fills.filter((f) => !neutral.has(f))).to.deep.equal([]);
    expect(text(el, '[part="legend"]')).to.contain('hoger is niet beter of slechter');
  });

  it('warns under the legend of a survey value that different classes need not differ significantly', async () => {
    const el = await rendered(html`<miv-map src=${SMALL_FEED_URL} indicator="onveilig-eigen-buurt"></miv-map>`);
    expect(text(el, '[part="legend"]')).to.contain('verschillen niet altijd significant');
    const redrawn = oneEvent(el, 'miv-rendered');
    (el as MivMap).indicator = 'woninginbraak';
    await redrawn;
    expect(text(el, '[part="legend"]')).not.to.contain('significant');
  });

  it("says in the summary when a survey's highest and lowest figure do not differ significantly, or were not tested", async () => {
    // Breda's 18,7 ± 2,0 against Etten-Leur's 15,1 ± 2,8 in 2025 differ significantly: nothing is said.
    const summary = async (change: (margins: Record<string, (number | null)[]>) => void) => {
      const feed = await smallFeed();
      const series = feed.series.filter((s) => s.indicator === 'onveilig-eigen-buurt');
      const margins = Object.fromEntries(series.map((s) => [s.area, s.margins!]));
      change(margins);
      for (const s of series) s.margins = margins[s.area];
      const el = await rendered(html`<miv-map src=${feedUrl(feed)} indicator="onveilig-eigen-buurt"></miv-map>`);
      el.remove();
      return text(el, '[part="summary"]');
    };
    const significant = await summary(() => {});
    expect(significant).to.contain(
      'het hoogst in Breda (18,7 % van de inwoners van 15 jaar en ouder) en het laagst in Etten-Leur (15,1 %).',
    );
    expect(significant).not.to.contain('significant');
    // Breda's margin of 3,0 makes the difference of 3,6 smaller than √(3,0² + 2,8²) = 4,1.
    expect(await summary((m) => (m.GM0758 = [1.9, 1.8, 1.9, 3]))).to.contain(
      '(15,1 %). Het hoogste en het laagste cijfer verschillen niet significant.',
    );
    expect(await summary((m) => (m.GM0777 = [null, null, null, null]))).to.contain(
      '(15,1 %). Of het hoogste en het laagste cijfer significant verschillen, is niet getoetst.',
    );
  });

  it('walks the gemeenten by keyboard in the table order, announcing name, value and status', async () => {
    const el = await rendered(html`<miv-map src=${SMALL_FEED_URL} indicator="woninginbraak"></miv-map>`);
    const live = () => text(el, '[role="status"][aria-live="polite"]');
    query(el, '[part~="chart"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await (el as MivMap).updateComplete;
    const first = text(el, '[part="table"] tbody tr:first-child th');
    expect(live()).to.match(new RegExp(`^${first}, 2025: `));
    await sendKeys({ press: 'End' });
    await (el as MivMap).updateComplete;
    const last = text(el, '[part="table"] tbody tr:nth-child(7) th');
    expect(live()).to.contain(`${last}, 2025: `);
    // Baarle-Nassau's figure is suppressed: the symbol and its meaning, never a number.
    const rows = [...shadow(el).querySelectorAll('[part="table"] tbody th')].map((th) => th.textContent!.trim());
    await sendKeys({ press: 'Home' });
    for (let i = 0; i < rows.indexOf('Baarle-Nassau'); i++) await sendKeys({ press: 'ArrowDown' });
    await (el as MivMap).updateComplete;
    expect(live()).to.match(/^Baarle-Nassau, 2025: x \(geheim\b/);
  });

  it('fires miv-select with the gemeente on Enter during the walk', async () => {
    const el = await rendered(html`<miv-map src=${SMALL_FEED_URL} indicator="woninginbraak"></miv-map>`);
    query(el, '[part~="chart"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    const selected = oneEvent(el, 'miv-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await selected) as CustomEvent<MivSelectDetail>;
    // The first gemeente of the table: De Markiezaten's, by name.
    expect(detail).to.deep.equal({ area: 'GM0748', indicator: 'woninginbraak', period: '2025' });
  });

  it('fires miv-select with the gemeente that is clicked', async () => {
    const el = await rendered(html`<miv-map src=${feedUrl(await knownSpread())} indicator="woninginbraak"></miv-map>`);
    // Tilburg alone is in the darkest class.
    const tilburg = () => regions(el).find((p) => p.getAttribute('fill') === rgb(mapPaletteTokens.worse[4]!.light));
    tilburg()!.scrollIntoView({ block: 'center' });
    const selected = oneEvent(el, 'miv-select');
    await sendMouse({ type: 'click', position: await pointWithin(tilburg) });
    const { detail } = (await selected) as CustomEvent<MivSelectDetail>;
    expect(detail.area).to.equal('GM0855');
  });

  it('shows the gemeente pointed at in a tooltip, which the pointer can move onto and Escape hides, and loads nothing', async () => {
    const el = await rendered(html`<miv-map src=${feedUrl(await knownSpread())} indicator="woninginbraak"></miv-map>`);
    const requested = requestsFrom();
    const tooltip = () => query(el, '[part="tooltip"]');
    const map = () => query(el, '[part~="chart"]')!.getBoundingClientRect();
    const pointAt = async (region: SVGPathElement) => {
      const at = await pointWithin(() => region);
      await sendMouse({ type: 'move', position: at });
      await waitUntil(tooltip, 'a tooltip where the pointer rests');
      return at;
    };
    const leaveMap = async () => {
      await sendMouse({ type: 'move', position: [Math.round(map().right + 40), Math.round(map().bottom + 40)] });
      await waitUntil(() => !tooltip(), 'no tooltip once the pointer has left the map');
    };
    const tilburg = regions(el).find((p) => p.getAttribute('fill') === rgb(mapPaletteTokens.worse[4]!.light))!;
    tilburg.scrollIntoView({ block: 'center' });
    const [x, y] = await pointAt(tilburg);
    expect(tooltipText(el)).to.equal('Tilburg / 2025: 9,6 / Verschil met 2024: +7,5 / per 1.000 inwoners');
    // Above or below the pointer, from it to the right as far as the map lets it.
    const box = tooltip()!.getBoundingClientRect();
    expect(Math.min(Math.abs(box.top - y), Math.abs(box.bottom - y)), 'clear of the pointer').to.be.within(11, 13);
    const startsAtPointer = Math.abs(box.left - x - 12) <= 1;
    expect(startsAtPointer || Math.abs(box.right - map().right) <= 2, 'right of the pointer, or at the edge').to.equal(
      true,
    );
    expect(box.left >= map().left && box.right <= map().right, 'within the map').to.equal(true);
    // The pointer moves onto the tooltip, and it stays (WCAG 1.4.13).
    await sendMouse({
      type: 'move',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(tooltipText(el), 'still there with the pointer on it').to.contain('Tilburg');
    // Dismissed with Escape, the pointer still on it.
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !tooltip(), 'no tooltip after Escape');
    // The gemeenten without a figure: their symbol and its meaning, never a number.
    const missing = rgb(colourTokens.find((t) => t.name === 'color-map-missing')!.light);
    const tips: string[] = [];
    for (const region of gemeenten(el).filter((p) => p.getAttribute('fill') === missing)) {
      await leaveMap();
      await pointAt(region);
      tips.push(tooltipText(el));
    }
    expect(tips).to.have.members([
      'Baarle-Nassau / 2025: x (geheim) / Te weinig gevallen om te publiceren. / per 1.000 inwoners',
      'Middelburg / 2025: . (gegevens ontbreken) / per 1.000 inwoners',
    ]);
    await leaveMap();
    expect(requested(), 'nothing fetched for the tooltip').to.deep.equal([]);
  });

  it('shows the tooltip of the gemeente walked to by keyboard beside its middle, and Escape hides it', async () => {
    const el = await rendered(html`<miv-map src=${SMALL_FEED_URL} indicator="woninginbraak"></miv-map>`);
    query(el, '[part~="chart"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await (el as MivMap).updateComplete;
    const first = text(el, '[part="table"] tbody tr:first-child th');
    expect(tooltipText(el)).to.match(new RegExp(`^${first} / 2025: `));
    const map = query(el, '[part~="chart"]')!.getBoundingClientRect();
    const at = () => query(el, '[part="tooltip"]')!.getBoundingClientRect();
    const there = at();
    expect(there.left >= map.left && there.right <= map.right, 'within the map').to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    await (el as MivMap).updateComplete;
    const second = text(el, '[part="table"] tbody tr:nth-child(2) th');
    expect(tooltipText(el)).to.match(new RegExp(`^${second} / 2025: `));
    expect([at().x, at().y], 'beside the next gemeente').not.to.deep.equal([there.x, there.y]);
    await sendKeys({ press: 'Escape' });
    await (el as MivMap).updateComplete;
    expect(query(el, '[part="tooltip"]')).to.equal(null);
  });

  it('does not colour a count without inhabitants to divide by: it says why and fires miv-error', async () => {
    const feed = await smallFeed();
    const burglary = feed.indicators.find((i) => i.id === 'woninginbraak')!;
    Object.assign(burglary, { kind: 'count', unit: 'woninginbraken', decimals: 0 });
    const el = await fixture<MivMap>(html`<miv-map src=${feedUrl(feed)}></miv-map>`);
    const error = oneEvent(el, 'miv-error');
    el.indicator = 'woninginbraak';
    const { detail } = (await error) as CustomEvent<MivErrorDetail>;
    expect(detail.kind).to.equal('no-data');
    expect(text(el, '[part="status"]')).to.contain('De kaart kleurt geen aantallen');
    expect(query(el, '[part~="chart"]')).to.equal(null);
  });

  it('for a count without figures per gemeente names the district’s figure, not the kinds of figure it could colour', async () => {
    const el = await fixture<MivMap>(html`<miv-map src=${SAMPLE_FEED_URL} area="GM0758"></miv-map>`);
    const error = oneEvent(el, 'miv-error');
    el.indicator = 'steekincidenten';
    expect(((await error) as CustomEvent<MivErrorDetail>).detail.kind).to.equal('no-data');
    const status = text(el, '[part="status"]');
    expect(status).to.equal(
      'Voor deze indicator bestaan geen cijfers per gemeente. Het cijfer van district De Baronie is wel beschikbaar: 98 steekincidenten in 2025 (voorlopig cijfer).',
    );
    expect(query(el, '[part~="chart"]')).to.equal(null);
  });

  it('keeps its period picker when a page restores the period and after the reader picks one; a period in the markup is fixed', async () => {
    const el = await rendered(html`<miv-map src=${SMALL_FEED_URL} indicator="woninginbraak"></miv-map>`);
    // As <miv-feed url-state> does on load: the same-named property.
    (el as MivMap).period = '2023';
    await (el as MivMap).updateComplete;
    const select = () => query<HTMLSelectElement>(el, 'select[part="period"]');
    expect(select()!.value).to.equal('2023');
    const announced = oneEvent(el, 'miv-view-change') as Promise<CustomEvent<{ period: string }>>;
    select()!.focus();
    await sendKeys({ press: 'ArrowUp' });
    expect((await announced).detail).to.deep.equal({ period: '2024' });
    await (el as MivMap).updateComplete;
    expect((el as MivMap).period).to.equal('2024');
    expect(select()!.value, 'the picker stays for the next pick').to.equal('2024');

    const fixed = await rendered(
      html`<miv-map src=${SMALL_FEED_URL} indicator="woninginbraak" period="2023"></miv-map>`,
    );
    expect(query(fixed, 'select[part="period"]')).to.equal(null);
    expect(text(fixed, '.header .meta')).to.match(/ · 2023$/);
  });

  it('colours the latest period in place of one without figures, says so and fires miv-error', async () => {
    const el = await fixture<MivMap>(html`<miv-map src=${SMALL_FEED_URL}></miv-map>`);
    const error = oneEvent(el, 'miv-error');
    const drawn = oneEvent(el, 'miv-rendered');
    Object.assign(el, { indicator: 'woninginbraak', period: '2010' });
    const { detail } = (await error) as CustomEvent<MivErrorDetail>;
    expect(detail).to.deep.equal({ kind: 'no-data', message: 'Geen cijfers voor woninginbraak in 2010' });
    await drawn;
    expect(text(el, '.period-missing')).to.equal(
      'Geen cijfers voor periode „2010”; u ziet 2025, de laatste periode met cijfers.',
    );
    expect(gemeenten(el).length).to.be.greaterThan(0);
    expect(text(el, '[part="summary"]')).to.match(/^In 2025 het hoogst in /);
  });

  it('colours a count that has inhabitants per inwoner, and says so in its header', async () => {
    const el = await rendered(html`<miv-map src=${SAMPLE_FEED_URL} indicator="drugsdumpingen"></miv-map>`);
    expect(text(el, '[part="header"]')).to.contain('per 100.000 inwoners');
    expect(query(el, '.count-only')).to.equal(null);
  });

  it('under forced colours keeps the outlines in the system text colour, the classes apart, and the table', async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      const el = await rendered(
        html`<miv-map src=${feedUrl(await knownSpread())} indicator="woninginbraak"></miv-map>`,
      );
      const probe = document.createElement('span');
      probe.style.cssText = 'color: CanvasText; forced-color-adjust: none';
      document.body.append(probe);
      const canvasText = getComputedStyle(probe).color;
      probe.remove();
      const strokes = new Set(shapes(el).map((p) => p.getAttribute('stroke')));
      expect([...strokes]).to.deep.equal([canvasText]);
      const fills = regions(el)
        .map((p) => p.getAttribute('fill')!)
        .filter((f) => !f.startsWith('url('));
      // Five gemeenten in five classes, the two without a figure under one fill: six different fills.
      expect(new Set(fills).size).to.equal(6);
      expect(shadow(el).querySelectorAll('[part="table"] tbody tr').length).to.be.greaterThan(7);
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  it('classes by quantiles when asked, and says so', async () => {
    const el = await rendered(
      html`<miv-map src=${SAMPLE_FEED_URL} indicator="woninginbraak" classes="quantile"></miv-map>`,
    );
    expect(text(el, '[part="legend"]')).to.contain('Klassen met ongeveer evenveel gemeenten (kwantielen)');
    expect(gemeenten(el)).to.have.length(37);
  });
});
