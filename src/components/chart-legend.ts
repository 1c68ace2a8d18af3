/**
 * A chart's legend as HTML: each line's name beside a sample of it, drawn with the same colour, dash
 * and marker as the chart, so the legend reads without colour too (the line chart's series, the bar
 * chart's reference lines).
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LineLook } from '../charts/shared.js';
import type { SeriesSymbol } from '../tokens/tokens.js';

const SAMPLE_WIDTH = 32;
const SAMPLE_HEIGHT = 12;
const MID = SAMPLE_HEIGHT / 2;
/** Size of a marker, as on the area's own line in the chart. */
const MARK = 8;

/**
 * The outline of a series' marker around (`x`, `y`), `size` px across, as an SVG path in the shapes of
 * ECharts' symbols, so the HTML legend and the downloaded image show the marker the chart draws.
 */
export function markerPath(symbol: SeriesSymbol, x: number, y: number, size: number): string {
  const half = size / 2;
  switch (symbol) {
    case 'rect':
      return `M${x - half} ${y - half}h${size}v${size}h${-size}Z`;
    case 'triangle':
      return `M${x} ${y - half}L${x + half} ${y + half}H${x - half}Z`;
    case 'diamond':
      return `M${x} ${y - half}L${x + half} ${y}L${x} ${y + half}L${x - half} ${y}Z`;
    case 'arrow': {
      // ECharts' arrow: a head two thirds of its height wide on each side, notched a quarter up.
      const wing = (2 / 3) * size;
      return `M${x} ${y - half}L${x + wing} ${y + half}L${x} ${y + half / 2}L${x - wing} ${y + half}Z`;
    }
    case 'pin': {
      // ECharts' pin: a head three fifths as wide as the pin is tall, its point at the bottom.
      const r = (3 / 10) * size;
      const tip = y + half;
      const dy = (r * r) / (size - r);
      const cy = tip - size + r + dy;
      const dx = Math.sqrt(r * r - dy * dy);
      return `M${x} ${tip}L${x - dx} ${cy + dy}A${r} ${r} 0 1 1 ${x + dx} ${cy + dy}Z`;
    }
    default:
      return `M${x - half} ${y}a${half} ${half} 0 1 0 ${size} 0a${half} ${half} 0 1 0 ${-size} 0Z`;
  }
}

/**
 * A list of the series, labelled `label`. `name` renders a series' name: the chart elements mark the
 * feed's words in it (a group's name) with the feed's language (`feedPhrases`).
 */
export function renderLegend(
  looks: readonly LineLook[],
  label: string,
  name: (name: string) => unknown = (text) => text,
): TemplateResult {
  return html`<ul part="legend" class="series-legend" aria-label=${label}>
    ${looks.map(
      (look) =>
        html`<li data-symbol=${ifDefined(look.symbol)}>
          <svg
            width=${SAMPLE_WIDTH}
            height=${SAMPLE_HEIGHT}
            viewBox="0 0 ${SAMPLE_WIDTH} ${SAMPLE_HEIGHT}"
            aria-hidden="true"
          >
            <line
              x1="0"
              y1=${MID}
              x2=${SAMPLE_WIDTH}
              y2=${MID}
              stroke=${look.colour}
              stroke-width=${look.width}
              stroke-dasharray=${look.dash === 'solid' ? 'none' : look.dash.join(' ')}
            />
            ${
              look.symbol
                ? svg`<path d=${markerPath(look.symbol, SAMPLE_WIDTH / 2, MID, MARK)} fill=${look.colour} />`
                : nothing
            }
          </svg>
          ${name(look.name)}
        </li>`,
    )}
  </ul>`;
}
