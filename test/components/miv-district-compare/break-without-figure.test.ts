/**
 * A series break between the two periods of a comparison is noted only where a figure stands on both
 * sides of it, as the line chart and the CSV note it: Baarle-Nassau's survey figure is `x` geheim in
 * 2021 and 2025, so its change cell says there is nothing to compare (`.`), not `Trendbreuk`, and
 * the break's note under an exported image does not name it.
 */
import { expect, html, oneEvent } from '@open-wc/testing';
import '../../../src/define.js';
import type { MivDownloadDetail } from '../../../src/components/miv-chart-element.js';
import type { MivDistrictCompare } from '../../../src/components/miv-district-compare/miv-district-compare.js';
import { smallFeed } from '../../fixtures/feeds.js';
import { failOnConsoleErrors, feedUrl, rendered, shadow } from '../../helpers.js';

const REASON = 'Nieuwe steekproef';

/** The table's rows: each area's name and its change cell, the last. */
const changes = (el: Element) =>
  Object.fromEntries(
    [...shadow(el).querySelectorAll('[part="table"] tbody tr')].map((tr) => [
      tr.querySelector('th')!.textContent!.trim(),
      tr.lastElementChild!.textContent!.trim(),
    ]),
  );

/** The element's download in `format`, as text, taken from its `miv-download` event. */
async function downloaded(el: MivDistrictCompare, format: 'csv' | 'svg'): Promise<string> {
  const event = oneEvent(el, 'miv-download') as Promise<CustomEvent<MivDownloadDetail>>;
  await el.download(format);
  const caught = await event;
  caught.preventDefault();
  return caught.detail.blob.text();
}

/** The lines of text of the SVG download outside the chart's own drawing: its notes among them. */
async function imageLines(el: MivDistrictCompare): Promise<string[]> {
  const svg = new DOMParser().parseFromString(await downloaded(el, 'svg'), 'image/svg+xml').documentElement;
  return [...svg.querySelectorAll(':scope > text')].map((t) => t.textContent ?? '');
}

describe('<miv-district-compare>: a series break beside a value without a figure', () => {
  failOnConsoleErrors();

  // 2025 against 2023: Baarle-Nassau's later figure is geheim; 2023 against 2021: its earlier one.
  for (const [period, before] of [
    ['2025', 'the later'],
    ['2023', 'the earlier'],
  ] as const)
    it(`prints no Trendbreuk and names no area where ${before} value is x: ${period}`, async () => {
      const feed = await smallFeed();
      feed.indicators.find((i) => i.id === 'onveilig-eigen-buurt')!.breaks = [
        { period, reason: REASON, areas: ['GM0744', 'GM0758'] },
      ];
      const el = await rendered<MivDistrictCompare>(
        html`<miv-district-compare
          src=${feedUrl(feed)}
          indicator="onveilig-eigen-buurt"
          within="de-baronie"
          period=${period}
          show-table
        ></miv-district-compare>`,
      );
      const cells = changes(el);
      expect(cells['Baarle-Nassau'], 'nothing to compare').to.equal('.');
      expect(cells['Breda'], 'two figures across the break').to.equal('Trendbreuk');
      expect(cells['Etten-Leur'], 'no break in its series').to.match(/^[+-]\d/);
      const notes = (await imageLines(el)).filter((line) => line.startsWith('Trendbreuk'));
      expect(notes).to.deep.equal([`Trendbreuk ${period} (Breda): ${REASON}`]);
      // The CSV notes the break beside Breda's figure after it only, as it did.
      const csv = (await downloaded(el, 'csv')).split('\r\n');
      const noted = csv.filter((line) => line.includes('Trendbreuk'));
      expect(noted).to.have.length(1);
      expect(noted[0]).to.match(new RegExp(`^Breda;${period};.*;Trendbreuk ${period}: ${REASON}$`));
    });

  it('names no break at all where no area has a figure on both sides of it', async () => {
    const feed = await smallFeed();
    feed.indicators.find((i) => i.id === 'onveilig-eigen-buurt')!.breaks = [
      { period: '2025', reason: REASON, areas: ['GM0744'] },
    ];
    const el = await rendered<MivDistrictCompare>(
      html`<miv-district-compare
        src=${feedUrl(feed)}
        indicator="onveilig-eigen-buurt"
        within="de-baronie"
        period="2025"
      ></miv-district-compare>`,
    );
    expect(changes(el)['Baarle-Nassau']).to.equal('.');
    expect((await imageLines(el)).filter((line) => line.startsWith('Trendbreuk'))).to.deep.equal([]);
  });
});
