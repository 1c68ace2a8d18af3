/**
 * Under forced colours (Windows high contrast) the own area's line is the one line in the system
 * highlight colour: that is how a reader with a high-contrast theme finds it among the others.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { MivIndicator } from '../../../src/components/miv-indicator/miv-indicator.js';
import { failOnConsoleErrors, query, shadow } from '../../helpers.js';
import { drawnLines, drawOnPage } from './helpers.js';

/** What the browser makes of a system colour under forced colours, as the chart's SVG writes it. */
function computed(colour: string): string {
  const probe = document.body.appendChild(document.createElement('span'));
  probe.style.cssText = `color: ${colour}; forced-color-adjust: none`;
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/** Each line as ECharts draws it: its name, colour and dash (a line cut at a break is one series per part, alike). */
const drawn = (el: Element) => [
  ...new Map(
    drawnLines(el).map((s) => {
      const { color, lineStyle } = s as typeof s & { color: string };
      const dash = lineStyle?.type;
      return [s.name, { name: s.name, colour: color, dash: Array.isArray(dash) ? dash.join(' ') : String(dash) }];
    }),
  ).values(),
];

/** The names of the legend entries whose sample line is drawn in `colour`. */
const legendIn = (el: Element, colour: string): string[] =>
  [...shadow(el).querySelectorAll('[part="legend"] li')]
    .filter((li) => li.querySelector('line')!.getAttribute('stroke') === colour)
    .map((li) => li.textContent!.trim());

/** A colour without its alpha, as `rgb(…)`: the SVG writes the alpha apart, as `stroke-opacity`. */
const opaque = (colour: string) => computed(colour).replace(/^rgba\((\d+), (\d+), (\d+), [\d.]+\)$/, 'rgb($1, $2, $3)');

/** The dash of every path the chart paints in `colour` (`none` for a solid one, or a marker). */
const paintedIn = (el: Element, colour: string): string[] =>
  [...query(el, '[part~="chart"] svg')!.querySelectorAll('path[stroke]')]
    .filter((p) => opaque(p.getAttribute('stroke')!) === opaque(colour))
    .map((p) => p.getAttribute('stroke-dasharray') ?? 'none');

const SIZE_CLASS = 'Gemeenten met 150.000 tot 250.000 inwoners in Zeeland-West-Brabant';

describe('<miv-indicator> under forced colours', () => {
  failOnConsoleErrors();
  const page = document.createElement('div');
  let charts: MivIndicator[];

  before(async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    // Breda beside its size class and Nederland; beside two other gemeenten; beside its district,
    // the eenheid and Nederland.
    charts = await drawOnPage(
      page,
      ['group:grootteklasse-150000-250000 land', 'GM0826,GM0855', 'district eenheid land'].map((compare) => ({
        indicator: 'woninginbraak',
        area: 'GM0758',
        compare,
      })),
    );
  });
  after(async () => {
    page.remove();
    await executeServerCommand('emulate-forced-colors', { active: false });
  });

  it('shows the charts the test is about', () => {
    expect(matchMedia('(forced-colors: active)').matches, 'emulated').to.equal(true);
    expect(charts.map((el) => drawn(el).map((l) => l.name))).to.deep.equal([
      ['Breda', SIZE_CLASS, 'Nederland'],
      ['Breda', 'Oosterhout', 'Tilburg'],
      ['Breda', 'De Baronie', 'Eenheid Zeeland-West-Brabant', 'Nederland'],
    ]);
  });

  it('draws the own line alone in the highlight colour: line, legend and painted chart', () => {
    const highlight = computed('Highlight');
    for (const el of charts) {
      const compare = el.getAttribute('compare');
      expect(
        drawn(el)
          .filter((l) => l.colour === highlight)
          .map((l) => l.name),
        `${compare}: lines`,
      ).to.deep.equal(['Breda']);
      expect(legendIn(el, highlight), `${compare}: legend`).to.deep.equal(['Breda']);
      // The own line is the only solid one: no dashed path is painted in the highlight colour.
      expect(paintedIn(el, highlight), `${compare}: painted`).to.include('none');
      expect(new Set(paintedIn(el, highlight)), `${compare}: painted`).to.deep.equal(new Set(['none']));
    }
  });

  it('gives the comparison lines of these charts other system colours, and no two the same colour and dash', () => {
    for (const el of charts) {
      const lines = drawn(el);
      const looks = lines.map((l) => `${l.colour} ${l.dash}`);
      expect(new Set(looks).size, `${el.getAttribute('compare')}: ${looks.join(' / ')}`).to.equal(lines.length);
    }
    // Beside its size class and Nederland, or two other gemeenten, each line has a colour of its own.
    for (const el of charts.slice(0, 2)) {
      const colours = drawn(el).map((l) => l.colour);
      expect(new Set(colours).size, `${el.getAttribute('compare')}: ${colours.join(' / ')}`).to.equal(3);
    }
  });
});
