import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { MivDistrictCompare } from '../../../src/components/miv-district-compare/miv-district-compare.js';
import type { MivErrorDetail, MivSelectDetail } from '../../../src/components/miv-data-element.js';
import { MISSING_URL, SMALL_FEED_URL, smallFeed } from '../../fixtures/feeds.js';
import { fairFeed } from '../../fixtures/fair-feed.js';
import { chartOf, failOnConsoleErrors, feedUrl, query, rendered, shadow, text } from '../../helpers.js';

interface DrawnSeries {
  type: string;
  name?: string;
  yAxisIndex?: number;
  lineStyle?: { type?: number[]; color?: string };
  areaStyle?: { color: string };
  data: unknown[];
}
interface DrawnOption {
  yAxis: { data: (string | { value: string; textStyle: { fontWeight: string } })[] }[];
  series: DrawnSeries[];
}

const option = (el: MivDistrictCompare) => chartOf<DrawnOption>(el).instance!.getOption();
const categories = (el: MivDistrictCompare) =>
  option(el).yAxis[0]!.data.map((c) => (typeof c === 'string' ? c : c.value));
/** Each row's bar value, from the bars' series (row `i` on the hidden axis from `i` to `i + 1`). */
const bars = (el: MivDistrictCompare) => {
  const values: (number | undefined)[] = categories(el).map(() => undefined);
  for (const s of option(el).series.filter((s) => s.areaStyle)) {
    const [[, top], [value]] = s.data as [[number, number], [number]];
    values[Math.floor(top)] = value;
  }
  return values;
};
/** The bars as drawn, top to bottom: the shapes filled in the bars' colour. */
const drawnBars = (el: MivDistrictCompare) => {
  const colour = option(el).series.find((s) => s.areaStyle)!.areaStyle!.color;
  return [...query(el, '[part~="chart"] svg')!.querySelectorAll('path')]
    .filter((p) => p.getAttribute('fill') === colour)
    .map((p) => p.getBoundingClientRect())
    .sort((a, b) => a.top - b.top);
};
/** Where the chart writes an area's name beside its bar. */
const nameAt = (el: MivDistrictCompare, name: string) =>
  [...query(el, '[part~="chart"] svg')!.querySelectorAll('text')]
    .find((t) => t.textContent === name)!
    .getBoundingClientRect();
const middle = (box: DOMRect) => (box.top + box.bottom) / 2;
/** The reference lines: the series in a pattern on the hidden axis of rows, each at its area's value. */
const references = (el: MivDistrictCompare) =>
  option(el)
    .series.filter((s) => s.yAxisIndex === 1 && Array.isArray(s.lineStyle?.type))
    .map((s) => ({ name: s.name, value: (s.data[0] as number[])[0], dash: s.lineStyle!.type! }));
/** The error bars' ends, each `[lower, upper]` with its row. */
const errorBars = (el: MivDistrictCompare) => {
  const points = option(el).series.find((s) => s.name === 'error-bars')?.data ?? [];
  const ends = points.filter((p): p is [number, string] => p !== null);
  return ends.flatMap((end, i) => (i % 2 ? [] : [{ row: end[1], ends: [end[0], ends[i + 1]![0]] }]));
};
/** What the chart writes for each row, value or status (the series' text, which differs with the chart's width). */
const written = (el: MivDistrictCompare) => {
  const values = option(el).series.find((s) => s.name === 'values')!;
  const { formatter } = (values as unknown as { label: { formatter: (p: { dataIndex: number }) => string } }).label;
  return values.data.map((_, dataIndex) => formatter({ dataIndex }));
};
/**
 * The burglary comparison drawn in a column as wide as a phone, of the districts or (with `within`) the
 * gemeenten of one, in a font that is installed everywhere the tests run, so the texts' widths are known.
 */
async function onPhone(width: number, src: string, within?: string): Promise<MivDistrictCompare> {
  const phone = await fixture<HTMLDivElement>(
    html`<div style='width: ${width}px; font-family: "DejaVu Sans", sans-serif'>
      <miv-district-compare
        src=${src}
        indicator="woninginbraak"
        level=${within ? 'gemeente' : nothing}
        within=${within ?? nothing}
      ></miv-district-compare>
    </div>`,
  );
  const el = phone.querySelector('miv-district-compare')!;
  if (!chartOf(el).instance) await oneEvent(el, 'miv-rendered');
  return el;
}
const tableRows = (el: MivDistrictCompare) =>
  [...shadow(el).querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));

