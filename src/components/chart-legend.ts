/**
 * The line chart's legend as HTML: each series' name beside a sample of its line, drawn with the
 * same colour, dash and marker as the chart, so the legend reads without colour too.
 */
import { html, svg, type TemplateResult } from 'lit';
import type { LineLook } from '../charts/shared.js';

const SAMPLE_WIDTH = 32;
const SAMPLE_HEIGHT = 12;
const MID = SAMPLE_HEIGHT / 2;
const MARK = 4;

function marker(look: LineLook) {
  const x = SAMPLE_WIDTH / 2;
  const fill = look.colour;
  switch (look.symbol) {
    case 'rect':
      return svg`<rect x=${x - MARK} y=${MID - MARK} width=${2 * MARK} height=${2 * MARK} fill=${fill} />`;
    case 'triangle':
      return svg`<polygon points=${`${x},${MID - MARK} ${x + MARK},${MID + MARK} ${x - MARK},${MID + MARK}`} fill=${fill} />`;
    case 'diamond':
      return svg`<polygon points=${`${x},${MID - MARK - 1} ${x + MARK},${MID} ${x},${MID + MARK + 1} ${x - MARK},${MID}`} fill=${fill} />`;
    default:
      return svg`<circle cx=${x} cy=${MID} r=${MARK} fill=${fill} />`;
  }
}

/** A list of the series, labelled `label`; nothing to render for an empty list. */
export function renderLegend(looks: readonly LineLook[], label: string): TemplateResult {
  return html`<ul part="legend" class="series-legend" aria-label=${label}>
    ${looks.map(
      (look) =>
        html`<li data-symbol=${look.symbol}>
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
            ${marker(look)}
          </svg>
          ${look.name}
        </li>`,
    )}
  </ul>`;
}
