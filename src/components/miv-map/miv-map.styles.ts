import { css, unsafeCSS } from 'lit';
import { hatchingBackground } from '../../charts/map.js';
import {
  MAP_LEGEND_BESIDE,
  MAP_LEGEND_MIN_WIDTH,
  heldHeight,
  mapColumnGap,
  mapHeight,
  mapPlaceholder,
} from '../../tokens/placeholder-heights.js';
import { chartHeightToken, tokenChain } from '../../tokens/size-tokens.js';

/** The map's height in its column (`cqi`): 420px, or 62 % of the column's width where that is less. */
export const MAP_HEIGHT = mapHeight('100cqi');

/**
 * The loading placeholder, narrow or with the legend `beside` the map: its chart is the map's height
 * in the column the map will have, from the tokens as the map's is (`miv-map.ts`), its `cqi` the
 * element's width, as the map's column is not there yet. A chart-height token that is no length
 * leaves it the default height, as every chart element's (shared.styles.ts).
 */
function placeholder(beside: boolean): string {
  const { map, height } = mapPlaceholder('var(--_space)', beside);
  return `.status.loading {
    --_chart-default-height: ${map};
    --_chart-height: ${tokenChain(chartHeightToken, 'map', map)};
    ${heldHeight(height('var(--_chart-height)'), height(map))}
  }`;
}

export const mapStyles = css`
  .period {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin: 0 0 var(--_space);
  }
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    padding: 0.15em 0.4em;
  }
  .layout {
    display: grid;
    gap: var(--_space) ${unsafeCSS(mapColumnGap('var(--_space)'))};
  }
  /* The map's column: the map's height follows its width (\`cqi\`). */
  .map-column {
    container-type: inline-size;
  }
  /* Where a chart-height token is no length (shared.styles.ts). */
  :host {
    --_chart-default-height: ${unsafeCSS(MAP_HEIGHT)};
  }
  ${unsafeCSS(placeholder(false))}
  @container (min-width: ${unsafeCSS(MAP_LEGEND_BESIDE)}) {
    .layout {
      grid-template-columns: minmax(0, 2fr) minmax(${unsafeCSS(MAP_LEGEND_MIN_WIDTH)}, 1fr);
      align-items: start;
    }
    ${unsafeCSS(placeholder(true))}
  }
  .attribution {
    margin: 0.25em 0 0;
    font-size: 0.8em;
    color: var(--_muted);
    text-align: end;
  }
  .legend-title {
    font-size: 1em;
    margin: 0 0 0.25em;
  }
  .legend p {
    margin: 0 0 0.5em;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .legend ul {
    list-style: none;
    margin: 0 0 0.5em;
    padding: 0;
  }
  .legend li {
    display: flex;
    align-items: baseline;
    gap: 0.5em;
    margin: 0.2em 0;
    font-variant-numeric: tabular-nums;
  }
  .legend .count {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .swatch {
    flex: none;
    inline-size: 1.5em;
    block-size: 1em;
    align-self: center;
    border: 1px solid var(--_map-outline);
    /* The swatches show the map's own colours, which forced colours set through the tokens. */
    forced-color-adjust: none;
  }
  .swatch.hatched {
    background: ${unsafeCSS(hatchingBackground('var(--_map-hatch)', 'var(--_map-missing)'))};
  }
  .count-only p {
    margin: 0 0 0.4em;
  }
  @media print {
    .legend {
      break-inside: avoid;
    }
    /* A map whose engine could not arrive prints its table (shared.styles.ts): not the classes and
       attribution of a map that is not there. */
    .layout:has(.engine:empty) :is(.legend, .attribution) {
      display: none;
    }
  }
`;
