/** The HTML legend of a chart: each line as the chart draws it, so it reads without colour too. */
import { expect, fixture } from '@open-wc/testing';
import { renderLegend } from '../../src/components/chart-legend.js';
import { seriesLook } from '../../src/charts/shared.js';
import { defaultChartTokens } from '../../src/tokens/chart-tokens.js';
import { SERIES_COUNT } from '../../src/tokens/tokens.js';

describe('series legend', () => {
  it('shows every series with its own colour, dash and marker shape, the marker on the middle of the sample', async () => {
    const looks = Array.from({ length: SERIES_COUNT }, (_, i) => ({
      name: `Gebied ${i + 1}`,
      width: 2,
      ...seriesLook(i, defaultChartTokens),
    }));
    const list = await fixture<HTMLUListElement>(renderLegend(looks, 'Lijnen'));
    const entries = [...list.querySelectorAll('li')].map((li) => {
      const sample = li.querySelector('svg')!;
      const line = li.querySelector('line')!;
      const marker = li.querySelector('path')!;
      return { sample, line, marker, box: marker.getBBox() };
    });
    expect(entries.map((e) => e.line.getAttribute('stroke'))).to.deep.equal(defaultChartTokens.palette);
    const distinct = (values: (string | null)[]) => new Set(values).size;
    expect(distinct(entries.map((e) => e.line.getAttribute('stroke-dasharray'))), 'dashes').to.equal(SERIES_COUNT);
    expect(distinct(entries.map((e) => e.marker.getAttribute('d'))), 'marker shapes').to.equal(SERIES_COUNT);
    for (const { sample, line, marker, box } of entries) {
      expect(marker.getAttribute('fill')).to.equal(line.getAttribute('stroke'));
      const { width, height } = sample.viewBox.baseVal;
      expect(box.x + box.width / 2, 'centred along the sample').to.be.closeTo(width / 2, 0.5);
      expect(box.height, 'big enough to tell apart').to.be.at.least(height / 2);
      expect(box.y >= 0 && box.y + box.height <= height, 'inside the sample').to.equal(true);
    }
  });

  it('draws a line without a marker as just its dash: a reference line', async () => {
    const look = { name: 'Nederland: 2,0*', colour: '#333333', dash: [8, 3, 2, 3], width: 1.5 };
    const list = await fixture<HTMLUListElement>(renderLegend([look], 'Lijnen'));
    const entry = list.querySelector('li')!;
    expect(entry.textContent!.trim()).to.equal('Nederland: 2,0*');
    expect(entry.querySelector('line')!.getAttribute('stroke-dasharray')).to.equal('8 3 2 3');
    expect(entry.querySelector('path'), 'no marker').to.equal(null);
    expect(entry.hasAttribute('data-symbol')).to.equal(false);
  });
});
