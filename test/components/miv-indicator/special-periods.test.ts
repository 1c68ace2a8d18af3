/**
 * A special period as the reader sees it: a band in its own colour over exactly its periods' slots,
 * drawn by the line chart.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { MivIndicator } from '../../../src/components/miv-indicator/miv-indicator.js';
import type { Chart } from '../../../src/charts/echarts.js';
import { SMALL_FEED_URL, smallFeed } from '../../fixtures/feeds.js';
import { chartOf, failOnConsoleErrors, feedUrl, query, rendered, SAMPLE_FEED_URL, tooltipText } from '../../helpers.js';

/** A colour no other part of the chart has, so that what is drawn in it is the band. */
const BAND = 'rgb(255, 0, 255)';

/** A colour as the browser writes it, whatever notation ECharts used. */
function normalised(colour: string): string {
  const probe = document.createElement('i');
  probe.style.color = colour;
  document.body.append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  return computed;
}

/** The x-ranges of every filled shape drawn in the band's colour, one per sub-path, left to right. */
function bandsDrawn(el: Element): [number, number, number, number][] {
  const svg = query(el, '[part~="chart"] svg')!;
  return [...svg.querySelectorAll('path')]
    .filter((path) => normalised(path.getAttribute('fill') ?? 'none') === BAND)
    .flatMap((path) =>
      path
        .getAttribute('d')!
        .split(/(?=M)/i)
        .map((part) => {
          const numbers = part.match(/-?[\d.]+/g)!.map(Number);
          // Absolute coordinates: ECharts writes areas with M and L only.
          const xs = numbers.filter((_, i) => i % 2 === 0);
          const ys = numbers.filter((_, i) => i % 2 === 1);
          return [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)] as [
            number,
            number,
            number,
            number,
          ];
        }),
    )
    .sort((a, b) => a[0] - b[0]);
}

/** Where a period's slot starts and ends on the drawn chart: half way to its neighbours. */
function slot(chart: Chart, periods: readonly string[], period: string): [number, number] {
  const x = (p: string) => chart.convertToPixel({ xAxisIndex: 0 }, p) as number;
  const column = periods.indexOf(period);
  const width = x(periods[1]!) - x(periods[0]!);
  return [x(periods[column]!) - width / 2, x(periods[column]!) + width / 2];
}

describe('<miv-indicator> special periods', () => {
  failOnConsoleErrors();

  it('shades the special period’s slots over the plot’s height, and nothing else', async () => {
    const el = await rendered<MivIndicator>(
      html`<miv-indicator
        style="--miv-color-special-period: ${BAND}"
        src=${SMALL_FEED_URL}
        indicator="woninginbraak"
        area="GM0758"
        compare="land"
      ></miv-indicator>`,
    );
    const chart = chartOf<unknown>(el).instance as unknown as Chart;
    const years = (chart.getOption().xAxis as { data?: string[] }[])[0]!.data!;
    const bands = bandsDrawn(el);
    expect(bands, 'one band: 2020–2021 (Corona)').to.have.length(1);
    const [left, right, top, bottom] = bands[0]!;
    expect(left).to.be.closeTo(slot(chart, years, '2020')[0], 1);
    expect(right).to.be.closeTo(slot(chart, years, '2021')[1], 1);
    // The hidden 0–1 axis spans the plot's height.
    expect(top, 'up to the plot’s top').to.be.closeTo(chart.convertToPixel({ yAxisIndex: 1 }, 1) as number, 1);
    expect(bottom, 'down to its bottom').to.be.closeTo(chart.convertToPixel({ yAxisIndex: 1 }, 0) as number, 1);
    expect(query(el, '[part~="chart"] svg')!.textContent).to.contain('Corona');
  });

  it('keeps a break’s label off the special period’s label when the break lies inside the period, on a phone', async () => {
    // The sample feed: the unit's line breaks in 2021 (Haaren), inside Corona (2020–2021).
    const el = await rendered<MivIndicator>(
      html`<miv-indicator
        style="width: 304px"
        src=${SAMPLE_FEED_URL}
        indicator="woninginbraak"
        area="GM0758"
      ></miv-indicator>`,
    );
    const label = (text: string) =>
      [...query(el, '[part~="chart"] svg')!.querySelectorAll('text')]
        .find((t) => t.textContent === text)!
        .getBoundingClientRect();
    const [breakLabel, periodLabel] = [label('Trendbreuk'), label('Corona')];
    const apart =
      breakLabel.right <= periodLabel.left ||
      breakLabel.left >= periodLabel.right ||
      breakLabel.bottom <= periodLabel.top ||
      breakLabel.top >= periodLabel.bottom;
    expect(apart, `${JSON.stringify(breakLabel)} against ${JSON.stringify(periodLabel)}`).to.equal(true);
  });

  it('fills a one-period special period’s whole slot, also the first and the last', async () => {
    const feed = await smallFeed();
    feed.indicators.find((i) => i.id === 'woninginbraak')!.specialPeriods = [
      { from: '2015', to: '2015', label: 'Begin' },
      { from: '2018', to: '2018', label: 'Midden' },
      { from: '2025', to: '2025', label: 'Eind' },
    ];
    const el = await rendered<MivIndicator>(
      html`<miv-indicator
        style="--miv-color-special-period: ${BAND}"
        src=${feedUrl(feed)}
        indicator="woninginbraak"
        area="GM0758"
        compare="none"
      ></miv-indicator>`,
    );
    const chart = chartOf<unknown>(el).instance as unknown as Chart;
    const years = (chart.getOption().xAxis as { data?: string[] }[])[0]!.data!;
    const drawn = bandsDrawn(el).map(([left, right]) => [left, right]);
    const expected = ['2015', '2018', '2025'].map((year) => slot(chart, years, year));
    expect(drawn).to.have.length(3);
    drawn.forEach(([left, right], i) => {
      expect(left, `left edge of ${expected[i]}`).to.be.closeTo(expected[i]![0], 1);
      expect(right, `right edge of ${expected[i]}`).to.be.closeTo(expected[i]![1], 1);
    });
    const text = query(el, '[part~="chart"] svg')!.textContent;
    expect(text).to.contain('Begin').and.contain('Midden').and.contain('Eind');
  });

  it('names the special period in the tooltip of the period pointed at inside the band, not outside it', async () => {
    const el = await rendered<MivIndicator>(
      html`<miv-indicator
        src=${SMALL_FEED_URL}
        indicator="woninginbraak"
        area="GM0758"
        compare="none"
      ></miv-indicator>`,
    );
    const box = query(el, '[part~="chart"] svg')!.getBoundingClientRect();
    const chart = chartOf<unknown>(el).instance as unknown as Chart;
    const tooltip = () => tooltipText(el);
    const pointAt = async (period: string) => {
      const x = box.left + (chart.convertToPixel({ xAxisIndex: 0 }, period) as number);
      const y = box.top + (chart.convertToPixel({ yAxisIndex: 1 }, 0.5) as number);
      await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
      await waitUntil(() => tooltip().includes(period), `the tooltip of ${period}`);
      return tooltip();
    };
    expect(await pointAt('2021')).to.contain('Bijzondere periode 2020–2021 (Corona)');
    expect(await pointAt('2022')).to.not.contain('Bijzondere periode');
    await sendMouse({ type: 'move', position: [0, 0] });
  });
});
