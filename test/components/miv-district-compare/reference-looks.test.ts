import { expect, html, oneEvent } from '@open-wc/testing';
import { render } from 'lit';
import '../../../src/define.js';
import type { MivDistrictCompare } from '../../../src/components/miv-district-compare/miv-district-compare.js';
import { chartOf, failOnConsoleErrors, query, SAMPLE_FEED_URL, shadow } from '../../helpers.js';

interface DrawnSeries {
  name?: string;
  yAxisIndex?: number;
  lineStyle?: { type?: unknown };
}

/** Each reference's pattern in the legend, by area (the entry reads `Nederland: 7,4`). */
const legendDashes = (el: Element): Map<string, string | null> =>
  new Map(
    [...shadow(el).querySelectorAll('[part~="legend"] li')].map((li) => [
      li.textContent!.trim().split(':')[0]!,
      li.querySelector('line')!.getAttribute('stroke-dasharray'),
    ]),
  );

/** Each reference line's pattern as ECharts draws it, by area. */
const drawnDashes = (el: Element): Map<string, string> =>
  new Map(
    chartOf<{ series: DrawnSeries[] }>(el)
      .instance!.getOption()
      .series.filter((s) => s.yAxisIndex === 1 && Array.isArray(s.lineStyle?.type))
      .map((s) => [s.name!, (s.lineStyle!.type as number[]).join(' ')]),
  );

/** The patterns of the lines the chart paints, as the SVG writes them (`6,3`). */
const paintedDashes = (el: Element): string[] =>
  [...query(el, '[part~="chart"] svg')!.querySelectorAll('path[stroke-dasharray]')].map((p) =>
    p.getAttribute('stroke-dasharray')!,
  );

describe('<miv-district-compare> reference lines on one page', () => {
  failOnConsoleErrors();
  const page = document.createElement('div');
  let charts: MivDistrictCompare[];

  before(async () => {
    // The unit's districts against the eenheid and Nederland; De Baronie's gemeenten against De
    // Baronie, the eenheid and Nederland. Not a fixture, which is taken down after each test.
    render(
      html`<miv-district-compare
          src=${SAMPLE_FEED_URL}
          indicator="rapportcijfer-veiligheid-buurt"
          level="district"
          loading="eager"
        ></miv-district-compare>
        <miv-district-compare
          src=${SAMPLE_FEED_URL}
          indicator="rapportcijfer-veiligheid-buurt"
          within="de-baronie"
          loading="eager"
        ></miv-district-compare>`,
      document.body.appendChild(page),
    );
    charts = [...page.querySelectorAll('miv-district-compare')];
    await Promise.all(charts.map((el) => oneEvent(el, 'miv-rendered')));
    await Promise.all(charts.map((el) => el.updateComplete));
  });
  after(() => page.remove());

  it('draws the eenheid and Nederland in the same pattern in both charts, legend and line alike', () => {
    const [unit, district] = charts as [MivDistrictCompare, MivDistrictCompare];
    expect([...legendDashes(unit).keys()]).to.deep.equal(['Eenheid Zeeland-West-Brabant', 'Nederland']);
    expect([...legendDashes(district).keys()]).to.deep.equal([
      'De Baronie',
      'Eenheid Zeeland-West-Brabant',
      'Nederland',
    ]);
    for (const area of ['Eenheid Zeeland-West-Brabant', 'Nederland']) {
      const dash = legendDashes(unit).get(area)!;
      expect(legendDashes(district).get(area), `${area}: legend`).to.equal(dash);
      for (const el of charts) {
        expect(drawnDashes(el).get(area), `${area}: line`).to.equal(dash);
        expect(paintedDashes(el), `${area}: painted`).to.include(dash.replaceAll(' ', ','));
      }
    }
    // No two references of a chart alike.
    expect(new Set(legendDashes(district).values()).size).to.equal(3);
  });
});