describe('<miv-district-compare>', () => {
  failOnConsoleErrors();

  describe('chart', () => {
    it('draws one bar per district in the fixed order of the feed, with its value written beside it', async () => {
      const el = await rendered<MivDistrictCompare>(
        html`<miv-district-compare src=${SMALL_FEED_URL} indicator="woninginbraak"></miv-district-compare>`,
      );
      expect(el.sort).to.equal('fixed');
      expect(categories(el)).to.deep.equal(['De Markiezaten', 'De Baronie', 'Hart van Brabant', 'Zeeland']);
      expect(bars(el)).to.deep.equal([2.7, 2.7, 1.9, 1.6]);
      const svg = query(el, '[part~="chart"] svg')!;
      expect(svg.textContent).to.contain('Hart van Brabant').and.contain('1,6*');
      // Each bar beside its name, its length in proportion to its value.
      const drawn = drawnBars(el);
      expect(drawn).to.have.length(4);
      drawn.forEach((bar, i) => {
        expect(middle(bar), `bar ${i} beside its name`).to.be.closeTo(middle(nameAt(el, categories(el)[i]!)), 1.5);
        expect(bar.height, 'a bar, not a line').to.be.above(15);
      });
      expect(drawn[2]!.width / drawn[0]!.width).to.be.closeTo(1.9 / 2.7, 0.02);
      expect(drawn[1]!.top, 'a gap between the bars').to.be.above(drawn[0]!.bottom);
      // The bars drawn on whole pixels, with sharp edges; the lines anti-aliased, each as wide as the next.
      const rendering = (selector: string) =>
        [...svg.querySelectorAll(selector)].map((p) => getComputedStyle(p).shapeRendering);
      expect(
        new Set(rendering(`path[fill="${option(el).series.find((s) => s.areaStyle)!.areaStyle!.color}"]`)),
      ).to.deep.equal(new Set(['crispedges']));
      expect(new Set(rendering('path[stroke-dasharray]'))).to.deep.equal(new Set(['auto']));
    });

    it('lets the reader sort the bars, highest first or by name, and back', async () => {
      const el = await rendered<MivDistrictCompare>(
        html`<miv-district-compare
          src=${SMALL_FEED_URL}
          indicator="woninginbraak"
          level="gemeente"
          within="de-baronie"
        ></miv-district-compare>`,
      );
      const select = query<HTMLSelectElement>(el, '[part="sort"]')!;
      expect(shadow(el).querySelector(`label[for="${select.id}"]`)!.textContent).to.equal('Volgorde');
      expect([...select.options].map((o) => [o.value, o.text])).to.deep.equal([
        ['fixed', 'Vaste volgorde'],
        ['value', 'Hoogste eerst'],
        ['name', 'Op naam'],
      ]);
      expect(categories(el)).to.deep.equal(['Baarle-Nassau', 'Breda', 'Etten-Leur']);
      const pick = async (value: string) => {
        select.value = value;
        select.dispatchEvent(new Event('change'));
        await oneEvent(el, 'miv-rendered');
      };
      await pick('value');
      expect(categories(el)).to.deep.equal(['Breda', 'Etten-Leur', 'Baarle-Nassau']);
      expect(el.sort, 'the attribute stays what the page set').to.equal('fixed');
      await pick('fixed');
      expect(categories(el)).to.deep.equal(['Baarle-Nassau', 'Breda', 'Etten-Leur']);
    });

    it('still sorts highest first with sort="value"', async () => {
      const el = await rendered<MivDistrictCompare>(
        html`<miv-district-compare
          src=${SMALL_FEED_URL}
          indicator="woninginbraak"
          sort="value"
        ></miv-district-compare>`,
      );
      expect(categories(el)).to.deep.equal(['De Baronie', 'De Markiezaten', 'Hart van Brabant', 'Zeeland']);
      expect(query<HTMLSelectElement>(el, '[part="sort"]')!.value).to.equal('value');
    });

    it('never ranks counts: no "Hoogste eerst" for them, and sort="value" keeps the fixed order and says so', async () => {
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      try {
        // Breda 50 and Tilburg 80 drugslabs; per 10.000 inwoners 2,7 and 3,5.
        const el = await rendered<MivDistrictCompare>(
          html`<miv-district-compare
            src=${feedUrl(await fairFeed())}
            indicator="drugslabs"
            within="group:gk-150-250"
            period="2025"
            measure="count"
            sort="value"
          ></miv-district-compare>`,
        );
        const options = () =>
          [...query<HTMLSelectElement>(el, '[part="sort"]')!.options].map((o) => [o.value, o.text, o.selected]);
        expect(categories(el)).to.deep.equal(['Breda', 'Tilburg']);
        expect(options()).to.deep.equal([
          ['fixed', 'Vaste volgorde', true],
          ['name', 'Op naam', false],
        ]);
        expect(warnings).to.deep.equal([
          'miv-widgets: <miv-district-compare sort="value">: aantallen van gebieden van verschillende grootte ' +
            'worden niet gerangschikt, genegeerd (per inwoner wel: measure="rate"); mogelijk: fixed, name.',
        ]);
        query<HTMLButtonElement>(el, '[part="measure"] button[data-value="rate"]')!.click();
        await oneEvent(el, 'miv-rendered');
        expect(categories(el), 'the rate, highest first').to.deep.equal(['Tilburg', 'Breda']);
        expect(options()).to.deep.equal([
          ['fixed', 'Vaste volgorde', false],
          ['value', 'Hoogste eerst', true],
          ['name', 'Op naam', false],
        ]);
        expect(warnings, 'said once').to.have.length(1);
      } finally {
        console.warn = warn;
      }
    });

    it('sorts by name on request', async () => {
      const el = await rendered<MivDistrictCompare>(
        html`<miv-district-compare
          src=${SMALL_FEED_URL}
          indicator="woninginbraak"
          level="gemeente"
          within="de-baronie"
          sort="name"
        ></miv-district-compare>`,
      );
      expect(categories(el)).to.deep.equal(['Baarle-Nassau', 'Breda', 'Etten-Leur']);
    });

    it('draws the unit and Nederland as reference lines, named with their value in the legend in their pattern', async () => {
      const el = await rendered<MivDistrictCompare>(
        html`<miv-district-compare src=${SMALL_FEED_URL} indicator="woninginbraak"></miv-district-compare>`,
      );
      expect(references(el).map((r) => [r.name, r.value])).to.deep.equal([
        ['Eenheid Zeeland-West-Brabant', 2.2],
        ['Nederland', 2],
      ]);
      const entries = [...shadow(el).querySelectorAll('[part~="legend"] li')];
      expect(entries.map((li) => li.textContent!.trim())).to.deep.equal([
        'Eenheid Zeeland-West-Brabant: 2,2*',
        'Nederland: 2,0*',
      ]);
      // Each entry shows the pattern of its own line, which is how a reader tells the lines apart.
      const drawn = references(el).map((r) => r.dash.join(' '));
      const samples = entries.map((li) => li.querySelector('line')!.getAttribute('stroke-dasharray'));
      expect(samples).to.deep.equal(drawn);
      expect(new Set(samples).size).to.equal(2);
    });

    it('draws a reference line beyond every bar, the axis widened to hold it', async () => {
      const high = await smallFeed();
      const nl = high.series.find((s) => s.indicator === 'woninginbraak' && s.area === 'NL01')!;
      nl.values[nl.values.length - 1] = 4.6;
      const el = await rendered<MivDistrictCompare>(
        html`<miv-district-compare src=${feedUrl(high)} indicator="woninginbraak"></miv-district-compare>`,
      );
      const svg = query(el, '[part~="chart"] svg')!;
      const lines = [...svg.querySelectorAll('path[stroke-dasharray]')].map((p) => p.getBoundingClientRect());
      expect(lines, 'the unit and Nederland').to.have.length(2);
      const longest = Math.max(
        ...[...svg.querySelectorAll('path[fill]:not([fill="none"])')].map((p) => p.getBoundingClientRect().right),
      );
      expect(Math.max(...lines.map((l) => l.left)), 'Nederland right of every bar').to.be.above(longest);
      expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).to.include('5');
    });

    it('names the reference lines under the chart in the downloaded image too', async () => {
      const el = await rendered<MivDistrictCompare>(
        html`<miv-district-compare src=${SMALL_FEED_URL} indicator="woninginbraak"></miv-district-compare>`,
      );
      const event = oneEvent(el, 'miv-download') as Promise<CustomEvent<{ blob: Blob }>>;
      query<HTMLButtonElement>(el, '[part="downloads"] button[data-format="svg"]')!.click();
      const caught = await event;
      caught.preventDefault();
      const svg = new DOMParser().parseFromString(await caught.detail.blob.text(), 'image/svg+xml').documentElement;
      const lines = [...svg.querySelectorAll(':scope > text')].map((t) => t.textContent);
      expect(lines).to.include.members(['Eenheid Zeeland-West-Brabant: 2,2*', 'Nederland: 2,0*']);
      const samples = [...svg.querySelectorAll(':scope > line')].map((l) => l.getAttribute('stroke-dasharray'));
      expect(samples).to.deep.equal(references(el).map((r) => r.dash.join(' ')));
      expect(svg.querySelectorAll(':scope > path').length, 'no markers on reference lines').to.equal(0);
      // The bars sharp-edged as on screen, the lines not.
      const rendering = (selector: string) =>
        new Set([...svg.querySelectorAll(`svg ${selector}`)].map((p) => p.getAttribute('shape-rendering')));
      expect(rendering(`path[fill="${option(el).series.find((s) => s.areaStyle)!.areaStyle!.color}"]`)).to.deep.equal(
        new Set(['crispEdges']),
      );
      expect(rendering('path[stroke-dasharray]')).to.deep.equal(new Set([null]));
    });

    it('wraps a long area name at its spaces and keeps a hyphenated one whole on a phone', async () => {
      const copy = await smallFeed();
      copy.areas.find((a) => a.name === 'Baarle-Nassau')!.name = 'Schouwen-Duiveland';
      copy.areas.find((a) => a.name === 'Etten-Leur')!.name = 'Etten-Leur en de Hoeven aan de Vaart';
      const el = await onPhone(330, feedUrl(copy), 'de-baronie');
      const lines = [...query(el, '[part~="chart"] svg')!.querySelectorAll('text')].map((t) => t.textContent);
      expect(lines, 'no break inside a word').to.include('Schouwen-Duiveland');
      expect(lines.filter((l) => l && 'Etten-Leur en de Hoeven aan de Vaart'.includes(l)).length).to.be.above(1);
    });

    it('wraps a hyphenated name after its hyphen on a narrow phone, and writes it whole again once wider', async () => {
      const copy = await smallFeed();
      copy.areas.find((a) => a.name === 'Baarle-Nassau')!.name = 'Schouwen-Duiveland';
      const el = await onPhone(256, feedUrl(copy), 'de-baronie');
      const lines = () => [...query(el, '[part~="chart"] svg')!.querySelectorAll('text')].map((t) => t.textContent);
      expect(lines()).to.include.members(['Schouwen-', 'Duiveland']);
      // The page widens (a phone turned): ECharts takes the wide layout back.
      el.parentElement!.style.width = '640px';
      await waitUntil(() => lines().includes('Schouwen-Duiveland'), 'the name whole again', { timeout: 3000 });
      expect(lines()).not.to.include('Schouwen-');
    });

    it('keeps every text of the chart inside it on a phone: names, values, axis and unit', async () => {
      const el = await onPhone(300, SMALL_FEED_URL);
      const svg = query(el, '[part~="chart"] svg')!;
      const box = svg.getBoundingClientRect();
      const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent!.trim());
      expect(texts.map((t) => t.textContent)).to.include.members(['Hart van Brabant', 'per 1.000 inwoners', '2,7*']);
      for (const t of texts) {
        const r = t.getBoundingClientRect();
        expect(r.left, `"${t.textContent}" starts inside the chart`).to.be.at.least(box.left - 0.5);
        expect(r.right, `"${t.textContent}" ends inside the chart`).to.be.at.most(box.right + 0.5);
      }
      // The bars keep their room: the longest spans at least a third of the chart.
      const longest = Math.max(...[...svg.querySelectorAll('path')].map((p) => p.getBoundingClientRect().width));
      expect(longest).to.be.above(box.width / 3);
    });

    it('writes every value and status over the reference lines, which break behind it, on a phone', async () => {
      // Nederland low enough for its line to run through "x geheim" at the start of the axis.
      const low = await smallFeed();
      const nl = low.series.find((s) => s.indicator === 'woninginbraak' && s.area === 'NL01')!;
      nl.values[nl.values.length - 1] = 0.3;
      const crossed: string[] = [];
      for (const src of [SMALL_FEED_URL, feedUrl(low)]) {
        // One chart at a time in view: a second below the first would wait to come near.
        fixtureCleanup();
        const el = await onPhone(330, src, 'de-baronie');
        const svg = query(el, '[part~="chart"] svg')!;
        const lines = [...svg.querySelectorAll('path[stroke-dasharray]')];
        expect(lines.length).to.equal(references(el).length);
        for (const line of lines) {
          const l = line.getBoundingClientRect();
          for (const label of svg.querySelectorAll('text')) {
            const t = label.getBoundingClientRect();
            if (l.left < t.left || l.left > t.right || t.top < l.top || t.bottom > l.bottom) continue;
            crossed.push(label.textContent!);
            // SVG paints in document order: the label and its background come after the line.
            expect(line.compareDocumentPosition(label) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
            const b = label.previousElementSibling!.getBoundingClientRect();
            const covered = b.top <= t.top + 1 && b.bottom >= t.bottom - 1 && b.left <= t.left && b.right >= t.right;
            expect(covered, `a background covers "${label.textContent}"`).to.equal(true);
          }
        }
      }
      expect(
        crossed.filter((text) => /^\d+,\d\*$/.test(text)),
        'a line runs through a value',
      ).not.to.be.empty;
      expect(crossed, 'a line runs through a status').to.include('x geheim');
    });

    it('shows a suppressed gemeente as "x" with its meaning, never as a visible bar', async () => {
      const el = await rendered<MivDistrictCompare>(
        html`<miv-district-compare
          src=${SMALL_FEED_URL}
          indicator="woninginbraak"
          level="gemeente"
          within="de-baronie"
        ></miv-district-compare>`,
      );
      expect(categories(el)).to.deep.equal(['Baarle-Nassau', 'Breda', 'Etten-Leur']);
      expect(bars(el)).to.deep.equal([undefined, 3, 2.3]);
      const drawn = drawnBars(el).map(middle);
      expect(drawn, 'no bar beside Baarle-Nassau').to.have.length(2);
      expect(drawn[0]).to.be.closeTo(middle(nameAt(el, 'Breda')), 1.5);
      expect(written(el)[0]).to.equal('x geheim');
      expect(query(el, '[part~="chart"] svg')!.textContent).to.contain('x geheim');
      expect(references(el).map((r) => r.name)).to.deep.equal([
        'De Baronie',
        'Eenheid Zeeland-West-Brabant',
        'Nederland',
      ]);
    });

    it('emphasises the highlighted gemeente with a border and a bold name, and names it in the table', async () => {
      const el = await rendered<MivDistrictCompare>(
        html`<miv-district-compare
          src=${SMALL_FEED_URL}
          indicator="woninginbraak"
          level="gemeente"
          within="de-baronie"
          highlight="GM0758"
        ></miv-district-compare>`,
      );
      // Baarle-Nassau, above Breda, has no bar (`x geheim`).
      const [breda] = drawnBars(el);
      const text = option(el).series.find((s) => s.name === 'highlight')!.lineStyle!.color;
      const borders = [...query(el, '[part~="chart"] svg')!.querySelectorAll(`path[stroke="${text}"]`)]
        .filter((p) => p.getAttribute('stroke-width') === '2')
        .map((p) => p.getBoundingClientRect());
      expect(borders, 'one bar bordered').to.have.length(1);
      for (const side of ['left', 'right', 'top', 'bottom'] as const)
        expect(borders[0]![side], `around Breda's bar: ${side}`).to.be.closeTo(breda![side], 1.5);
      expect(option(el).yAxis[0]!.data[1]).to.deep.include({ value: 'Breda' });
      expect(tableRows(el)[2]![0]).to.equal('Breda (gemarkeerd)');
    });

    it('draws survey margins as error bars and judges differences by significance', async () => {
      const el = await rendered<MivDistrictCompare>(
        html`<miv-district-compare
          src=${SMALL_FEED_URL}
          indicator="onveilig-eigen-buurt"
          show-table
        ></miv-district-compare>`,
      );
      const segments = errorBars(el);
      expect(segments).to.have.length(4);
      expect(segments.find((s) => s.row === 'De Baronie')!.ends).to.deep.equal([14.5, 17.5]);
      expect(tableRows(el)[0]).to.deep.equal(['Gebied', '2025', '2023', 'Verschil met 2023']);
      expect(tableRows(el).find((r) => r[0] === 'De Baronie')).to.deep.equal([
        'De Baronie',
        '16,0 ± 1,5',
        '17,8 ± 1,4',
        '-1,8 (niet significant)',
      ]);
      // The unit's respondents are part of Nederland's: without the publisher's flag that stays untested.
      // Each percentage keeps its sign, also after the first figure (the helper reads a no-break space as a space).
      expect(text(el, '[part="summary"]')).to.equal(
        'In 2025 lagen de cijfers tussen 13,8 % en 17,1 % van de inwoners van 15 jaar en ouder. ' +
          'Het verschil tussen Eenheid Zeeland-West-Brabant (15,6 %) en Nederland (15,9 %) is niet getoetst.',
      );
    });
  });

  describe('text', () => {
    it('has a table with each area’s value and its change since the previous period, references last', async () => {
      const el = await rendered<MivDistrictCompare>(
        html`<miv-district-compare src=${SMALL_FEED_URL} indicator="woninginbraak"></miv-district-compare>`,
      );
      const rows = tableRows(el);
      expect(rows[0]).to.deep.equal(['Gebied', '2025', '2024', 'Verschil met 2024']);
      expect(rows.slice(1).map((r) => r[0])).to.deep.equal([
        'De Markiezaten',
        'De Baronie',
        'Hart van Brabant',
        'Zeeland',
        'Eenheid Zeeland-West-Brabant',
        'Nederland',
      ]);
      expect(rows[1]).to.deep.equal(['De Markiezaten', '2,7*', '3,3', '-0,6']);
      expect(rows[2]).to.deep.equal(['De Baronie', '2,7*', '2,7', '0,0']);
      expect(query(el, '[part="table"]')!.classList.contains('visually-hidden'), 'hidden until asked').to.be.true;
      query(el, '[part="table-toggle"]')!.click();
      await el.updateComplete;
      expect(query(el, '[part="table"]')!.classList.contains('visually-hidden')).to.be.false;
    });

    it('describes the comparison in plain Dutch as the chart’s accessible description', async () => {
      const el = await rendered<MivDistrictCompare>(
        html`<miv-district-compare src=${SMALL_FEED_URL} indicator="woninginbraak"></miv-district-compare>`,
      );
      const summary = query(el, '[part="summary"]')!;
      expect(summary.textContent!.trim()).to.match(
        /^In 2025 lagen de cijfers tussen 1,6\* en 2,7\* woninginbraken per 1\.000 inwoners\. /,
      );
      expect(query(el, '[part~="chart"]')!.getAttribute('aria-describedby')!.split(' ')[0]).to.equal(summary.id);
      expect(text(el, '[part="polarity"]')).to.equal('Lager is gunstiger.');
    });

    it('calls no figure resting on fewer than 10 cases higher or lower than Nederland, and says why', async () => {
      const feed = await fairFeed();
      // Nederland: 3.500 / 17.900.000 × 10.000 = 2,0 in 2025; Baarle-Nassau 4 / 7.100 → 5,6, Breda 50 / 188.000 → 2,7.
      feed.series.push({
        indicator: 'drugslabs',
        area: 'NL01',
        periods: ['2024', '2025'],
        values: [3_300, 3_500],
        denominators: [17_900_000, 17_900_000],
      });
      const src = feedUrl(feed);
      const summary = async (highlight: string) =>
        text(
          await rendered<MivDistrictCompare>(
            html`<miv-district-compare
              src=${src}
              indicator="drugslabs"
              within="de-baronie"
              highlight=${highlight}
            ></miv-district-compare>`,
          ),
          '[part="summary"]',
        );
      const few = await summary('GM0744');
      expect(few).to.contain(
        'Het cijfer van Baarle-Nassau (5,6) berust op minder dan 10 gevallen, te weinig om het hoger of lager te noemen dan Nederland (2,0).',
      );
      expect(few).not.to.match(/ligt (hoger|lager|even hoog)/);
      // Breda's 50 drugslabs are enough.
      expect(await summary('GM0758')).to.contain('Breda (2,7) ligt hoger dan Nederland (2,0).');
    });

    it('names figures whose words come before their number by those words, never inflecting them', async () => {
      const feed = await smallFeed();
      const indicator = feed.indicators.find((i) => i.id === 'onveilig-eigen-buurt')!;
      Object.assign(indicator, { unit: 'cijfer 1–10', inSentence: 'rapportcijfer {value}' });
      const el = await rendered<MivDistrictCompare>(
        html`<miv-district-compare src=${feedUrl(feed)} indicator="onveilig-eigen-buurt"></miv-district-compare>`,
      );
      expect(text(el, '[part="summary"]')).to.match(
        /^In 2025 lagen de cijfers \(rapportcijfer\) tussen 13,8 en 17,1\. /,
      );
    });

    it('keeps its own words for the sentences of a section a host words only in part', async () => {
      // A host's section written for an older version lacks the sentences added since.
      const el = await rendered<MivDistrictCompare>(
        html`<miv-district-compare
          src=${SMALL_FEED_URL}
          indicator="woninginbraak"
          .strings=${{ compare: { summary: { range: (period: string) => `Spreiding in ${period}.` } } }}
        ></miv-district-compare>`,
      );
      expect(text(el, '[part="summary"]')).to.match(/^Spreiding in 2025\. /);
      expect(text(el, '.header .meta')).to.match(/^Districten van Eenheid Zeeland-West-Brabant · /);
    });

    it('compares the gemeenten of the district `within` names, also without level="gemeente"', async () => {
      const el = await rendered<MivDistrictCompare>(
        html`<miv-district-compare
          src=${SMALL_FEED_URL}
          indicator="woninginbraak"
          within="de-baronie"
        ></miv-district-compare>`,
      );
      expect(text(el, '.header .meta')).to.match(/^Gemeenten in De Baronie · /);
      expect(categories(el)).to.deep.equal(['Baarle-Nassau', 'Breda', 'Etten-Leur']);
    });

    it('names its duiding region after the indicator and the areas, apart from the line chart of the same indicator', async () => {
      const el = await rendered<MivDistrictCompare>(
        html`<miv-district-compare
          src=${SMALL_FEED_URL}
          indicator="woninginbraak"
          level="gemeente"
          within="de-baronie"
        ></miv-district-compare>`,
      );
      expect(text(el, '[part="duiding"]')).to.contain('De daling zet door');
      expect(query(el, '[part="duiding"]')!.getAttribute('aria-label')).to.equal(
        'Duiding bij Diefstal uit woning (woninginbraak), Gemeenten in De Baronie',
      );
    });

    it('says which district a duiding is about when the districts are compared, and not within that district', async () => {
      const districts = await rendered<MivDistrictCompare>(
        html`<miv-district-compare src=${SMALL_FEED_URL} indicator="woninginbraak"></miv-district-compare>`,
      );
      expect(text(districts, '[part="duiding-scope"]')).to.equal('Duiding voor district De Baronie');
      const within = await rendered<MivDistrictCompare>(
        html`<miv-district-compare
          src=${SMALL_FEED_URL}
          indicator="woninginbraak"
          level="gemeente"
          within="de-baronie"
        ></miv-district-compare>`,
      );
      expect(text(within, '[part="duiding"]')).to.contain('De daling zet door');
      expect(query(within, '[part="duiding-scope"]')).to.equal(null);
    });

    it('says that a neutral indicator is neither good nor bad', async () => {
      const el = await rendered<MivDistrictCompare>(
        html`<miv-district-compare src=${SMALL_FEED_URL} indicator="halt-verwijzingen"></miv-district-compare>`,
      );
      expect(text(el, '[part="polarity"]')).to.match(/^Neutraal/);
    });

    it('shows the shared opvallendheden beside the chart, with district and date', async () => {
      const el = await rendered<MivDistrictCompare>(
        html`<miv-district-compare src=${SMALL_FEED_URL} indicator="woninginbraak"></miv-district-compare>`,
      );
      const aside = query(el, '[part="opvallendheden"]')!;
      expect(aside.querySelector('h3')!.textContent).to.equal('Opvallendheden');
      const notes = [...aside.querySelectorAll('article')].map((a) => a.textContent!.replace(/\s+/g, ' ').trim());
      expect(notes).to.have.length(2);
      expect(notes[0]).to.contain('Minste woninginbraken van de eenheid').and.contain('— Zeeland, 20 mei 2026');
      expect(notes[1])
        .to.contain('Woninginbraak op laagste niveau in tien jaar')
        .and.contain('— De Baronie, 12 april 2026');
    });

    it('speaks English with lang="en"', async () => {
      const el = await rendered<MivDistrictCompare>(
        html`<miv-district-compare lang="en" src=${SMALL_FEED_URL} indicator="woninginbraak"></miv-district-compare>`,
      );
      expect(text(el, '[part="summary"]')).to.match(
        /^In 2025 the figures ranged from 1\.6\* to 2\.7\* woninginbraken per 1\.000 inwoners\. /,
      );
      expect(text(el, 'label[for="sort"]')).to.equal('Order');
      expect(text(el, '.meta')).to.match(/^Districts of Eenheid Zeeland-West-Brabant/);
      expect(tableRows(el)[0]).to.deep.equal(['Area', '2025', '2024', 'Change since 2024']);
    });
  });

  describe('period', () => {
    it('picks another period with the keyboard, fires miv-select and redraws', async () => {
      const el = await rendered<MivDistrictCompare>(
        html`<miv-district-compare src=${SMALL_FEED_URL} indicator="woninginbraak"></miv-district-compare>`,
      );
      const select = query<HTMLSelectElement>(el, 'select[part="period"]')!;
      expect(shadow(el).querySelector('label[for="period"]')!.textContent).to.equal('Periode');
      expect(select.value).to.equal('2025');
      const selected = oneEvent(el, 'miv-select') as Promise<CustomEvent<MivSelectDetail>>;
      const redrawn = oneEvent(el, 'miv-rendered');
      select.focus();
      // The newest period comes first, so the next option down is the year before.
      await sendKeys({ press: 'ArrowDown' });
      expect((await selected).detail).to.deep.equal({ period: '2024', indicator: 'woninginbraak' });
      await redrawn;
      expect(bars(el)).to.deep.equal([3.3, 2.7, 2, 1.8]);
      expect(tableRows(el)[0]).to.deep.equal(['Gebied', '2024', '2023', 'Verschil met 2023']);
      expect(select.value).to.equal('2024');
    });

    it('offers no picker when the period is fixed', async () => {
      const el = await rendered<MivDistrictCompare>(
        html`<miv-district-compare
          src=${SMALL_FEED_URL}
          indicator="woninginbraak"
          period="2020"
        ></miv-district-compare>`,
      );
      expect(query(el, 'select[part="period"]')).to.equal(null);
      expect(text(el, '.meta')).to.match(/· 2020$/);
      expect(categories(el)[0]).to.equal('De Markiezaten');
    });
  });

  describe('states', () => {
    it('says plainly that a national-only indicator has no district figures, without an empty chart', async () => {
      const el = document.createElement('miv-district-compare');
      Object.assign(el, { src: SMALL_FEED_URL, indicator: 'mensenhandel-seksuele-uitbuiting' });
      const failed = oneEvent(el, 'miv-error') as Promise<CustomEvent<MivErrorDetail>>;
      document.body.append(el);
      expect((await failed).detail.kind).to.equal('no-data');
      await el.updateComplete;
      expect(query(el, '[part~="chart"]'), 'no chart box').to.equal(null);
      const status = query(el, '[part="status"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Voor deze indicator bestaan geen cijfers per district. Alleen het landelijke cijfer is beschikbaar: ' +
          '1.110 gemelde mogelijke slachtoffers van seksuele uitbuiting in Nederland in 2025 (voorlopig cijfer).',
      );
      expect(text(el, '[part="title"]')).to.equal('Gemelde mogelijke slachtoffers seksuele uitbuiting');
      el.remove();
    });

    it('shows the latest period in place of one without figures, says so and fires miv-error', async () => {
      const errors: MivErrorDetail[] = [];
      const el = document.createElement('miv-district-compare');
      el.addEventListener('miv-error', (event) => errors.push((event as CustomEvent<MivErrorDetail>).detail));
      Object.assign(el, { src: SMALL_FEED_URL, indicator: 'woninginbraak' });
      el.setAttribute('period', '2010');
      const drawn = oneEvent(el, 'miv-rendered');
      document.body.append(el);
      await drawn;
      expect(text(el, '.period-missing')).to.equal(
        'Geen cijfers voor periode „2010”; u ziet 2025, de laatste periode met cijfers.',
      );
      expect(text(el, '.header .meta')).to.equal(
        'Districten van Eenheid Zeeland-West-Brabant · per 1.000 inwoners · 2025',
      );
      expect(categories(el)).to.have.length(4);
      expect(text(el, '[part="summary"]')).to.match(/^In 2025 lagen de cijfers tussen /);
      await el.updateComplete;
      expect(errors).to.deep.equal([{ kind: 'no-data', message: 'Geen cijfers voor woninginbraak in 2010' }]);
      // English arrives as a chunk of its own; the element redraws when it is there.
      el.lang = 'en';
      await waitUntil(() => text(el, '.period-missing').startsWith('No figures'), 'the notice in English');
      expect(text(el, '.period-missing')).to.equal(
        'No figures for period “2010”; showing 2025, the latest period with figures.',
      );
      el.remove();
    });

    for (const [name, attributes, kind, message] of [
      ['an unknown indicator', { indicator: 'bestaat-niet' }, 'unknown-indicator', 'bestaat-niet'],
      [
        'a district that does not exist',
        { indicator: 'woninginbraak', level: 'gemeente', within: 'bestaat-niet' },
        'unknown-area',
        'Gebied „bestaat-niet” niet gevonden.',
      ],
      [
        'a gemeente asked for as its district',
        { indicator: 'woninginbraak', level: 'gemeente', within: 'GM0758' },
        'unknown-area',
        'Breda („GM0758”) is geen district.',
      ],
      [
        'a gemeente asked for as its district by its name',
        { indicator: 'woninginbraak', within: 'breda' },
        'unknown-area',
        'Breda („GM0758”) is geen district.',
      ],
      [
        'a feed that is not there',
        { src: MISSING_URL, indicator: 'woninginbraak' },
        'http',
        'De gegevensbron is niet gevonden (fout 404).',
      ],
    ] as const) {
      it(`shows a message and fires miv-error for ${name}`, async () => {
        const el = document.createElement('miv-district-compare');
        Object.assign(el, { src: SMALL_FEED_URL, ...attributes });
        const failed = oneEvent(el, 'miv-error') as Promise<CustomEvent<MivErrorDetail>>;
        document.body.append(el);
        expect((await failed).detail.kind).to.equal(kind);
        await el.updateComplete;
        expect(text(el, '[part="status"]').toLowerCase()).to.contain(message.toLowerCase());
        expect(query(el, '[part~="chart"]')).to.equal(null);
        el.remove();
      });
    }
  });

  describe('lifecycle', () => {
    it('disposes the chart when removed and draws it again when re-attached', async () => {
      const el = await rendered<MivDistrictCompare>(
        html`<miv-district-compare src=${SMALL_FEED_URL} indicator="woninginbraak"></miv-district-compare>`,
      );
      const parent = el.parentElement!;
      el.remove();
      expect(chartOf(el).instance).to.equal(undefined);
      const again = oneEvent(el, 'miv-rendered');
      parent.append(el);
      await again;
      expect(query(el, '[part~="chart"] svg')).to.exist;
      expect(categories(el)).to.have.length(4);
    });

    it('sizes the chart to its number of bars', async () => {
      const el = await rendered<MivDistrictCompare>(
        html`<miv-district-compare src=${SMALL_FEED_URL} indicator="woninginbraak"></miv-district-compare>`,
      );
      const districts = query(el, '[part~="chart"]')!.clientHeight;
      const drawn = oneEvent(el, 'miv-rendered');
      Object.assign(el, { level: 'gemeente', within: 'de-markiezaten' });
      await drawn;
      expect(
        query(el, '[part~="chart"]')!.clientHeight,
        'two gemeenten need less room than four districts',
      ).to.be.below(districts);
    });
  });
});
