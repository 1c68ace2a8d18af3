import { expect, oneEvent } from '@open-wc/testing';
import '../../../src/define.js';
import type { MivIndicator } from '../../../src/components/miv-indicator/miv-indicator.js';
import { failOnConsoleErrors, query, shadow } from '../../helpers.js';
import { drawnLines, drawOnPage } from './helpers.js';

/** A line's look as a reader matches it: colour, dash and marker. */
interface Look {
  colour: string | null;
  dash: string | null;
  marker: string | null;
}

/** Each legend entry's look, by the name it shows. */
const legendLooks = (el: Element): Map<string, Look> =>
  new Map(
    [...shadow(el).querySelectorAll('[part="legend"] li')].map((li) => {
      const line = li.querySelector('line')!;
      return [
        li.textContent!.trim(),
        {
          colour: line.getAttribute('stroke'),
          dash: line.getAttribute('stroke-dasharray'),
          marker: li.getAttribute('data-symbol'),
        },
      ];
    }),
  );

/** Each line's look as ECharts draws it, by name (a line cut at a break is one series per part, alike). */
const drawnLooks = (el: Element): Map<string, Look> =>
  new Map(
    drawnLines(el).map((s) => {
      const { color, symbol, lineStyle } = s as typeof s & { color: string; symbol: string };
      const dash = lineStyle?.type;
      return [s.name, { colour: color, dash: Array.isArray(dash) ? dash.join(' ') : 'none', marker: symbol }];
    }),
  );

/** A colour as the browser writes it (`rgb(45, 151, 115)`), as the chart's SVG has it. */
function cssColour(colour: string): string {
  const probe = document.body.appendChild(document.createElement('span'));
  probe.style.color = colour;
  const written = getComputedStyle(probe).color;
  probe.remove();
  return written;
}

/** The stroke and dash of every path the chart paints, as `rgb(…) 2,4`. */
const paintedStrokes = (el: Element): string[] =>
  [...query(el, '[part~="chart"] svg')!.querySelectorAll('path[stroke]')].map(
    (p) => `${p.getAttribute('stroke')} ${p.getAttribute('stroke-dasharray') ?? 'none'}`,
  );

/** The legend under the downloaded image: each sample line's colour and dash, by the name beside it. */
async function imageLooks(el: Element): Promise<Map<string, Pick<Look, 'colour' | 'dash'>>> {
  const event = oneEvent(el, 'miv-download') as Promise<CustomEvent<{ blob: Blob }>>;
  query<HTMLButtonElement>(el, '[part="downloads"] button[data-format="svg"]')!.click();
  const caught = await event;
  caught.preventDefault();
  const svg = new DOMParser().parseFromString(await caught.detail.blob.text(), 'image/svg+xml').documentElement;
  const texts = [...svg.querySelectorAll(':scope > text')];
  return new Map(
    [...svg.querySelectorAll(':scope > line')].map((line) => {
      // The entry's name is the first text after its sample.
      const name = texts.find((t) => line.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING)!;
      return [name.textContent!, { colour: line.getAttribute('stroke'), dash: line.getAttribute('stroke-dasharray') }];
    }),
  );
}

const EENHEID = 'Eenheid Zeeland-West-Brabant';

describe('<miv-indicator> looks on one page', () => {
  failOnConsoleErrors();
  let charts: MivIndicator[];

  const page = document.createElement('div');
  before(async () => {
    // Breda's chart shows its district, the eenheid and Nederland; De Baronie's the eenheid and
    // Nederland.
    charts = await drawOnPage(
      page,
      ['GM0758', 'de-baronie', 'zeeland-west-brabant'].map((area) => ({
        indicator: 'rapportcijfer-veiligheid-buurt',
        area,
      })),
    );
  });
  after(() => page.remove());

  it('shows the legends the test is about', () => {
    expect(charts.map((el) => [...legendLooks(el).keys()])).to.deep.equal([
      ['Breda', 'De Baronie', EENHEID, 'Nederland'],
      ['De Baronie', EENHEID, 'Nederland'],
      [EENHEID, 'Nederland'],
    ]);
  });

  it("draws the eenheid alike in Breda's chart and in De Baronie's, in the legend, the line and the image", async () => {
    const [breda, baronie] = charts as [MivIndicator, MivIndicator];
    const legend = legendLooks(breda).get(EENHEID)!;
    expect(legendLooks(baronie).get(EENHEID), 'legend entry').to.deep.equal(legend);
    expect(drawnLooks(breda).get(EENHEID), "Breda's line as its legend").to.deep.equal(legend);
    expect(drawnLooks(baronie).get(EENHEID), "De Baronie's line as its legend").to.deep.equal(legend);
    const { colour, dash } = legend;
    const painted = `${cssColour(colour!)} ${dash!.replaceAll(' ', ',')}`;
    expect(paintedStrokes(breda), "Breda's painted line").to.include(painted);
    expect(paintedStrokes(baronie), "De Baronie's painted line").to.include(painted);
    expect((await imageLooks(breda)).get(EENHEID), "Breda's image").to.deep.equal({ colour, dash });
    expect((await imageLooks(baronie)).get(EENHEID), "De Baronie's image").to.deep.equal({ colour, dash });
  });

  it('draws Nederland alike in every chart, the own area of each in the first look', () => {
    const looks = charts.map(legendLooks);
    const nederland = looks.map((l) => l.get('Nederland'));
    expect(nederland[1]).to.deep.equal(nederland[0]);
    expect(nederland[2]).to.deep.equal(nederland[0]);
    const own = looks.map((l) => [...l.values()][0]);
    expect(own[1]).to.deep.equal(own[0]);
    expect(own[2]).to.deep.equal(own[0]);
  });

  it('gives no two lines of a chart the same colour, dash or marker', () => {
    for (const el of charts) {
      const looks = [...drawnLooks(el).values()];
      for (const part of ['colour', 'dash', 'marker'] as const)
        expect(new Set(looks.map((l) => l[part])).size, `${el.area}: ${part}`).to.equal(looks.length);
    }
  });
});

describe("<miv-indicator> looks of the own area's district", () => {
  failOnConsoleErrors();
  let charts: MivIndicator[];

  const page = document.createElement('div');
  before(async () => {
    // Breda beside two districts, in either order, and beside its own district by default.
    charts = await drawOnPage(
      page,
      ['hart-van-brabant,de-baronie', 'de-baronie,hart-van-brabant', 'district'].map((compare) => ({
        indicator: 'rapportcijfer-veiligheid-buurt',
        area: 'GM0758',
        compare,
      })),
    );
  });
  after(() => page.remove());

  it('gives De Baronie, Breda’s own district, the district look whatever order compare names it in', () => {
    const [hartFirst, baronieFirst, own] = charts.map(legendLooks) as [
      Map<string, Look>,
      Map<string, Look>,
      Map<string, Look>,
    ];
    expect([...hartFirst.keys()]).to.deep.equal(['Breda', 'Hart van Brabant', 'De Baronie']);
    expect([...own.keys()]).to.deep.equal(['Breda', 'De Baronie']);
    const district = own.get('De Baronie');
    expect(hartFirst.get('De Baronie'), 'named second').to.deep.equal(district);
    expect(baronieFirst.get('De Baronie'), 'named first').to.deep.equal(district);
    expect(hartFirst.get('Hart van Brabant'), 'the other district, in either order').to.deep.equal(
      baronieFirst.get('Hart van Brabant'),
    );
    expect(hartFirst.get('Hart van Brabant')).not.to.deep.equal(district);
  });
});
